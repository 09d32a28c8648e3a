"""What an import found in the history, in the user's language: each finding's sentence
(written once in :mod:`finapp.core.history_sentences`, context "HistoryText") translated and
filled with its facts in the locale's forms, as alerts are (:mod:`finapp.gui.alert_texts`).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.core.alert_facts import worded_as
from finapp.core.history_findings import Finding, FoundPart
from finapp.core.history_sentences import HEADING, OLDER, TITLES, TYPES, sentence
from finapp.gui.alert_texts import SHOWN
from finapp.gui.category_names import display_category
from finapp.gui.name_words import shown_name
from finapp.tr_marks import fill


def _tr(text: str) -> str:
    return QCoreApplication.translate("HistoryText", text)


def heading() -> str:
    return _tr(HEADING)


def finding_text(finding: Finding) -> str:
    """One finding in the installed language: "Netflix went up from $15.49 to $17.99 on
    Dec 7, 2025 ($30.00 more a year)."."""
    facts = worded_as(TYPES, finding.params, SHOWN)
    if "name" in facts:
        facts["name"] = shown_name(facts["name"])
    if "category" in facts:  # a budget gone over: its category as the window names it
        facts["category"] = display_category(facts["category"])
    source, values = sentence(finding, facts)
    return fill(_tr(source), values)


def history_lines(parts: tuple[FoundPart, ...]) -> list[str]:
    """Why these are told now, then each part's title and its findings in the order the core
    weighs them, as the CLI lists them (the largest charges, the costliest rises first: a part
    shows only its weightiest, so they lead); a part with more than it shows counts them all in
    its title, so ten years' hundreds of large charges are a number, not a line of their own."""
    lines = [_tr(OLDER)]
    for part in parts:
        title = _tr(TITLES[part.part])
        if part.more:
            total = len(part.shown) + part.more
            title = fill(
                QCoreApplication.translate("HistoryText", "%1 (%n in all)", "", total), (title,)
            )
        lines.append(title)
        lines += [f"• {finding_text(f)}" for f in part.shown]
    return lines
