"""Run as ``python -m tests.gui.scaled_screen_probe``, under a scaled screen set in its
environment (``QT_SCALE_FACTOR`` is read once, when the QApplication is made, so a test that
wants another scale starts this in a process of its own): the demo window's every page and
the dialogs a person meets, in English and Chinese, each written as one JSON line of what a
person would see cut off: the window or dialog larger than the screen's free area less the
frame the window manager adds, and the buttons, check boxes and one-line labels narrower than
their words or out of the window (not those a scroll area shows in part: they scroll); for the
Subscriptions page, each name and what its cell shows of it.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QModelIndex, QRect, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QToolButton,
    QTreeView,
    QWidget,
)

from finapp.gui.widgets.name_wrap import WORD_JOINER

#: the demo's CSV from a bank finapp does not know: the import wizard asks for its layout
UNKNOWN_CSV = """Check Number,Date,Description,Amount,Category
101,2/8/25,Harbor Credit Union Visa,54.20,Expenses
102,2/9/25,Greenleaf Grocers,83.15,Expenses
"""


def settle(app: QApplication, ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    app.processEvents()


def idle(app: QApplication, shell, window: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Wait as a person waits for a page: until the work it started has come back and no
    timer of its is about to change it (a chart redraws a moment after a resize)."""
    deadline = time.monotonic() + 30
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:  # quiet three looks running
        settle(app, 30)
        pending = shell.ctx.tasks.busy or any(
            timer.isActive() and timer.isSingleShot() for timer in window.findChildren(QTimer)
        )
        quiet = 0 if pending else quiet + 1


def scrolled(widget: QWidget, window: QWidget) -> bool:
    """Whether ``widget`` is inside a scroll area of ``window`` (shown in part, it scrolls)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def words_width(widget: QWidget) -> tuple[str, int]:
    """The words ``widget`` shows and the width it needs for them whole ("", 0 for none)."""
    if isinstance(widget, QToolButton) and (
        widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return "", 0
    if isinstance(widget, QAbstractButton) and widget.text():
        words = widget.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        icon = widget.iconSize().width() + 4 if not widget.icon().isNull() else 0
        return words, widget.fontMetrics().horizontalAdvance(words) + icon
    if isinstance(widget, QLabel) and not widget.wordWrap() and widget.text():
        return widget.text(), widget.sizeHint().width()
    return "", 0


def cut_off(window: QWidget) -> list[str]:
    """The words ``window`` shows in part: a control narrower than its words, or out of sight."""
    cut = []
    inside = window.rect()
    for widget in window.findChildren(QWidget):
        words, needed = words_width(widget)
        if not needed or not widget.isVisible() or scrolled(widget, window):
            continue
        where = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        if widget.width() < needed or not inside.contains(where):
            cut.append(f"{type(widget).__name__} {words!r} {widget.width()} of {needed} "
                       f"at {where.getRect()}")  # fmt: skip
    return cut


def shown_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The text ``view`` draws in ``index``'s cell: its own, elided as the style elides it to
    the room the cell leaves for text, as a person reads it."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)  # type: ignore[attr-defined]
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    shown = option.fontMetrics.elidedText(option.text, view.textElideMode(), room - 2 * margin)
    # what a person reads: the word joiners holding a name's words together are drawn as nothing
    return shown.replace(WORD_JOINER, "").replace("\u00a0", " ")


def names_shown(tree: QTreeView) -> list[list[str]]:
    """Each unfolded row's name in a grouped tree and the text of it its Name cell shows."""
    model = tree.model()
    rows = (
        model.index(row, 0, group)
        for group in (model.index(number, 0) for number in range(model.rowCount()))
        if tree.isExpanded(group)
        for row in range(model.rowCount(group))
    )
    return [[str(index.data()), shown_text(tree, index)] for index in rows]


def report(what: str, language: str, window: QWidget, **seen: object) -> None:
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    print(json.dumps({
        "what": what, "language": language,
        "size": [window.width(), window.height()], "least": [least.width(), least.height()],
        "cut": cut_off(window), **seen,
    }), flush=True)  # fmt: skip


def dialogs(shell, work: Path) -> Iterator[tuple[str, Callable[[], QDialog]]]:  # type: ignore[no-untyped-def]
    """Each dialog of the bug report, made as the window makes it."""
    from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
    from finapp.gui.dialogs.first_run import DemoProgressDialog, FirstRunDialog
    from finapp.gui.dialogs.import_summary import ImportSummaryDialog
    from finapp.gui.dialogs.import_wizard import ImportWizard
    from finapp.gui.dialogs.unlock import PassphraseDialog
    from finapp.gui.dialogs.user_guide import UserGuideDialog
    from finapp.gui.waiting import OpeningWindow
    from finapp.services.imports import import_files

    window, ctx = shell.window, shell.ctx
    csv = work / "credit-union-feb.csv"
    csv.write_text(UNKNOWN_CSV, encoding="utf-8")
    refused = work / "notes.ofx"
    refused.write_text("not a statement", encoding="utf-8")
    yield "first run", FirstRunDialog
    yield "building the demo", DemoProgressDialog
    yield "opening after an update", OpeningWindow
    yield "unlock", lambda: PassphraseDialog(lambda _p: None, create=False)  # type: ignore[arg-type,return-value]
    yield "new passphrase", lambda: PassphraseDialog(lambda _p: None, create=True)  # type: ignore[arg-type,return-value]
    yield "import wizard", lambda: ImportWizard(ctx, csv, window)
    yield "import summary", lambda: ImportSummaryDialog(import_files(ctx.store, [refused]))
    yield "restore from backup", lambda: ChooseBackupDialog(ctx.data_dir, lambda _p: None, window)
    yield "user guide", lambda: UserGuideDialog(window)


def opened(app: QApplication, shell, press: Callable[[], object]) -> QDialog:  # type: ignore[no-untyped-def]
    """The dialog ``press`` opens, as the page's button opens it, once it has settled."""
    before = {id(w) for w in app.topLevelWidgets() if w.isVisible()}
    press()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        settle(app, 30)
        new = [w for w in app.topLevelWidgets()
               if isinstance(w, QDialog) and w.isVisible() and id(w) not in before]  # fmt: skip
        if new:
            idle(app, shell, new[0])
            return new[0]
    raise TimeoutError("no dialog opened")


#: the key of the demo this run built, once it has (no keyring holds it)
_demo_keys: list[Any] = []


def probe(app: QApplication, language: str, work: Path) -> None:
    from finapp.gui.i18n import install_translators
    from finapp.gui.main_window import load_pages
    from finapp.gui.shell import Shell
    from finapp.gui.ui_state import UiState
    from finapp.services.demo import visit_demo

    translators = install_translators(app, language)
    # one demo for both languages, found again as the app finds it when a person leaves the
    # demo and comes back in the same run (built once: a second build is two seconds more)
    store = visit_demo(work / "demo", this_run_key=_demo_keys[-1] if _demo_keys else None).store
    _demo_keys.append(store.key)
    shell = Shell(store, UiState(work / f"ui-{language}.ini"), is_demo=True, tray_available=False)
    window = shell.window
    window.install_pages(load_pages())
    window.show()
    for cls in window.page_classes:
        window.show_page(cls.NAME)
        idle(app, shell, window)
        page: Any = window.page(cls.NAME)
        seen = (
            {"names": names_shown(page.table),
             "sideways": page.table.horizontalScrollBar().maximum()}
            if cls.NAME == "subscriptions" else {}
        )  # fmt: skip
        report(f"page {cls.NAME}", language, window, **seen)
    for name, make in dialogs(shell, work):
        dialog = make()
        dialog.show()
        idle(app, shell, dialog)
        report(name, language, dialog)
        dialog.done(QDialog.DialogCode.Rejected)
    subscriptions: Any = window.page("subscriptions")  # its buttons, as a person finds them
    window.show_page("subscriptions")
    for name, button in (("add subscription", "add"), ("subscription audit", "audit")):
        dialog = opened(app, shell, subscriptions.buttons[button].click)
        report(name, language, dialog)
        dialog.done(QDialog.DialogCode.Rejected)
    for name, action in (
        ("year in review", window.year_review_action),
        ("tag report", window.tag_report_action),
    ):
        dialog = opened(app, shell, action.trigger)
        report(name, language, dialog)
        dialog.done(QDialog.DialogCode.Rejected)
    transactions: Any = window.page("transactions")
    window.show_page("transactions")
    transactions.table.selectRow(0)
    dialog = opened(app, shell, transactions.bulk_button.click)
    report("set category", language, dialog)
    dialog.done(QDialog.DialogCode.Rejected)
    shell.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    app = QApplication(sys.argv[:1])
    free = app.primaryScreen().availableGeometry()
    print(json.dumps({"screen": [free.width(), free.height()]}), flush=True)
    return each_language(app, probe)


def each_language(app: QApplication, probe: Callable[[QApplication, str, Path], None]) -> int:
    """``probe`` in each language the command line names, in one scratch folder."""
    with tempfile.TemporaryDirectory() as tmp:
        for language in sys.argv[1:]:
            probe(app, language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
