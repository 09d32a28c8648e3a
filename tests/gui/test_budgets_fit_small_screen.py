"""The Budgets page of the demo household in a 1024×700 window: every bar's words whole.

Groceries are over their budget (125%): the bar's words, "125% · over budget", wrapped inside
the bar, "budget" cut at its bottom edge, beside an amount field wider than any month's
amount. The bar is now as wide as its words; where the row has no room for the sentence beside
it ("$146.72 of $117.00 · $29.72 over"), that sentence wraps onto a second line, whole; where it
has (in Chinese), it stays on one line.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QScrollArea

from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.demo import open_demo_store
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("language", ["us_locale", "chinese"])
def test_at_1024_pixels_the_bars_and_sentences_read_whole(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path, request: pytest.FixtureRequest, us_locale, language: str
) -> None:
    request.getfixturevalue(language)
    store = open_demo_store(tmp_path / "demo")
    shell = make_shell(store, tmp_path, is_demo=True, opening_page="budgets")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    page = window.page("budgets")
    assert isinstance(page, BudgetsPage)
    qtbot.waitUntil(lambda: len(page.rows) > 3)
    qtbot.wait(50)  # laid out
    over = [row for row in page.rows if row.view.percent and row.view.percent > 100]
    assert over, "the demo's groceries are over budget"
    for row in page.rows:
        metrics = row.bar.fontMetrics()
        assert row.bar.width() > metrics.horizontalAdvance(row.bar.text()), row.bar.text()
        sentence = row.spent
        assert sentence.height() >= sentence.heightForWidth(sentence.width()), sentence.text()
        if language == "chinese":  # the room for it: one line
            assert sentence.height() < 2 * sentence.fontMetrics().lineSpacing(), sentence.text()
    area = page.findChild(QScrollArea)
    assert area is None or area.horizontalScrollBar().maximum() == 0
    shell.close()
    store.close()
