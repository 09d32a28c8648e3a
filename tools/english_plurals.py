"""Fill the English plural forms of new ``%n`` strings in resources/i18n/finapp_en.ts.

The English source strings say "transaction(s)"; the English translation file holds only the
plural messages, whose two forms are that text with "(s)" dropped and with it as "s". Run by
``make i18n-update`` after lupdate, so a new plural string never shows "(s)" to a user.
Forms someone wrote by hand (not marked unfinished) are left alone.
"""

from __future__ import annotations

import html
import re
import sys
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "finapp_en.ts"

#: a plural message lupdate added and nobody translated yet (lupdate's own layout)
_UNFINISHED = re.compile(
    r'(<message numerus="yes">(?:(?!</message>).)*?<source>(?P<source>[^<]*\(s\)[^<]*)</source>'
    r"(?:(?!</message>).)*?)"
    r'<translation type="unfinished">(?:(?!</translation>).)*</translation>',
    re.DOTALL,
)


def english_forms(source: str) -> tuple[str, str]:
    """("%n file", "%n files") from "%n file(s)"."""
    return source.replace("(s)", ""), source.replace("(s)", "s")


def _filled(match: re.Match[str]) -> str:
    one, many = english_forms(html.unescape(match["source"]))
    forms = "".join(
        f"\n            <numerusform>{html.escape(text, quote=False)}</numerusform>"
        for text in (one, many)
    )
    return f"{match[1]}<translation>{forms}\n        </translation>"


def fill(path: Path) -> int:
    text, count = _UNFINISHED.subn(_filled, path.read_text(encoding="utf-8"))
    path.write_text(text, encoding="utf-8")
    return count


if __name__ == "__main__":
    print(f"{fill(Path(sys.argv[1]) if len(sys.argv) > 1 else TS)} English plural form(s) filled")
