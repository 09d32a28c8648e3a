"""Render every page and dialog of the desktop app into ``screenshots/*.png``.

``make screenshots`` runs this offscreen (or under Xvfb when ``DISPLAY`` is set) over a fresh
demo household, in English and in Simplified Chinese, so the look of each page can be checked
by eye after a change. The PNGs are not committed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


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


def _save(widget, out: Path, name: str) -> None:  # type: ignore[no-untyped-def]
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def shoot(out: Path, language: str, work: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from finapp.gui.dialogs.first_run import FirstRunDialog
    from finapp.gui.dialogs.unlock import PassphraseDialog
    from finapp.gui.i18n import install_translators
    from finapp.gui.main_window import load_pages
    from finapp.gui.shell import Shell
    from finapp.gui.ui_state import UiState
    from finapp.services.demo import open_demo_store

    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, language)
    suffix = "" if language == "en" else f"-{language}"

    create = PassphraseDialog(lambda _p: None, create=True)  # type: ignore[arg-type,return-value]
    create.passphrase.setText("tulip battery")
    create.repeat.setText("tulip battery")
    create.show()
    _save(create, out, f"dialog-create-passphrase{suffix}")
    unlock = PassphraseDialog(lambda _p: None, create=False)  # type: ignore[arg-type,return-value]
    unlock.show()
    unlock.show_error(unlock.tr("That passphrase does not open this store. Try again."))
    _save(unlock, out, f"dialog-unlock-wrong{suffix}")
    first = FirstRunDialog()
    first.show()
    _save(first, out, f"dialog-first-run{suffix}")

    store = open_demo_store(work / f"demo-{language}", None)
    ui = UiState(work / f"ui-{language}.ini")
    shell = Shell(store, ui, is_demo=True, tray_available=False)
    shell.window.install_pages(load_pages())
    shell.window.resize(1280, 800)
    shell.window.show()
    _settle(app, tasks=shell.ctx.tasks)
    for cls in shell.window.page_classes:
        shell.window.show_page(cls.NAME)
        _settle(app, 500, shell.ctx.tasks)
        _save(shell.window, out, f"page-{cls.NAME}{suffix}")
    _import_dialogs(app, shell.ctx, out, suffix, work)
    shell.close()
    for translator in translators:
        app.removeTranslator(translator)


#: a bank CSV whose amounts are all positive: detection cannot tell money in from out
_UNKNOWN_CSV = """Check Number,Date,Description,Amount,Category
101,2/8/25,Harbor Credit Union Visa,54.20,Expenses
102,2/9/25,Greenleaf Grocers,83.15,Expenses
103,2/11/25,City Water Utility,41.00,Expenses
104,2/14/25,Northside Pharmacy,12.75,Expenses
105,2/20/25,Lakeside Fitness,35.00,Expenses
"""


def _import_dialogs(app, ctx, out: Path, suffix: str, work: Path) -> None:  # type: ignore[no-untyped-def]
    """The mapping wizard, an import summary and the recovery key, over the shell's store."""
    from finapp.gui.dialogs.import_summary import ImportSummaryDialog
    from finapp.gui.dialogs.import_wizard import ImportWizard
    from finapp.gui.dialogs.recovery_key import RecoveryKeyDialog
    from finapp.services.imports import import_files
    from finapp.services.keys_admin import format_recovery_key

    csv = work / "credit-union-feb.csv"
    csv.write_text(_UNKNOWN_CSV, encoding="utf-8")
    wizard = ImportWizard(ctx, csv)
    wizard._select(wizard.sign, "negate")
    wizard.show()
    _settle(app)
    _save(wizard, out, f"dialog-csv-wizard{suffix}")
    wizard.save()  # the layout is saved: the file now imports
    refused = work / "notes.ofx"
    refused.write_text("not a statement", encoding="utf-8")
    march = _UNKNOWN_CSV.replace("2/", "3/").replace("Expenses", "Household")
    csv.with_name("march.csv").write_text(march + "106,3/25/25,Bad row,,Expenses\n", "utf-8")
    import_files(ctx.store, [csv])
    files = [csv, csv.with_name("march.csv"), refused]
    summary = ImportSummaryDialog(import_files(ctx.store, files, skip_bad_rows=True))  # as the GUI
    summary.show()
    _save(summary, out, f"dialog-import-summary{suffix}")
    recovery = RecoveryKeyDialog(format_recovery_key(bytes(range(32))))
    recovery.show()
    _save(recovery, out, f"dialog-recovery-key{suffix}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", default="screenshots")
    parser.add_argument("--lang", action="append", help="en, zh_CN (default both)")
    args = parser.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["FINAPP_UI_SETTINGS"] = str(Path(tmp) / "ui.ini")
        for language in args.lang or ["en", "zh_CN"]:
            shoot(out, language, Path(tmp))
    return 0


if __name__ == "__main__":
    sys.exit(main())
