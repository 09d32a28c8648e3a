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
from finapp.services import merchant_rekey, opening
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


def _start_seeing_the_opening(
    qapp,  # type: ignore[no-untyped-def]
    qtbot,
    data_dir: Path,
    tmp_path: Path,
    held: HeldCall,
    passphrase: str | None,
) -> tuple[Launcher, list[str]]:
    """The real start, the passphrase typed when asked; what the opening window said (title,
    sentence), and whether Escape left it there, while ``held`` waited for the person."""
    seen: list[str] = []

    def see_opening(window: OpeningWindow) -> None:
        seen.extend((window.windowTitle(), window.label.text()))
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # the opening cannot be called back

        def after_escape() -> None:
            seen.append("still shown" if window.isVisible() else "closed")
            held.release()

        QTimer.singleShot(300, after_escape)

    person = Person()
    if passphrase is not None:  # typed once the person's look has returned to its timer
        person.on(
            PassphraseDialog,
            "unlock",
            lambda dialog: QTimer.singleShot(0, lambda: type_over(qtbot, dialog, passphrase)),
        )
    person.on(OpeningWindow, "opening-store", see_opening).begin()
    launcher = Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))
    try:
        assert launcher.start()
    finally:
        held.release()
    shell = launcher.shell
    assert shell is not None and shell.window.isVisible()
    qtbot.addWidget(shell.window)
    assert not [w for w in qapp.topLevelWidgets() if isinstance(w, OpeningWindow)
                and w.isVisible()]  # fmt: skip
    return launcher, seen


@pytest.mark.parametrize("unlocked_by", ["keyring", "passphrase"])
def test_the_first_start_after_an_update_says_why_it_takes_a_while_until_the_window_comes(
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
    passphrase = None if unlocked_by == "keyring" else PASSPHRASE
    count = _older_household(data_dir, statements, passphrase)
    keying = HeldCall(monkeypatch, merchant_rekey, "rekey_merchants")
    launcher, seen = _start_seeing_the_opening(qapp, qtbot, data_dir, tmp_path, keying, passphrase)
    try:
        title, sentence, after_escape = seen
        assert title == "Opening your data…" and after_escape == "still shown"
        assert sentence.startswith("This is the first start after an update: finapp files")
        assert keying.ran_on == ["finapp-wait"]  # the window painted while the lines were keyed
        assert launcher.shell is not None
        assert _lines_keyed(launcher.shell.ctx.store, OLD_KEY) == 0 and count == 6
    finally:
        launcher.close()


def test_a_slow_opening_of_a_store_already_up_to_date_says_only_that_it_is_opening(
    keyring_data_dir: Path,
    statements: Statements,
    tmp_path: Path,
    qapp,
    qtbot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A busy disk, a slow machine: no update is claimed where there is none."""
    store = open_store(keyring_data_dir)
    import_files(store, [statements.checking])
    store.close()
    migrating = HeldCall(monkeypatch, opening, "_migrate")
    launcher, seen = _start_seeing_the_opening(
        qapp, qtbot, keyring_data_dir, tmp_path, migrating, None
    )
    try:
        assert seen == ["Opening your data…", "finapp is opening your data.", "still shown"]
        assert migrating.ran_on == ["finapp-wait"]
    finally:
        launcher.close()
