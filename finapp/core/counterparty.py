"""Who a transfer, wire or Zelle line pays, or is paid by: the counterparty a merchant key loses.

A merchant key (:mod:`finapp.core.merchant`) keeps a descriptor's first words, and every wire or
transfer starts alike: "WIRE TYPE:WIRE OUT … BNF:MAREK KOWALSKI" and "… BNF:ANNA CHEN" are both
``WIRE TYPE``; "Online Banking transfer to SAV 4471" and "… to CHK 9981" both ``BANKING
TRANSFER``; "转账至尾号4471账户" and "转账至尾号9981账户" lose their digits. Recurring-stream
detection tells such lines apart by what is read here: the party's words as printed ("MAREK
KOWALSKI", "SAV") and an account's last four digits ("4471").

Banks print the party after the direction ("ONLINE TRANSFER TO SAV XXXXXX1234 REF #IB0ABC",
"Zelle payment to John Smith Conf# abc123", Wells Fargo's "ONLINE TRANSFER REF #IBE5ZJ6 TO
PLATINUM CARD XXXXXXXXXXXX1234 ON 11/03/26"), or a wire's beneficiary or originator after
``BNF:``, ``BNF=`` or ``ORIG:``; what follows the party (a confirmation, a reference, a date, the
next ``FIELD:``, the sender's note after "for") is not part of it. Chase prints a Zelle payment's
confirmation right after the name, in its own case ("Zelle payment from Peter Chen BACvwq4k2m"):
a word starting with two capitals and then a small letter is that code, not a name's.

Bank of America prints a Zelle line's confirmation before the person and says no way ("Zelle
Transfer Conf# d8zwvoorc; XUCHANG HAIR LLC"): its party is what follows the semicolon.

A payment to or from a person by name (Zelle, Venmo, a wire) is that person's: its merchant key is
how and whom (:func:`paid_person`), so Peter Miller and Peter Chen are two payees.

Every pattern is linear in the text: a run of mask characters ("XXXX…") is read from its start
only, not again from each of its characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import re2

from finapp.core.bank_text import OFX_NAME_LIMIT

#: "… BNF:MAREK KOWALSKI ID:123456 BNF BK:PKO BANK", "/BNF=MAREK KOWALSKI SRF# GW000…": a wire's
#: beneficiary or originator, up to the next field
_WIRE_PARTY = re.compile(r"\b(BNF|ORIG|ORIGINATOR)\s*[:=]\s*([^:=/#]*)")
#: "TRANSFER TO …", "ZELLE PAYMENT FROM …", "TRANSFER REF #IBE5ZJ6 TO …", Chase's "Online
#: Transfer 204526030005 to …" (a transfer's number before the way): the party follows
_TO_PARTY = re.compile(
    r"\b(TRANSFER|XFER|ZELLE|VENMO|WIRE)\b(?:\s+PAYMENT)?(?:\s+REF\s*#?\s*\w+)?"
    r"(?:(?:(?<=TRANSFER)|(?<=XFER))\s+\d{6,})?\s+(TO|FROM)\b\s*(.*)"
)
#: Bank of America's Zelle line, which prints the confirmation first, then the person, and no
#: way ("Zelle Transfer Conf# d8zwvoorc; XUCHANG HAIR LLC"): the amount's sign tells it
_CONF_THEN_PARTY = re.compile(r"\bZELLE TRANSFER CONF\s*#\s*\w+\s*;\s*(.*)")
#: where a party's words end: a field, a reference or confirmation, a date; a run of "#" is an
#: account's masked number ("KEMBA FINANCIAL CREDIT UNION ########1207"), no field's label
_PARTY_END = re.compile(
    r"\s(?:[A-Z]+\s?(?::|#(?!#))|REF\b|CONF\b|CONFIRMATION\b|TRANSACTION\b|ID\b|SRF\b|TRN\b|ON\s+\d"
    r"|\d{1,2}/\d{1,2}\b|FOR\b)|[;\"]"
)
#: an account's number label opening the party ("ACCT # XXXX5678", "ACCOUNT NO 1234"), which
#: the field labels that end a party ("REF #", "ID:") would otherwise take it for
_ACCOUNT_LABEL = re.compile(r"(ACCT|ACCOUNT)\s*(?:#|NO\b\.?|NUMBER\b)\s*")
#: a confirmation printed in its own case after the name ("BACvwq4k2m", "WFCTaz91"): two
#: capitals, then a small letter; a name is all capitals or capitalised ("McDonald" too)
_CODE_AS_WRITTEN = re.compile(r"[A-Z]{2,}[a-z]")
#: a word of a name: letters only ("WAY2SAVE", "WFCT0XYZ123" are references or products), Latin
#: or Chinese ("王小明", a transcribed name's "阿卜杜·拉赫曼")
_WORD = re.compile(r"[A-Z][A-Z'&-]*|[\u3400-\u9fff][\u3400-\u9fff·]*")
#: an own account's digits: masked ("XXXXXX1234", "...4471", "*9981", Chase's "########1207")
#: or after an account's word ("SAV 4471"); a bare number after a person's name is a payment's
#: reference
_ACCOUNT = re.compile(
    r"(?:(?<!X)X{2,}|(?<!#)#{2,}|(?<!\.)\.{2,}|(?<!\*)\*+|\b(?:SAV|SAVINGS|CHK|CHECKING|ACCT|ACCOUNT|CARD"
    r"|LOAN|MMA|IRA)\s+)"
    r"(\d{4,})(?!\d)"
)
#: a Chinese line's card or account tail ("尾号4471", "(4471)", "6222****4471"); a serial
#: number ("流水号2024…") is not one
_HAN_ACCOUNT = re.compile(r"(?:尾号\s*|(?<!\*)\*{2,}|[(（])(\d{4})(?!\d)")
#: a Chinese transfer ("转账至尾号4471账户", "转入 招商银行储蓄卡(4471)")
_HAN_TRANSFER = re.compile(r"转账|转入|转出|转至|汇款")
#: words that say nothing of the party
_NOISE = frozenset({"THE", "ACCOUNT", "ACCT", "NO", "NUMBER", "ENDING", "IN"})
_PARTY_WORDS = 3
#: how people are paid by their name: a wire's beneficiary or originator, a Zelle or Venmo
#: payment's person
_PAID_BY_NAME = frozenset({"wire", "zelle", "venmo"})
#: the words of a person's name in a merchant key
_KEY_WORDS = 2
_BY = {"XFER": "transfer"}
#: what any line naming a party holds: most lines (a card's purchases) are passed over with it
_MAYBE = re.compile(r"TRANSFER|XFER|ZELLE|VENMO|WIRE|BNF|ORIG")
#: what any line :func:`counterparty` reads holds once upper-cased, Latin or Chinese: detection
#: asks of every line, and most (a card's purchases) are passed over with this one look instead
#: of the Chinese search and the spaces' normalising. Exact: neither pattern spans a space, and
#: upper-casing leaves Chinese as it is.
_ANY_PARTY = re.compile(rf"{_MAYBE.pattern}|{_HAN_TRANSFER.pattern}")
#: the same look over all of a merchant's lines at once: RE2 scans a long text of literal
#: alternatives in a third of the time Python's engine takes
_ANY_PARTY_IN_ALL = re2.compile(_ANY_PARTY.pattern)


@dataclass(frozen=True, slots=True)
class Party:
    """A Latin-script line's counterparty: how the money went, which way, and the party's
    words as printed ("SAV XXXXXX1234", "John Smith"), without what the bank adds after them."""

    #: "wire", "transfer", "zelle" or "venmo"
    by: str
    #: "to" or "from"; "" when the line does not say (Bank of America's Zelle lines)
    way: str
    printed: str


def party_of(text: str) -> Party | None:
    """The counterparty a wire, transfer or payment-app line names; None for any other line."""
    written = " ".join(text.split())
    upper = written.upper()
    if _MAYBE.search(upper) is None:
        return None
    wire = _WIRE_PARTY.search(upper) if "BNF" in upper or "ORIG" in upper else None
    if wire is not None:
        way = "to" if wire.group(1) == "BNF" else "from"
        return Party("wire", way, _cut(wire.group(2), _as_written(written, upper, wire.start(2))))
    either = _CONF_THEN_PARTY.search(upper) if "CONF" in upper else None
    if either is not None:
        return Party(
            "zelle", "", _cut(either.group(1), _as_written(written, upper, either.start(1)))
        )
    found = _TO_PARTY.search(upper)
    if found is None:
        return None
    by = _BY.get(found.group(1), found.group(1).lower())
    printed = _cut(found.group(3), _as_written(written, upper, found.start(3)))
    return Party(by, found.group(2).lower(), printed)


def _as_written(written: str, upper: str, start: int) -> str:
    """The text from ``start`` in the case it was written, when upper-casing kept every
    character where it was (a "ß" becomes two letters: then "")."""
    return written[start:] if len(written) == len(upper) else ""


def _cut(party: str, as_written: str) -> str:
    """The party's words without the reference, confirmation, date, field or note after them.

    ``as_written`` is the same text in its own case, where a confirmation in mixed case shows.
    A party printed as an account's number ("ACCT # XXXX5678") is no field label: it is kept.
    """
    label = _ACCOUNT_LABEL.match(party)
    if label is not None:
        party = f"{label[1]} {party[label.end() :]}"
        as_written = f"{label[1]} {as_written[label.end() :]}" if as_written else ""
    end = _PARTY_END.search(" " + party)
    words = (party if end is None else party[: max(0, end.start() - 1)]).split()
    for index, word in enumerate(as_written.split()[: len(words)]):
        if index and _CODE_AS_WRITTEN.match(word):
            del words[index:]
            break
    return " ".join(words)


def paid_person(text: str) -> str:
    """The merchant key of a line paying a person by name or paid by one, whichever way:
    how and whom ("ZELLE PETER MILLER", "WIRE MAREK KOWALSKI"); "" for any other line.

    The first two words of the name: a confirmation the bank prints after it in capitals
    ("… PETER CHEN BACVWQKZM") is no part of the key. An OFX NAME is cut at 32 characters, and a
    name ending there may end mid-word ("ZELLE PAYMENT TO OAKWOOD PROPERT", "… FROM OAKWOOD
    PROPE"): that word is left out when another is left. A transfer's party is mostly an
    account of one's own and stays keyed by the line's words.
    """
    party = party_of(text)
    if party is None or party.by not in _PAID_BY_NAME:
        return ""
    words = name_words_of(party.printed)
    if len(words) > 1:
        upper = " ".join(text.upper().split())
        if len(upper) == OFX_NAME_LIMIT and upper.endswith(" " + words[-1]):
            words.pop()
    return " ".join([party.by.upper(), *words[:_KEY_WORDS]]) if words else ""


def counterparty(text: str) -> str:
    """The party a transfer-like line names, as ``"MAREK KOWALSKI"``, ``"SAV 4471"`` or
    ``"4471"``; "" for any other line, or one that names no party."""
    if _ANY_PARTY.search(text.upper()) is None:
        return ""
    if _HAN_TRANSFER.search(text):
        return _last_digits(_HAN_ACCOUNT, text)
    party = party_of(text)
    if party is None:
        return ""
    words = name_words_of(party.printed)
    return " ".join([*words[:_PARTY_WORDS], _last_digits(_ACCOUNT, party.printed)]).strip()


def name_words_of(printed: str) -> list[str]:
    """The words of a party as printed that may name it: no reference, number or filler. A
    word banks add to a card's line ("CREDIT", "ONLINE") is the party's own here: "KEMBA
    FINANCIAL CREDIT UNION" is a credit union."""
    words = printed.replace(",", " ").split()  # "DOE, JANE"
    return [w for w in words if _WORD.fullmatch(w) and w not in _NOISE]


def parties(texts: Sequence[str]) -> list[str]:
    """:func:`counterparty` of each of ``texts``, with one look at them all when none names a
    party (a merchant's card purchases): detection asks it of every line, merchant by merchant.
    Exact: no alternative of ``_ANY_PARTY`` spans the newline that joins them."""
    if not names_a_party(texts):
        return [""] * len(texts)
    return [counterparty(text) for text in texts]


def names_a_party(texts: Sequence[str]) -> bool:
    """Whether any of ``texts`` reads like a wire, a transfer or a payment app's line (Zelle,
    Venmo, 转账): money paid to a person or moved, not a purchase at a shop's till."""
    return _ANY_PARTY_IN_ALL.search("\n".join(texts).upper()) is not None


def _last_digits(account: re.Pattern[str], text: str) -> str:
    """The last four digits of the last account number ``account`` finds ("" if none)."""
    numbers = account.findall(text)
    return numbers[-1][-4:] if numbers else ""
