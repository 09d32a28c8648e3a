"""Settings → Delete all data refuses while another finapp has the data open, as `finapp wipe`
does.

A family member runs `finapp import` on a year of statements (or a script reads the store
through the command line) while the window is open; choosing Delete all data there deleted the
store from under it, the other finapp writing on into a file no longer in the folder. The
window now refuses, says why in its banner and carries on; once the other finapp is done,
Delete all data deletes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QTabWidget

from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.pages.settings_data import DataSecurityPanel
from finapp.store.engine import Store
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell

#: another finapp process with the store open, as every CLI command opens it, until told to end
_HOLDER = """
import sys
from pathlib import Path
from finapp.services.opening import open_store
from finapp.store.keys import StoreKey
raw, passphrase = sys.argv[2], sys.argv[3]
key = StoreKey.from_raw(bytes.fromhex(raw)) if raw else StoreKey.from_passphrase(passphrase)
store = open_store(Path(sys.argv[1]), key=key)
with store.connect() as conn:
    conn.exec_driver_sql("SELECT count(*) FROM transactions").all()
print("open", flush=True)
sys.stdin.readline()
store.close()
"""


def _hold(store: Store) -> subprocess.Popen[str]:
    key = store.key
    holder = subprocess.Popen(
        [sys.executable, "-c", _HOLDER, str(store.path.parent),
         key.raw.hex() if key.raw else "", key.passphrase or ""],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=dict(os.environ),
    )  # fmt: skip
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    return holder


def _delete_all(qtbot, window) -> DataSecurityPanel:  # type: ignore[no-untyped-def]
    """Settings (Ctrl+,) → Data and security → Delete all data…, DELETE typed, Return."""
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_page_name() == "settings")
    bar = window.page("settings").findChild(QTabWidget).tabBar()
    titles = [bar.tabText(i).replace("&", "") for i in range(bar.count())]
    where = bar.tabRect(titles.index("Data and security")).center()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=where)
    data = window.page("settings").data
    button = next(b for b in data.findChildren(QPushButton) if b.text() == "Delete all data…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    qtbot.keyClicks(ask.typed, "DELETE")
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    return data


def test_delete_all_data_refuses_while_another_finapp_has_the_data_open(
    store: Store, tmp_path: Path, qtbot
) -> None:
    store_file = store.path
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    window = shell.window
    quits: list[bool] = []
    window.page("settings").data.quit_app = lambda: quits.append(True)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_first_page()
    holder = _hold(store)
    try:
        data = _delete_all(qtbot, window)
        qtbot.waitUntil(window.banner.isVisible)
        said = window.banner.label.text()
        assert said == (
            "Nothing was deleted: your data is open in another finapp window or command. "
            "Close it and choose Delete all data again."
        )
        assert store_file.is_file() and not quits
        assert not [b for b in data.findChildren(QMessageBox) if b.isVisible()]  # no "Quit"
        # the window carries on with the data: a page reads it again, once the window has the
        # keyboard back from the closed confirmation (on a busy machine, a moment later)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
        accounts = window.page("accounts")
        qtbot.waitUntil(lambda: window.current_page_name() == "accounts")
        accounts.refresh()
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)

    data = _delete_all(qtbot, window)  # the other finapp is done: now it deletes
    closing = opened(data, QMessageBox, "closing-finapp")
    assert closing.text().startswith("All finapp data was deleted.")
    assert not store_file.exists()
    shell.close()
