"""Detection's one look at a merchant's lines, before it reads each line for a free-trial marker
or a counterparty, changes no stream: on a realistic household's lines, with trials, 0.00
authorisations, transfers, wires and payment-app lines mixed in, in every case and spacing,
the streams found are those found when every line is read on its own."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from bench.realistic_statements import household
from finapp.core import recurrence
from finapp.core.counterparty import counterparty, parties
from finapp.core.merchant import merchant_key
from finapp.core.recurrence import Charge
from tests.subscriptions.test_counterparty_gate import _lines, _mangled

#: services whose monthly charges start after a free trial, and how the trial is printed
_TRIALS = (
    ("NETFLIX.COM", "free TRIAL", 0),
    ("SPOTIFY USA", "Trial period", 0),
    ("HULU 877-8244858", "", 0),  # a 0.00 authorisation
    ("ADOBE *CREATIVE CLD", "TRIALS ENDING", -100),
)


def _charges() -> list[Charge]:
    """Two years of a household's lines, with monthly subscriptions behind free trials, and
    transfers to and from several parties each month, in every case and spacing."""
    rng = random.Random(20261201)
    first, txns = household(4_000, seed=11)
    charges = [
        Charge(i, t.account, first + timedelta(days=t.day), t.cents, merchant_key(t.name, t.memo),
               f"{t.name} {t.memo}")
        for i, t in enumerate(txns)
    ]  # fmt: skip

    def add(account: int, day: date, cents: int, payee: str, memo: str) -> None:
        printed = _mangled(rng, payee)
        text = f"{printed} {memo}"
        charges.append(Charge(len(charges), account, day, cents, merchant_key(printed, memo), text))

    for n, (payee, memo, cents) in enumerate(_TRIALS):
        start = first + timedelta(days=40 + 9 * n)
        add(1, start, cents, payee, memo)
        for month in range(1, 9):
            add(1, start + timedelta(days=30 * month + month % 2), -999 - 100 * n, payee, "")
    for n, text in enumerate(_lines()[-600:]):
        add(1 + n % 3, first + timedelta(days=30 * (n % 20) + n % 3), (-1) ** n * 25000, text, "")
    return charges


def _read_alone(members: list[Charge]) -> set[int]:
    return {c.id for c in members if c.amount_minor == 0 or "TRIAL" in c.text.upper()}


def test_parties_read_together_equal_each_line_read_alone() -> None:
    lines = _lines()
    rng = random.Random(7)
    groups = [lines[i : i + rng.randint(1, 40)] for i in range(0, len(lines), 40)]
    assert any(set(parties(g)) == {""} for g in groups)  # most groups pass with one look
    assert any(set(parties(g)) != {""} for g in groups)
    for group in groups:
        assert parties(group) == [counterparty(line) for line in group]


def test_the_streams_are_those_of_every_line_read_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    charges = _charges()
    as_of = date(2027, 3, 1)
    together = recurrence.detect_streams(charges, as_of)
    assert any(s.started_after_trial for s in together)
    assert len({s.merchant for s in together}) > 5
    monkeypatch.setattr(recurrence, "_trial_markers", _read_alone)
    monkeypatch.setattr(recurrence, "parties", lambda texts: [counterparty(t) for t in texts])
    assert recurrence.detect_streams(charges, as_of) == together
