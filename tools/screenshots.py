"""Render every page and dialog of the desktop app into ``screenshots/``.

``make screenshots`` runs this offscreen (or under Xvfb when ``DISPLAY`` is set) over a fresh
demo household, in English and Simplified Chinese, in a light and a dark theme, at 1024×640 (a
small laptop) and 1920×1080, so the look of each page can be checked by eye after a change:
``screenshots/<lang>-<theme>-<width>x<height>/<name>.png``, with ``screenshots/index.html``
laying them side by side. A dialog larger than the screen is shot at the screen's size, as a
window manager would fit it. The PNGs are not committed.
"""

from __future__ import annotations

import argparse
import html
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SIZES = ((1024, 640), (1920, 1080))
THEMES = ("light", "dark")
LANGUAGES = ("en", "zh_CN")


def _settle(app, ms: int = 300, tasks=None) -> None:  # type: ignore[no-untyped-def]
    """Let the event loop run for ``ms``, and on until the shell's background work is done."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    while tasks is not None and tasks.busy:
        QTimer.singleShot(50, loop.quit)
        loop.exec()
    app.processEvents()


def dark_palette():  # type: ignore[no-untyped-def]
    """The palette of a dark desktop (as KDE's Breeze Dark or GNOME's dark style hand Qt)."""
    from PySide6.QtGui import QColor, QPalette

    roles = QPalette.ColorRole
    palette = QPalette()
    colours = {
        roles.Window: "#2b2d30",
        roles.WindowText: "#e6e6e6",
        roles.Base: "#1e1f22",
        roles.AlternateBase: "#26282b",
        roles.ToolTipBase: "#3c3f41",
        roles.ToolTipText: "#e6e6e6",
        roles.PlaceholderText: "#8c8c8c",
        roles.Text: "#e6e6e6",
        roles.Button: "#35373b",
        roles.ButtonText: "#e6e6e6",
        roles.BrightText: "#ff6b6b",
        roles.Link: "#6cb4ff",
        roles.LinkVisited: "#b48cff",
        roles.Highlight: "#2f65ca",
        roles.HighlightedText: "#ffffff",
        roles.Light: "#45484d",
        roles.Midlight: "#3a3d41",
        roles.Mid: "#2f3134",
        roles.Dark: "#1a1b1e",
        roles.Shadow: "#000000",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (roles.Text, roles.WindowText, roles.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7a7a7a"))
    return palette


def apply_theme(app, theme: str) -> None:  # type: ignore[no-untyped-def]
    """Fusion in the theme's palette, set before any widget is built, as a desktop does."""
    app.setStyle("Fusion")
    app.setPalette(dark_palette() if theme == "dark" else app.style().standardPalette())


class Shots:
    """Where each shot goes, and the list ``index.html`` is written from."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.folders: list[str] = []
        self.names: list[str] = []

    def save(self, widget, folder: str, name: str) -> None:  # type: ignore[no-untyped-def]
        self.save_pixmap(widget.grab(), folder, name)

    def save_pixmap(self, pixmap, folder: str, name: str) -> None:  # type: ignore[no-untyped-def]
        path = self.root / folder / f"{name}.png"
        path.parent.mkdir(parents=True, exist_ok=True)
        pixmap.save(str(path))
        if folder not in self.folders:
            self.folders.append(folder)
        if name not in self.names:
            self.names.append(name)
        print(path)

    def write_index(self) -> Path:
        head = "".join(f"<th>{html.escape(f)}</th>" for f in self.folders)
        rows = []
        for name in self.names:
            cells = []
            for folder in self.folders:
                src = f"{folder}/{name}.png"
                cell = f'<a href="{src}"><img src="{src}" loading="lazy"></a>'
                cells.append(f"<td>{cell if (self.root / src).exists() else '—'}</td>")
            rows.append(f"<tr><th>{html.escape(name)}</th>{''.join(cells)}</tr>")
        page = (
            '<!doctype html><meta charset="utf-8"><title>finapp screenshots</title>'
            "<style>img{max-width:240px;border:1px solid #999}td,th{vertical-align:top}</style>"
            f"<table><tr><th></th>{head}</tr>{''.join(rows)}</table>"
        )
        index = self.root / "index.html"
        index.write_text(page, encoding="utf-8")
        return index


def _fit(dialog, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    """A dialog no larger than the screen, as a window manager places it: at the size it asked
    for, else at its size hint."""
    from PySide6.QtCore import Qt

    if not dialog.testAttribute(Qt.WidgetAttribute.WA_Resized):
        dialog.adjustSize()
    width, height = size
    dialog.resize(min(dialog.width(), width), min(dialog.height(), height))


def _new_dialogs(app, before: set[int]) -> list:  # type: ignore[no-untyped-def,type-arg]
    """The dialogs shown since ``before``, the innermost (opened from another of them) last."""
    from PySide6.QtWidgets import QDialog

    shown = [
        w
        for w in app.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and id(w) not in before
    ]
    return sorted(shown, key=lambda d: any(d.parentWidget() is other for other in shown))


def _open_dialogs(app, shell, shots: Shots, folder: str, size) -> None:  # type: ignore[no-untyped-def]
    """Each dialog the window opens, brought up the way a person does, then closed."""
    from PySide6.QtWidgets import QDialog
    from screenshot_dialogs import OPENERS

    for name, opener in OPENERS.items():
        before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
        opener(shell)
        _settle(app, 300, shell.ctx.tasks)
        opened = _new_dialogs(app, before)
        if not opened:
            print(f"{folder}/{name}: did not open (nothing to show it for)", file=sys.stderr)
            continue
        _fit(opened[-1], size)
        _settle(app, 100)
        shots.save(opened[-1], folder, name)
        for dialog in reversed(opened):
            dialog.done(QDialog.DialogCode.Rejected)
        _settle(app, 50)


def _shoot_edit_menu(app, shell, shots: Shots, folder: str) -> None:  # type: ignore[no-untyped-def]
    """The transactions page with the Edit menu open after one edit, then the edit undone (the
    other shots show the demo as it is). A menu is a window of its own: painted over the window.
    """
    from PySide6.QtGui import QPainter

    from finapp.services import edit_history
    from finapp.services.categorize import set_category
    from finapp.services.transactions import list_transactions

    window, store, bus = shell.window, shell.ctx.store, shell.ctx.bus
    window.show_page("transactions")
    line = next(t for t in list_transactions(store) if t.category == "Entertainment:Streaming")
    bus.data_changed.emit(set_category(store, line.id, "Entertainment:Movies").changes)
    _settle(app, 500, shell.ctx.tasks)
    menu, bar = window.edit_menu.menu, window.menuBar()
    title = menu.menuAction()
    menu.popup(bar.mapToGlobal(bar.actionGeometry(title).bottomLeft()))
    _settle(app, 200)
    shot = window.grab()
    painter = QPainter(shot)
    painter.drawPixmap(window.mapFromGlobal(menu.pos()), menu.grab())
    painter.end()
    menu.hide()
    shots.save_pixmap(shot, folder, "menu-edit")
    bus.data_changed.emit(edit_history.undo(store).changes)
    _settle(app, 500, shell.ctx.tasks)


def _shoot_built(app, built, shots: Shots, prefix: str) -> None:  # type: ignore[no-untyped-def]
    """Dialogs built directly (``name -> dialog or factory``), at each size."""
    for size in SIZES:
        folder = f"{prefix}-{size[0]}x{size[1]}"
        for name, made in built.items():
            dialog = made() if callable(made) else made
            dialog.show()
            _fit(dialog, size)
            _settle(app, 100)
            shots.save(dialog, folder, name)
            dialog.hide()


def shoot(app, shots: Shots, language: str, theme: str, work: Path) -> None:  # type: ignore[no-untyped-def]
    from screenshot_dialogs import import_dialogs, startup_dialogs

    from finapp.gui.i18n import install_translators
    from finapp.gui.main_window import load_pages
    from finapp.gui.shell import Shell
    from finapp.gui.ui_state import UiState
    from finapp.services.demo import open_demo_store

    translators = install_translators(app, language)
    apply_theme(app, theme)
    prefix = f"{language}-{theme}"
    _shoot_built(app, startup_dialogs(), shots, prefix)

    store = open_demo_store(work / f"demo-{prefix}")
    ui = UiState(work / f"ui-{prefix}.ini")
    shell = Shell(store, ui, is_demo=True, tray_available=False)
    shell.window.install_pages(load_pages())
    shell.window.show()
    for width, height in SIZES:
        folder = f"{prefix}-{width}x{height}"
        shell.window.resize(width, height)
        _settle(app, tasks=shell.ctx.tasks)
        for cls in shell.window.page_classes:
            shell.window.show_page(cls.NAME)
            _settle(app, 500, shell.ctx.tasks)
            shots.save(shell.window, folder, f"page-{cls.NAME}")
        _shoot_edit_menu(app, shell, shots, folder)
        _open_dialogs(app, shell, shots, folder, (width, height))
    _shoot_built(app, import_dialogs(shell.ctx, work), shots, prefix)
    shell.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", action="append", help="en, zh_CN (default both)")
    parser.add_argument("--theme", action="append", help="light, dark (default both)")
    args = parser.parse_args()
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    shots = Shots(Path(args.out))
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FINAPP_UI_SETTINGS"] = str(Path(tmp) / "ui.ini")
        for language in args.lang or LANGUAGES:
            for theme in args.theme or THEMES:
                shoot(app, shots, language, theme, Path(tmp))
    print(shots.write_index())
    return 0


if __name__ == "__main__":
    sys.exit(main())
