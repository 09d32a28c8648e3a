"""What an edit of the journal is called in the window: "Category of Netflix", "Budget for Food".

The services keep each edit as an action code and the facts that name it (see
:mod:`finapp.services.edit_history`); the Edit menu puts the words made here after "Undo" and
"Redo", and the status bar after "Undid" and "Redid". One table, so every place that names an
edit names it alike, in the user's language: a payee as the pages show it
(:func:`~finapp.gui.name_words.shown_name`), a category with its shipped names translated
(:func:`~finapp.gui.category_names.display_category`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from finapp.core.subscription_states import Decision
from finapp.gui.account_names import shown_account_name
from finapp.gui.alert_texts import alert_text
from finapp.gui.category_names import display_category
from finapp.gui.name_words import shown_name
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_CONTEXT = "EditWords"

#: a fact and how the pages show it: a payee by its shown name, a category in the user's words,
#: a rule's pattern as typed
Fact = tuple[str, Callable[[str], str]]
_PAYEE, _NAME, _TARGET = ("payee", shown_name), ("name", shown_name), ("target", shown_name)
_CATEGORY, _PATTERN = ("category", display_category), ("pattern", str)
_NEW_PATH, _INTO_PATH = ("name", display_category), ("target", display_category)
#: an account as the window names it ("WeChat Pay", 微信支付), a goal by the name the user gave it
_ACCOUNT, _GOAL = ("account", shown_account_name), ("name", str)

#: action code → its words, with each %1, %2… filled by the fact in the tuple after it
_ACTIONS: dict[str, tuple[str, tuple[Fact, ...]]] = {
    "category": (QT_TRANSLATE_NOOP("EditWords", "Category of %1"), (_PAYEE,)),
    "split": (QT_TRANSLATE_NOOP("EditWords", "Split of %1"), (_PAYEE,)),
    "unsplit": (QT_TRANSLATE_NOOP("EditWords", "Removing the Split of %1"), (_PAYEE,)),
    "note": (QT_TRANSLATE_NOOP("EditWords", "Note on %1"), (_PAYEE,)),
    "tags": (QT_TRANSLATE_NOOP("EditWords", "Tags of %1"), (_PAYEE,)),
    "rename_payee": (QT_TRANSLATE_NOOP("EditWords", "Renaming %1 to %2"), (_PAYEE, _NAME)),
    "merge_payee": (QT_TRANSLATE_NOOP("EditWords", "Merging %1 into %2"), (_PAYEE, _TARGET)),
    "rule_add": (QT_TRANSLATE_NOOP("EditWords", "New Rule “%1”"), (_PATTERN,)),
    "rule_edit": (QT_TRANSLATE_NOOP("EditWords", "Change to Rule “%1”"), (_PATTERN,)),
    "rule_delete": (QT_TRANSLATE_NOOP("EditWords", "Deleting Rule “%1”"), (_PATTERN,)),
    "budget_set": (QT_TRANSLATE_NOOP("EditWords", "Budget for %1"), (_CATEGORY,)),
    "budget_clear": (QT_TRANSLATE_NOOP("EditWords", "Removing the Budget for %1"), (_CATEGORY,)),
    "category_add": (QT_TRANSLATE_NOOP("EditWords", "New Category %1"), (_CATEGORY,)),
    "category_rename": (
        QT_TRANSLATE_NOOP("EditWords", "Renaming Category %1 to %2"),
        (_CATEGORY, _NEW_PATH),
    ),
    "category_move": (
        QT_TRANSLATE_NOOP("EditWords", "Moving Category %1 to %2"),
        (_CATEGORY, _NEW_PATH),
    ),
    "category_merge": (
        QT_TRANSLATE_NOOP("EditWords", "Merging Category %1 into %2"),
        (_CATEGORY, _INTO_PATH),
    ),
    "category_delete": (QT_TRANSLATE_NOOP("EditWords", "Deleting Category %1"), (_CATEGORY,)),
    "threshold": (QT_TRANSLATE_NOOP("EditWords", "Low Balance Warning of %1"), (_ACCOUNT,)),
    "account_rename": (
        QT_TRANSLATE_NOOP("EditWords", "Renaming Account %1 to %2"),
        (_ACCOUNT, ("name", str)),
    ),
    "card_limit": (QT_TRANSLATE_NOOP("EditWords", "Credit Limit of %1"), (_ACCOUNT,)),
    "account_type": (QT_TRANSLATE_NOOP("EditWords", "Type of Account %1"), (_ACCOUNT,)),
    "account_currency": (QT_TRANSLATE_NOOP("EditWords", "Currency of Account %1"), (_ACCOUNT,)),
    "account_close": (QT_TRANSLATE_NOOP("EditWords", "Closing %1"), (_ACCOUNT,)),
    "account_reopen": (QT_TRANSLATE_NOOP("EditWords", "Reopening %1"), (_ACCOUNT,)),
    "reconciled": (QT_TRANSLATE_NOOP("EditWords", "Reconciling %1"), (_ACCOUNT,)),
    "unreconciled": (
        QT_TRANSLATE_NOOP("EditWords", "Clearing the Reconciliation of %1"),
        (_ACCOUNT,),
    ),
    "goal_add": (QT_TRANSLATE_NOOP("EditWords", "New Goal “%1”"), (_GOAL,)),
    "goal_remove": (QT_TRANSLATE_NOOP("EditWords", "Removing Goal “%1”"), (_GOAL,)),
}

#: an edit of several payees' lines at once names how many lines (params "count")
_COUNTED = {
    "category": QT_TRANSLATE_NOOP("EditWords", "Category of %n Transaction(s)"),
    "note": QT_TRANSLATE_NOOP("EditWords", "Note on %n Transaction(s)"),
    "tags": QT_TRANSLATE_NOOP("EditWords", "Tags of %n Transaction(s)"),
}

#: a subscription's decision → its words, %1 the subscription's name
_DECISIONS: dict[str, str] = {
    Decision.CANCELLED: QT_TRANSLATE_NOOP("EditWords", "Cancelling %1"),
    Decision.KEPT: QT_TRANSLATE_NOOP("EditWords", "Keeping %1"),
    Decision.CONFIRMED: QT_TRANSLATE_NOOP("EditWords", "Confirming %1"),
    Decision.NOT_SUBSCRIPTION: QT_TRANSLATE_NOOP("EditWords", "%1 Is Not a Subscription"),
    Decision.RENAMED: QT_TRANSLATE_NOOP("EditWords", "Renaming %1"),
    Decision.REMINDERS: QT_TRANSLATE_NOOP("EditWords", "Reminders of %1"),
    Decision.REVIEWED: QT_TRANSLATE_NOOP("EditWords", "Review of %1"),
    Decision.ADDED: QT_TRANSLATE_NOOP("EditWords", "Adding %1"),
    Decision.MERGED: QT_TRANSLATE_NOOP("EditWords", "Merging into %1"),
    Decision.SPLIT: QT_TRANSLATE_NOOP("EditWords", "Splitting %1"),
}
#: an alert dismissed or brought back: one by what it said (%1), several by how many
_ALERTS: dict[str, tuple[str, str]] = {
    "alert_dismiss": (
        QT_TRANSLATE_NOOP("EditWords", "Dismissing Alert “%1”"),
        QT_TRANSLATE_NOOP("EditWords", "Dismissing %n Alert(s)"),
    ),
    "alert_restore": (
        QT_TRANSLATE_NOOP("EditWords", "Restoring Alert “%1”"),
        QT_TRANSLATE_NOOP("EditWords", "Restoring %n Alert(s)"),
    ),
}
#: how much of an alert's sentence names it in a menu: its start says which alert it is
_ALERT_SHOWN = 48
#: a decision this window has no words of its own for yet
_SOME_DECISION = QT_TRANSLATE_NOOP("EditWords", "Change to %1")
#: an action code this window has no words for yet: still undoable, named plainly
_SOME_EDIT = QT_TRANSLATE_NOOP("EditWords", "Last Edit")


def edit_words(action: str, params: Mapping[str, str]) -> str:
    """The edit ``action`` with facts ``params`` as the window names it."""
    if action in _COUNTED and "payee" not in params:
        count = int(params.get("count", "0"))
        return QCoreApplication.translate(_CONTEXT, _COUNTED[action], "", count)
    if action in _ALERTS:
        return _alert_words(action, params)
    if action == "subscription":
        words = _DECISIONS.get(params.get("decision", ""), _SOME_DECISION)
        return fill(QCoreApplication.translate(_CONTEXT, words), (params.get("name", ""),))
    if action not in _ACTIONS:
        return QCoreApplication.translate(_CONTEXT, _SOME_EDIT)
    words, facts = _ACTIONS[action]
    shown = tuple(show(params.get(name, "")) for name, show in facts)
    return fill(QCoreApplication.translate(_CONTEXT, words), shown)


@dataclass(frozen=True, slots=True)
class _Told:
    """An alert as it read when the edit was made: its kind, facts and English sentence."""

    kind: str
    params: Mapping[str, str]
    message: str


def _alert_words(action: str, params: Mapping[str, str]) -> str:
    """ "Dismissing Alert “Trainline is due in 5 days”", in the user's language as the Alerts
    page words it (cut short after a few words); "Dismissing 3 Alert(s)" for several."""
    one, several = _ALERTS[action]
    if "kind" not in params:
        count = int(params.get("count", "0"))
        return QCoreApplication.translate(_CONTEXT, several, "", count)
    told = _Told(params["kind"], json.loads(params.get("facts") or "{}"), params.get("message", ""))
    said = alert_text(told).rstrip(".。 ")
    if len(said) > _ALERT_SHOWN:
        said = said[: _ALERT_SHOWN - 1].rstrip() + "…"
    return fill(QCoreApplication.translate(_CONTEXT, one), (said,))
