"""Whether anything an alerts evaluation reads changed since the last one, told without
reading the history or loading the evaluation.

An evaluation raises the alerts not raised before and resolves those that no longer hold; run
again on what it left, it raises and resolves nothing. So when every input is what it was just
after the last evaluation, the alerts stored are already what one would leave, and a second
``finapp alerts`` on the same day, the tray's daily check or a page refreshed can skip it.

Alerts read far more than detection does (:mod:`finapp.services.detection_inputs`): the lines
with their categories, and nearly every other table — balances, budgets, goals, cards,
settings, rates, subscriptions, the alerts raised and dismissed. So the inputs are told by
exclusion: the two stamps of the lines (:mod:`finapp.store.stamps`: what each line is, and its
category), and every other table read whole, but for those no evaluation reads (a line's tags,
the journal of edits) and the kept state itself. A table added later is read with the others
until it is named here. The code is told by the app's version and each of its files' size and
time of change, so an edited or updated finapp evaluates again once.

The digest is kept after the evaluation's own writes, in the same write transaction, so no
other write can come between the two.
"""

from __future__ import annotations

import hashlib
import os
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from finapp import __version__
from finapp.store import stamps
from finapp.store.schema import Setting

#: where the last evaluation's digest is kept (beside the settings, not one of them)
STATE_KEY = "alerts.evaluated"

#: tables no evaluation reads; the lines are told by their stamps instead
_NOT_READ = frozenset({"transactions", "transaction_tags", "edit_journal", "store_stamps"})


def fingerprint(session: Session, as_of: date) -> str | None:
    """A digest of everything an evaluation as of ``as_of`` reads; None when the store cannot
    prove its lines unchanged (no stamp)."""
    lines, filing = stamps.take(session, "transactions"), stamps.take(session, "filing")
    if lines is None or filing is None:
        return None
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{_code_version()}\x1c{as_of.isoformat()}\x1c{lines}\x1c{filing}".encode())
    tables = session.scalars(
        text("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    ).all()
    for table in tables:
        if table in _NOT_READ or table.startswith("sqlite_"):
            continue
        query = f"SELECT * FROM {table} ORDER BY rowid"
        if table == Setting.__tablename__:
            query = f"SELECT * FROM {table} WHERE key != '{STATE_KEY}' ORDER BY rowid"
        rows = session.execute(text(query)).all()
        digest.update(f"\x1c{table}\x1d{[tuple(row) for row in rows]!r}".encode())
    return digest.hexdigest()


def unchanged_since_last_evaluation(session: Session, as_of: date) -> bool:
    """Whether an evaluation as of ``as_of`` would raise and resolve nothing: nothing it reads
    changed since the last one, made as of the same day."""
    kept = session.get(Setting, STATE_KEY)
    return kept is not None and kept.value == fingerprint(session, as_of)


def keep_evaluation(session: Session, as_of: date) -> None:
    """Keep the digest of what the evaluation just made read (after its writes)."""
    found = fingerprint(session, as_of)
    kept = session.get(Setting, STATE_KEY)
    if found is None:
        if kept is not None:
            session.delete(kept)
    elif kept is None:
        session.add(Setting(key=STATE_KEY, value=found))
    else:
        kept.value = found


@cache
def _code_version() -> str:
    """The app's version, and each file of its non-GUI code and shipped tables by size and time
    of change: alerts go through most of it, so any change to it evaluates again once."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(__version__.encode())
    for folder in (Path(__file__).parents[1], Path(str(resources.files("finapp.resources")))):
        for name, size, changed in _files(folder):
            digest.update(f"\x1c{name}\x1d{size}\x1d{changed}".encode())
    return digest.hexdigest()


def _files(folder: Path) -> list[tuple[str, int, int]]:
    """Every code and table file under ``folder`` but the GUI's, sorted; none in a packaged
    app, which ships its code inside the executable and changes with its version."""
    found: list[tuple[str, int, int]] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return found
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            if entry.name not in ("gui", "__pycache__"):
                found += _files(Path(entry.path))
        elif entry.name.endswith((".py", ".json")):
            info = entry.stat()
            found.append((entry.path, info.st_size, info.st_mtime_ns))
    return sorted(found)
