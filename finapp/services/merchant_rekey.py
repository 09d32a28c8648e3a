"""Keying a store's lines again when this finapp makes merchant keys differently, on open.

A line's merchant key is made when it is imported and kept. When finapp learns to make better
keys (a bank's reference glued to Chinese text, "房贷还款 流水号2025010841939071", no longer
part of it), a store an older finapp filled keeps the old ones: the monthly mortgage stays a
payee per reference, and only lines imported after the update would be found as one bill. So an
open by a finapp whose :data:`~finapp.core.merchant.KEY_VERSION` the store does not record keys
every line again in one pass, as :mod:`finapp.services.shipped_refresh` brings the shipped rules
up to date, and detects subscriptions again. An open that finds its own version reads one row
in SQL (:mod:`finapp.services.merchant_key_record`).

What the user did by hand follows the lines to their new keys:

* a payee merged into another (a ``merchant_aliases`` target) stays one payee: all its lines
  take one key (the new key most of them have), and the other new keys among them become
  aliases of it, so a statement imported later files them there too;
* a payee's own name moves to the keys its lines now have, unless such a key already has a
  name of the user's (given since the update), which stands; of several renamed payees that
  become one, the name of the one with most lines is kept;
* lessons learned from the user's corrections (learned rules about a merchant) move to the key
  most of its lines now have, as a merge moves them; a payee whose lines took several keys
  (WeChat Pay's 美团: 美团外卖 and 美团单车) has its lessons and the user's rules about it
  written for each part its lines went to (:mod:`finapp.services.rekey_rules`), and the lines
  of the payees a rule was written for are filed by the rules again (by hand filed ones kept);
* a rule the user wrote about a payee's key (``finapp rules add --field merchant``) that
  matched some of the old keys and matches none of the keys now is written for the key most
  of those lines took, its match type, conditions and category kept. A regular expression is
  left as the user wrote it (what it meant cannot be rewritten), and a rule that still matches
  some key stands as it is;
* subscriptions are reached by their lines (their members) and their stream keys, which are
  written with the new keys, so a stream the user confirmed, dismissed, renamed, merged, split
  or marked cancelled keeps that decision when it is detected again under its new key;
* stored alerts about a stream (a renewal, a lapse, a price rise, a charge after cancelling)
  are keyed by its stream key: their keys are written with the new ones in place, so an alert
  the user dismissed, read or snoozed (held by its id) is the same alert, not raised again.
  Should the new key be held by another alert already, the older one is left as it was.

The edit journal is cleared, as after an import: its statements name the old keys.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict

from sqlalchemy import Connection, select
from sqlalchemy.orm import Session

from finapp.core.rule_origins import RuleOrigin
from finapp.services.import_keys import merchant_keys
from finapp.services.merchant_key_record import holds_current_keys, record_keys
from finapp.services.payee_merge import move_learned_rules
from finapp.services.rekey_rules import MOVED_TABLE, follow_moved_lines
from finapp.services.rule_filing import AUTO_SOURCES, apply_rules, rule_book, rule_spec
from finapp.services.undoable import forget_edits
from finapp.services.wallet_refunds import refunds_follow
from finapp.store.engine import Store
from finapp.store.schema import Rule, Subscription, Transaction
from finapp.store.subscription_details import read_details, write_details

log = logging.getLogger("finapp.store")

#: lines read from the store at a time: a batch's rows and keys, not the whole history's, held
_BATCH = 20_000

#: per old key, how many of its lines went to each key
Flows = dict[str, Counter[str]]


def rekey_merchants(store: Store) -> bool:
    """Key the store's lines as this finapp does; whether the store was keyed another way.

    Opening a store asks first, in SQL alone, whether there is anything to do
    (:func:`~finapp.services.merchant_key_record.holds_current_keys`).
    """
    with store.write() as session:
        conn = session.connection()
        if holds_current_keys(conn):
            return False  # another finapp opening the store keyed it meanwhile
        flows = _rekey_lines(conn)
        if flows:
            _carry_user_work(session, flows)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {MOVED_TABLE}")
        record_keys(conn)
    if flows:
        forget_edits(store)
        from finapp.services.subscriptions import detect_subscriptions

        detect_subscriptions(store)
    return True


def _rekey_lines(conn: Connection) -> Flows:
    """Give every line its key as made now and return, for each key that lost lines, where
    its lines went (its lines that kept it counted under itself)."""
    targets = set(conn.exec_driver_sql("SELECT DISTINCT target FROM merchant_aliases").scalars())
    key = merchant_keys({})  # memoised by payee, as an import keys a statement
    lines: list[tuple[int, str, str]] = []  # (id, key held, key made now)
    merged = _Merged()
    rows = conn.exec_driver_sql(
        "SELECT id, merchant, coalesce(nullif(original_payee, ''), payee), memo FROM transactions"
    )
    while batch := rows.fetchmany(_BATCH):
        for line_id, held, payee, memo in batch:
            made = key(payee or "", memo or "")
            if held in targets:
                merged.join(held, made)
            lines.append((line_id, held, made))
    final = merged.into()
    flows: defaultdict[str, Counter[str]] = defaultdict(Counter)
    changed: list[tuple[int, str, str]] = []
    for line_id, held, made in lines:
        now = final.get(made, made)
        flows[held][now] += 1
        if now != held:
            changed.append((line_id, now, held))
    if not changed:
        return {}
    conn.exec_driver_sql(
        f"CREATE TEMP TABLE {MOVED_TABLE} (id INTEGER PRIMARY KEY, merchant TEXT, held TEXT)"
    )
    for start in range(0, len(changed), _BATCH):
        conn.exec_driver_sql(
            f"INSERT INTO {MOVED_TABLE} VALUES (?, ?, ?)", changed[start : start + _BATCH]
        )
    conn.exec_driver_sql(
        f"UPDATE transactions SET merchant = {MOVED_TABLE}.merchant FROM {MOVED_TABLE} "
        f"WHERE transactions.id = {MOVED_TABLE}.id"
    )
    log.info("merchant keys made anew: %d of %d lines keyed otherwise", len(changed), len(lines))
    aliases = {held: now for held, now in final.items() if held != now}
    _alias(conn, aliases)
    return {held: moved for held, moved in flows.items() if set(moved) != {held}}


class _Merged:
    """The new keys of each merged payee's lines, made one: a union-find over new keys."""

    def __init__(self) -> None:
        self._parent: dict[str, str] = {}
        self._first: dict[str, str] = {}  # per merge target, the first new key of its lines
        self._lines: Counter[str] = Counter()

    def _root(self, key: str) -> str:
        while (parent := self._parent.setdefault(key, key)) != key:
            self._parent[key] = self._parent.setdefault(parent, parent)
            key = parent
        return key

    def join(self, target: str, made: str) -> None:
        self._lines[made] += 1
        first = self._first.setdefault(target, made)
        self._parent[self._root(made)] = self._root(first)

    def into(self) -> dict[str, str]:
        """Each new key of a merged payee's lines and the one they all take: the key most of
        them have (the first in sort order among equals)."""
        groups: defaultdict[str, list[str]] = defaultdict(list)
        for key in list(self._parent):
            groups[self._root(key)].append(key)
        final = {}
        for keys in groups.values():
            chosen = min(keys, key=lambda k: (-self._lines[k], k))
            final.update(dict.fromkeys(keys, chosen))
        return final


def _alias(conn: Connection, aliases: dict[str, str]) -> None:
    """Record the merged payees' other new keys as aliases of the key their lines took."""
    if aliases:
        conn.exec_driver_sql(
            "INSERT INTO merchant_aliases (merchant, target) VALUES (?, ?) "
            "ON CONFLICT (merchant) DO UPDATE SET target = excluded.target",
            list(aliases.items()),
        )


def _carry_user_work(session: Session, flows: Flows) -> None:
    """Move what the user attached to keys that lost their lines to where the lines went."""
    conn = session.connection()
    kept = {now for moved in flows.values() for now in moved}
    gone = {held for held in flows if held not in kept}
    main = {held: moved.most_common(1)[0][0] for held, moved in flows.items()}
    _carry_names(conn, flows, gone)
    if gone:
        conn.exec_driver_sql(
            "UPDATE merchant_aliases SET target = ? WHERE target = ?",
            [(main[held], held) for held in gone],
        )
    conn.exec_driver_sql("DELETE FROM merchant_aliases WHERE merchant = target")
    _refile(session, follow_moved_lines(session, flows))
    for held in sorted(gone):
        move_learned_rules(session, [held], main[held])
    _carry_user_rules(session, flows)
    _carry_subscriptions(session, {held: main[held] for held in gone})
    _carry_alerts(conn, {held: main[held] for held in gone})


def _refile(session: Session, keys: set[str]) -> None:
    """File the lines of ``keys``, payees a rule was written for, by the rules again (what the
    user filed by hand kept), their refunds with them: a lesson taught on WeChat Pay's 美团外卖
    meals reaches the Alipay ones as soon as they are one payee."""
    if not keys:
        return
    changes = apply_rules(
        session,
        [
            Transaction.merchant.in_(sorted(keys)),
            Transaction.category_source.is_(None) | Transaction.category_source.in_(AUTO_SOURCES),
        ],
        rule_book(session),
    )
    refunds_follow(session, [change["id"] for change in changes])


def _carry_names(conn: Connection, flows: Flows, gone: set[str]) -> None:
    """The user's name of each payee onto the keys its lines took; see the module docstring."""
    rows = conn.exec_driver_sql("SELECT merchant, name FROM merchant_names")
    names = {str(merchant): str(name) for merchant, name in rows}
    offered: defaultdict[str, list[tuple[int, str]]] = defaultdict(list)
    for held, moved in flows.items():
        if held in names:
            for now, count in moved.items():
                offered[now].append((count, held))
    now_named = {key: name for key, name in names.items() if key not in gone}
    for now, offers in offered.items():
        if now not in now_named:
            now_named[now] = names[max(offers)[1]]
    conn.exec_driver_sql("DELETE FROM merchant_names")
    if now_named:
        conn.exec_driver_sql(
            "INSERT INTO merchant_names (merchant, name) VALUES (?, ?)", list(now_named.items())
        )


def _carry_user_rules(session: Session, flows: Flows) -> None:
    """Write the user's rules about payees' old keys for the keys their lines took; see the
    module docstring for which."""
    rules = session.scalars(
        select(Rule).where(
            Rule.origin == RuleOrigin.USER,
            Rule.match_field == "merchant",
            Rule.match_type != "regex",
        )
    ).all()
    if not rules:
        return
    keys_now = list(
        session.connection().exec_driver_sql("SELECT DISTINCT merchant FROM transactions").scalars()
    )
    for rule in rules:
        spec = rule_spec(rule)
        named = [held for held in flows if spec.names_merchant(held)]
        if not named or any(spec.names_merchant(key) for key in keys_now):
            continue
        took = sum((flows[held] for held in named), Counter[str]())
        rule.pattern = min(took, key=lambda key: (-took[key], key))
        log.info("user rule %d written for the payee's new key", rule.id)


def _carry_alerts(conn: Connection, main: dict[str, str]) -> None:
    """Write stored alerts' keys with their streams' new keys, each alert kept in its row."""
    if not main:
        return
    held = conn.exec_driver_sql("SELECT id, dedupe_key FROM alerts").all()
    taken = {str(key) for _, key in held}
    moved = []
    for alert_id, key in held:
        now = ":".join(_stream_key(part, main) for part in key.split(":"))
        if now != key and now not in taken:
            taken.add(now)
            moved.append((now, alert_id))
    if moved:
        conn.exec_driver_sql("UPDATE alerts SET dedupe_key = ? WHERE id = ?", moved)


def _carry_subscriptions(session: Session, main: dict[str, str]) -> None:
    """Write stored subscriptions' merchant and stream keys (theirs and those merged into them)
    with the new keys, so detection finds each stream's row again by its key."""
    if not main:
        return
    for row in session.scalars(select(Subscription)):
        row.merchant = main.get(row.merchant, row.merchant)
        row.stream_key = _stream_key(row.stream_key, main)
        details = read_details(row.details)
        if details.aliases:
            details.aliases = [_stream_key(key, main) for key in details.aliases]
            row.details = write_details(details)


def _stream_key(key: str, main: dict[str, str]) -> str:
    """A detected stream's key (``account|merchant|direction|first line``) with its merchant's
    new key; a manual or split-off row's key is no merchant's and stays."""
    account, sep, rest = key.partition("|")
    parts = rest.rsplit("|", 2)
    if not sep or not account.isdigit() or len(parts) != 3 or parts[0] not in main:
        return key
    return "|".join([account, main[parts[0]], *parts[1:]])
