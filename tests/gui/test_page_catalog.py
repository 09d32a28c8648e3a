"""The catalog the sidebar is built from says what the page classes say, in the same order."""

from __future__ import annotations

from finapp.gui.pages.all import PAGES
from finapp.gui.pages.catalog import CATALOG, load_page_class, opening_entry


def test_every_page_class_matches_its_catalog_entry_in_sidebar_order() -> None:
    assert [cls.NAME for cls in PAGES] == [entry.name for entry in CATALOG]
    for cls, entry in zip(PAGES, CATALOG, strict=True):
        assert (entry.title, entry.icon, entry.shortcut) == (cls.TITLE, cls.ICON, cls.SHORTCUT)
        assert load_page_class(entry) is cls
        assert entry.display_title() == cls.display_title()


def test_the_window_opens_on_the_remembered_page_if_it_still_exists() -> None:
    assert opening_entry("budgets").name == "budgets"
    assert opening_entry("") is CATALOG[0]
    assert opening_entry("a page since removed") is CATALOG[0]
