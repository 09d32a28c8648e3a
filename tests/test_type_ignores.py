"""Every ``type: ignore`` in finapp says why on its line: an ignore without a reason hides a
mistake as well as a library's missing types, and the next reader cannot tell which."""

from __future__ import annotations

import re
from pathlib import Path

import finapp

PACKAGE = Path(finapp.__file__).parent
#: ``# type: ignore[code]`` followed by ``# the reason``
EXPLAINED = re.compile(r"#\s*type:\s*ignore\[[\w, -]+\]\s+#\s*\S")


def test_every_type_ignore_names_its_code_and_its_reason() -> None:
    bare = [
        f"{path.relative_to(PACKAGE.parent)}:{number}"
        for path in sorted(PACKAGE.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if "type: ignore" in line and not EXPLAINED.search(line)
    ]
    assert bare == []
