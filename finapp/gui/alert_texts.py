"""Alert sentences in the user's language, from the facts each alert stored.

The core words every alert in English (``message``: the CLI and its JSON stay English); it also
keeps the facts by name (``params``). Each kind's sentence is written once, in
:mod:`finapp.core.alert_sentences` (context "AlertText"); here it is translated and filled with
those facts, its money, days and months (typed in
:mod:`finapp.core.alert_facts`) in the locale's own forms: "$1,218.50" or "US$1,218.50",
"Nov 3, 2021", "November 2026"; the payee's name as the app shows it (a salary as "工资 — Globex",
:mod:`finapp.gui.name_words`), the account's as the window names it ("WeChat Pay", 微信支付:
:mod:`finapp.gui.account_names`). An alert stored without facts, or with a kind this module does
not know, shows its English message rather than nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from finapp.core.alert_facts import Formatters, Money, worded
from finapp.core.alert_sentences import KINDS, TODAY, TOMORROW, sentence
from finapp.gui.account_names import shown_account_name
from finapp.gui.category_names import display_category
from finapp.gui.models.formatting import format_day, format_money, format_month
from finapp.gui.name_words import shown_name
from finapp.tr_marks import fill

if TYPE_CHECKING:  # a protocol only: the export service is not loaded with every alert
    from finapp.services.health_export_html import Worded


def _money(money: Money) -> str:
    return format_money(money.amount, money.currency)


#: the GUI's forms of typed facts, in the default (interface) locale
SHOWN = Formatters(_money, format_day, format_month)
#: facts naming a payee: a salary's, a card payment's or a transfer's name is worded here
_PAYEES = frozenset({"name", "after"})


def _when(days: int) -> str:
    """ "today", "tomorrow", "in 3 days" in the installed language (its plural forms)."""
    if days in (0, 1):
        return QCoreApplication.translate("AlertText", TODAY if days == 0 else TOMORROW)
    return QCoreApplication.translate("AlertText", "in %n days", "", days)


def shown_facts(alert: Worded) -> dict[str, str]:
    """``alert``'s facts worded for the window: its money, days and months in the locale's
    forms, and its payee, category and account by the names the window shows them by."""
    facts = worded(alert.kind, alert.params, SHOWN)
    for payee in _PAYEES & facts.keys():
        facts[payee] = shown_name(facts[payee])
    if "category" in facts:
        facts["category"] = display_category(facts["category"])
    if "account" in facts:
        facts["account"] = shown_account_name(facts["account"])
    return facts


def alert_text(alert: Worded) -> str:
    """What ``alert`` says, in the installed language; its English message when facts lack."""
    if alert.kind not in KINDS or not alert.params:
        return alert.message
    try:
        facts = shown_facts(alert)
        source, values = sentence(alert.kind, facts, _when)
    except (KeyError, ValueError):
        return alert.message
    return fill(QCoreApplication.translate("AlertText", source), values)
