"""The demo never takes a folder that is not its own: given ``--data-dir money``, finapp keeps
its demo in ``money-demo``; when another household keeps its store there, *Explore with demo
data* built the demo over it (its key does not open that store, so it was "rebuilt"), deleting
it with its backups. Now the window says the folder is not finapp's demo and leaves it whole."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.services.demo import demo_dir_for
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.gui.test_shell_first_run import _click, _launcher, _on_next_modal
from tests.written_statements import write_statements

THEIRS = "another household's passphrase"


def _their_store(folder: Path, statements: Path) -> list[Path]:
    """Another household's store in ``folder``, with a statement and a backup: its files."""
    store = open_store(folder, passphrase=THEIRS)
    try:
        assert not import_files(store, [statements]).failed
    finally:
        store.close()
    return sorted(path.relative_to(folder) for path in folder.rglob("*"))


def _answer_the_box(said: list[str]) -> None:
    """Read the message box once it is up and close it with its button, as a person does;
    then close the welcome screen it leads back to (import later)."""
    box = QApplication.activeModalWidget()
    if isinstance(box, QMessageBox) and box.isVisible():
        said.append(box.text())
        _on_next_modal(lambda welcome: QTest.keyClick(welcome, Qt.Key.Key_Escape))
        _click(box.buttons()[0])
    else:
        QTimer.singleShot(10, lambda: _answer_the_box(said))


def test_exploring_the_demo_leaves_another_households_store_named_like_it(  # type: ignore[no-untyped-def]
    data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(data_dir, passphrase=PASSPHRASE).close()
    theirs = demo_dir_for(data_dir)
    before = _their_store(theirs, write_statements(tmp_path / "files").checking)
    launcher = _launcher(qapp, data_dir, tmp_path)
    said: list[str] = []

    def explore(dialog) -> None:  # type: ignore[no-untyped-def]
        QTimer.singleShot(0, lambda: _answer_the_box(said))
        _click(dialog.demo_button)

    _on_next_modal(explore)
    launcher.start(passphrase=PASSPHRASE)
    qtbot.waitUntil(lambda: bool(said) and launcher.shell is not None, timeout=30_000)
    assert said == [
        f"{theirs} is not finapp's demo, so the demo cannot be made there: move it elsewhere "
        "or rename it to explore the demo"
    ]
    assert sorted(path.relative_to(theirs) for path in theirs.rglob("*")) == before
    launcher.close()
