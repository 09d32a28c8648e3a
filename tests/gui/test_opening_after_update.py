"""The first start after an update: the store is brought up to date behind a window saying so.

An older finapp keyed its lines another way; this one keys them again as the store opens
(seconds on ten years of history). The start is the real one (:meth:`Launcher.start`), from the
keyring and from the passphrase dialog; the keying is held until the person has seen the
"Opening your data…" window, so what is checked is what is on screen while it runs, however
fast this machine is. On the UI thread, as it was, nothing was on screen at all.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from sqlalchemy import delete, func, select, update

from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.gui.waiting import OpeningWindow
from finapp.services import merchant_rekey
from finapp.services.imports import import_files
from finapp.services.merchant_key_record import KEY_VERSION_SETTING
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.schema import Setting, Transaction
from tests.conftest import PASSPHRASE
from tests.gui.answering import type_over
from tests.gui.held_work import HeldCall
from tests.gui.test_restore_at_start import Person
from tests.written_statements import Statements

#: the key an older finapp gave every line here, which this one never makes
OLD_KEY = "KEYED BY AN OLDER FINAPP"


def _older_household(data_dir: Path, statements: Statements, passphrase: str | None) -> int:
    """A store with statements in it, as an older finapp left it; how many lines it holds."""
    store = open_store(data_dir, passphrase=passphrase)
    import_files(store, [statements.checking, statements.card])
    with store.write() as session:
        session.execute(update(Transaction).values(merchant=OLD_KEY))
        session.execute(delete(Setting).where(Setting.key == KEY_VERSION_SETTING))
    count = _lines_keyed(store, OLD_KEY)
    store.close()
    return count


def _lines_keyed(store: Store, merchant: str) -> int:
    with store.read() as session:
        query = select(func.count()).where(Transaction.merchant == merchant)
        return int(session.scalar(query) or 0)


@pytest.mark.parametrize("unlocked_by", ["keyring", "passphrase"])
def test_the_first_start_after_an_update_says_it_is_opening_until_the_window_comes(
    unlocked_by: str,
    request: pytest.FixtureRequest,
    statements: Statements,
    tmp_path: Path,
    qapp,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir: Path = request.getfixturevalue(
        "keyring_data_dir" if unlocked_by == "keyring" else "data_dir"
    )
    count = _older_household(data_dir, statements, None if unlocked_by == "keyring" else PASSPHRASE)
    keying = HeldCall(monkeypatch, merchant_rekey, "rekey_merchants")
    while_keying: list[str] = []

    def see_opening(window: OpeningWindow) -> None:
        while_keying.append(window.windowTitle())
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # the opening cannot be called back

        def after_escape() -> None:
            while_keying.append("still shown" if window.isVisible() else "closed")
            keying.release()

        QTimer.singleShot(300, after_escape)

    person = Person()
    if unlocked_by == "passphrase":  # typed once the person's look has returned to its timer
        person.on(
            PassphraseDialog,
            "unlock",
            lambda dialog: QTimer.singleShot(0, lambda: type_over(qtbot, dialog, PASSPHRASE)),
        )
    person.on(OpeningWindow, "opening-store", see_opening).begin()
    launcher = Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))
    try:
        assert launcher.start()
        assert while_keying == ["Opening your data…", "still shown"]
        assert keying.ran_on == ["finapp-wait"]  # the window painted while the lines were keyed
        shell = launcher.shell
        assert shell is not None and shell.window.isVisible()
        qtbot.addWidget(shell.window)
        assert not [w for w in qapp.topLevelWidgets() if isinstance(w, OpeningWindow)
                    and w.isVisible()]  # fmt: skip
        assert _lines_keyed(shell.ctx.store, OLD_KEY) == 0 and count == 6
    finally:
        keying.release()
        launcher.close()
