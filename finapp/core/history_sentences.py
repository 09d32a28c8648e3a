"""The sentences of what an import found in the history, written once for every face.

As the alerts' sentences (:mod:`finapp.core.alert_sentences`): a source text marked for
translation (context "HistoryText") with ``%1``, ``%2``… filled from a finding's facts; the CLI
fills the English source with the facts in its forms ("17.99 USD", "2025-12-07"), the GUI
translates it and fills it in the locale's (``finapp/gui/history_texts.py``).
"""

from __future__ import annotations

from collections.abc import Mapping

from finapp.core.alert_facts import DAY, ENGLISH, MONEY, MONTH, worded_as
from finapp.core.alert_kinds import Kind
from finapp.core.history_findings import Finding, FoundPart, Part
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

# which facts of a finding are money and days (not a translator's comment: the next marked
# text is the heading)
TYPES: Mapping[str, str] = {
    "old": MONEY,
    "new": MONEY,
    "yearly": MONEY,
    "amount": MONEY,
    "usual": MONEY,
    "date": DAY,
    "spent": MONEY,
    "budget": MONEY,
    "month": MONTH,
}

HEADING = QT_TRANSLATE_NOOP("HistoryText", "What we found in your history")
#: why these were never alerts: said once under the heading
OLDER = QT_TRANSLATE_NOOP(
    "HistoryText", "Older than what alerts announce, so you have not been told of these yet."
)
TITLES: Mapping[Part, str] = {
    Part.PRICE_RISES: QT_TRANSLATE_NOOP("HistoryText", "Price rises"),
    Part.LARGE_CHARGES: QT_TRANSLATE_NOOP("HistoryText", "Large and unusual charges"),
    Part.LAPSED: QT_TRANSLATE_NOOP("HistoryText", "Subscriptions that stopped"),
    Part.AFTER_CANCEL: QT_TRANSLATE_NOOP("HistoryText", "Charges after you cancelled"),
    Part.OVER_BUDGET: QT_TRANSLATE_NOOP("HistoryText", "Budgets you went over"),
}
# the English form; the GUI translates its own literal with Qt's plural forms
MORE = "and %n more"


def sentence(finding: Finding, facts: Mapping[str, str]) -> tuple[str, tuple[str, ...]]:
    """The finding's source text and the values of its %1, %2…, from ``facts`` (its params as
    the face words them)."""
    p = facts
    if finding.kind == Kind.PRICE_INCREASE:
        args = (p["name"], p["old"], p["new"], p["date"])
        if "yearly" in p:
            return QT_TRANSLATE_NOOP(
                "HistoryText", "%1 went up from %2 to %3 on %4 (%5 more a year)."
            ), (*args, p["yearly"])
        return QT_TRANSLATE_NOOP("HistoryText", "%1 went up from %2 to %3 on %4."), args
    # named first, then the amount: "at" a shop would not do for a person paid (张三) or cash
    # taken out (取现)
    if finding.kind == Kind.UNUSUAL_CHARGE:
        return QT_TRANSLATE_NOOP("HistoryText", "%2: %1 on %3, far above the usual %4."), (
            p["amount"], p["name"], p["date"], p["usual"])  # fmt: skip
    if finding.kind == Kind.LARGE_CHARGE:
        return QT_TRANSLATE_NOOP("HistoryText", "%2: %1 on %3."), (
            p["amount"], p["name"], p["date"])  # fmt: skip
    if finding.kind == Kind.LAPSED:
        return QT_TRANSLATE_NOOP("HistoryText", "%1 stopped after its charge of %2 on %3."), (
            p["name"], p["amount"], p["date"])  # fmt: skip
    if finding.kind == Kind.CHARGED_AFTER_CANCEL:
        return QT_TRANSLATE_NOOP("HistoryText", "%1 charged %2 on %3 after you cancelled it."), (
            p["name"], p["amount"], p["date"])  # fmt: skip
    if finding.kind == Kind.BUDGET:
        return QT_TRANSLATE_NOOP("HistoryText", "%1 in %2: %3 spent of a budget of %4 (%5%)."), (
            p["category"], p["month"], p["spent"], p["budget"], p["percent"])  # fmt: skip
    raise ValueError(f"no sentence for a finding of kind {finding.kind}")


def english_lines(parts: tuple[FoundPart, ...]) -> list[str]:
    """The summary as the CLI prints it: the heading, then each part's title and findings."""
    if not parts:
        return []
    lines = [f"{HEADING}:", f"  {OLDER}"]
    for part in parts:
        lines.append(f"  {TITLES[part.part]}:")
        lines += [f"    {english_text(f)}" for f in part.shown]
        if part.more:
            lines.append(f"    {MORE.replace('%n', str(part.more))}")
    return lines


def english_text(finding: Finding) -> str:
    """One finding in English, its facts as the CLI writes them."""
    return fill(*sentence(finding, worded_as(TYPES, finding.params, ENGLISH)))
