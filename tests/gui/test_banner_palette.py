"""The strip over the pages (the demo marker, notices) takes the desktop's light or dark look:
a pale tint with dark text on a light window, a deep muted one with light text on a dark window,
readable either way and following a switch while the app runs."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from finapp.gui.banner import Banner
from tests.gui.test_charts_theme import _contrast as contrast

DEMO_TEXT = "You are exploring a generated demo household. None of this is your data."


def _palette(window: str, text: str, button: str) -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                         (QPalette.ColorRole.Button, button),
                         (QPalette.ColorRole.ButtonText, text)):  # fmt: skip
        palette.setColor(role, QColor(colour))
    return palette


LIGHT = _palette("#efefef", "#000000", "#efefef")  # Fusion's light palette
DARK = _palette("#2b2d30", "#e6e6e6", "#35373b")  # a dark desktop's (Breeze Dark's kind)


def _contrast(one: QColor, other: QColor) -> float:
    return contrast(one.name(), other.name())


def _farthest(widget: QWidget, background: QColor) -> QColor:
    """The colour of ``widget``'s pixel that stands out most from ``background`` (its text's
    or its glyph's)."""
    image = widget.grab().toImage()
    pixels = {image.pixel(x, y) for x in range(image.width()) for y in range(image.height())}
    return max((QColor.fromRgb(p) for p in pixels), key=lambda c: _contrast(c, background))


def _seen(banner: Banner) -> tuple[QColor, QColor]:
    """The strip's background as painted (its commonest colour) and its text's colour."""
    strip = banner.frame.grab().toImage()
    counts = Counter(strip.pixel(x, y) for x in range(strip.width()) for y in range(strip.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return background, _farthest(banner.label, background)


@pytest.fixture
def desktop(qapp) -> Iterator[Callable[[QPalette], None]]:  # type: ignore[no-untyped-def]
    """Sets the desktop's palette as a desktop hands it to the app; the app's own comes back
    after the test."""

    def switch(palette: QPalette) -> None:
        qapp.setPalette(palette)
        qapp.processEvents()  # the widgets hear of it through the event loop

    before = qapp.palette()
    switch(LIGHT)
    yield switch
    switch(before)


@pytest.fixture
def window(qtbot, desktop) -> QWidget:  # type: ignore[no-untyped-def]
    shown = QWidget()
    qtbot.addWidget(shown)
    shown.resize(900, 80)
    return shown


def _demo_strip(qtbot, window: QWidget) -> Banner:  # type: ignore[no-untyped-def]
    banner = Banner(window, closable=False)
    QVBoxLayout(window).addWidget(banner)
    banner.show_message("demo", DEMO_TEXT, "Leave demo", lambda: None)
    window.show()
    qtbot.waitExposed(window)
    return banner


def test_the_demo_strip_is_a_pale_amber_with_dark_text_on_a_light_window(qtbot, window) -> None:
    background, text = _seen(_demo_strip(qtbot, window))
    assert background.lightness() > 200 and background.red() > background.blue()  # amber
    assert _contrast(text, background) >= 7


def test_on_a_dark_window_it_is_a_muted_amber_with_light_text(qtbot, window, desktop) -> None:
    banner = _demo_strip(qtbot, window)
    desktop(DARK)  # the desktop switched to dark while the app runs
    background, text = _seen(banner)
    assert background.lightness() < 80 and background.red() > background.blue()  # amber, dim
    assert _contrast(background, DARK.color(QPalette.ColorRole.Window)) < 1.5  # no glare
    assert text.lightness() > background.lightness() and _contrast(text, background) >= 7
    desktop(LIGHT)  # and back
    assert _seen(banner)[0].lightness() > 200


@pytest.mark.parametrize("level", ["info", "warning", "error"])
def test_every_notice_and_its_close_button_read_on_a_dark_window(
    qtbot, window, desktop, level
) -> None:
    desktop(DARK)  # dark from the start
    banner = Banner(window)
    QVBoxLayout(window).addWidget(banner)
    banner.show_message(level, "The backup could not be written: the disk is full.")
    window.show()
    qtbot.waitExposed(window)
    background, text = _seen(banner)
    assert background.lightness() < 80
    assert _contrast(text, background) >= 7
    # the ✕ is drawn in the window's light button text: seen on the strip, not lost in it
    assert _contrast(_farthest(banner.close_button, background), background) >= 3
