"""Chinese in a chart drawn with a font that has it, whichever such font the desktop has: a
category named 饮食 shows as text beside the widgets that show it, never as empty boxes."""

from __future__ import annotations

import pytest
from matplotlib import font_manager

from finapp.gui.charts.canvas import MAX_FALLBACK_FONTS, chinese_fallback, fonts_matplotlib_opens

#: what matplotlib can open on a typical machine, Latin fonts and all
LATIN = {"DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Cantarell"}


def test_a_desktop_whose_only_chinese_font_is_droid_falls_back_to_it() -> None:
    # Debian and Ubuntu bring Droid Sans Fallback with Ghostscript, and nothing else with Chinese
    installed = {*LATIN, "Droid Sans Fallback"}
    assert chinese_fallback(["Droid Sans Fallback"], installed) == ["Droid Sans Fallback"]


def test_the_preferred_fonts_come_first_in_their_order_whatever_order_the_desktop_lists() -> None:
    desktop = ["AR PL UMing CN", "WenQuanYi Micro Hei", "Noto Sans CJK SC"]
    installed = {*LATIN, *desktop}
    assert chinese_fallback(desktop, installed) == ["Noto Sans CJK SC", "WenQuanYi Micro Hei"]


def test_a_font_matplotlib_cannot_open_is_not_named() -> None:
    # a bitmap or a Type 1 font the desktop lists for Chinese, that matplotlib never loaded
    installed = {*LATIN, "WenQuanYi Zen Hei"}
    desktop = ["WenQuanYi Bitmap Song", "WenQuanYi Zen Hei"]
    assert chinese_fallback(desktop, installed) == ["WenQuanYi Zen Hei"]


def test_a_desktop_without_chinese_keeps_the_default_font() -> None:
    assert chinese_fallback([], LATIN) == []


def test_no_more_fonts_are_opened_than_the_few_a_chart_needs() -> None:
    desktop = [f"Chinese Font {n}" for n in range(6)]
    chosen = chinese_fallback(desktop, {*LATIN, *desktop})
    assert chosen == desktop[:MAX_FALLBACK_FONTS]


def test_a_font_installed_after_matplotlib_first_ran_is_found(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # matplotlib lists the machine's fonts once and caches the list: a Chinese font installed
    # later (DejaVu Sans Mono, from matplotlib's own files, stands in for it) is not in it
    manager = font_manager.fontManager
    installed_later = font_manager.findfont("DejaVu Sans Mono", fallback_to_default=False)
    cached = [font for font in manager.ttflist if font.name != "DejaVu Sans Mono"]
    monkeypatch.setattr(manager, "ttflist", cached)
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda: [installed_later])
    assert "DejaVu Sans Mono" not in {font.name for font in manager.ttflist}

    assert "DejaVu Sans Mono" in fonts_matplotlib_opens(["DejaVu Sans Mono"])


def test_the_cached_list_is_not_read_again_when_it_has_a_chinese_font(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_scan() -> list[str]:
        raise AssertionError("the machine's fonts were listed again")

    monkeypatch.setattr(font_manager, "findSystemFonts", no_scan)
    assert "DejaVu Sans" in fonts_matplotlib_opens(["DejaVu Sans", "Droid Sans Fallback"])
