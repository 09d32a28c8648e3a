"""Payee names in the store: found from the lines, renamed by the user, kept through detection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from finapp.errors import NotFoundError
from finapp.importers.base import ParsedStatement
from finapp.services import subscriptions as subs
from finapp.services.alerts import refresh_alerts
from finapp.services.imports import import_files
from finapp.services.notifications import take_unnotified
from finapp.services.payee_list import list_payees
from finapp.services.payee_names import rename_payee
from finapp.store.engine import Store
from finapp.store.schema import MerchantName, Transaction
from tests.conftest import PASSPHRASE
from tests.helpers import cli_json, run_cli
from tests.old_schemas import undo_schema_6, upgraded
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, load, monthly

SPOTIFY = "SPOTIFY P1A2B3C4D5 STOCKHOLM SE"
MORTGAGE = "ROCKET MORTGAGE PAYMENT PPD ID: 1234567890"
AS_OF = date(2024, 9, 20)


def _names(store: Store, **kwargs: object) -> set[str]:
    return {v.name for v in subs.list_subscriptions(store, AS_OF, **kwargs)}  # type: ignore[arg-type]


def test_subscriptions_show_names_people_know_not_descriptor_fragments(store: Store) -> None:
    load(
        store,
        *monthly(SPOTIFY, date(2024, 1, 3), 9, "-11.99"),
        *monthly(MORTGAGE, date(2024, 1, 1), 9, "-2140.00"),
        *monthly("AUTOMATIC PAYMENT - THANK YOU", date(2024, 1, 20), 9, "1200.00"),
    )
    assert _names(store) == {"Spotify", "Rocket Mortgage", "Chase card payment"}


def test_a_renamed_payee_shows_everywhere_and_survives_detection(store: Store) -> None:
    load(
        store,
        *monthly(SPOTIFY, date(2024, 1, 3), 8, "-11.99"),
        *monthly(SPOTIFY, date(2024, 9, 3), 1, "-13.99"),
    )
    assert _names(store) == {"Spotify"}

    (view,) = rename_payee(store, "spotify", "  Family music ")  # by the name shown
    assert (view.merchant, view.name, view.chosen) == ("SPOTIFY STOCKHOLM", "Family music", True)
    assert view.statement_text == SPOTIFY
    assert _names(store) == {"Family music"}
    assert _names(store, full=True) == {"Family music"}  # detected afresh
    price_alerts = [a for a in refresh_alerts(store, AS_OF) if a.kind == "price_increase"]
    assert price_alerts and all("Family music" in a.message for a in price_alerts)

    rename_payee(
        store, "spotify stockholm", ""
    )  # by its key; back to the name found from its lines
    assert _names(store) == {"Spotify"}
    assert [(p.name, p.chosen) for p in list_payees(store)] == [("Spotify", False)]


def test_a_stored_alert_shows_the_payee_s_current_name(store: Store) -> None:
    load(
        store,
        *monthly(SPOTIFY, date(2024, 1, 3), 8, "-11.99"),
        *monthly(SPOTIFY, date(2024, 9, 3), 1, "-13.99"),
    )
    subs.list_subscriptions(store, AS_OF)
    before = [a for a in refresh_alerts(store, AS_OF) if a.kind == "price_increase"]
    assert before and all(a.params["name"] == "Spotify" for a in before)

    rename_payee(store, "Spotify", "Music for the kids")
    from finapp.services.alerts import list_alerts

    after = [a for a in list_alerts(store) if a.kind == "price_increase"]
    assert [a.params["name"] for a in after] == ["Music for the kids"] * len(before)
    assert all(a.message.startswith("Music for the kids went up") for a in after)
    notes = [
        n for n in take_unnotified(store, AS_OF) if n.kind == "price_increase"
    ]  # the desktop's
    assert notes and all(n.params["name"] == "Music for the kids" for n in notes)


def test_renaming_an_unknown_payee_is_refused(store: Store) -> None:
    load(store, *monthly(SPOTIFY, date(2024, 1, 3), 3, "-11.99"))
    with pytest.raises(NotFoundError):
        rename_payee(store, "NETFLIX", "Films")


def test_rename_a_payee_through_the_cli(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = monthly(SPOTIFY, date(2024, 1, 3), 9, "-11.99")
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 9

    (payee,) = cli_json(data, "payees")
    assert (payee["merchant"], payee["name"]) == ("SPOTIFY STOCKHOLM", "Spotify")
    done = run_cli(data, "payees", "rename", "Spotify", "Streaming music")
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "SPOTIFY STOCKHOLM: shown as Streaming music"
    listed = cli_json(data, "subscriptions", "--as-of", AS_OF.isoformat())
    assert [item["name"] for item in listed] == ["Streaming music"]

    refused = run_cli(data, "payees", "rename", "HULU", "TV")
    assert refused.returncode == 2 and refused.stderr.startswith("finapp: No payee 'HULU'")


def test_a_schema_5_store_upgrades_and_keeps_payee_names(store: Store, tmp_path: Path) -> None:
    lines = monthly(SPOTIFY, date(2024, 1, 3), 3, "-11.99")
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert import_files(store, [ofx]).new == 3
    with upgraded(store, undo_schema_6, PASSPHRASE) as reopened:
        with reopened.read() as session:
            assert session.scalar(select(func.count(Transaction.id))) == 3
        rename_payee(reopened, "Spotify", "Music")
        with reopened.read() as session:
            assert session.scalars(select(MerchantName.name)).all() == ["Music"]
