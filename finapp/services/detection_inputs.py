"""Whether anything subscription detection reads changed since its last run, told without
reading the history or loading the detector.

Detection brings the Subscription rows in line with the history, and run again on what it left
it changes nothing. So when every input is what it was just after the last run, the rows are
already what a run would make, and ``finapp alerts`` (which detects before every evaluation) or
the window's refresh can skip it. The inputs are few and cheap to take whole: the transactions'
stamp (:mod:`finapp.store.stamps`: any write to a line detection reads, an import, a deleted or
undone batch, an edit, a rule refiling lines, takes it away or changes its count), the small
tables detection reads beside them — the subscriptions with their members (every decision of
the user), the accounts, the statements' periods (the day a stream is judged by), the payee
names the user chose and merged — the day asked about, and the code that detects and names.
Their digest is kept with the last run's state (:mod:`finapp.services.detection_scope`), taken
after the run's own writes; a later run whose digest is the same has nothing to do.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from sqlalchemy import text
from sqlalchemy.orm import Session

from finapp import __version__
from finapp.store import stamps
from finapp.store.schema import Setting

#: where the last run's state is kept (beside the settings, not one of them)
STATE_KEY = "subscriptions.detected"

#: the modules whose code decides the detected streams (their kept digests are tied to it)
DETECTOR = (
    "finapp.core.cadence",
    "finapp.core.months_off",
    "finapp.core.pauses",
    "finapp.core.recurrence",
    "finapp.core.stream_split",
    "finapp.core.streams",
    "finapp.services.subscription_sync",
    "finapp.services.detection_scope",
    "finapp.services.subscription_fold",
)
#: the modules whose code decides the rest of what a run writes: names, the day judged by
_AROUND = (
    "finapp.services.payee_list",
    "finapp.services.payee_names",
    "finapp.core.display_names",
    "finapp.services.coverage",
    "finapp.store.subscription_details",
    __name__,
)

#: the tables read beside the transactions, read whole (each holds a row per subscription,
#: account, statement or named payee, not per line)
_SMALL_TABLES = (
    "subscriptions",
    "subscription_members",
    "accounts",
    "statement_periods",
    "merchant_names",
    "merchant_aliases",
)


@dataclass(frozen=True, slots=True)
class SyncResult:
    """What one detection run changed."""

    as_of: date
    streams: int
    new: int
    removed: int


def fingerprint(session: Session, as_of: date) -> str | None:
    """A digest of everything a detection run as of ``as_of`` reads; None when the store
    cannot prove its transactions unchanged (no stamp)."""
    stamp = stamps.take(session)
    if stamp is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_code_version()}\x1c{as_of.isoformat()}\x1c{stamp}".encode())
    for table in _SMALL_TABLES:
        rows = session.execute(text(f"SELECT * FROM {table} ORDER BY rowid")).all()
        digest.update(f"\x1c{table}\x1d{[tuple(row) for row in rows]!r}".encode())
    return digest.hexdigest()


def unchanged_since_last_run(session: Session, as_of: date) -> SyncResult | None:
    """The last run's result when nothing it read changed since (it would change nothing and
    find the same streams); None when detection must run."""
    row = session.get(Setting, STATE_KEY)
    if row is None:
        return None
    try:
        state = json.loads(row.value)
        kept, streams = state["inputs"], int(state["streams"])
    except (ValueError, KeyError, TypeError):
        return None
    if kept is None or kept != fingerprint(session, as_of):
        return None
    return SyncResult(as_of, streams, 0, 0)


@cache
def detector_version() -> str:
    """A digest of the detector's code, so a changed detector never trusts old results."""
    return sources_digest(DETECTOR)


@cache
def _code_version() -> str:
    """The detector's code and the code around it that names rows and picks the day a stream
    is judged by: a new version of any of it may write other rows from the same inputs."""
    return sources_digest((*DETECTOR, *_AROUND))


def sources_digest(modules: Iterable[str]) -> str:
    """A digest of the source of the modules named: results kept by other code are not trusted.

    Found by name, not imported: telling that nothing changed must not load the detector.
    """
    digest = hashlib.blake2b(digest_size=16)
    for name in modules:
        digest.update(_source(name).encode())
    return digest.hexdigest()


def _source(name: str) -> str:
    """A module's source; in a packaged app, which ships none, the app's version stands for it."""
    try:
        spec = importlib.util.find_spec(name)
        source = spec.loader.get_source(name)  # type: ignore[union-attr]  # None: excepted
    except (ImportError, OSError, AttributeError, ValueError):
        source = None
    return source or f"{name} {__version__}"
