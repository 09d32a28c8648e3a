"""Every page builds over a store with a household in it, loads without an error, and paints."""

from __future__ import annotations

import pytest

from finapp.gui.pages import all as all_pages


@pytest.mark.parametrize("page_class", all_pages.PAGES, ids=lambda cls: cls.NAME)
def test_page_builds_loads_and_paints(qtbot, household_ctx, page_class) -> None:
    errors: list[tuple[str, str]] = []
    household_ctx.bus.message.connect(lambda level, text: errors.append((level, text)))
    page = page_class(household_ctx)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    assert not [e for e in errors if e[0] == "error"], errors
    picture = page.grab()
    assert not picture.isNull() and picture.width() == 1000
    assert page.accessibleName()
