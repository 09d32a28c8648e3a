"""An export's own neutral rows are "left out (neutral)" in the import summary, never "rejected"."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell, take_suggested_account

ALIPAY = Path(__file__).parents[1] / "importers" / "payment_apps" / "alipay_app_2024.csv"


def test_neutral_rows_are_left_out_and_a_bad_row_is_rejected(store, tmp_path, qtbot) -> None:
    bad = tmp_path / "checking.csv"
    bad.write_text(
        "Date,Description,Amount\n2025-03-01,GROCER,-20.00\n2025-03-02,BROKEN ROW,\n",
        encoding="utf-8",
    )
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as first:
        shell.open_files([ALIPAY, bad])
    # the CSV's bad row refused it; the user asks for its other rows from the summary, and as
    # it names no account it is asked about, then imported after the answer, with its summary
    summary = opened(shell.window, ImportSummaryDialog, "import-summary")
    assert summary.skip_button is not None
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        qtbot.mouseClick(summary.skip_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as second:
        take_suggested_account(qtbot, shell)
    dialog = ImportSummaryDialog(replace(first.args[0], files=first.args[0].files[:1]))
    qtbot.addWidget(dialog)
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(5)] == [
        "File", "New", "Duplicates", "Left out", "Rejected"
    ]  # fmt: skip
    alipay = dialog.tree.topLevelItem(0)
    # the Alipay export's neutral rows (不计收支: moves between own balances, refunds)
    assert [alipay.text(c) for c in (0, 3, 4)] == [ALIPAY.name, "4", "0"]
    neutral = [alipay.child(i).text(0) for i in range(alipay.childCount())]
    neutral = [line for line in neutral if line.startswith("Line ")]
    assert len(neutral) == 4
    assert all(", left out (neutral): " in line for line in neutral)
    assert "neither income nor spending" in neutral[0]
    headline = dialog.headline.text()  # "row(s)" until the English plural forms are built
    assert re.search(r"\b4 row\S* left out \(neutral\)", headline), headline
    assert "rejected" not in " ".join(neutral) + headline
    dialog = ImportSummaryDialog(second.args[0])
    qtbot.addWidget(dialog)
    checking = dialog.tree.topLevelItem(0)
    assert [checking.text(c) for c in (0, 3, 4)] == ["checking.csv", "0", "1"]
    problems = [checking.child(i).text(0) for i in range(checking.childCount())]
    assert next(line for line in problems if line.startswith("Line ")).startswith("Line 3: ")
    assert re.search(r"\b1 row\S* rejected", dialog.headline.text()), dialog.headline.text()
    shell.close()


@pytest.mark.usefixtures("chinese")
def test_a_chinese_user_reads_why_each_row_was_left_out_in_chinese(store, tmp_path, qtbot) -> None:
    """In the Chinese interface the Alipay rows left out say why in Chinese, not in English
    beside a Chinese label, and a closed trade is not called 不计收支."""
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
        shell.open_files([ALIPAY])
    dialog = ImportSummaryDialog(blocker.args[0])
    qtbot.addWidget(dialog)
    alipay = dialog.tree.topLevelItem(0)
    lines = [alipay.child(i).text(0) for i in range(alipay.childCount())]
    left_out = [line for line in lines if line.startswith("第 ")]
    assert len(left_out) == 4
    assert all("未计入：" in line for line in left_out), left_out
    assert not [line for line in left_out if re.search(r"[A-Za-z]{4,}", line)], left_out
    assert any("账单标为不计收支" in line for line in left_out), left_out
    shell.close()
