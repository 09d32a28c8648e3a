"""Net worth month by month: a checking account whose statements state balances, a card owed,
a yuan wallet converted at the month's rate, and an account whose balance is never known."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.balances import set_user_balance
from finapp.services.imports import import_files
from finapp.services.net_worth import net_worth
from finapp.services.rates import set_rate
from finapp.services.settings import set_setting
from tests.helpers import cli_json, run_cli
from tests.importers.ofxgen import Line, statement_ofx
from tests.reconciliation.test_reconcile_service import _closing, _statement


def _other(folder: Path, name: str, number: str, currency: str, lines: list[Line]) -> Path:
    """A statement of another account that states no balance."""
    text = statement_ofx(lines, account=number).replace("<CURDEF>USD", f"<CURDEF>{currency}")
    path = folder / name
    path.write_text(text, encoding="ascii")
    return path


def _household(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    card = [Line(date(2026, m, 12), "-250.00", "AMAZON MKTPL*2K4LM9", fitid=f"c{m}")
            for m in (2, 3, 4)]  # fmt: skip
    wallet = [Line(date(2026, m, 5), "-88.00", "MEITUAN", fitid=f"w{m}") for m in (3, 4)]
    side = [Line(date(2026, 3, 15), "-40.00", "VENMO", fitid="s1")]
    paths = [_statement(tmp_path, m) for m in (1, 2, 3, 4)] + [
        _other(tmp_path, "card.ofx", "4111000022223333", "USD", card),
        _other(tmp_path, "wallet.ofx", "2088000011112222", "CNY", wallet),
        _other(tmp_path, "side.ofx", "5555666677778888", "USD", side),
    ]
    assert not import_files(store, paths).failed
    set_setting(store, "base_currency", "USD")
    set_user_balance(store, "Checking …3333", Decimal("-1200.00"), date(2026, 4, 30))
    set_user_balance(store, "Checking …2222", Decimal("3000.00"), date(2026, 4, 30))
    set_rate(store, "CNY", "0.14", date(2026, 3, 1))


def test_each_month_adds_what_is_owned_less_what_is_owed(store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    worth = net_worth(store)
    assert worth.currency == "USD"
    assert [m.month_end for m in worth.months] == [
        date(2026, 1, 31),
        date(2026, 2, 28),
        date(2026, 3, 31),
        date(2026, 4, 30),
    ]
    assert worth.no_balance == ("Checking …8888",)  # its balance was never stated

    april = worth.months[-1]
    held = {a.account: a.balance for a in april.accounts}
    assert held == {"Checking …3456": _closing(4), "Checking …3333": Decimal("-1200.00"),
                    "Checking …2222": Decimal("3000.00")}  # fmt: skip
    assert april.debts.amount == Decimal("-1200.00")
    assert april.assets.amount == _closing(4) + Decimal("420.00")  # ¥3,000 at 0.14
    assert april.total.amount == april.assets.amount + april.debts.amount
    assert april.total.converted and not april.total.missing

    march = worth.months[2]  # the card carried back by April's charge, the wallet by its own
    held = {a.account: a.balance for a in march.accounts}
    assert held["Checking …3333"] == Decimal("-950.00")
    assert held["Checking …2222"] == Decimal("3088.00")

    january = worth.months[0]  # the card and wallet statements start later: not counted yet
    assert [a.account for a in january.accounts] == ["Checking …3456"]
    assert january.total.amount == _closing(1)
    assert worth.change.amount == april.total.amount - _closing(1)


def test_a_currency_without_a_rate_is_left_out_and_named(store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    february = net_worth(store).months[1]  # the yuan rate starts on 1 March
    assert "CNY" not in february.total.missing  # no wallet statement yet in February
    assert net_worth(store, months=2).months[0].month_end == date(2026, 3, 31)
    set_setting(store, "base_currency", "EUR")
    april = net_worth(store).months[-1]
    assert april.total.currency == "EUR"
    assert set(april.total.missing) == {"USD", "CNY"}  # no rate to euros
    assert april.total.minor == 0


def test_net_worth_from_the_command_line(store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    data = store.data_dir
    store.close()
    worth = cli_json(data, "networth")
    assert worth["currency"] == "USD" and worth["no_balance"] == ["Checking …8888"]
    april = worth["months"][-1]
    assert april["month_end"] == "2026-04-30" and april["debts"] == "-1200.00"
    assert april["net_worth"]["converted"] and april["net_worth"]["rates"][0]["rate"] == "0.14"
    assert len(cli_json(data, "networth", "--months", "2")["months"]) == 2
    table = run_cli(data, "networth", "--base", "EUR").stdout
    assert "left out, no rate: CNY, USD" in table and "No balance known (left out)" in table


def test_the_month_not_over_is_dated_its_last_day_known_not_its_end(store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    may = [Line(date(2026, 5, 1), "-61.30", "AMAZON MKTPL*7Q2ZZ1", fitid="c5")]
    assert not import_files(
        store, [_other(tmp_path, "may.ofx", "4111000022223333", "USD", may)]
    ).failed

    on_2_may = net_worth(store, today=date(2026, 5, 2)).months
    assert [m.month_end for m in on_2_may[-2:]] == [date(2026, 4, 30), date(2026, 5, 1)]
    held = {a.account: a.balance for a in on_2_may[-1].accounts}
    assert held["Checking …3333"] == Decimal("-1261.30")  # the card as its statement ends
    assert net_worth(store, today=date(2026, 5, 20)).months[-1].month_end == date(2026, 5, 1)
    assert net_worth(store, today=date(2026, 6, 1)).months[-1].month_end == date(2026, 5, 31)
