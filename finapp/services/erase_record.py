"""Lines the user erased on purpose (``wipe --import``, ``wipe --account``, an import undone),
remembered in the store so the shrink check (:func:`finapp.services.integrity.find_shrink`)
does not call them lost and ask for a restore of the backup that still holds them.

Each erase is kept as when it was made and how many lines went (the settings table, key
``erased_lines``), for as long as a backup it could be compared with counts as recent.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from finapp.store.engine import Store
from finapp.store.schema import Setting

#: The settings table's key holding the erases (JSON: ``[[ISO time, lines], ...]``).
ERASED_SETTING = "erased_lines"
#: How long an erase is remembered: longer than the shrink check looks back.
REMEMBERED = timedelta(days=62)


@dataclass(frozen=True, slots=True)
class Erase:
    when: datetime
    lines: int


def record_erase(session: Session, lines: int, when: datetime) -> None:
    """Remember, in the erasing transaction itself, that ``lines`` transactions went at ``when``."""
    if lines <= 0:
        return
    row = session.get(Setting, ERASED_SETTING)
    kept = [e for e in _parsed(row.value if row else "") if e.when >= when - REMEMBERED]
    kept.append(Erase(when, lines))
    text = json.dumps([[e.when.isoformat(), e.lines] for e in kept])
    if row is None:
        session.add(Setting(key=ERASED_SETTING, value=text))
    else:
        row.value = text


def erases(store: Store) -> tuple[Erase, ...]:
    """The erases the store remembers, oldest first."""
    with store.read() as session:
        row = session.get(Setting, ERASED_SETTING)
        return _parsed(row.value) if row is not None else ()


def erased_since(found: Sequence[Erase], since: datetime) -> int:
    """How many lines were erased on purpose after ``since`` (a backup's time)."""
    return sum(e.lines for e in found if e.when > since)


def _parsed(text: str) -> tuple[Erase, ...]:
    if not text:
        return ()
    return tuple(Erase(datetime.fromisoformat(at), int(n)) for at, n in json.loads(text))
