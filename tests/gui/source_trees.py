"""finapp's own modules parsed once per test process.

The tests that read the code rather than run it (every refusal code has a sentence, every
sentence marked for translation can be found by lupdate) walk the same syntax trees; parsing
the whole package costs most of a second each time, so it is done once and shared.
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
def _trees() -> tuple[tuple[Path, ast.Module], ...]:
    return tuple(
        (path, ast.parse(path.read_text(encoding="utf-8")))
        for path in sorted(PACKAGE.rglob("*.py"))
    )


def source_nodes(under: Path = PACKAGE) -> Iterator[tuple[Path, ast.AST]]:
    """Every syntax node of the modules in folder ``under``, with the module's path."""
    for path, tree in _trees():
        if path.is_relative_to(under):
            for node in ast.walk(tree):
                yield path, node
