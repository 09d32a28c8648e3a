"""One card, two exports: its OFX and its bank's CSV land in one account, each charge once."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select

from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.store.schema import Account
from tests.helpers import cli_json
from tests.importers.cardgen import (
    COFFEE,
    OTHER_COFFEE,
    Charge,
    card_csv,
    card_month,
    card_ofx,
    csv_file_name,
)
from tests.importers.helpers import rows

OCTOBER = card_month()


def _accounts(store) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [(a.name, a.number_last4) for a in session.scalars(select(Account))]


def _import(store, path):  # type: ignore[no-untyped-def]
    (result,) = import_files(store, [path]).files
    assert result.error is None, result.error
    return result


def test_the_cards_csv_after_its_ofx_adds_nothing_and_goes_into_the_same_account(store, write):
    ofx = write("card.ofx", card_ofx(OCTOBER))
    csv = write(csv_file_name(), card_csv(OCTOBER))
    assert _import(store, ofx).new == 152

    result = _import(store, csv)

    assert (result.new, result.duplicates) == (0, 152)  # before: 152 new, in a second account
    (counts,) = result.accounts
    assert (counts.matched_by, counts.other_format, counts.note) == ("last four", 152, "")
    assert _accounts(store) == [("Chase …9012", "9012")]
    assert len(rows(store)) == 152
    assert (_import(store, csv).new, _import(store, ofx).new) == (0, 0)


def test_the_ofx_after_the_cards_csv_adds_nothing_and_the_account_learns_the_number(store, write):
    csv = write(csv_file_name(), card_csv(OCTOBER))
    ofx = write("card.ofx", card_ofx(OCTOBER))
    assert _import(store, csv).new == 152

    result = _import(store, ofx)

    assert (result.new, result.accounts[0].matched_by) == (0, "last four")
    assert _accounts(store) == [("Chase", "9012")]
    november = card_month(seed=15, month_start=date(2026, 11, 1), month_end=date(2026, 11, 30))
    later = _import(store, write("card-nov.ofx", card_ofx(november)))
    assert (later.new, later.accounts[0].matched_by) == (152, "number")


def _two_months() -> list[Charge]:
    return card_month(seed=3, month_start=date(2026, 10, 1), month_end=date(2026, 11, 30), size=300)


def test_overlapping_exports_add_exactly_the_days_the_first_did_not_hold(store, write):
    charges = _two_months()
    in_ofx = [c for c in charges if c.posted <= date(2026, 10, 31)]
    in_csv = [c for c in charges if c.posted >= date(2026, 10, 16)]
    _import(store, write("card.ofx", card_ofx(in_ofx)))

    result = _import(store, write(csv_file_name(end=date(2026, 11, 30)), card_csv(in_csv)))

    only_in_csv = [c for c in in_csv if c.posted > date(2026, 10, 31)]
    assert result.new == len(only_in_csv)
    assert len(rows(store)) == len(charges)
    money = sorted(Decimal(c.amount) for c in charges)
    assert sorted(amount for _, amount, _, _ in rows(store)) == money


def test_two_identical_coffees_on_one_day_in_the_csv_stay_two(store, write):
    monday = date(2026, 10, 5)
    two = [
        Charge(
            monday,
            monday + timedelta(days=2),
            COFFEE[2],
            COFFEE[0],
            COFFEE[1],
            "Food & Drink",
            "Sale",
            f"C{n}",
        )
        for n in range(2)
    ]
    _import(store, write("card.ofx", card_ofx(two[:1])))  # the second posts next statement

    result = _import(store, write(csv_file_name(), card_csv(two)))

    assert (result.new, result.duplicates) == (1, 1)
    assert [r[1] for r in rows(store)] == [Decimal("-4.85")] * 2


def test_same_amount_coffees_at_different_shops_on_neighbouring_days_are_not_merged(store, write):
    day = date(2026, 10, 16)
    starbucks = Charge(
        day, day + timedelta(days=1), COFFEE[2], COFFEE[0], COFFEE[1], "Food & Drink", "Sale", "S1"
    )
    blue_bottle = Charge(
        day + timedelta(days=1),
        day + timedelta(days=2),
        OTHER_COFFEE[2],
        OTHER_COFFEE[0],
        OTHER_COFFEE[1],
        "Food & Drink",
        "Sale",
        "B1",
    )
    _import(store, write("card.ofx", card_ofx([starbucks])))

    result = _import(store, write(csv_file_name(), card_csv([blue_bottle])))

    assert result.new == 1
    assert sorted(r[2] for r in rows(store)) == [OTHER_COFFEE[1], COFFEE[0]]


def test_undoing_the_csv_leaves_every_ofx_line(store, write):
    charges = _two_months()
    in_ofx = [c for c in charges if c.posted <= date(2026, 10, 31)]
    _import(store, write("card.ofx", card_ofx(in_ofx)))
    before = rows(store)
    added = _import(store, write(csv_file_name(), card_csv(charges)))
    assert added.new == len(charges) - len(in_ofx)

    undone = undo_import(store, added.batch_id)

    assert (undone.removed, undone.accounts_removed) == (added.new, 0)
    assert rows(store) == before
    assert _accounts(store) == [("Chase …9012", "9012")]


def test_two_cards_ending_alike_are_never_guessed_between(store, write):
    _import(store, write("a.ofx", card_ofx(OCTOBER, number="4147000011119012")))
    _import(store, write("b.ofx", card_ofx(OCTOBER, number="5500000022229012")))

    result = _import(store, write(csv_file_name(), card_csv(OCTOBER)))

    (counts,) = result.accounts
    assert (counts.account, counts.matched_by, result.new) == ("Chase", "new", 152)
    assert '"Chase …9012", "Chase …9012 (2)"' in counts.note and "--account" in counts.note
    again = _import(store, write(csv_file_name(), card_csv(OCTOBER)))
    assert (again.accounts[0].account, again.new) == ("Chase", 0)


def test_the_user_chooses_the_account_on_the_command_line(tmp_path, write):
    data = tmp_path / "cli"
    for name, number in (("a.ofx", "4147000011119012"), ("b.ofx", "5500000022229012")):
        cli_json(data, "import", str(write(name, card_ofx(OCTOBER, number=number))))
    csv = write("activity.csv", card_csv(OCTOBER))  # no last four in its name

    out = cli_json(data, "import", str(csv), "--account", "Chase …9012 (2)")

    (account,) = out["files"][0]["accounts"]
    assert (account["account"], account["new"], account["matched_by"]) == (
        "Chase …9012 (2)",
        0,
        "chosen",
    )
    assert account["other_format"] == 152


def test_a_card_column_names_the_account(store, write):
    # the card's download names no bank (as some do): a Capital One layout's last four may then
    # be it, where a Chase card's never is (another bank's card ending alike)
    _import(store, write("card.ofx", card_ofx(OCTOBER).replace("<FI><ORG>B1<FID>10898</FI>", "")))
    lines = card_csv(OCTOBER).splitlines()
    header = "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit"
    body = []
    for line in lines[1:]:
        bought, posted, payee, category, _, amount, _ = line.split(",")
        iso = [date(int(d[6:]), int(d[:2]), int(d[3:5])).isoformat() for d in (bought, posted)]
        debit, credit = (amount[1:], "") if amount.startswith("-") else ("", amount)
        body.append(f"{iso[0]},{iso[1]},9012,{payee},{category},{debit},{credit}")
    capital_one = "\n".join([header, *body]) + "\n"

    result = _import(store, write("transactions.csv", capital_one))

    assert (result.new, result.accounts[0].matched_by) == (0, "last four")
