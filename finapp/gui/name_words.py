"""Payee names in the interface's language: the words the namer made, translated.

A payee's name reaches the app as the English the store and the CLI keep. A brand's name
("Spotify", "爱奇艺") and the user's own name stay as they are; a name the namer made of its own
words (:class:`~finapp.core.display_names.MadeName`: "Salary — Globex", "Chase card payment",
"Payment to Kowalski") is worded here, its subject kept as the line has it ("工资 — Globex").
Every place the app shows a payee's name goes through :func:`shown_name`.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from finapp.core.display_names import made_name
from finapp.gui.models.formatting import format_money
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_CONTEXT = "PayeeName"

# kind (each of :data:`~finapp.core.display_names.MADE_NAMES`) → its words with a subject (at
# ``%1``: an employer, a bank, a person or an account) and without one, marked for translation
_WORDS: dict[str, tuple[str, str]] = {
    "salary": (
        QT_TRANSLATE_NOOP("PayeeName", "Salary — %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Salary"),
    ),
    "card_payment": (
        QT_TRANSLATE_NOOP("PayeeName", "%1 card payment"),
        QT_TRANSLATE_NOOP("PayeeName", "Card payment"),
    ),
    "interest": (
        QT_TRANSLATE_NOOP("PayeeName", "%1 interest"),
        QT_TRANSLATE_NOOP("PayeeName", "Interest"),
    ),
    "transfer_to": (
        QT_TRANSLATE_NOOP("PayeeName", "Transfer to %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Transfer to"),
    ),
    "transfer_from": (
        QT_TRANSLATE_NOOP("PayeeName", "Transfer from %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Transfer from"),
    ),
    "payment_to": (
        QT_TRANSLATE_NOOP("PayeeName", "Payment to %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Payment to"),
    ),
    "payment_from": (
        QT_TRANSLATE_NOOP("PayeeName", "Payment from %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Payment from"),
    ),
    "zelle_to": (
        QT_TRANSLATE_NOOP("PayeeName", "Zelle to %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Zelle to"),
    ),
    "zelle_from": (
        QT_TRANSLATE_NOOP("PayeeName", "Zelle from %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Zelle from"),
    ),
    "zelle": (
        QT_TRANSLATE_NOOP("PayeeName", "Zelle · %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Zelle payment"),
    ),
    "venmo_to": (
        QT_TRANSLATE_NOOP("PayeeName", "Venmo to %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Venmo to"),
    ),
    "venmo_from": (
        QT_TRANSLATE_NOOP("PayeeName", "Venmo from %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Venmo from"),
    ),
    "transfer_either_way": (
        QT_TRANSLATE_NOOP("PayeeName", "Transfer · %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Transfer between accounts"),
    ),
    "cash_withdrawal": (
        QT_TRANSLATE_NOOP("PayeeName", "Cash withdrawal · %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Cash withdrawal"),
    ),
    "cash_deposit": (
        QT_TRANSLATE_NOOP("PayeeName", "Cash deposit · %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Cash deposit"),
    ),
    "check_deposit": (
        QT_TRANSLATE_NOOP("PayeeName", "Check deposit · %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Check deposit"),
    ),
    "check_for": (
        QT_TRANSLATE_NOOP("PayeeName", "Check for %1"),
        QT_TRANSLATE_NOOP("PayeeName", "Checks"),
    ),
    "check": (
        QT_TRANSLATE_NOOP("PayeeName", "Check #%1"),
        QT_TRANSLATE_NOOP("PayeeName", "Check"),
    ),
}


def shown_name(name: str) -> str:
    """``name`` as the app shows it: a made name worded in the interface's language, any other
    name as it is."""
    made = made_name(name)
    return name if made is None else made_words(made.kind, made.subject)


def made_words(kind: str, subject: str = "") -> str:
    """The words of a made name's ``kind`` (one of :data:`_WORDS`) in the interface's
    language, with ``subject`` where one is given ("Transfer to WeChat Pay 李娜")."""
    with_subject, bare = _WORDS[kind]
    if not subject:
        return QCoreApplication.translate(_CONTEXT, bare)
    if kind == "check_for":
        subject = _money_words(subject)
    # the subject is put in after translating, in one step: a payee called "%1" stays itself
    return fill(QCoreApplication.translate(_CONTEXT, with_subject), (subject,))


#: an amount as the store keeps it in a name: "180.00 USD"
_AMOUNT = re.compile(r"^(\d+(?:\.\d+)?) ([A-Z]{3})$")


def _money_words(subject: str) -> str:
    """A cheques' amount ("180.00 USD") as the window shows money ("$180.00", "US$180.00"): it
    read "Check for 180.00", raw beside every other amount; any other subject as it is."""
    amount = _AMOUNT.match(subject)
    return format_money(Decimal(amount[1]), amount[2]) if amount else subject
