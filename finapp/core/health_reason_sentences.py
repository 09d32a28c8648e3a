"""Account health's own reasons as sentences to translate, and the facts filling each.

A reason of an alert's kind is worded by the alert's sentence (:mod:`.alert_sentences`); these
are the reasons only account health gives (overdrawn, no balance known, statements out of date,
moved on). Written once here, with no Qt, so the window (``finapp.gui.pages.health_accounts``)
and the report the command line writes in Chinese (``finapp.services.report_translation``)
translate the same sentences.
"""

from __future__ import annotations

from finapp.core.alert_kinds import HealthReason
from finapp.tr_marks import QT_TRANSLATE_NOOP

#: the translation context of these sentences
CONTEXT = "HealthReason"
OWN_SENTENCES: dict[str, str] = {
    HealthReason.NEGATIVE_BALANCE: QT_TRANSLATE_NOOP(
        "HealthReason", "%1 is overdrawn: its balance is %2."
    ),
    HealthReason.NO_BALANCE: QT_TRANSLATE_NOOP(
        "HealthReason", "No balance is known for %1: import a statement with one or set it."
    ),
    HealthReason.STATEMENTS_OLD: QT_TRANSLATE_NOOP(
        "HealthReason",
        "The statements of %1 end on %2, %3 days ago: import newer ones, or close the account "
        "if you no longer have it.",
    ),
    HealthReason.MOVED_ON: QT_TRANSLATE_NOOP(
        "HealthReason",
        "The statements of %1 end on %2; its subscriptions carry on from %3. If it was "
        "replaced, close it: its last balance still counts.",
    ),
}
#: the facts filling each own sentence's %1, %2…, in order
OWN_FACTS: dict[str, tuple[str, ...]] = {
    HealthReason.NEGATIVE_BALANCE: ("account", "balance"),
    HealthReason.NO_BALANCE: ("account",),
    HealthReason.STATEMENTS_OLD: ("account", "date", "days"),
    HealthReason.MOVED_ON: ("account", "date", "successor"),
}
