"""Lines a statement prints to state the account's balance, which are no transactions.

Bank of America's CSV opens with ``Beginning balance as of 01/01/2024``, Starling's with an
``Opening Balance``; Itaú's OFX lists ``SALDO ANTERIOR`` and ``SALDO TOTAL DISPONÍVEL DIA`` as
transactions whose amount is the balance (−68,094.98 read as a charge was tens of thousands of
spending that never happened, and a large-charge alert). The words are the same in every format;
each importer leaves such a line out in its own way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: what a line stating the account's balance, not a movement, begins with
BALANCE_LINE = re.compile(
    r"(?:beginning|opening|starting|ending|closing) balance\b|(?:anfangs|end)saldo\b"
    r"|solde (?:initial|final|de début|de fin)\b|期初余额|期末余额"
    r"|saldo (?:anterior|inicial|final|do dia|total dispon[ií]vel)\b",
    re.IGNORECASE,
)


#: the same, at any line's start of a text of many joined by line breaks
_ANY_BALANCE_LINE = re.compile(rf"^\s*(?:{BALANCE_LINE.pattern})", re.IGNORECASE | re.MULTILINE)


def any_states_balance(texts: Iterable[str]) -> bool:
    """Whether any of ``texts`` states a balance: one scan of them all, as most files hold
    none and a history holds thousands of distinct payees."""
    return _ANY_BALANCE_LINE.search("\n".join(texts)) is not None


def states_balance(text: str) -> bool:
    """Whether a line's payee or memo ``text`` is a statement's own line stating a balance."""
    return BALANCE_LINE.match(text.lstrip()) is not None
