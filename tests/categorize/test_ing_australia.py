"""ING Australia's lines as its Orange Everyday account prints them: the party first, then the
kind of line, its receipt and the card's details, which are no part of the name."""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.store.engine import Store
from tests.categorize.test_canadian_household import _loaded_and_shown

#: ING Australia's lines: the party, the kind of line, its receipt, then the card's details
ING_AUSTRALIA = {
    "WOOLWORTHS 3345 SYDNEY - EFTPOS Purchase - Receipt 17402Date 23 Feb 2026 Time 6:12PM "
    "Card 462263xxxxxx1234": "Woolworths Sydney",
    "Kebab House - Visa Purchase - Receipt 123451  Date 17 Jun 2026 Card 441xxxx013": "Kebab House",
    "ORIGIN ENERGY - Direct Debit - Receipt 556677 40012345678": "Origin Energy",
    "TMR REG RENEW 48272      10249312514707 - BPAY Bill Payment - Receipt 9850 To TMR REG "
    "RENEW 48272 10249312514707": "TMR Reg Renew",
    "MEDICARE AUSTRALIA - Receipt 100020": "Medicare Australia",
}


def test_ing_australia_lines_are_named_without_the_kind_receipt_and_card(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _loaded_and_shown(store, tmp_path, capsys, ING_AUSTRALIA)
    assert {t: shown[t][0] for t in ING_AUSTRALIA} == ING_AUSTRALIA
