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
next ``FIELD:``) is not part of it. Every pattern is linear in the text.
"""

from __future__ import annotations

import re

#: "… BNF:MAREK KOWALSKI ID:123456 BNF BK:PKO BANK", "/BNF=MAREK KOWALSKI SRF# GW000…": a wire's
#: beneficiary or originator, up to the next field
_WIRE_PARTY = re.compile(r"\b(?:BNF|BENEFICIARY|ORIG|ORIGINATOR)\s*[:=]\s*([^:=/#]*)")
#: "TRANSFER TO …", "ZELLE PAYMENT FROM …", "TRANSFER REF #IBE5ZJ6 TO …": the party follows
_TO_PARTY = re.compile(
    r"\b(?:TRANSFER|XFER|ZELLE|VENMO|WIRE)\b(?:\s+PAYMENT)?(?:\s+REF\s*#?\s*\w+)?\s+"
    r"(?:TO|FROM)\s+(.*)"
)
#: where a party's words end: a field, a reference or confirmation, a date
_PARTY_END = re.compile(
    r"\s(?:[A-Z]+\s?[:#]|REF\b|CONF\b|CONFIRMATION\b|TRANSACTION\b|ID\b|SRF\b|TRN\b|ON\s+\d"
    r"|\d{1,2}/\d{1,2}\b)"
)
#: a word of a name: letters only ("WAY2SAVE", "WFCT0XYZ123" are references or products)
_WORD = re.compile(r"[A-Z][A-Z'&-]*")
#: an own account's digits: masked ("XXXXXX1234", "...4471", "*9981") or after an account's
#: word ("SAV 4471"); a bare number after a person's name is a payment's reference
_ACCOUNT = re.compile(
    r"(?:X{2,}|\.{2,}|\*+|\b(?:SAV|SAVINGS|CHK|CHECKING|ACCT|ACCOUNT|CARD|LOAN|MMA|IRA)\s+)"
    r"(\d{4,})(?!\d)"
)
#: a Chinese line's card or account tail ("尾号4471", "(4471)", "6222****4471"); a serial
#: number ("流水号2024…") is not one
_HAN_ACCOUNT = re.compile(r"(?:尾号\s*|\*{2,}|[(（])(\d{4})(?!\d)")
#: a Chinese transfer ("转账至尾号4471账户", "转入 招商银行储蓄卡(4471)")
_HAN_TRANSFER = re.compile(r"转账|转入|转出|转至|汇款")
#: words that say nothing of the party
_NOISE = frozenset({"THE", "ACCOUNT", "ACCT", "NO", "NUMBER", "ENDING", "IN"})
_PARTY_WORDS = 3


#: what any line naming a party holds: most lines (a card's purchases) are passed over with it
_MAYBE = re.compile(r"TRANSFER|XFER|ZELLE|VENMO|WIRE|BNF|ORIG|转|汇款", re.IGNORECASE)


def counterparty(text: str) -> str:
    """The party a transfer-like line names, as ``"MAREK KOWALSKI"``, ``"SAV 4471"`` or
    ``"4471"``; "" for any other line, or one that names no party."""
    if _MAYBE.search(text) is None:
        return ""
    upper = " ".join(text.upper().split())
    if _HAN_TRANSFER.search(upper):
        return _last_digits(_HAN_ACCOUNT, upper)
    found = _WIRE_PARTY.search(upper) or _TO_PARTY.search(upper)
    if found is None:
        return ""
    party = found.group(1)
    end = _PARTY_END.search(" " + party)
    if end is not None:
        party = party[: max(0, end.start() - 1)]
    words = [w for w in party.split() if _WORD.fullmatch(w) and w not in _NOISE]
    return " ".join([*words[:_PARTY_WORDS], _last_digits(_ACCOUNT, party)]).strip()


def _last_digits(account: re.Pattern[str], text: str) -> str:
    """The last four digits of the last account number ``account`` finds ("" if none)."""
    numbers = account.findall(text)
    return numbers[-1][-4:] if numbers else ""
