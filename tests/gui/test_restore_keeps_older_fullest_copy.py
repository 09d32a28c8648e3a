"""A restore from the window keeps the fullest copy an older finapp set aside, as it keeps its own.

A Shanghai couple imported their fourteen months (489 lines), then took the 招商银行 card's
lines out and restored four times with an older finapp, which set aside a copy of the store
before each restore under a name without its count (``pre-restore-20260301-101500.db``): the
first of them holds the card's lines. Restores keep the three newest copies and the one holding
the most transactions, but a copy named without its count was never "the most": the next
restore from Settings removed the card's lines' copy by age. It is now counted (opened read-only,
with the store's key) and kept; the smaller copies older than the three newest go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.pages.settings import SettingsPage
from finapp.services.backup import backup, backup_dir
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.services.wipe import delete_account
from finapp.store.engine import Store
from tests.gui.answering import enter, opened, yes
from tests.gui.shell_support import make_shell
from tests.gui.test_pages_accounts_settings import _click
from tests.households.shanghai_household import write_all

#: the copies an older finapp set aside before four restores, oldest first (no count named)
_OLDER = (
    "pre-restore-20260301-101500.db",
    "pre-restore-20260402-201133.db",
    "pre-restore-20260510-084210.db",
    "pre-restore-20260611-193001.db",
)


def _set_aside_by_an_older_finapp(store: Store, exports: Path) -> int:
    """The couple's store with copies set aside before four restores, the first holding the
    card's lines and the later ones not; the transactions the first holds."""
    import_files(store, [path for owned in write_all(exports).values() for path in owned])
    folder = backup_dir(store.data_dir)
    folder.mkdir(exist_ok=True)
    fullest = backup(store, folder / _OLDER[0]).transactions
    delete_account(store, "CMB 招商银行")
    for name in _OLDER[1:]:
        backup(store, folder / name)
    return fullest


def test_restoring_keeps_the_fullest_copy_an_older_finapp_set_aside(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    fullest = _set_aside_by_an_older_finapp(store, tmp_path / "exports")
    left = len(list_transactions(store))
    assert fullest == 489 and left < fullest
    shell = make_shell(store, tmp_path, opening_page="settings")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("settings")
    assert isinstance(page, SettingsPage)
    panel = page.data
    quits: list[bool] = []
    panel.quit_app = lambda: quits.append(True)
    panel.back_up_now()  # today's backup, the one restored

    _click(qtbot, panel, "Restore")
    enter(qtbot, opened(panel, ChooseBackupDialog, "choose-backup"))  # the newest: today's
    yes(qtbot, opened(panel, QMessageBox, "confirm-restore"))
    done = opened(panel, QMessageBox, "closing-finapp")
    assert done.text().startswith("Restored.")

    copies = sorted(p.name for p in backup_dir(store.data_dir).glob("pre-restore-*.db"))
    assert _OLDER[0] in copies, "the copy holding the card's lines went by age"
    (made,) = [name for name in copies if name not in _OLDER]
    # the three newest and the fullest; the smaller copy older than the three newest goes
    assert copies == [_OLDER[0], *_OLDER[2:], made]
    assert made.endswith(f"-n{left}.db")  # the store just replaced, counted as ever
    enter(qtbot, done)
    assert quits == [True]
