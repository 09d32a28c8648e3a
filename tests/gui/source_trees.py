"""finapp's own calls and assignments, parsed once per test process.

The tests that read the code rather than run it (every refusal code has a sentence, every
sentence marked for translation can be found by lupdate) look at the same calls and
assignments; parsing the whole package and walking every node of it costs seconds, so it is
done once, and only the nodes those tests look at are kept.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator
from pathlib import Path

import finapp

#: the package's folder: every module under it is parsed
PACKAGE = Path(finapp.__file__).parent


@functools.cache
def _kept() -> tuple[tuple[Path, ast.Call | ast.Assign], ...]:
    return tuple(
        (path, node)
        for path in sorted(PACKAGE.rglob("*.py"))
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Call | ast.Assign)
    )


def source_calls(under: Path = PACKAGE) -> Iterator[tuple[Path, ast.Call]]:
    """Every call in the modules in folder ``under``, with the module's path."""
    for path, node in _kept():
        if isinstance(node, ast.Call) and path.is_relative_to(under):
            yield path, node


def source_assignments(under: Path = PACKAGE) -> Iterator[tuple[Path, ast.Assign]]:
    """Every assignment statement in the modules in folder ``under``, with the module's path."""
    for path, node in _kept():
        if isinstance(node, ast.Assign) and path.is_relative_to(under):
            yield path, node
