"""Every sentence marked for translation can be found by lupdate.

lupdate reads the source text, not the running program: a context or a text passed as a
variable to ``QT_TRANSLATE_NOOP`` or ``QCoreApplication.translate`` is never collected, so the
sentence silently stays English for Chinese users, whatever the translation file holds.
"""

from __future__ import annotations

import ast
from pathlib import Path

import finapp.gui
from tests.gui.source_trees import SourceTrees

GUI = Path(finapp.gui.__file__).parent
#: every module: the core marks sentences too (finapp.tr_marks), for the GUI to translate
ALL = GUI.parent


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def test_marked_and_translated_sentences_name_their_context_and_text_literally(
    source_trees: SourceTrees,
) -> None:
    hidden = []
    for path, node in source_trees.calls(ALL):
        if len(node.args) < 2:
            continue
        name = _name(node)
        context, text = node.args[0], node.args[1]
        where = f"{path.relative_to(GUI.parent)}:{node.lineno}"
        if name == "QT_TRANSLATE_NOOP" and not (_literal(context) and _literal(text)):
            hidden.append(where)
        if name == "translate" and _literal(text) and not _literal(context):
            hidden.append(where)  # a literal sentence lupdate files under no context
    assert hidden == []


def test_tr_is_called_on_self(source_trees: SourceTrees) -> None:
    """``page.tr("…")`` is filed by lupdate under the context "page" but looked up at run time
    under the object's class ("BudgetsPage"): the translation exists and is never found."""
    elsewhere = []
    for path, node in source_trees.calls(GUI):
        if isinstance(node.func, ast.Attribute):
            owner = node.func.value
            if node.func.attr == "tr" and not (
                isinstance(owner, ast.Name) and owner.id in ("self", "cls")
            ):
                elsewhere.append(f"{path.relative_to(GUI.parent)}:{node.lineno}")
    assert elsewhere == []


def test_no_sentence_is_translated_inside_an_f_string(source_trees: SourceTrees) -> None:
    """lupdate does not look inside f-strings: ``f"<b>{self.tr('All cards')}</b>"`` is never
    collected, and the Health page said "All cards" to Chinese users."""
    inside = [
        f"{path.relative_to(GUI.parent)}:{node.lineno}"
        for path, f_string in source_trees.f_strings(ALL)
        for node in ast.walk(f_string)
        if isinstance(node, ast.Call) and _name(node) in ("tr", "translate", "QT_TRANSLATE_NOOP")
    ]
    assert inside == []
