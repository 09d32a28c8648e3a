"""An export's own neutral rows are "left out (neutral)" in the import summary, never "rejected"."""

from __future__ import annotations

import re
from pathlib import Path

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.shell_support import make_shell

ALIPAY = Path(__file__).parents[1] / "importers" / "payment_apps" / "alipay_app_2024.csv"


def test_neutral_rows_are_left_out_and_a_bad_row_is_rejected(store, tmp_path, qtbot) -> None:
    bad = tmp_path / "checking.csv"
    bad.write_text(
        "Date,Description,Amount\n2025-03-01,GROCER,-20.00\n2025-03-02,BROKEN ROW,\n",
        encoding="utf-8",
    )
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000) as blocker:
        shell.open_files([ALIPAY, bad])
    result = blocker.args[0]
    dialog = ImportSummaryDialog(result)
    qtbot.addWidget(dialog)
    header = dialog.tree.headerItem()
    assert [header.text(c) for c in range(5)] == [
        "File", "New", "Duplicates", "Left out", "Rejected"
    ]  # fmt: skip
    alipay, checking = (dialog.tree.topLevelItem(i) for i in range(2))
    # the Alipay export's neutral rows (不计收支: moves between own balances, refunds)
    assert [alipay.text(c) for c in (0, 3, 4)] == [ALIPAY.name, "4", "0"]
    neutral = [alipay.child(i).text(0) for i in range(alipay.childCount())]
    neutral = [line for line in neutral if line.startswith("Line ")]
    assert len(neutral) == 4
    assert all(", left out (neutral): " in line for line in neutral)
    assert "neither income nor spending" in neutral[0]
    assert [checking.text(c) for c in (0, 3, 4)] == ["checking.csv", "0", "1"]
    problems = [checking.child(i).text(0) for i in range(checking.childCount())]
    assert next(line for line in problems if line.startswith("Line ")).startswith("Line 3: ")
    headline = dialog.headline.text()  # "row(s)" until the English plural forms are built
    assert re.search(r"\b4 row\S* left out \(neutral\)", headline), headline
    assert re.search(r"\b1 row\S* rejected", headline), headline
    assert "rejected" not in " ".join(neutral)
    shell.close()
