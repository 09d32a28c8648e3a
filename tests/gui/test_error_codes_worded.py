"""Every code the core gives a refusal has a sentence in the window's table, and every fact a
sentence names is one the core gives with that code.

A code without a sentence shows the English to a Chinese user; a sentence naming a fact the
code does not carry shows "{line}" as it is. Both are found by reading the source: each
``Problem("code", …, fact=…)`` call, and the codes a ``code = "a" if … else "b"`` chooses.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

import finapp
from finapp.errors import _OS_WORDING, StorageError
from finapp.gui.error_texts import _SENTENCES
from tests.gui.source_trees import SourceTrees

SOURCE = Path(finapp.__file__).parent
_CODE = re.compile(r"[a-z0-9_]+(?:\.[a-z0-9_]+)+")
_FACT = re.compile(r"\{(\w+)\}")


def _calls(source: SourceTrees) -> Iterator[tuple[str, ast.Call]]:
    for path, node in source.calls():
        if getattr(node.func, "id", "") == "Problem":
            yield f"{path.relative_to(SOURCE.parent)}:{node.lineno}", node


def _chosen_codes(source: SourceTrees) -> Iterator[tuple[str, str]]:
    """The codes of ``code = "a" if … else "b"`` assignments, the way a Problem's code is
    chosen where one sentence has two forms."""
    for path, node in source.assignments():
        if [getattr(t, "id", "") for t in node.targets] == ["code"]:
            for value in ast.walk(node.value):
                if isinstance(value, ast.Constant) and _CODE.fullmatch(str(value.value)):
                    yield f"{path.relative_to(SOURCE.parent)}:{node.lineno}", value.value


def test_every_code_has_a_sentence(source_trees: SourceTrees) -> None:
    codes = [
        (where, call.args[0].value)
        for where, call in _calls(source_trees)
        if call.args and isinstance(call.args[0], ast.Constant)
    ]
    codes += list(_chosen_codes(source_trees))
    assert len(codes) > 150  # the scan finds the codes (it would pass on none)
    assert [f"{where}: {code}" for where, code in codes if code not in _SENTENCES] == []


def test_every_refusal_of_the_disk_has_a_sentence() -> None:
    for number in [*_OS_WORDING, 0]:  # 0: a refusal the table does not know
        refused = StorageError.from_os_error(OSError(number, "refused", "/data/finapp.db"))
        assert refused.code in _SENTENCES


def test_every_fact_a_sentence_names_is_given_with_its_code(source_trees: SourceTrees) -> None:
    missing = []
    for where, call in _calls(source_trees):
        if not call.args or not isinstance(call.args[0], ast.Constant):
            continue
        if any(k.arg is None for k in call.keywords):  # **facts: not readable here
            continue
        given = {k.arg for k in call.keywords}
        named = set(_FACT.findall(_SENTENCES.get(call.args[0].value, "")))
        if named - given:
            missing.append(f"{where}: {call.args[0].value} lacks {sorted(named - given)}")
    assert missing == []
