"""A calendar file kept in step: rewritten after each change that moves a renewal (issue 15.6)."""

from __future__ import annotations

import json
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from icalendar import Calendar

from finapp.core.cadence import month_date
from finapp.importers.base import ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as subs
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.kept_calendar import (
    keep_calendar,
    kept_calendar_path,
    refresh_kept_calendar,
    stop_keeping_calendar,
)
from finapp.services.wipe import delete_account
from finapp.store.engine import Store
from tests.helpers import run_cli
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, HULU, NETFLIX, monthly

TODAY = date.today()
#: eight monthly charges, the last within this month or the one before: a live subscription
FIRST = month_date(TODAY.replace(day=5), -8, 5)


def load(store: Store, *lines: ParsedTransaction) -> None:
    """Import a card statement of these lines through the import the app and CLI run."""
    folder = Path(tempfile.mkdtemp())
    statement = write_ofx(folder / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert import_files(store, [statement]).new == len(lines)


def _summaries(path: Path) -> dict[str, str]:
    """Each event's UID and title, as a calendar app subscribing to the file reads them."""
    events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    return {str(e["UID"]): str(e["SUMMARY"]) for e in events}


def test_the_kept_file_follows_imports_decisions_and_undo(store, tmp_path: Path) -> None:
    kept = tmp_path / "synced" / "renewals.ics"
    kept.parent.mkdir()
    assert keep_calendar(store, kept) == 0, "an empty store keeps an empty calendar"
    assert kept.stat().st_mode & 0o777 == 0o600
    assert _summaries(kept) == {}
    assert kept_calendar_path(store) == kept

    load(store, *monthly(NETFLIX, FIRST, 8, "-15.49"), *monthly(HULU, FIRST, 8, "-7.99"))
    titles = _summaries(kept)
    assert len(titles) == 2 and any("15.49" in t for t in titles.values()), titles

    netflix = next(v for v in subs.stored_subscriptions(store) if v.merchant == "NETFLIX")
    subs.rename(store, netflix.id, "Family Netflix")
    assert any(t.startswith("Family Netflix renews") for t in _summaries(kept).values())

    hulu = next(v for v in subs.stored_subscriptions(store) if v.merchant == "HULU")
    subs.dismiss(store, hulu.id)
    assert f"subscription-{hulu.id}@finapp" not in _summaries(kept)

    gym = subs.add_manual(store, "Gym", Decimal("30"), "annual", TODAY + timedelta(days=40))
    assert f"subscription-{gym.id}@finapp" in _summaries(kept)

    batch = undo_import(store)
    assert batch.removed == 16
    assert set(_summaries(kept)) == {f"subscription-{gym.id}@finapp"}, "undo took Netflix out"
    assert [p.name for p in kept.parent.iterdir()] == ["renewals.ics"], "no temp file left"


def test_a_review_date_is_an_event_saying_by_when_to_cancel(store, tmp_path: Path) -> None:
    kept = tmp_path / "renewals.ics"
    gym = subs.add_manual(store, "Gym", Decimal("300"), "annual", TODAY + timedelta(days=40))
    keep_calendar(store, kept)
    subs.set_review_date(store, gym.id, TODAY + timedelta(days=20))
    (review,) = [
        e for e in Calendar.from_ical(kept.read_bytes()).walk("VEVENT")
        if str(e["UID"]) == f"review-{gym.id}@finapp"
    ]  # fmt: skip
    assert review.decoded("DTSTART") == TODAY + timedelta(days=20)
    assert str(review["SUMMARY"]) == "Review Gym: keep it or cancel"
    deadline = (TODAY + timedelta(days=40)).isoformat()
    assert f"Cancel before {deadline}" in str(review["DESCRIPTION"])
    assert review.walk("VALARM"), "an alarm on the day"
    subs.set_review_date(store, gym.id, None)
    assert f"review-{gym.id}@finapp" not in _summaries(kept)


def test_stopping_leaves_the_file_as_it_was(store, tmp_path: Path) -> None:
    kept = tmp_path / "renewals.ics"
    keep_calendar(store, kept)
    assert stop_keeping_calendar(store) == kept
    subs.add_manual(store, "Gym", Decimal("30"), "annual", TODAY + timedelta(days=40))
    assert _summaries(kept) == {}, "no longer rewritten"
    assert kept_calendar_path(store) is None and stop_keeping_calendar(store) is None


def test_an_unchanged_calendar_is_not_rewritten_and_a_lost_folder_fails_no_change(
    store, tmp_path: Path
) -> None:
    folder = tmp_path / "usb"
    folder.mkdir()
    kept = folder / "renewals.ics"
    subs.add_manual(store, "Gym", Decimal("30"), "annual", TODAY + timedelta(days=40))
    keep_calendar(store, kept)
    before = kept.stat().st_ino, kept.read_bytes()
    assert refresh_kept_calendar(store) is False
    assert (kept.stat().st_ino, kept.read_bytes()) == before, "a synced file is left alone"
    kept.unlink()
    folder.rmdir()  # the drive was unplugged
    load(store, *monthly(NETFLIX, FIRST, 8, "-15.49"))  # the import itself goes through
    assert any(v.merchant == "NETFLIX" for v in subs.stored_subscriptions(store))
    folder.mkdir()
    subs.add_manual(store, "Paper", Decimal("9"), "monthly", TODAY + timedelta(days=3))
    assert len(_summaries(kept)) == 3, "the next change writes it again"


def test_deleting_an_account_takes_its_renewals_out(store, tmp_path: Path) -> None:
    kept = tmp_path / "renewals.ics"
    load(store, *monthly(NETFLIX, FIRST, 8, "-15.49"))
    keep_calendar(store, kept)
    assert len(_summaries(kept)) == 1
    delete_account(store, CARD.number)
    assert _summaries(kept) == {}


def test_cli_keeps_the_file_and_stops(tmp_path: Path) -> None:
    data, kept = tmp_path / "data", tmp_path / "renewals.ics"
    started = run_cli(data, "subscriptions", "export-ics", str(kept), "--keep")
    assert started.returncode == 0, started.stderr
    assert "rewritten after every change" in started.stdout
    assert started.stdout.endswith("\nThis file is NOT encrypted: keep it somewhere safe.\n")
    added = run_cli(
        data, "subscriptions", "add", "Gym", "30", "--cadence", "annual",
        "--next", (TODAY + timedelta(days=40)).isoformat(),
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert list(_summaries(kept).values()) == ["Gym renews: 30.00 USD"]
    stopped = run_cli(data, "subscriptions", "export-ics", "--stop-keeping")
    assert stopped.returncode == 0 and "no longer kept" in stopped.stdout
    (gym,) = json.loads(run_cli(data, "subscriptions", "--json").stdout)
    assert run_cli(data, "subscriptions", "cancel", str(gym["id"])).returncode == 0
    assert list(_summaries(kept).values()) == ["Gym renews: 30.00 USD"], "no longer rewritten"
    refused = run_cli(data, "subscriptions", "export-ics", str(kept), "--keep", "--as-of",
                      "2024-01-01")  # fmt: skip
    assert refused.returncode == 2 and refused.stderr.startswith("finapp: ")
