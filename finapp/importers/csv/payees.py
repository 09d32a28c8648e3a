"""Who a row's money went to or came from, among the cells that may name them.

A profile may name several payee columns, as banks write the other party in different places
by channel: a Chinese bank's transfer names the person in ``对方户名`` and its own channel
(``手机银行``) where the place of a card payment goes. The payee is the first cell naming
someone, so the channel is no merchant that learning and rules would file every transfer under.

A cell may hold several lines (Crédit Agricole's ``Libellé``: ``PRELEVEMENT`` then ``EDF clients
particuliers`` then the reference): a payee is one line of text, so such a cell gives one line,
the party's where the profile says the first line is the kind of operation.
"""

from __future__ import annotations

#: what a Chinese bank writes where the place of a payment goes when the money moved through
#: one of its own channels: no party (ICBC's 交易场所 "手机银行" beside 对方户名 "张小明")
_CHANNELS = frozenset(
    ("手机银行", "网上银行", "网银", "个人网银", "企业网银", "电话银行", "微信银行", "柜面", "柜台",
     "自助终端", "ATM", "银联")
)  # fmt: skip


def other_party(cells: list[str]) -> str:
    """The first of a row's payee cells that names someone; a bank's own channel only when no
    other cell names anyone."""
    named = [cell for cell in cells if cell]
    return next((cell for cell in named if cell not in _CHANNELS), named[0] if named else "")


def one_line(cell: str, operation_first: bool = False) -> str:
    """A cell of several lines as a payee: its party's line when ``operation_first`` (the first
    line says what kind of operation it was, the party follows), else its lines joined."""
    lines = [part for line in cell.splitlines() if (part := line.strip())]
    if operation_first and len(lines) > 1:
        return lines[1]
    return " ".join(lines)
