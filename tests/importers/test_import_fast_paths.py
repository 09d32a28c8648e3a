"""The import's shortcuts give what the plain reading gives: amounts converted once per distinct
amount are each line's own conversion, in every currency and however the amount is written, and
dedupe keys made once per payee and amount are each line's own key."""

from __future__ import annotations

import hashlib
import random
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from finapp.core.money import to_minor
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.import_keys import minor_units, statement_keys


def _amounts(rng: random.Random) -> list[Decimal]:
    """Amounts as statements write them: repeated (rent, coffees), the same value with more or
    fewer decimals (``12.5``, ``12.50``, ``12.500``), halves that round, whole amounts."""
    written = []
    for _ in range(3_000):
        cents = rng.choice((-1, 1)) * rng.randint(0, 300)
        shape = rng.randrange(5)
        if shape == 0:
            written.append(f"{cents / 100:.2f}")
        elif shape == 1:
            written.append(f"{cents / 100:.3f}")  # 12.500: the same value as 12.50
        elif shape == 2:
            written.append(f"{cents}.{rng.choice('05')}5")  # a half of the unit: rounds
        elif shape == 3:
            written.append(str(cents // 100))
        else:
            written.append(rng.choice(("-1450.00", "-12.5", "-12.50", "0", "-0.00", "19.99")))
    return [Decimal(text) for text in written]


@pytest.mark.parametrize("currency", ["USD", "JPY", "BHD", "CNY"])
def test_amounts_converted_once_are_each_lines_own_conversion(currency: str) -> None:
    amounts = _amounts(random.Random(currency))
    lines = tuple(
        ParsedTransaction(posted=date(2026, 1, 1), amount=amount, payee="COFFEE", fitid=str(i))
        for i, amount in enumerate(amounts)
    )
    stmt = ParsedStatement(ParsedAccount(number="1", currency=currency), lines)
    assert len(set(amounts)) < len(amounts) / 2  # the statement repeats its amounts
    assert minor_units(stmt, currency) == [to_minor(a, currency) for a in amounts]


def _plain_fingerprint(txn: ParsedTransaction, currency: str) -> str:
    """A line's fingerprint as the dedupe rules define it, computed for the line alone."""
    payee = " ".join(txn.payee.upper().split())
    digest = hashlib.blake2b(payee.encode("utf-8"), digest_size=8).hexdigest()
    return f"fp:{txn.posted.isoformat()}:{to_minor(txn.amount, currency)}:{digest}"


def _plain_keys(stmt: ParsedStatement, currency: str) -> list[tuple[str, int]]:
    """Each line's (dedupe key, occurrence) by the rules of ``import_keys``, line by line."""
    txns = stmt.transactions
    keys: list[tuple[str, int]] = []
    for i, txn in enumerate(txns):
        own = _plain_fingerprint(txn, currency)
        if not txn.fitid:
            before = sum(
                1 for t in txns[:i] if not t.fitid and _plain_fingerprint(t, currency) == own
            )
            keys.append((own, before))
            continue
        namesakes = {_plain_fingerprint(t, currency) for t in txns if t.fitid == txn.fitid}
        bank_id = f"fitid:{txn.fitid.strip()}"
        keys.append((f"{bank_id}|{own}" if len(namesakes) > 1 else bank_id, 0))
    return keys


_DAYS = st.sampled_from([date(2026, 1, 1), date(2026, 1, 2), date(2026, 2, 1)])
_WRITTEN = st.sampled_from(["-4.50", "-4.5", "-4.500", "-12.00", "-12", "100.05", "0.125"])
_PAYEES = st.sampled_from(["COFFEE", "coffee", "Coffee  Shop", "COFFEE SHOP ", "盒马", "", "X"])
_BANK_IDS = st.sampled_from([None, "", "A1", " A1 ", "A2", "B7"]) | st.text("0123", max_size=3)
_LINES = st.lists(st.tuples(_DAYS, _WRITTEN, _PAYEES, _BANK_IDS), max_size=40)


@settings(max_examples=300, deadline=None)
@given(lines=_LINES, currency=st.sampled_from(["USD", "JPY", "BHD"]))
@example(  # a bank's file: every line with its own id
    lines=[(date(2026, 1, 1), "-4.50", "COFFEE", "A1"), (date(2026, 1, 2), "-4.5", "COFFEE", "A2")],
    currency="USD",
)
def test_dedupe_keys_are_each_lines_own_by_the_rules(
    lines: list[tuple[date, str, str, str | None]], currency: str
) -> None:
    """Fingerprints computed once per payee and amount give every line the key the rules give
    it alone: two identical coffees stay two, one id listed twice is one line, one id on
    different lines makes each its own."""
    txns = tuple(
        ParsedTransaction(posted=day, amount=Decimal(amount), payee=payee, fitid=fitid)
        for day, amount, payee, fitid in lines
    )
    stmt = ParsedStatement(ParsedAccount(number="1", currency=currency), txns)
    assert statement_keys(stmt, currency) == _plain_keys(stmt, currency)
