"""What the user did with each alert (read it, dismissed it), carried by finapp's own export
onto the same alert when the household rebuilt from it raises it again.

An alert is known by its key, which names the occurrence by the store's ids: ``charge:4711``
is the charge on line 4711, ``low_balance:3:2026-10-03:50000`` a dip of account 3,
``budget:12:2026-10:80`` the month of category 12's budget, ``renewal:3|netflix|out|4690:…`` a
stream of account 3 whose first charge is line 4690. The store an export is imported into gives
everything ids of its own, so ``alerts.csv`` writes each key with the things it names as the
export names them (:class:`PortableKeys`): a line by its ``finapp_transaction_id``, an account
by its name, a category by its path, a goal by its name, a subscription by its stream (the
account's name, the merchant, the direction, the first line). Names are written with ``%``,
``:`` and ``|`` as ``%25``, ``%3A`` and ``%7C``, so a category path ``Food:Groceries`` stays one
part of the key.

Importing the export translates each key of an alert read or dismissed into the new store's ids
(:func:`restore_alert_states`) and keeps it with its state. The alerts themselves are not
written then: they are raised again by the next evaluation (the window's check after the import,
or the first ``finapp alerts``), as of that day and with what is true then; as each is raised,
the state kept for its key is put on it (:func:`keep_restored_states`): a dismissed alert is
raised dismissed, never shown unread, and one read is raised read, never notified again. An
alert the store holds already keeps its own state, and a key kept already is not kept twice, so
importing the export again changes nothing.

A key that names what the new store does not have (an account or line not imported, a stream
only the old store's ids name) is not carried: that alert, raised again, is new.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from urllib.parse import unquote

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.importers.finapp_export_files import cell, export_rows, yes
from finapp.services.categories import category_paths
from finapp.store.schema import Account, Alert, Goal, Setting, Subscription

ALERTS_FILE = "alerts.csv"
#: the store's entry holding the states of alerts an import brought back, until raised again
RESTORED_KEY = "alerts.restored"
READ, DISMISSED = "read", "dismissed"

#: What the part after a key's first word names, by that word; None: nothing of the store's.
_HEAD: dict[str, str | None] = {
    **dict.fromkeys(
        (
            "low_balance",
            "stale_statements",
            "card_utilisation",
            "card_payment_due",
            "forecast_low_balance",
            "pass_through",
            "structuring",
            "late_night",
            "new_counterparties",
        ),
        "account",
    ),
    "budget": "category",
    "charge": "line",
    "duplicate_charge": "line",
    "goal_behind": "goal",
    "goal_beyond_surplus": "goal",
    "review_due": "subscription",
    "unreviewed": "subscription",
    "subscription_cap": None,
    "emergency_fund": None,
}
#: Keys naming a stream, by their first word: how many parts follow the stream's key.
_STREAM_TAIL = {"renewal": 2, "lapsed": 1, "price_increase": 1, "income_change": 1}
_AFTER_CANCEL, _SINCE = "charged_after_cancel", ":since:"

#: A key's parts: what each names (``text`` for none of the store's things) and its text.
Parts = list[tuple[str, str]]
#: How a part naming something of the store's is written the other way; None: it cannot be.
Mapper = Callable[[str], str | None]


def _parts(key: str) -> Parts | None:
    """The parts of ``key``; None for a key of a kind this finapp does not know."""
    word, _, rest = key.partition(":")
    if word in _STREAM_TAIL:
        named, *after = rest.rsplit(":", _STREAM_TAIL[word])
        return [("text", word), ("stream", named), *(("text", part) for part in after)]
    if word == _AFTER_CANCEL:
        if _SINCE in rest:
            stream, _, since = rest.rpartition(_SINCE)
            return [("text", word), ("stream", stream), ("text", "since"), ("text", since)]
        stream, _, line = rest.rpartition(":")
        return [("text", word), ("stream", stream), ("line", line)]
    if word not in _HEAD:
        return None
    head = _HEAD[word]
    if head is None:
        return [("text", key)]
    first, sep, tail = rest.partition(":")
    return [("text", word), (head, first)] + ([("text", tail)] if sep else [])


def _rewrite(key: str, mappers: Mapping[str, Mapper]) -> str | None:
    """``key`` with each part naming something written by ``mappers``; None when one cannot."""
    parts = _parts(key)
    if parts is None:
        return None
    written = [text if what == "text" else mappers[what](text) for what, text in parts]
    if any(part is None for part in written):
        return None
    return ":".join(part for part in written if part is not None)


def _stream(key: str, account: Mapper, line: Mapper) -> str | None:
    """A stream's key (``account|merchant|direction|first line``) with its account and line
    written the other way; a stream the user added by hand is known by its name already."""
    if key.startswith("manual:"):
        return key
    held, sep, rest = key.partition("|")
    parts = rest.rsplit("|", 2)
    if not sep or len(parts) != 3:
        return None  # a stream only the store's ids name (a split-off one)
    merchant, direction, first = parts
    owner, charge = account(held), line(first)
    if owner is None or charge is None:
        return None
    return "|".join([owner, merchant, direction, charge])


def _escaped(name: str) -> str:
    return name.replace("%", "%25").replace(":", "%3A").replace("|", "%7C")


def _number(text: str) -> int | None:
    return int(text) if text.isdigit() else None


class PortableKeys:
    """Alerts' keys as the export writes them: naming lines, accounts, categories, goals and
    streams as the export does, not by the store's ids."""

    def __init__(self, session: Session) -> None:
        accounts = dict(session.execute(select(Account.id, Account.name)).all())
        categories = category_paths(session)
        goals = dict(session.execute(select(Goal.id, Goal.name)).all())
        streams = dict(session.execute(select(Subscription.id, Subscription.stream_key)).all())

        def named(names: Mapping[int, str]) -> Mapper:
            def write(text: str) -> str | None:
                name = names.get(_number(text) or 0)
                return None if name is None else _escaped(name)

            return write

        def stream(key: str) -> str | None:
            return _stream(key, named(accounts), lambda line: line if line.isdigit() else None)

        self._mappers: dict[str, Mapper] = {
            "account": named(accounts),
            "category": named(categories),
            "goal": named(goals),
            "line": lambda line: line if line.isdigit() else None,  # its finapp_transaction_id
            "stream": stream,
            "subscription": lambda sid: stream(streams.get(_number(sid) or 0) or ""),
        }

    def of(self, key: str) -> str | None:
        """``key`` as the export writes it; None (an empty cell) when it cannot be."""
        return _rewrite(key, self._mappers)


class _StoreIds:
    """Exported keys written with the ids of the store the export is imported into."""

    def __init__(self, session: Session, lines: Mapping[str, int]) -> None:
        accounts = {name: aid for aid, name in session.execute(select(Account.id, Account.name))}
        categories = {path: cid for cid, path in category_paths(session).items()}
        goals = {name: gid for gid, name in session.execute(select(Goal.id, Goal.name))}

        def found(ids: Mapping[str, int]) -> Mapper:
            def write(text: str) -> str | None:
                held = ids.get(unquote(text))
                return None if held is None else str(held)

            return write

        def line(text: str) -> str | None:
            held = lines.get(text)
            return None if held is None else str(held)

        def stream(key: str) -> str | None:
            return _stream(key, found(accounts), line)

        # a subscription is written as its stream: the new store's rows get their ids from
        # detection, so its key is matched by its stream's key (:func:`keep_restored_states`)
        self._mappers: dict[str, Mapper] = {
            "account": found(accounts),
            "category": found(categories),
            "goal": found(goals),
            "line": line,
            "stream": stream,
            "subscription": stream,
        }

    def of(self, key: str) -> str | None:
        return _rewrite(key, self._mappers)


def restore_alert_states(session: Session, folder: Path, lines: Mapping[str, int]) -> None:
    """Keep the state of each alert of the export in ``folder`` the user read or dismissed, by
    its key in this store, until an evaluation raises it again; ``lines`` are the ids the
    import gave the export's lines, by their ``finapp_transaction_id``."""
    rows = export_rows(folder, ALERTS_FILE)
    if not rows:
        return
    ids = _StoreIds(session, lines)
    held = set(session.scalars(select(Alert.dedupe_key)))
    kept = _kept(session)
    for row in rows:
        state = cell(folder, ALERTS_FILE, row, _state)
        if state is None:
            continue
        key = ids.of(row[1].get("key") or "")
        if key is not None and key not in held:
            kept.setdefault(key, state)  # a state kept from an earlier import stays
    _keep(session, kept)


def _state(c: dict[str, str]) -> str | None:
    """What the user did with the alert of one row of ``alerts.csv``; None: nothing."""
    read, dismissed = yes(c["read"]), yes(c["dismissed"])
    return DISMISSED if dismissed else READ if read else None


def keep_restored_states(session: Session, raised: Sequence[Alert]) -> None:
    """Put on each alert an evaluation is raising the state an import brought back for it:
    dismissed stays dismissed, read stays read, and neither is notified again."""
    if not raised:
        return
    kept = _kept(session)
    if not kept:
        return
    for alert in raised:
        state = kept.pop(alert.dedupe_key, None)
        if state is None and (by_stream := _by_stream(session, alert)) is not None:
            state = kept.pop(by_stream, None)
        if state is not None:
            alert.read = alert.notified = True
            alert.dismissed = state == DISMISSED
    _keep(session, kept)


def _by_stream(session: Session, alert: Alert) -> str | None:
    """The key of an alert about a subscription with the subscription named by its stream, as
    an import keeps it; None for any other alert."""
    word, _, rest = alert.dedupe_key.partition(":")
    if _HEAD.get(word) != "subscription" or alert.subscription_id is None:
        return None
    sub = session.get(Subscription, alert.subscription_id)
    if sub is None or not sub.stream_key:
        return None
    _, sep, tail = rest.partition(":")
    return f"{word}:{sub.stream_key}{sep}{tail}"


def _kept(session: Session) -> dict[str, str]:
    row = session.get(Setting, RESTORED_KEY)
    return {} if row is None else dict(json.loads(row.value))


def _keep(session: Session, kept: dict[str, str]) -> None:
    row = session.get(Setting, RESTORED_KEY)
    if not kept:
        if row is not None:
            session.delete(row)
        return
    value = json.dumps(kept, ensure_ascii=False, sort_keys=True)
    if row is None:
        session.add(Setting(key=RESTORED_KEY, value=value))
    elif row.value != value:
        row.value = value
