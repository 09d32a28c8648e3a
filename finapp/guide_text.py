"""The user guide as the app ships it: README.md's "User guide" section, nothing else.

README.md is where the guide is written; the app carries a copy of that one section as a
package resource (``tools/user_guide.py`` writes it, a test keeps it equal to the README), so
Help → User guide shows the text itself in every install, a wheel or a packaged build too,
rather than a path into a source tree the user may not have. No Qt: the tool runs without it.
"""

from __future__ import annotations

#: the README section that is the user guide (English, as it is headed in the README)
SECTION = "User guide"
#: the guide's file in ``finapp.resources``; a translation is ``user_guide_<lang>.md``, written
#: by hand (``user_guide_zh_CN.md``)
GUIDE_FILE = "user_guide.md"


def guide_section(readme: str) -> str:
    """The "User guide" section of ``readme``: its heading and text, up to the next section."""
    lines = readme.splitlines()
    start = lines.index(f"## {SECTION}")
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return "\n".join(lines[start:end]).rstrip() + "\n"


def guide_file(language: str) -> str:
    """The resource name of the guide in ``language`` ("en" is the README's own)."""
    return GUIDE_FILE if language == "en" else GUIDE_FILE.replace(".md", f"_{language}.md")
