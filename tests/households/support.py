"""Small households imported the way a user does, and their truth, for the acceptance tests."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import new_passphrase_store
from tests.households.files import StatementFile, Truth, write_statements
from tests.households.generator import Household


def imported(
    hh: Household,
    folder: Path,
    *,
    card_csv: bool = False,
    until: date | None = None,
    at_once: bool = False,
) -> tuple[Store, list[StatementFile]]:
    """A store in ``folder/data`` holding the household's statements (those available by
    ``until``), each file imported on its own as the user downloads it.

    ``at_once`` imports them all in one go instead, as a user who drops the folder of a few
    years' statements does: the same files written the same way, with subscriptions detected
    once after the last file rather than after each (a second or more on two years of files),
    for tests about the history as a whole rather than how it grew.
    """
    files = write_statements(hh, folder / "files", card_csv=card_csv)
    store = new_passphrase_store(folder / "data")
    chosen = [f.path for f in files if until is None or f.available <= until]
    for paths in [chosen] if at_once else [[path] for path in chosen]:
        result = import_files(store, paths)
        assert not result.failed, result.failed
    return store, files


def owners(hh: Household, store: Store) -> dict[int, str | None]:
    """The true stream of each stored transaction (None for a one-off)."""
    truth = Truth(hh)
    out = {}
    for t in list_transactions(store):
        line = truth.line(t)
        out[t.id] = line.stream if line else None
    return out


def stream_of(txn_ids: tuple[int, ...], owner: dict[int, str | None]) -> str | None:
    names = Counter(owner.get(t) for t in txn_ids)
    if not names:
        return None
    best, count = names.most_common(1)[0]
    return best if best is not None and count * 2 > len(txn_ids) else None


def open_alerts(store: Store, day: date) -> list[alert_service.AlertView]:
    """The inbox at ``day``: stored alerts not dismissed, not resolved by then."""
    out = []
    for a in alert_service.list_alerts(store, as_of=day):
        state = getattr(a, "state", None)
        resolved = getattr(a, "resolved_on", None)
        if state not in (None, "open") or (resolved is not None and resolved <= day):
            continue
        out.append(a)
    return out
