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
from collections import Counter
from collections.abc import Sequence

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


#: the share of rows a name must be on, on either side, to be the file's own holder's
_OWN_SHARE = 0.6


def own_party(rows: Sequence[tuple[str, ...]], payees: Sequence[int], payers: Sequence[int]) -> str:
    """The name on one side of most rows of an export naming both sides of each (Venmo's From
    and To, its first payer and payee columns: its funding source and destination say
    ``Venmo balance`` as often): the holder's own, never the party of a row; "" when no one
    name is on most rows, or the export names one side only."""
    if not payees or not payers or len(rows) < 3:
        return ""
    columns = (payees[0], payers[0])
    seen = Counter(
        name for row in rows for name in {row[i].strip() for i in columns if i < len(row)} if name
    )
    top = seen.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return ""  # two names as often: neither is known to be the holder's
    name, count = top[0]
    return name if count >= _OWN_SHARE * len(rows) else ""


#: a Chinese bank's other party written as its account, a slash and its name (建设银行's
#: 对方账号与户名 ``6222111111111111/李四``)
_ACCOUNT_THEN_NAME = re.compile(r"[0-9*]{6,}\s*/\s*(\S.*)")


def numbered_party(cells: list[str]) -> tuple[str, str] | None:
    """The party a payee cell names after its account number (``6222…/李四`` is 李四), and
    the words of the row's other payee cells, which are then no party but what the money was
    for: 建设银行 writes the payer's note (``房租``, ``家用``, ``某某公司代发工资``) where a card
    payment's shop goes, so the person paid and the employer were lost behind it. None when no
    cell is so written (a card payment: its shop is the party)."""
    for at, cell in enumerate(cells):
        if written := _ACCOUNT_THEN_NAME.fullmatch(cell.strip()):
            others = (c for i, c in enumerate(cells) if i != at and c and c not in _CHANNELS)
            return written.group(1).strip(), " ".join(one_line(c) for c in others)
    return None


#: a Chinese party with its account number after it, as 招商银行's 对手信息 writes it
#: (``张三 6214830212345678``, ``国网上海市电力公司310000000123456``)
_NAME_THEN_ACCOUNT = re.compile(r"(.*[\u3400-\u9fff)）])\s*\d{8,}")
#: a label the number after it belongs to: ``流水号2025…`` (a serial), ``借据号``, ``订单号``,
#: ``贷款账号``: the number is the line's reference, not a party's account
_REFERENCE_LABEL = re.compile(r"[号码]$")


def without_account_number(payee: str) -> str:
    """A Chinese party's name without the account number its bank wrote after it: the payee
    is the person or company, and a whole account number is kept nowhere in the store (the
    household's own are kept as their last four and a keyed hash). A labelled reference
    (``房贷还款 流水号2025010841939071``) stays as written: it is what tells the line from the
    next month's, and a download imported before keeps matching it."""
    written = _NAME_THEN_ACCOUNT.fullmatch(payee.strip())
    if written is None or _REFERENCE_LABEL.search(written.group(1)):
        return payee
    return written.group(1).strip()


def one_line(cell: str, operation_first: bool = False) -> str:
    """A cell of several lines as a payee: its party's line when ``operation_first`` (the first
    line says what kind of operation it was, the party follows), else its lines joined."""
    lines = [part for line in cell.splitlines() if (part := line.strip())]
    if operation_first and len(lines) > 1:
        return lines[1]
    return " ".join(lines)


def after_operation(payee: str, mark: str) -> str:
    """The party after ``mark`` in a payee cell that says the kind of operation before it
    (Desjardins' ``Achat / SUPER C #6021``, ``Dépôt direct / ACME CANADA INC``); the cell as
    it is without the mark, or with nothing after it."""
    if not mark or mark not in payee:
        return payee
    party = payee.split(mark, 1)[1].strip()
    return party or payee


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
    ordered money in) and the transfer's own words ("QUOTA MENSILE"), or of a Dutch bank's
    description (:func:`dutch_party`); None when the cell names no such party."""
    parts = _LABELLED.split(cell)
    if len(parts) < 3 or parts[0].strip():
        # no label, or text before the first: not a cell of labelled parties
        return dutch_party(cell)
    pairs = zip(parts[1::2], parts[2::2], strict=True)  # a split gives a text after each label
    said = {_LABELS[label.lower()]: text.strip() for label, text in pairs}
    party = said.get("ordered" if money_in else "received")
    return (party, said.get("words", "")) if party else None


#: the keys of a SEPA line's ``/KEY/value`` description (ABN AMRO's newer lines)
_SLASH_KEYS = re.compile(
    r"/(TRTP|CSID|NAME|MARF|REMI|IBAN|BIC|EREF|ORDP|BENM|ID|ADDR|CNTP|PURP|ULTC|ULTD|ISDT|RTRN)/"
)
#: the labels of a SEPA line's description as ABN AMRO writes it in 32-character fields; a
#: value filling its field runs into the next label ("Naam: NETFLIX INTERNATIONAL
#: B.V.Machtiging: …"), so a label needs no space before it
_DUTCH_LABEL = re.compile(r"(Incassant|Naam|Machtiging|Omschrijving|IBAN|BIC|Kenmerk|Voor): ?")
#: a card payment (``BEA``) or a cash machine's (``GEA``): the way of paying (``Betaalpas``,
#: ``Google Pay``; older lines first print the terminal's number and the time), the shop or
#: the machine up to the card's number (``,PAS312``), then the terminal's number, the time and
#: the town
_CARD_LINE = re.compile(
    r"(?P<head>[BG]EA,?(?: (?:Betaalpas|[A-Z][a-z]+ Pay))?)"
    r"(?P<when> NR:\S+ \d\d\.\d\d\.\d\d/\d\d[.:]\d\d)? (?P<shop>[^,]+?),PAS\d+(?P<rest>.*)"
)
#: ABN AMRO's fields: the first 32 characters, then lines of 64, each followed by a space
_HEAD_FIELD, _LINE_FIELD = 32, 64


def dutch_party(cell: str) -> tuple[str, str] | None:
    """The party of a line as ABN AMRO describes it, and the rest: the shop of a card payment
    (``BEA, Betaalpas   Jumbo Utrecht Lunetten,PAS312  NR:477E56E, 05.07.25/17:16 UTRECHT``),
    the ``Naam:`` of a SEPA transfer or direct debit, or its ``/NAME/``; the remittance
    (``Omschrijving:``, ``/REMI/``) and the other party's IBAN are its words. A line of the
    bank's own (its fees, its interest) is its first field, the rest its words. None for a
    cell written otherwise. As read before, every card payment of the account was one payee,
    "BEA, Betaalpas", and every transfer "SEPA Overboeking"."""
    text = _rejoined(cell)
    if text.startswith("/TRTP/"):
        parts = _SLASH_KEYS.split(text)
        said = {key: value.strip() for key, value in zip(parts[1::2], parts[2::2], strict=True)}
        return _party_and_words(said.get("NAME", ""), said.get("REMI", ""), said.get("IBAN", ""))
    flat = " ".join(text.split())
    card = _CARD_LINE.fullmatch(flat)
    if card is not None:
        return card["shop"].strip(), " ".join(
            f"{card['head']}{card['when'] or ''} {card['rest']}".split()
        )
    parts = _DUTCH_LABEL.split(text)
    if len(parts) >= 3:
        said = {
            label: " ".join(value.split())
            for label, value in zip(parts[1::2], parts[2::2], strict=True)
        }
        return _party_and_words(
            said.get("Naam", ""), said.get("Omschrijving", ""), said.get("IBAN", "")
        )
    head, rest = text[:_HEAD_FIELD].strip(), " ".join(text[_HEAD_FIELD:].split())
    return (head, rest) if head and rest and len(text) > _HEAD_FIELD else None


def _party_and_words(name: str, remittance: str, iban: str) -> tuple[str, str] | None:
    if not name:
        return None
    words = " ".join(part for part in (remittance, f"IBAN: {iban}" if iban else "") if part)
    return " ".join(name.split()), words


def _rejoined(cell: str) -> str:
    """The description without the space ABN AMRO adds after each line of 64 characters where
    it falls inside a word ("Netflix Monthly Su bscription"): a space between a letter and a
    small letter. One between fields ("30.12.21/09.15 Hema") stays, and a text not laid out in
    such lines is returned as it is."""
    cuts = range(_HEAD_FIELD, len(cell), _LINE_FIELD + 1)
    if len(cell) <= _HEAD_FIELD + 1 or any(cell[i] != " " for i in cuts):
        return cell
    inside = [i for i in cuts[1:] if cell[i - 1].isalpha() and cell[i + 1 : i + 2].islower()]
    for i in reversed(inside):
        cell = cell[:i] + cell[i + 1 :]
    return cell
