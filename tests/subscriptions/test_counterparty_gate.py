"""The one look that passes over most lines before their counterparty is read changes no
reading: on a realistic household's lines and on transfers, wires and payment-app lines printed
in every case and spacing, the gated reading equals the full one."""

from __future__ import annotations

import random
import re
from datetime import date, timedelta

import pytest

from bench.realistic_statements import household
from finapp.core import counterparty as module
from finapp.core.counterparty import counterparty
from tests.subscriptions import test_transfer_parties as printed

_PRINTERS = (
    printed.chase_wire, printed.wells_wire, printed.boa_transfer, printed.chase_transfer,
    printed.wells_transfer, printed.chase_zelle, printed.wells_zelle, printed.china_transfer,
)  # fmt: skip
_PARTIES = (
    "MAREK KOWALSKI", "Anna Chen", "SAV 4471", "sav ...9981", "WAY2SAVE SAVINGS XXXXXX4471",
    "招商银行储蓄卡(尾号4471)", "John  Smith", "chk *9981",
)  # fmt: skip
_OTHERS = (
    "Venmo from J Chen", "venmo\tto  Anna", "xfer from CHK 1234", "ORIG:ACME PAYROLL ID:77",
    "转入 招商银行储蓄卡(4471)", "汇款 工商银行 6222****4471", "手机银行转账-张三",
    "Transferwise fee", "WIRED MAGAZINE", "ORIGINAL JOE'S", "bnf=tom o'neil srf# 1",
)  # fmt: skip


def _mangled(rng: random.Random, text: str) -> str:
    """``text`` in another case and with its spaces doubled, tabbed or trimmed, as banks and
    CSV exports vary them."""
    case = rng.choice((str.upper, str.lower, str.title, str))
    spaced = rng.choice((" ", "  ", "\t", " \u00a0"))
    return rng.choice(("", " ")) + spaced.join(case(text).split(" ")) + rng.choice(("", "  "))


def _lines() -> list[str]:
    rng = random.Random(20261201)
    random.seed(20261201)  # the printers draw their references from the module's generator
    _, txns = household(6_000, seed=7)
    lines = [f"{t.name} {t.memo}" for t in txns]
    day = date(2026, 1, 1)
    for i in range(3_000):
        print_line = rng.choice(_PRINTERS)
        text = print_line(day + timedelta(days=i % 300), rng.choice(_PARTIES))
        lines.append(_mangled(rng, text))
        lines.append(_mangled(rng, rng.choice(_OTHERS)))
    return lines


def test_the_gated_reading_equals_the_full_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    lines = _lines()
    gated = [counterparty(line) for line in lines]
    monkeypatch.setattr(module, "_ANY_PARTY", re.compile(""))  # every line read in full
    full = [counterparty(line) for line in lines]
    assert gated == full
    named = {party for party in full if party}
    assert len(named) > 10  # transfers' parties were read, not only passed over
    assert sum(1 for party in full if not party) > len(lines) // 2  # and most lines pass
