"""What the user did with alerts, their settings and their exchange rates come back when the
household is rebuilt from finapp's own export.

The Beckers (:mod:`tests.safety.leipzig_household`, with their DKB Visa card beside the
Girokonto) dismissed "Spotify went up from 10.99 EUR to 12.99 EUR" and the large charge of
899.00 EUR at MediaMarkt, read the reminder of the Rundfunkbeitrag due on 15 November, and left
"Netflix charged 15.99 EUR after you cancelled it" unread. After ``wipe`` and the import of the
export, the alerts raised again as of 4 November are as they were: the dismissed ones stay
dismissed (not back unread in the tray), the read one read. A household with a yuan wallet
keeps its rate to dollars, and its settings (base currency, alert limits, reminder days…).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.services.alerts import dismiss, list_alerts, mark_read, refresh_alerts
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.net_worth import net_worth
from finapp.services.notifications import run_check
from finapp.services.rates import list_rates, rate_book, set_rate
from finapp.services.settings import set_setting, setting_texts
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.conftest import another_store
from tests.importers.ofxgen import Line, statement_ofx
from tests.networth.test_net_worth import _household
from tests.safety.leipzig_household import write_dkb

#: the day the Beckers looked at their alerts, and the day they look again after the round trip
NOV_4 = date(2026, 11, 4)


def _visa(folder: Path) -> Path:
    """The Beckers' DKB Visa: Spotify 10.99 a month, 12.99 from October; a television bought
    at MediaMarkt on 28 October; petrol."""
    lines = [
        Line(date(2026, m, 3), "-12.99" if m >= 10 else "-10.99", "SPOTIFY AB STOCKHOLM",
             fitid=f"SP2026{m:02d}")
        for m in range(1, 11)
    ]  # fmt: skip
    lines.append(Line(date(2026, 10, 28), "-899.00", "MEDIAMARKT LEIPZIG-PAUNSDORF", fitid="MM1"))
    lines.append(Line(date(2026, 10, 30), "-38.40", "ARAL TANKSTELLE LEIPZIG", fitid="AR1"))
    text = statement_ofx(lines, account="4930123412341234")
    path = folder / "dkb_visa_2026_10.ofx"
    path.write_text(text.replace("<CURDEF>USD", "<CURDEF>EUR"), encoding="ascii")
    return path


@pytest.fixture
def erased(tmp_path: Path) -> Iterator[Store]:
    """The empty store the export is imported back into (the household after ``wipe``)."""
    fresh = another_store(tmp_path / "erased")
    yield fresh
    fresh.close()


def _alert(store: Store, start: str) -> int:
    (found,) = [a.id for a in list_alerts(store, as_of=NOV_4) if a.message.startswith(start)]
    return found


@pytest.fixture
def beckers(store: Store, tmp_path: Path) -> Path:
    """The Beckers' export, after they went through their alerts on 4 November."""
    assert not import_files(store, [write_dkb(tmp_path), _visa(tmp_path)]).failed
    (netflix,) = [v for v in subs.list_subscriptions(store) if "Netflix" in v.name]
    subs.cancel(store, netflix.id, date(2026, 9, 20))
    refresh_alerts(store, NOV_4)
    dismiss(store, _alert(store, "Spotify went up"))
    dismiss(store, _alert(store, "A large charge of 899.00 EUR"))
    mark_read(store, _alert(store, "Rundfunk"))
    export_all(store, tmp_path / "export")
    return tmp_path / "export"


def _alerts(store: Store) -> list[tuple[str, str, bool, bool]]:
    """Every alert as of 4 November, closed ones too: what it says, open or dismissed, read."""
    return sorted(
        (a.message, a.state, a.read, a.dismissed)
        for a in list_alerts(store, as_of=NOV_4, include_closed=True)
    )


def test_dismissed_alerts_stay_dismissed_and_read_ones_read(
    beckers: Path, store: Store, erased: Store
) -> None:
    assert not import_files(erased, [beckers]).failed

    refresh_alerts(erased, NOV_4)  # the first `finapp alerts` after the import

    assert _alerts(erased) == _alerts(store)
    inbox = {(a.message.split()[0], a.read) for a in list_alerts(erased, as_of=NOV_4)}
    assert inbox == {("Netflix", False), ("Rundfunk", True)}


def test_the_check_after_the_import_shows_only_what_was_never_read(
    beckers: Path, erased: Store
) -> None:
    """The window's check after an import raises the alerts again and shows on the desktop
    those not shown before: neither the dismissed ones nor the one read."""
    assert not import_files(erased, [beckers / "transactions.csv"]).failed

    notes = run_check(erased, NOV_4).notes

    assert [note.message.split()[0] for note in notes] == ["Netflix"]


def test_importing_the_export_again_brings_no_dismissed_alert_back(
    beckers: Path, store: Store, erased: Store
) -> None:
    import_files(erased, [beckers])
    refresh_alerts(erased, NOV_4)

    again = import_files(erased, [beckers])
    refresh_alerts(erased, NOV_4, full=True)

    assert again.new == 0 and not again.failed
    assert _alerts(erased) == _alerts(store)


def test_an_alert_the_store_raised_already_keeps_its_own_state(
    beckers: Path, tmp_path: Path
) -> None:
    """The Beckers imported their DKB statements again before the export, and saw the Spotify
    price rise there unread: the store's own alert is left as it is."""
    store = another_store(tmp_path / "again")
    try:
        assert not import_files(store, [beckers]).failed
        refresh_alerts(store, NOV_4)
        (spotify,) = [
            a.id
            for a in list_alerts(store, as_of=NOV_4, include_closed=True)
            if a.message.startswith("Spotify went up")
        ]
        with store.write() as session:  # as the store held it before: raised, never read
            row = session.get_one(Alert, spotify)
            row.dismissed = row.read = False

        assert not import_files(store, [beckers]).failed
        refresh_alerts(store, NOV_4, full=True)

        (view,) = [a for a in list_alerts(store, as_of=NOV_4) if a.id == spotify]
        assert (view.state, view.read) == ("open", False)
        closed = list_alerts(store, as_of=NOV_4, include_closed=True)
        (mediamarkt,) = [a for a in closed if a.message.startswith("A large charge of 899.00")]
        assert mediamarkt.state == "dismissed"  # the export's word on the others stands
    finally:
        store.close()


def test_the_alert_limits_the_user_set_come_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """The Beckers raised the large-charge and new-merchant limits to 1,000.00, want renewals
    told 14 and 3 days ahead and cap their subscriptions at 60.00 a month: after the round trip
    the settings are theirs, and MediaMarkt's 899.00 raises no alert."""
    assert not import_files(store, [write_dkb(tmp_path), _visa(tmp_path)]).failed
    set_setting(store, "large_charge_limit", "1000")
    set_setting(store, "new_merchant_limit", "1000")
    set_setting(store, "reminder_offsets", "14,3")
    set_setting(store, "subscription_cap", "60")
    export_all(store, tmp_path / "export")

    assert not import_files(erased, [tmp_path / "export"]).failed
    refresh_alerts(erased, NOV_4)

    assert setting_texts(erased) == setting_texts(store)
    told = [a.message for a in list_alerts(erased, as_of=NOV_4, include_closed=True)]
    assert told and not [message for message in told if "Mediamarkt" in message]


def test_exchange_rates_and_the_base_currency_come_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """A household in dollars with a yuan wallet at 0.14: its net worth in April is whole
    again after the round trip, not "no rate: CNY"."""
    _household(store, tmp_path)
    export_all(store, tmp_path / "export")

    assert not import_files(erased, [tmp_path / "export"]).failed

    assert [(k.rate.currency, k.rate.base, k.rate.rate, k.rate.as_of, k.rate.source)
            for k in list_rates(erased)] == [("CNY", "USD", Decimal("0.14"), date(2026, 3, 1),
                                              "entered")]  # fmt: skip
    april, before = net_worth(erased).months[-1], net_worth(store).months[-1]
    assert april.total.currency == "USD" and not april.total.missing
    assert april.total.amount == before.total.amount
    assert setting_texts(erased)["base_currency"] == "USD"


def test_the_stores_own_settings_and_rates_win(store: Store, erased: Store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    set_setting(store, "emergency_fund_months", "3")
    set_setting(store, "large_charge_limit", "1500")
    set_rate(store, "CNY", "0.141", date(2026, 4, 1))
    export_all(store, tmp_path / "export")
    set_setting(erased, "emergency_fund_months", "9")
    set_setting(erased, "base_currency", "USD")
    set_rate(erased, "CNY", "0.138", date(2026, 3, 1))

    assert not import_files(erased, [tmp_path / "export"]).failed
    again = import_files(erased, [tmp_path / "export"])

    assert again.new == 0 and not again.failed
    texts = setting_texts(erased)
    assert (texts["emergency_fund_months"], texts["large_charge_limit"]) == ("9", "1500")
    with erased.read() as session:
        march = rate_book(session, date(2026, 3, 31)).convert(100000, "CNY", "USD")
    assert march is not None and march.minor == 13800  # ¥1,000 at the store's own 0.138
    (kept,) = list_rates(erased)
    assert (kept.rate.rate, kept.rate.as_of, kept.earlier) == (
        Decimal("0.141"),
        date(2026, 4, 1),
        1,
    )


@pytest.mark.parametrize(
    ("file", "written", "edited"),
    [
        ("settings.csv", "large_charge_limit,1000", "large_charge_limit,tausend"),
        ("rates.csv", "CNY,USD,0.14", "CNY,USD,-0.14"),
        ("alerts.csv", ",true,true,", ",ja,ja,"),
    ],
)
def test_a_damaged_file_refuses_the_import_naming_it_and_its_line(
    store: Store, erased: Store, tmp_path: Path, file: str, written: str, edited: str
) -> None:
    """Edited by hand into what finapp never writes (the manifest removed, which would refuse
    any edit): the import names the file and the line, and writes nothing."""
    _household(store, tmp_path)
    set_setting(store, "large_charge_limit", "1000")
    refresh_alerts(store, date(2026, 4, 30))
    (first, *_) = list_alerts(store, as_of=date(2026, 4, 30), include_closed=True)
    dismiss(store, first.id)
    export_all(store, tmp_path / "export")
    (tmp_path / "export" / "manifest.json").unlink()
    damaged = tmp_path / "export" / file
    text = damaged.read_text(encoding="utf-8")
    assert written in text
    damaged.write_text(text.replace(written, edited), encoding="utf-8")

    (failed,) = import_files(erased, [tmp_path / "export" / "transactions.csv"]).files

    assert failed.error is not None
    assert f"{file}, line " in str(failed.error), failed.error
    assert setting_texts(erased)["large_charge_limit"] == "500" and not list_rates(erased)


def test_a_json_export_brings_back_the_same(beckers: Path, store: Store, tmp_path: Path) -> None:
    """Exported as JSON, the alerts' states, the settings and the rates are in their .json
    files only: they come back all the same."""
    set_setting(store, "large_charge_limit", "800")
    set_rate(store, "USD", "0.93", date(2026, 11, 2))
    export_all(store, tmp_path / "json", fmt="json")
    assert not (tmp_path / "json" / "settings.csv").exists()
    erased = another_store(tmp_path / "erased-json")
    try:
        assert not import_files(erased, [tmp_path / "json"]).failed
        refresh_alerts(erased, NOV_4)

        assert _alerts(erased) == _alerts(store)
        assert setting_texts(erased)["large_charge_limit"] == "800"
        assert [(k.rate.currency, k.rate.rate) for k in list_rates(erased)] == [
            ("USD", Decimal("0.93"))
        ]
    finally:
        erased.close()
