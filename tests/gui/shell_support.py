"""Helpers for the shell tests: a shell over a temporary store with inline tasks and no tray."""

from __future__ import annotations

from pathlib import Path

from finapp.gui.main_window import load_pages
from finapp.gui.shell import Shell
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store

#: small real statements from the corpus (3 transactions each)
BANK_MEDIUM = "ofx/ofxparse__bank_medium.ofx"
CHECKING = "ofx/ofxparse__checking.ofx"


def make_shell(
    store: Store, tmp_path: Path, *, is_demo: bool = False, tray: bool = False
) -> Shell:
    """A shell with its pages, whose imports and alert checks run inline without dialogs."""
    shell = Shell(
        store,
        UiState(tmp_path / "ui.ini"),
        is_demo=is_demo,
        tasks=TaskRunner(synchronous=True),
        tray_available=tray,
        interactive=False,
    )
    shell.window.install_pages(load_pages())
    return shell


def transaction_count(store: Store) -> int:
    from finapp.services.transactions import list_transactions

    return len(list_transactions(store))
