"""Transfers found through the store's candidates are exactly the pairs the original algorithm
found by comparing every two lines of the same size, on varied generated histories: several
accounts and currencies, one amount on many days, ambiguous candidates, lines already paired,
categories that speak for or against, dates on the window's edges."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.transfers import Movement, _plausible
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.imports import import_parsed
from finapp.services.transfers import MAX_DAYS, _link, link_days_transfers
from finapp.store.schema import Account, Category, ImportBatch, Transaction

_START = date(2024, 1, 1)
_TEXTS = ("PAYMENT THANK YOU", "ONLINE TRANSFER", "COFFEE 12", "REFUND", "转账", "GROCER #7", "")
_AMOUNTS = (500, 999, 1000, 2500, 12345)


def _original_match(movements: Iterable[Movement], max_days: int) -> set[tuple[int, int]]:
    """The pairing as it was first written: every out against every in of its size."""
    groups: dict[tuple[str, int], list[Movement]] = defaultdict(list)
    for m in movements:
        if m.amount_minor:
            groups[(m.currency, abs(m.amount_minor))].append(m)
    pairs: set[tuple[int, int]] = set()
    for members in groups.values():
        outs = [m for m in members if m.amount_minor < 0]
        ins = [m for m in members if m.amount_minor > 0]
        options = sorted(
            (abs((i.posted - o.posted).days), o.posted, o.id, i.id, o, i)
            for o in outs
            for i in ins
            if o.account_id != i.account_id
            and abs((i.posted - o.posted).days) <= max_days
            and _plausible(o, i)
        )
        used: set[int] = set()
        for *_, out, into in options:
            if out.id not in used and into.id not in used:
                used.update((out.id, into.id))
                pairs.add((out.id, into.id))
    return pairs


def _history(session: Session, rng: random.Random) -> list[int]:
    """Accounts, categories and two imports of lines; the imports' ids."""
    accounts = [
        Account(name=f"{kind} {i}", type=kind, currency=currency)
        for i, (kind, currency) in enumerate(
            [("checking", "USD"), ("savings", "USD"), ("credit_card", "USD"),
             ("loan", "USD"), ("checking", "EUR"), ("payment_app", "EUR")]
        )
    ]  # fmt: skip
    categories = [Category(name=kind, kind=kind) for kind in ("expense", "income", "transfer")]
    batches = [
        ImportBatch(file_name=f"{n}.ofx", file_sha256="0" * 64, format="ofx") for n in (1, 2)
    ]
    session.add_all([*accounts, *categories, *batches])
    session.flush()
    for n in range(rng.randint(150, 400)):
        account = rng.choice(accounts)
        batch = rng.choice(batches)
        span = (0, 40) if batch is batches[0] else (30, 70)  # overlapping imports
        amount = rng.choice(_AMOUNTS) if rng.random() < 0.8 else rng.randint(1, 30000)
        paired = rng.random() < 0.05
        session.add(
            Transaction(
                account_id=account.id,
                batch_id=batch.id,
                posted=_START + timedelta(days=rng.randint(*span)),
                amount_minor=0 if rng.random() < 0.02 else rng.choice((-1, 1)) * amount,
                currency=account.currency if rng.random() < 0.95 else "GBP",
                payee=rng.choice(_TEXTS),
                original_payee=rng.choice(("", rng.choice(_TEXTS))),
                memo=rng.choice(("", "XFER", "ref 12")),
                dedupe_key=f"k{n}",
                merchant="",
                category_id=rng.choice([None, None, *[c.id for c in categories]]),
                is_transfer=paired,
                transfer_peer_id=None,
            )
        )
    session.flush()
    return [b.id for b in batches]


def _unpaired(
    session: Session, since: date | None, until: date | None, paired: set[int] | None = None
) -> list[Movement]:
    """The lines the original algorithm read: unpaired, posted within the dates when given;
    with ``paired``, those unpaired before a linking that paired others since."""
    query = (
        select(Transaction, Account.type, Category.kind)
        .join(Account)
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(
            Transaction.is_transfer.is_(False) if paired is None else Transaction.id.not_in(paired)
        )
    )
    if since is not None:
        query = query.where(Transaction.posted >= since, Transaction.posted <= until)
    return [
        Movement(t.id, t.account_id, kind, t.posted, t.amount_minor, t.currency,
                 f"{t.original_payee or t.payee} {t.memo}", category,
                 party=" ".join((t.original_payee or t.payee).upper().split()))
        for t, kind, category in session.execute(query)
    ]  # fmt: skip


def _marked(session: Session, before: set[int]) -> set[tuple[int, int]]:
    """The pairs the linking marked, as ``(out_id, in_id)``; each side points at the other."""
    rows = session.execute(
        select(Transaction.id, Transaction.amount_minor, Transaction.transfer_peer_id).where(
            Transaction.is_transfer.is_(True)
        )
    ).all()
    peers = {tid: peer for tid, _amount, peer in rows if tid not in before}
    assert all(peers[peer] == tid for tid, peer in peers.items())
    return {(tid, peer) for tid, amount, peer in rows if tid in peers and amount < 0}


def _already(session: Session) -> set[int]:
    return set(session.scalars(select(Transaction.id).where(Transaction.is_transfer.is_(True))))


@pytest.mark.parametrize("seed", range(12))
def test_linking_all_history_finds_the_original_pairs(store, monkeypatch, seed: int) -> None:
    monkeypatch.setattr("finapp.services.transfers._CHUNK", 7)  # lines read in several chunks
    with store.read() as session:  # rolled back
        _history(session, random.Random(seed))
        expected = _original_match(_unpaired(session, None, None), MAX_DAYS)
        before = _already(session)
        assert _link(session) == len(expected)
        assert _marked(session, before) == expected
        assert len(expected) >= 5  # the generated histories do hold transfers


@pytest.mark.parametrize("seed", range(12))
def test_linking_one_import_finds_the_original_pairs_of_its_dates(store, seed: int) -> None:
    with store.read() as session:
        later = _history(session, random.Random(100 + seed))[1]
        days = list(
            session.scalars(select(Transaction.posted).where(Transaction.batch_id == later))
        )
        window = timedelta(days=MAX_DAYS)
        expected = _original_match(
            _unpaired(session, min(days) - window, max(days) + window), MAX_DAYS
        )
        before = _already(session)
        assert link_days_transfers(session, min(days), max(days)) == len(expected)
        assert _marked(session, before) == expected


def _statement(
    rng: random.Random, number: str, kind: str, days: range, texts: tuple[str, ...]
) -> ParsedStatement:
    lines = tuple(
        ParsedTransaction(
            posted=_START + timedelta(days=rng.choice(days)),
            amount=Decimal(rng.choice((-1, 1)) * rng.choice(_AMOUNTS)) / 100,
            payee=rng.choice(texts),
            fitid=f"{number}-{n}",
        )
        for n in range(rng.randint(40, 120))
    )
    return ParsedStatement(ParsedAccount(number=number, type=kind), lines)


@pytest.mark.parametrize("seed", range(6))
def test_an_import_pairs_what_linking_the_days_it_added_finds(store, seed: int) -> None:
    """The days an import links are those of the lines it added, not of its file: a statement
    that overlaps the last one at both ends adds only its middle, and pairs only around it."""
    rng = random.Random(200 + seed)
    texts = _TEXTS[:-1]
    first = [
        _statement(rng, n, k, range(0, 60), texts)
        for n, k in (("11", "checking"), ("22", "credit_card"), ("33", "savings"))
    ]
    import_parsed(store, ParsedFile("first.ofx", "ofx", tuple(first)))
    # the same lines again, with new ones in the middle of the period only
    again = [
        ParsedStatement(
            stmt.account,
            stmt.transactions
            + _statement(rng, f"{stmt.account.number}x", "", range(25, 35), texts).transactions,
        )
        for stmt in first
    ]
    with store.read() as session:
        before = _already(session)
    result = import_parsed(store, ParsedFile("again.ofx", "ofx", tuple(again)))
    assert result.days is not None and result.new > 0
    assert result.days[0] >= _START + timedelta(days=25)  # the file's own days begin at 0
    with store.read() as session:
        added = select(func.min(Transaction.posted), func.max(Transaction.posted))
        assert result.days == tuple(
            session.execute(added.where(Transaction.batch_id == result.batch_id)).one()
        )
        window = timedelta(days=MAX_DAYS)
        unpaired = _unpaired(session, result.days[0] - window, result.days[1] + window, before)
        assert _marked(session, before) == _original_match(unpaired, MAX_DAYS)


def test_a_pairing_that_fails_takes_nothing_with_it_and_the_next_one_pairs(
    store, monkeypatch
) -> None:
    """A pairing that fails half-way (here, judging a candidate) fails with its own error and
    leaves nothing behind, not even the lines it set out to pair: the next one, in the same
    store, pairs as if it were the first."""

    def failing(out: Movement, into: Movement) -> bool:
        raise RuntimeError("judging a candidate failed")

    monkeypatch.setattr("finapp.services.transfers._CHUNK", 7)  # candidates left to read
    with store.write() as session:
        _history(session, random.Random(7))
    with monkeypatch.context() as patched:
        patched.setattr("finapp.core.transfers._plausible", failing)
        failed = pytest.raises(RuntimeError, match="judging a candidate failed")
        with failed, store.write() as session:
            _link(session)
    with store.write() as session:
        expected = _original_match(_unpaired(session, None, None), MAX_DAYS)
        before = _already(session)
        assert _link(session) == len(expected) >= 5
        assert _marked(session, before) == expected
