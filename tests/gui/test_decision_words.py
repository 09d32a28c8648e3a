"""Every decision on a subscription the edit history keeps is named in the Edit menu and by
``finapp edits``: a decision cannot be added half-done.

A :class:`Decision` without words of its own would still undo, but be offered as a plain
"Change to Netflix", leaving the user to guess what undo takes back.
"""

from __future__ import annotations

import pytest

from finapp.cli.commands.edits_cmd import edit_words as cli_words
from finapp.core.subscription_states import Decision
from finapp.gui.edit_words import edit_words
from finapp.services.edit_history import EditEntry


@pytest.mark.parametrize("decision", list(Decision))
def test_each_decision_has_words_in_the_edit_menu(qapp, decision: Decision) -> None:  # type: ignore[no-untyped-def]
    shown = edit_words("subscription", {"name": "Netflix", "decision": decision})
    assert "Netflix" in shown and shown != "Change to Netflix"


@pytest.mark.parametrize("decision", list(Decision))
def test_each_decision_has_words_on_the_command_line(decision: Decision) -> None:
    said = cli_words(EditEntry(1, "subscription", {"name": "Netflix", "decision": decision}))
    assert "Netflix" in said and said != "change to Netflix"


def test_the_words_of_each_decision_are_its_own() -> None:
    """Two decisions worded alike would leave undo ambiguous."""
    said = {
        cli_words(EditEntry(1, "subscription", {"name": "Netflix", "decision": decision}))
        for decision in Decision
    }
    assert len(said) == len(Decision)
