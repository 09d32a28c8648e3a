"""Who a row's money went to or came from, among the cells that may name them.

A profile may name several payee columns, as banks write the other party in different places
by channel: a Chinese bank's transfer names the person in ``对方户名`` and its own channel
(``手机银行``) where the place of a card payment goes. The payee is the first cell naming
someone, so the channel is no merchant that learning and rules would file every transfer under.

A cell may hold several lines (Crédit Agricole's ``Libellé``: ``PRELEVEMENT`` then ``EDF clients
particuliers`` then the reference): a payee is one line of text, so such a cell gives one line,
the party's where the profile says the first line is the kind of operation.

A cell may name both parties of a transfer, each after a label (Fineco's ``Ord: ROSSI GIULIA
Ben: ASD PALESTRA LORETO Dati Bonifico: QUOTA MENSILE``): the payee is the one who received money
out, the one who ordered money in. As written, the account holder's own name led every such line,
and her gym, the household money she sends her husband and her clients' payments were one payee.
"""

from __future__ import annotations

import re

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


#: a label before a transfer's party or its words, as Italian banks write them, by its role
_LABELS = {
    "ord": "ordered",
    "ordinante": "ordered",
    "ben": "received",
    "beneficiario": "received",
    "dati bonifico": "words",
    "causale": "words",
}
_LABELLED = re.compile(rf"\b({'|'.join(sorted(_LABELS, key=len, reverse=True))}):\s*", re.I)


def labelled_party(cell: str, money_in: bool) -> tuple[str, str] | None:
    """The party of a cell that labels its transfer's parties (who received money out, who
    ordered money in) and the transfer's own words ("QUOTA MENSILE"); None when the cell names
    no such party."""
    parts = _LABELLED.split(cell)
    if len(parts) < 3 or parts[0].strip():
        return None  # no label, or text before the first: not a cell of labelled parties
    pairs = zip(parts[1::2], parts[2::2], strict=True)  # a split gives a text after each label
    said = {_LABELS[label.lower()]: text.strip() for label, text in pairs}
    party = said.get("ordered" if money_in else "received")
    return (party, said.get("words", "")) if party else None
