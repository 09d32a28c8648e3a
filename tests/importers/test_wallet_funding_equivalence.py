"""The store hands the pairing of wallet rows with their funding only the bank lines that can
be paired or are an own-money move; what it marks is exactly what judging every bank line
naming a wallet in Python marks, on varied generated histories: equal amounts on many days,
other currencies, days on the window's edges, rows paired already, lines filed by hand, own
moves among lines that fund nothing."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.wallet_funding import (
    MAX_DAYS,
    Line,
    Owned,
    all_markers,
    choose_funding,
    moves_own_money,
    names_account,
    paying_source,
    starts_with_marker,
    wallet_markers,
)
from finapp.services.wallet_funding import link_days_funding
from finapp.store.schema import Account, Transaction

_START = date(2024, 3, 1)
_AMOUNTS = (2340, 2500, 4550, 10200)
_BANK_TEXTS = (
    "支付宝-爱奇艺",
    "财付通-中国石化",
    "微信支付-美团",
    "支付宝-花呗还款",
    "财付通-微信零钱提现",
    "京东支付-京东到家",
    "COSTCO WHSE #23",
    "余额宝转入",
    "",
)
_SOURCES = (
    "收/付款方式: 招商银行信用卡(5678)",
    "支付方式: 招商银行储蓄卡(1234)",
    "支付方式: 招商银行信用卡",
    "支付方式: 零钱",
    "",
)


def _history(session: Session, rng: random.Random) -> None:
    """A card, a debit account, Alipay and WeChat Pay, and a month of lines on each."""
    accounts = [
        Account(name="CMB card", institution="招商银行", type="credit_card", currency="CNY",
                number_last4=rng.choice(("5678", ""))),
        Account(name="CMB debit", institution="招商银行", type="checking", currency="CNY",
                number_last4="1234"),
        Account(name="Alipay", institution="支付宝", type="payment_app", currency="CNY"),
        Account(name="WeChat Pay", institution="财付通", type="payment_app", currency="CNY"),
    ]  # fmt: skip
    session.add_all(accounts)
    session.flush()
    banks, wallets = accounts[:2], accounts[2:]
    lines = []
    for n in range(rng.randint(150, 300)):
        wallet = rng.random() < 0.5
        account = rng.choice(wallets if wallet else banks)
        text = rng.choice(_BANK_TEXTS) if not wallet else rng.choice(("肯德基", "滴滴出行"))
        amount = rng.choice(_AMOUNTS) if rng.random() < 0.8 else rng.randint(1, 20000)
        lines.append(
            Transaction(
                account_id=account.id,
                posted=_START + timedelta(days=rng.randint(0, 40)),
                amount_minor=0 if rng.random() < 0.03 else rng.choice((-1, -1, 1)) * amount,
                currency="CNY" if rng.random() < 0.95 else "USD",
                payee=text,
                original_payee=rng.choice(("", text)),
                memo=rng.choice(("", "", rng.choice(_BANK_TEXTS))),
                source_kind=rng.choice(_SOURCES) if wallet else "",
                dedupe_key=f"k{n}",
                category_source=CategorySource.MANUAL.value if rng.random() < 0.1 else None,
                is_transfer=rng.random() < 0.05,
            )
        )
    session.add_all(lines)
    session.flush()
    for line in rng.sample(lines, 3):  # some bank lines already funding a wallet row
        line.is_transfer, line.transfer_peer_id = True, rng.choice(lines).id
    session.flush()


def _plainly(session: Session, first: date, last: date) -> tuple[set[int], set[tuple[int, int]]]:
    """The own moves and ``(wallet, bank)`` pairs found by judging, in Python, every line of
    the days: the rule of :mod:`finapp.core.wallet_funding` with nothing left to the store."""
    since, until = first - timedelta(days=MAX_DAYS), last + timedelta(days=MAX_DAYS)
    accounts = {a.id: a for a in session.scalars(select(Account))}
    rows = [t for t in session.scalars(select(Transaction)) if since <= t.posted <= until]
    peers = {t.transfer_peer_id for t in session.scalars(select(Transaction))}
    apps = {i for i, a in accounts.items() if a.type == "payment_app"}
    naming = [
        t
        for t in rows
        if t.account_id not in apps
        and not t.is_transfer
        and any(m in text for text in (t.original_payee, t.payee, t.memo) for m in all_markers())
    ]
    moved = {
        t.id
        for t in naming
        if t.category_source != CategorySource.MANUAL.value
        and moves_own_money((t.original_payee, t.payee, t.memo))
    }
    owned = [
        Owned(a.id, f"{a.name} {a.institution}", a.number_last4, a.type)
        for a in accounts.values()
        if a.id not in apps
    ]
    found = []
    for w in rows:
        markers = wallet_markers(
            f"{accounts[w.account_id].name} {accounts[w.account_id].institution}"
        )
        source = paying_source(w.source_kind)
        if w.account_id not in apps or w.is_transfer or w.id in peers or not w.amount_minor:
            continue
        if source is None or not markers:
            continue
        for b in naming:
            if (
                b.id not in moved
                and b.amount_minor == w.amount_minor
                and b.currency == w.currency
                and abs((b.posted - w.posted).days) <= MAX_DAYS
                and starts_with_marker((b.original_payee, b.payee, b.memo), markers)
                and any(o.id == b.account_id and names_account(source, o) for o in owned)
            ):
                found.append(
                    (
                        Line(w.id, w.account_id, w.posted, w.amount_minor, w.currency),
                        Line(b.id, b.account_id, b.posted, b.amount_minor, b.currency),
                    )
                )
    return moved, set(choose_funding(found))


def _marked(session: Session, before: set[int]) -> tuple[set[int], set[tuple[int, int]]]:
    """The lines the run marked an own move (no peer) and the pairs it marked ``(wallet,
    bank)``."""
    rows = session.execute(
        select(Transaction.id, Transaction.transfer_peer_id).where(Transaction.is_transfer)
    ).all()
    new = [(i, peer) for i, peer in rows if i not in before]
    return {i for i, peer in new if peer is None}, {(peer, i) for i, peer in new if peer}


@pytest.mark.parametrize("seed", range(10))
def test_funding_marks_what_judging_every_line_marks(store, seed: int) -> None:
    with store.read() as session:  # rolled back
        _history(session, random.Random(seed))
        first, last = _START + timedelta(days=5), _START + timedelta(days=30)
        expected_moves, expected_pairs = _plainly(session, first, last)
        before = set(session.scalars(select(Transaction.id).where(Transaction.is_transfer)))
        funded = link_days_funding(session, first, last)
        session.flush()
        assert _marked(session, before) == (expected_moves, expected_pairs)
        assert (funded.own_moves, sum(funded.pairs.values())) == (
            len(expected_moves),
            len(expected_pairs),
        )
        assert expected_pairs and expected_moves  # the histories hold both
