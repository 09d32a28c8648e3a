"""Copy README.md's "User guide" section into the package (resources/user_guide.md).

Help → User guide shows the guide itself, in every install, so the section ships as a package
resource; README.md stays the one place it is written. Run after editing the section (a test
fails while the two differ): ``python tools/user_guide.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from finapp.guide_text import GUIDE_FILE, guide_section  # noqa: E402


def main() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    (ROOT / "resources" / GUIDE_FILE).write_text(guide_section(readme), encoding="utf-8")


if __name__ == "__main__":
    main()
