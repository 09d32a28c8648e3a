"""Whether a line's words say it moved money to a card or account of the user's own.

"AUTOPAY", "E-PAYMENT" or "PMT" only say *how* a payment was made: a phone company, an insurer
or a utility draws its bill by autopay just as a card issuer draws the card's statement. The
payment is a move between one's own accounts only when a card issuer or bank is on the other
side ("CHASE CREDIT CRD AUTOPAY", "CITI AUTOPAY PAYMENT", "AMEX EPAYMENT ACH PMT", "DISCOVER
E-PAYMENT", "CAPITAL ONE MOBILE PYMT", "PAYMENT TO CHASE CARD ENDING IN 1234") or the issuer
thanks for it ("AUTOPAY PAYMENT - THANK YOU"); "ACH DEBIT T-MOBILE AUTOPAY" is the phone bill.
Money *in* worded as an autopay is a payment a card received: no merchant pays one by autopay.
"""

from __future__ import annotations

import re

#: A card issuer thanking for the payment it received ("AUTOPAY PAYMENT - THANK YOU"): printed
#: on the card's own statement alone.
THANKED_PAYMENT = r"PAYMENT\s*-?\s*THANK|RECEIVED\s*-?\s*THANK"
#: A card as a bank's list of bill payees names it, its network first (CIBC's "MASTERCARD,
#: WALMART", "VISA, CIBC"): no merchant's name starts so.
CARD_PAYEE = r"^(?:VISA|MASTERCARD|AMEX)\s?,\s?(?=\S)"
#: Words that name the move itself, whoever is on the other side.
_OWN_MOVE = re.compile(
    THANKED_PAYMENT + r"|TRANSFER|XFER|TO\s+SAVINGS|FROM\s+CHECKING|"
    r"CARD\s+PAYMENT|CRD\s+PMT|CRCARDPMT|" + CARD_PAYEE + "|"
    r"信用卡还款|还款|转账|转入|转出|零钱通",
    re.IGNORECASE,
)
#: Words of a payment drawn by its payee, which a merchant's bill shares with a card's.
_AUTOPAY = re.compile(r"AUTO\s*PAY|AUTOMATIC\s+PAYMENT|\bE-?PAY(?:MENT)?\b", re.IGNORECASE)
#: Any payment's words ("MOBILE PYMT", "ACH PMT", "PAYMENT TO ...").
_PAYMENT = re.compile(r"\bP(?:Y)?MT\b|\bPAYMENT\b", re.IGNORECASE)
#: A lender's bill: "CHASE AUTO LOAN PMT" is paid to the bank but is a bill, not a card's payment.
_LENDER = re.compile(r"\bLOAN\b|MORTGAGE|\bAUTO\s+FIN|\bLEASE\b", re.IGNORECASE)
#: A card issuer or bank, or the card itself, as a checking statement names it.
_ISSUER = re.compile(
    r"\bCHASE\b|\bCITI(?:BANK|CARDS?)?\b|\bAMEX\b|AMERICAN\s+EXPRESS|\bDISCOVER\b|"
    r"CAPITAL\s+ONE|\bBK\s+OF\s+AMER|BANK\s+OF\s+AMERICA|WELLS\s+FARGO|\bBARCLAY|SYNCHRONY|"
    r"APPLE\s*CARD|GSBANK|\bU\.?S\.?\s+BANK\b|\bCARD\b|\bCRD\b|\bVISA\b|MASTERCARD",
    re.IGNORECASE,
)


def own_move_words(text: str, incoming: bool) -> bool:
    """Whether ``text`` reads as money moved between the user's own accounts: worded as a
    transfer or a card's payment, or paid by autopay to (or, money in, from) a card or bank."""
    if _OWN_MOVE.search(text):
        return True
    if incoming:
        return _AUTOPAY.search(text) is not None
    paid = _AUTOPAY.search(text) or _PAYMENT.search(text)
    return bool(paid) and _ISSUER.search(text) is not None and not _LENDER.search(text)
