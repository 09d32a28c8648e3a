"""The demo household says plainly how long what the user changes in it lasts: kept for the
next visit when its key lasts, else until finapp quits; and a demo that had to be made afresh
says so instead of starting over in silence (a demo without a keyring, built afresh at each
start as its strip says, is no such fault)."""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.gui.shell import Shell
from finapp.gui.ui_state import UiState
from finapp.services.annotations import set_note
from finapp.services.demo import DemoVisit, demo_dir_for, visit_demo
from finapp.services.transactions import list_transactions
from finapp.store.keys import new_raw_key
from tests.conftest import MemoryKeyring
from tests.gui.chinese import chinese  # noqa: F401


def _strip(qtbot, visit: DemoVisit, tmp_path: Path) -> str:  # type: ignore[no-untyped-def]
    shell = Shell(visit.store, UiState(tmp_path / "ui.ini"), is_demo=True, demo=visit,
                  tray_available=False)  # fmt: skip
    qtbot.addWidget(shell.window)
    text = shell.window.demo_strip.label.text()
    shell.close()
    visit.store.close()
    return text


def test_a_demo_whose_key_the_keyring_keeps_keeps_its_changes_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, keyring_data_dir: Path, tmp_path: Path
) -> None:
    demo_dir = demo_dir_for(keyring_data_dir)
    first = visit_demo(demo_dir)
    line = list_transactions(first.store)[0]
    set_note(first.store, [line.id], "my own note")
    assert "What you change here is kept for your next visit." in _strip(qtbot, first, tmp_path)

    again = visit_demo(demo_dir)  # a later start
    assert not again.started_over
    assert [t.note for t in list_transactions(again.store) if t.id == line.id] == ["my own note"]
    again.store.close()


def test_a_demo_whose_key_cannot_last_says_so_and_its_next_start_is_no_fault(  # type: ignore[no-untyped-def]
    qtbot, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FINAPP_PASSPHRASE")  # no keyring, no passphrase: a one-visit key
    demo_dir = demo_dir_for(data_dir)
    words = _strip(qtbot, visit_demo(demo_dir), tmp_path)
    assert "What you change here lasts until you quit finapp" in words
    assert "kept for your next visit" not in words

    # the next start: built afresh, as the strip said it would be, and not worded as a fault
    words = _strip(qtbot, visit_demo(demo_dir), tmp_path)
    assert "could not be opened" not in words
    assert "What you change here lasts until you quit finapp" in words


def test_a_kept_demo_its_key_does_not_open_is_made_afresh_and_says_so(  # type: ignore[no-untyped-def]
    qtbot, keyring_data_dir: Path, memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    demo_dir = demo_dir_for(keyring_data_dir)
    visit_demo(demo_dir).store.close()
    (entry,) = memory_keyring.entries  # the demo's own key, the only one kept
    memory_keyring.entries[entry] = new_raw_key().hex()  # the keyring now holds another key
    again = visit_demo(demo_dir)
    assert again.started_over
    assert _strip(qtbot, again, tmp_path).startswith(
        "The earlier demo household could not be opened, so a new one was made."
    )


@pytest.mark.usefixtures("chinese")
def test_the_chinese_strip_reads_as_chinese_sentences(qtbot, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shell = Shell(store, UiState(tmp_path / "ui.ini"), is_demo=True, tray_available=False)
    qtbot.addWidget(shell.window)
    words = shell.window.demo_strip.label.text()
    shell.close()
    assert "影响您自己的数据。您在这里所做的更改会保留到下次进入演示时。" in words  # no space
