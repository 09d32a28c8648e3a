"""The window and its dialogs on a laptop with display scaling: Windows laptops ship at 125% or
150% (a 1366×768 screen at 125% is 1093×614 logical pixels, a 1920×1080 one at 150% 1280×720),
Linux desktops set QT_SCALE_FACTOR (1366×768 at 1.5 is 911×512). Every page and the dialogs a
person meets, in English and Chinese, fit the screen's free area with the window manager's
frame around them, and show every button's and one-line label's words whole. The
Subscriptions table shows each subscription's name whole or at least its first 16 characters
(8 Chinese ones): the columns beside it give way first, and every column is in view without
scrolling sideways (below 1000 pixels the sidebar shows its pages' icons alone).

Qt reads QT_SCALE_FACTOR once, when the application is made, so each screen is probed in a
process of its own (``tests/gui/scaled_screen_probe.py``) on the offscreen platform, given the
laptop's screen by its configuration file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.gui.widgets.grouped_tree import READABLE, first_characters
from finapp.gui.window_geometry import FRAME_ALLOWANCE
from tests.gui.probe_process import run_on_screen


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, "1.25"), (1920, 1080, "1.5"), (1366, 768, "1.5")],
    ids=["1366x768-at-125", "1920x1080-at-150", "1366x768-at-150"],
)
def test_every_page_and_dialog_fits_a_scaled_laptop_screen_in_both_languages(
    tmp_path: Path, translation_cache: Path, width: int, height: int, scale: str
) -> None:
    lines = run_on_screen(
        "tests.gui.scaled_screen_probe", tmp_path, translation_cache, (width, height), scale
    )
    free = lines[0]["screen"]
    assert free == [round(width / float(scale)), round(height / float(scale))]
    room = (free[0] - FRAME_ALLOWANCE.width(), free[1] - FRAME_ALLOWANCE.height())
    shown = lines[1:]
    assert {r["language"] for r in shown} == {"en", "zh_CN"}
    assert sum(r["what"].startswith("page ") for r in shown) == 2 * 9  # every page, both languages
    misfits = [
        f"{r['language']} {r['what']}: {r['size']} (at least {r['least']}) in {list(room)}; "
        f"cut: {r['cut']}"
        for r in shown
        if r["cut"]
        or not (r["size"][0] <= room[0] and r["size"][1] <= room[1])
        or not (r["least"][0] <= room[0] and r["least"][1] <= room[1])
    ]
    assert not misfits, "\n".join(misfits)
    sideways = {r["language"]: r["sideways"] for r in shown if r["what"] == "page subscriptions"}
    assert sideways == {"en": 0, "zh_CN": 0}, "every column of Subscriptions without scrolling"
    names = {r["language"]: r["names"] for r in shown if r["what"] == "page subscriptions"}
    assert all(len(rows) > 10 for rows in names.values()), names  # the demo's subscriptions
    unread = [
        f"{language}: {name!r} shows as {drawn!r}"
        for language, rows in names.items()
        for name, drawn in rows
        if drawn != name and not drawn.startswith(first_characters(name, READABLE))
    ]
    assert not unread, "\n".join(unread)
