"""Dutch words for a move to or from one's own savings pair a transfer; "Overboeking" alone,
any bank transfer to anyone, does not.

ING's current account prints "Naar Oranje Spaarrekening V 530-71248" when Sanne puts money
aside and "Van Oranje Spaarrekening V 530-71248" when she takes it back; her savings export
writes "Overboeking van betaalrekening" and "Overboeking naar betaalrekening", and is read as a
current account (nothing in it says savings). The words name her savings account, as "TO
SAVINGS" does in English.
"""

from __future__ import annotations

from datetime import date

from finapp.core.account_types import AccountType
from finapp.core.transfers import Movement, match_transfers

_CURRENT, _SAVINGS, _DAAN = 1, 2, 3


def _line(
    line: int, account: int, day: date, minor: int, text: str, kind: str = AccountType.CHECKING
) -> Movement:
    return Movement(line, account, kind, day, minor, "EUR", text, party=text.upper())


def test_money_to_and_from_the_oranje_spaarrekening_is_a_transfer() -> None:
    lines = [
        _line(1, _CURRENT, date(2026, 5, 26), -30000, "Naar Oranje Spaarrekening V 530-71248"),
        _line(2, _SAVINGS, date(2026, 5, 26), 30000, "Overboeking van betaalrekening"),
        _line(3, _SAVINGS, date(2026, 8, 3), -150000, "Overboeking naar betaalrekening"),
        _line(4, _CURRENT, date(2026, 8, 3), 150000, "Van Oranje Spaarrekening V 530-71248"),
    ]
    assert sorted(match_transfers(lines)) == [(1, 2), (3, 4)]


def test_a_transfer_to_a_friend_is_no_move_of_ones_own() -> None:
    """Sanne's "Overboeking" of 50.00 to a friend and a stranger's 50.00 into Daan's account
    the same day are two people's payments."""
    lines = [
        _line(1, _CURRENT, date(2026, 6, 2), -5000, "Overboeking J. Visser Concertkaartje"),
        _line(2, _DAAN, date(2026, 6, 2), 5000, "Overboeking M. de Vries Fietsverkoop"),
    ]
    assert match_transfers(lines) == []
