"""Tell the lines an app's own type says move the user's money between their own pots.

Revolut, Monzo and PayPal say in a ``Type`` column (kept as the line's ``source_kind``) what a
row is, and some rows are the user's own money changing place, never income or spending:

* Revolut: ``EXCHANGE`` (``Exchanged to GBP`` out of the euro pocket, ``Exchanged from EUR``
  into the pound one), a ``TRANSFER`` of the ``Savings`` product (``To EUR Savings``,
  ``From EUR Current``) or worded as one between its pockets, a ``TOPUP`` from the user's
  own card (``Top-up by *4412``; a ``TOPUP`` worded ``Payment from …`` is someone else's
  money and stays income);
* Monzo: ``Pot transfer``, into or out of a pot;
* Wise: a conversion between the user's balances (a ``BALANCE-`` row whose Exchange From and
  Exchange To differ, kept as ``BALANCE EXCHANGE``: ``Converted 250.00 EUR to 269.98 USD``,
  its money out of the euro statement and into the dollar one);
* PayPal: a deposit from the user's card or bank (``General Card Deposit``, ``Bank Deposit to
  PP Account``), which pays for the purchase beside it, a conversion between its balances
  (``General Currency Conversion``, a row in each currency), and a withdrawal to the bank;
  its downloads of 2016–2019 word them ``Charge From Debit Card``, ``Add Funds from a Bank
  Account`` and ``Withdraw Funds to a Bank Account``;
* an OFX investment statement: a trade (``BUYSTOCK``, ``SELLMF``, …), cash become shares or
  shares become cash within the one account, and a journal between its cash and margin
  (``JRNLFUND``).

Such a line is a transfer. When the other side is imported too (the card's ``PAYPAL *EBAY``
charge, the bank's payment to the Revolut top-up), the two pair as any transfer does: the
other side's text names the app (:func:`names_the_app`), so a rule that filed the card's line
as a purchase does not keep them apart.
"""

from __future__ import annotations

import re

#: an app's own type (with its product, for Revolut: ``TRANSFER Savings``) of a move between
#: the user's own pots, whatever the row's words
_OWN_TYPES = re.compile(
    r"^(?:EXCHANGE|BALANCE EXCHANGE|POT TRANSFER|TRANSFER SAVINGS"
    r"|GENERAL (?:CREDIT )?CARD DEPOSIT|BANK DEPOSIT TO PP ACCOUNT|GENERAL CURRENCY CONVERSION"
    r"|GENERAL WITHDRAWAL|USER INITIATED WITHDRAWAL"
    r"|CHARGE FROM (?:DEBIT|CREDIT) CARD|ADD FUNDS FROM A BANK ACCOUNT"
    r"|WITHDRAW FUNDS TO (?:A )?BANK ACCOUNT"
    r"|(?:BUY|SELL)(?:STOCK|MF|DEBT|OPT|OTHER)|JRNLFUND)\b",
    re.IGNORECASE,
)
#: types whose words tell: a top-up from the user's card, a move between Revolut's pockets
_WORDED = (
    (re.compile(r"^TOPUP\b", re.IGNORECASE), re.compile(r"\bTOP-?UP BY\b", re.IGNORECASE)),
    (
        re.compile(r"^TRANSFER\b", re.IGNORECASE),
        re.compile(r"^(?:TO|FROM) [A-Z]{3} (?:SAVINGS|CURRENT)\b", re.IGNORECASE),
    ),
)


#: the first word of every type :func:`moves_own_money` may say yes to: the store looks only
#: at lines whose type begins with one (most lines' types, a card payment's, never do)
TYPE_WORDS = (
    "EXCHANGE",
    "BALANCE",
    "POT",
    "TRANSFER",
    "GENERAL",
    "BANK",
    "USER",
    "CHARGE",
    "ADD",
    "WITHDRAW",
    "TOPUP",
    "BUY",
    "SELL",
    "JRNL",
)


def moves_own_money(kind: str, text: str) -> bool:
    """Whether a line of the app's own type ``kind`` (``Pot transfer``, ``EXCHANGE Current``)
    worded ``text`` (its payee) moves the user's money between their own pots."""
    kind = " ".join(kind.split())
    if _OWN_TYPES.match(kind):
        return True
    return any(typed.match(kind) and worded.search(text.strip()) for typed, worded in _WORDED)


def names_the_app(app: str, text: str) -> bool:
    """Whether a line's ``text`` (``PAYPAL *EBAY O 402-935-7733 CA``) names the app ``app``
    (its account's institution, ``PayPal``) by its first word: the other side of a move of
    the user's own money in or out of it."""
    word = app.split()[0].upper() if app.split() else ""
    return len(word) > 2 and word in text.upper()
