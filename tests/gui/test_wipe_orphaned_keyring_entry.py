"""Settings → Delete all data erases the key an older finapp left in the keyring, as the CLI does.

A Shanghai household's store keeps its key in the system keyring. Its ``store.id`` went in a
tidy-up, and the finapp of the time, asked to keep the key in the keyring again, put it under a
new entry and left the first: two entries holding the key to the store and to every backup of
it. The store records the entries it was opened under, so ``finapp wipe --yes`` removes both;
the window's "Delete all data" erased without the store's key, left the first entry in the
keyring and said all data was deleted. It now erases as the CLI does: no entry is left.
It also says, as the CLI does, which of the folder's files it kept and why: the household's own
scan of a receipt beside the store stays, named as a file finapp did not write.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.pages.settings import SettingsPage
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.keys import KEYRING_SERVICE, entry_key, save_keyring_key, store_id
from tests.conftest import MemoryKeyring
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell
from tests.gui.test_pages_accounts_settings import _click
from tests.households.shanghai_household import write_all


def _left_by_an_older_finapp(data: Path, exports: Path) -> str:
    """The household's store, opened under a first keyring entry (recorded in the store), then
    its ``store.id`` lost and the key kept under a second entry, as an older finapp's
    ``passphrase use-keyring`` did: the first entry's id."""
    store = open_store(data)
    assert store.key.source == "keyring"
    import_files(store, write_all(exports)["alipay"])
    store.close()
    first = store_id(data, create=False)
    assert first is not None
    raw = entry_key(first)
    assert raw is not None
    (data / "store.id").unlink()
    save_keyring_key(data, raw)  # a new store.id, the same key
    return first


def test_delete_all_data_leaves_no_key_of_the_store_in_the_keyring(  # type: ignore[no-untyped-def]
    keyring_data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path, qtbot
) -> None:
    data = keyring_data_dir
    first = _left_by_an_older_finapp(data, tmp_path / "exports")
    (data / "电费收据.jpg").write_bytes(b"\xff\xd8\xff\xe0 a receipt the household scanned")
    store = open_store(data)  # the second entry opens it, and is recorded beside the first
    assert len(memory_keyring.entries) == 2
    shell = make_shell(store, tmp_path, opening_page="settings")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("settings")
    assert isinstance(page, SettingsPage)
    panel = page.data
    quits: list[bool] = []
    panel.quit_app = lambda: quits.append(True)
    _click(qtbot, panel, "Delete all data")
    ask = opened(panel, ConfirmWipeDialog, "confirm-wipe")
    qtbot.keyClicks(ask.typed, "DELETE")
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    closing = opened(panel, QMessageBox, "closing-finapp")

    assert (KEYRING_SERVICE, first) not in memory_keyring.entries, "the older entry stayed"
    assert memory_keyring.entries == {}
    assert not (data / "finapp.db").exists() and (data / "电费收据.jpg").exists()
    words = closing.text()
    assert words.startswith("All finapp data was deleted.")
    assert "These files were kept because finapp did not write them: 电费收据.jpg" in words
    assert "keyring" not in words  # nothing of the key was left to remove by hand
    qtbot.mouseClick(closing.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert quits == [True]
