"""finapp's own calls, assignments and f-strings, parsed once for a module of tests that read
the code.

The tests that read the code rather than run it (every refusal code has a sentence, every
sentence marked for translation can be found by lupdate) look at the same calls and
assignments; parsing the whole package and walking every node of it costs most of a second, so
each such module parses it once (the ``source_trees`` fixture, ``scope="module"``) and keeps
only the nodes it looks at. They are let go after the module: hundreds of thousands of nodes,
kept for the rest of the run, made each of Python's full collections walk them again.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import finapp

#: the package's folder: every module under it is parsed
PACKAGE = Path(finapp.__file__).parent


@dataclass(frozen=True)
class SourceTrees:
    """The calls, assignment statements and f-strings of every module of the package, with its
    path."""

    nodes: tuple[tuple[Path, ast.Call | ast.Assign | ast.JoinedStr], ...]

    @classmethod
    def read(cls) -> SourceTrees:
        return cls(
            tuple(
                (path, node)
                for path in sorted(PACKAGE.rglob("*.py"))
                for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                if isinstance(node, ast.Call | ast.Assign | ast.JoinedStr)
            )
        )

    def calls(self, under: Path = PACKAGE) -> Iterator[tuple[Path, ast.Call]]:
        """Every call in the modules in folder ``under``, with the module's path."""
        for path, node in self.nodes:
            if isinstance(node, ast.Call) and path.is_relative_to(under):
                yield path, node

    def f_strings(self, under: Path = PACKAGE) -> Iterator[tuple[Path, ast.JoinedStr]]:
        """Every f-string in the modules in folder ``under``, with the module's path."""
        for path, node in self.nodes:
            if isinstance(node, ast.JoinedStr) and path.is_relative_to(under):
                yield path, node

    def assignments(self, under: Path = PACKAGE) -> Iterator[tuple[Path, ast.Assign]]:
        """Every assignment statement in the modules in folder ``under``, with its path."""
        for path, node in self.nodes:
            if isinstance(node, ast.Assign) and path.is_relative_to(under):
                yield path, node
