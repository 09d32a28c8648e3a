"""Run as ``python -m tests.gui.summary_screen_probe LANGUAGE...`` on a screen given in its
environment (the offscreen platform's configuration file: a test process's screen is the one
Qt made at its start): the Shanghai couple's first import, their 19 files handed over at once,
and one JSON line per language of what its summary shows: the screen's free height, the
dialog's height and how far down its Close and Undo buttons end.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from tests.gui.scaled_screen_probe import each_language, settle


def probe(app: QApplication, language: str, work: Path) -> None:
    from finapp.gui.dialogs.import_summary import ImportSummaryDialog
    from finapp.gui.i18n import install_translators
    from tests.conftest import another_store
    from tests.gui.shell_support import make_shell
    from tests.households.shanghai_household import write_all

    translators = install_translators(app, language)
    exports = write_all(work / language / "exports")
    store = another_store(work / language / "data")
    shell = make_shell(store, work / language, opening_page="dashboard")
    shell.window.show()
    shell.open_files([path for owned in exports.values() for path in owned])
    for _ in range(600):  # up to a minute
        summaries = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
        if summaries:
            break
        settle(app, 100)
    settle(app, 300)
    dialog = summaries[0]
    top = dialog.mapToGlobal(QPoint(0, 0)).y()
    buttons = {
        button.text(): button.mapToGlobal(QPoint(0, button.height())).y() - top
        for button in (dialog.close_button, dialog.undo_button)
    }
    print(json.dumps({
        "language": language,
        "free": dialog.screen().availableGeometry().height(),
        "height": dialog.height(),
        "buttons": buttons,
        "title": dialog.windowTitle(),
    }), flush=True)  # fmt: skip
    dialog.close()
    shell.close()
    store.close()
    for translator in translators:
        app.removeTranslator(translator)


def main() -> int:
    app = QApplication(sys.argv[:1])
    return each_language(app, probe)


if __name__ == "__main__":
    sys.exit(main())
