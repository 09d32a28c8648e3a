"""The developer docs name files that exist: a module moved or renamed must take its mention along.

docs/architecture.md and CONTRIBUTING.md send a reader to files by path; a path that no longer
exists sends them nowhere, and a floor plan that is wrong is worse than none.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = [ROOT / "CONTRIBUTING.md", *sorted((ROOT / "docs").glob("*.md"))]
#: a path inside the repository, as the docs write it in backticks
_PATH = re.compile(r"`((?:finapp|tests|tools|bench|packaging|resources)/[\w./-]*)`")
#: a relative Markdown link: [text](target)
_LINK = re.compile(r"\]\((?!https?://|#)([^)#]+)")


def test_every_path_the_docs_name_exists() -> None:
    missing = [
        f"{doc.name}: {path}"
        for doc in DOCS
        for path in _PATH.findall(doc.read_text(encoding="utf-8"))
        if not (ROOT / path).exists()
    ]
    assert not missing, missing


def test_every_link_between_the_docs_leads_to_a_file() -> None:
    broken = [
        f"{doc.name}: {target}"
        for doc in [*DOCS, ROOT / "README.md"]
        for target in _LINK.findall(doc.read_text(encoding="utf-8"))
        if not (doc.parent / target).exists()
    ]
    assert not broken, broken
