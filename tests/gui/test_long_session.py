"""A long session does not end the process: searching and the window's messages, repeated as
an afternoon of use repeats them, leave Python's None and True alive.

PySide6 6.12 hands back None (void calls such as ``setText``) and True (``Signal.emit``)
without the reference the caller drops; on Python 3.11, where they are not immortal, the
interpreter aborted once a session had used up their references: the window vanished with
no traceback. The session runs in its own process: the abort would end the test run too.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

#: each round sets the search and the amounts (three void calls) and puts up a message (an
#: emit): more rounds than None and True have references in a fresh window's process
ROUNDS = 60_000

SESSION = textwrap.dedent(
    f"""
    from decimal import Decimal

    from PySide6.QtWidgets import QApplication

    from finapp.gui.bus import AppBus
    from finapp.gui.models.transaction_columns import TransactionFilter
    from finapp.gui.pages.transaction_filters import FilterBar

    app = QApplication([])
    bar, bus = FilterBar(), AppBus()
    searches = [
        TransactionFilter(text="T&T", amount_min=Decimal("10.00")),
        TransactionFilter(text="淘宝", amount_max=Decimal("649.00")),
    ]
    for round in range({ROUNDS}):
        bar.show_filter(searches[round % 2])
        bus.message.emit("info", "已筛选")
    print("still here:", bar.search.text())
    """
)


def test_a_long_session_of_searches_and_messages_keeps_the_process_alive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SESSION], capture_output=True, text=True, env=env, timeout=300
    )
    assert "Fatal Python error" not in done.stderr
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "still here: 淘宝"
