"""Helpers for the shell tests: a shell over a temporary store with inline tasks and no tray."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finapp.gui.clock import Clock
from finapp.gui.main_window import load_pages
from finapp.gui.shell import Shell
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner


def make_shell(
    store: Store,
    tmp_path: Path,
    *,
    is_demo: bool = False,
    tray: bool = False,
    tasks: type[TaskRunner] = InlineTaskRunner,
    clock: Clock | None = None,
    opening_page: str | None = None,
) -> Shell:
    """A shell with its pages; its imports and alert checks run inline unless ``tasks`` says.

    ``opening_page`` is the page the user had open last, which the window opens on (None: the
    Dashboard, as on a first start). A test about something else than the Dashboard opens on
    a page it uses: drawing the Dashboard's five charts costs more than most tests.
    """
    ui_state = UiState(tmp_path / "ui.ini")
    if opening_page is not None:
        ui_state.last_page = opening_page
    shell = Shell(
        store,
        ui_state,
        is_demo=is_demo,
        tasks=tasks,
        tray_available=tray,
        clock=clock,
    )
    shell.window.install_pages(load_pages())
    return shell


def transaction_count(store: Store) -> int:
    from finapp.services.transactions import list_transactions

    return len(list_transactions(store))


def open_windows(shell: Shell) -> list[str]:
    """Object names of the shell's window and of its dialogs that are on screen."""
    return sorted(
        w.objectName()
        for w in QApplication.topLevelWidgets()
        if w.isVisible() and (w is shell.window or w.parentWidget() is shell.window)
    )


def take_suggested_account(qtbot, shell: Shell) -> None:  # type: ignore[no-untyped-def]
    """Answer the question which account a file naming none goes into with Enter: the account
    finapp suggests (the one it would have chosen, or a new one named as it would name it)."""
    from finapp.gui.dialogs.account_choice import AccountChoiceDialog

    def asking() -> list[AccountChoiceDialog]:
        return [d for d in shell.window.findChildren(AccountChoiceDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: len(asking()) == 1)
    qtbot.keyClick(asking()[0], Qt.Key.Key_Return)
