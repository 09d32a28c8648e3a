"""A bug that reaches the event loop shows a dialog instead of silently killing the app.

The report holds the exception *type* and the code locations only: exception messages and
local variables can contain payees, amounts or account numbers, so they are never shown,
logged or offered for copying.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("finapp.gui")

#: crash dialogs on screen
_open: set[QMessageBox] = set()


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """Type and stack (file, line, function, source line) without any runtime value."""
    lines = [f"{exc_type.__module__}.{exc_type.__qualname__}"]
    for frame in traceback.extract_tb(tb):
        lines.append(f'  File "{frame.filename}", line {frame.lineno}, in {frame.name}')
        if frame.line:
            lines.append(f"    {frame.line.strip()}")
    return "\n".join(lines)


def _hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    show_crash(exc_type, tb)


def show_crash(exc_type: type[BaseException], tb: TracebackType | None) -> None:
    """Log the report and show it in a dialog that does not block the event loop."""
    report = crash_report(exc_type, tb)
    # in the format itself: it holds code locations only, and string arguments get masked
    log.error("unexpected error:\n" + report)
    if QApplication.instance() is None:
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "finapp", "")
    box.setObjectName("crash-dialog")
    box.setWindowTitle(QApplication.translate("Crash", "finapp ran into a problem"))
    box.setText(
        QApplication.translate(
            "Crash", "finapp ran into a problem it did not expect. Your data is safe."
        )
    )
    box.setInformativeText(
        QApplication.translate(
            "Crash",
            "The details below show where it happened; they contain no amounts, payees or "
            "account numbers, so you can share them when reporting the problem.",
        )
    )
    box.setDetailedText(report)
    _open.add(box)  # a window of its own: kept alive here until the user closes it
    box.finished.connect(lambda _code: _open.discard(box))
    box.open()


def install_excepthook() -> None:
    sys.excepthook = _hook
