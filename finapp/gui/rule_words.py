"""A rule's condition and origin in the user's words: "Payee contains “NETFLIX”", not
``payee contains``. The store and the CLI keep the codes (``any``, ``starts``, ``shipped``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.core.rule_origins import RuleOrigin
from finapp.services.rules import RuleView
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

_FIELDS = {
    "payee": QT_TRANSLATE_NOOP("RuleWords", "Payee"),
    "memo": QT_TRANSLATE_NOOP("RuleWords", "Memo"),
    "merchant": QT_TRANSLATE_NOOP("RuleWords", "Merchant"),
    "any": QT_TRANSLATE_NOOP("RuleWords", "Any text"),
}
#: %1 the field, %2 the pattern as the user wrote it
_MATCHES = {
    "contains": QT_TRANSLATE_NOOP("RuleWords", "%1 contains “%2”"),
    "starts": QT_TRANSLATE_NOOP("RuleWords", "%1 starts with “%2”"),
    "equals": QT_TRANSLATE_NOOP("RuleWords", "%1 is “%2”"),
    "regex": QT_TRANSLATE_NOOP("RuleWords", "%1 matches the pattern “%2”"),
    "words": QT_TRANSLATE_NOOP("RuleWords", "%1 holds one of “%2”"),
}
_ORIGINS: dict[str, str] = {
    RuleOrigin.SHIPPED: QT_TRANSLATE_NOOP("RuleWords", "Built in"),
    RuleOrigin.USER: QT_TRANSLATE_NOOP("RuleWords", "Yours"),
    RuleOrigin.LEARNED: QT_TRANSLATE_NOOP("RuleWords", "Learned"),
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("RuleWords", source)


def rule_condition(rule: RuleView) -> str:
    """When the rule applies, as a sentence; a code this table does not know stays as it is."""
    field = _tr(_FIELDS[rule.field]) if rule.field in _FIELDS else rule.field
    sentence = _tr(_MATCHES[rule.match]) if rule.match in _MATCHES else f"%1 {rule.match} “%2”"
    return fill(sentence, (field, rule.pattern))


def rule_origin(origin: str) -> str:
    """Who made the rule: finapp, the user, or finapp learning from the user's corrections."""
    return _tr(_ORIGINS[origin]) if origin in _ORIGINS else origin
