"""The English sentence of each alert, made from the facts (``params``) the alert carries.

The sentence itself is written once in :mod:`finapp.core.alert_sentences`, where the GUI finds
it to translate; here its facts read as the CLI writes them (:mod:`finapp.core.alert_facts`:
"1,218.50 USD", "2026-11-03", "November 2026") and fill the English source.
"""

from __future__ import annotations

from collections.abc import Mapping

from finapp.core.alert_facts import ENGLISH, worded
from finapp.core.alert_sentences import IN_DAYS, TODAY, TOMORROW, sentence
from finapp.tr_marks import fill


def english_when(days: int) -> str:
    """ "today", "tomorrow", "in 3 days"."""
    return TODAY if days == 0 else TOMORROW if days == 1 else IN_DAYS.replace("%n", str(days))


def english_message(kind: str, params: Mapping[str, str]) -> str:
    """The alert's sentence for the CLI, JSON and logs-free storage."""
    try:
        shown = worded(kind, params, ENGLISH)
    except ValueError:  # a fact stored in another form: told as it was kept
        shown = dict(params)
    return fill(*sentence(kind, shown, english_when))
