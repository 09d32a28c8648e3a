"""A large import's counts read as the user's language writes numbers: "12,345 new
transactions", not "12345", in the summary's sentence, its file and account lines and the status
bar, in English and in Chinese."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from tests.gui.answering import opened
from tests.gui.chinese import chinese, speaking  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell

LINES = 1234


def _statement(path: Path) -> Path:
    """A checking account's OFX with ``LINES`` card purchases, a few a day."""
    records = "".join(
        f"<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>2025{1 + n // 120:02d}{1 + n % 120 // 5:02d}"
        f"<TRNAMT>-{3 + n % 40}.{n % 100:02d}<FITID>T{n}<NAME>CORNER CAFE #{n % 7}</STMTTRN>\n"
        for n in range(LINES)
    )
    path.write_text(
        "OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><CURDEF>USD"
        "<BANKACCTFROM><BANKID>121000248<ACCTID>7733001122<ACCTTYPE>CHECKING</BANKACCTFROM>"
        f"<BANKTRANLIST><DTSTART>20250101<DTEND>20251231\n{records}</BANKTRANLIST>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
        encoding="utf-8",
    )
    return path


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """English installed as ``finapp-gui --lang en`` installs it (en_US where the system's
    locale is C)."""
    with speaking(qapp, "en"):
        yield


def _summary(store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=30_000):
        shell.open_files([_statement(tmp_path / "checking-2025.ofx")])
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    file_row = dialog.tree.topLevelItem(0)
    return shell, dialog, file_row


@pytest.mark.usefixtures("english")
def test_a_large_import_groups_its_counts_in_english(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell, dialog, file_row = _summary(store, tmp_path, qtbot)
    assert dialog.headline.text().startswith("From 1 file: 1,234 new transactions,")
    assert file_row.text(1) == "1,234"
    assert ": 1,234 new, 0 already there" in file_row.child(0).text(0)
    assert shell.window.statusBar().currentMessage() == "Imported 1,234 new transactions."


@pytest.mark.usefixtures("chinese")
def test_a_large_import_groups_its_counts_in_chinese(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell, dialog, file_row = _summary(store, tmp_path, qtbot)
    assert "1,234 笔新交易" in dialog.headline.text()
    assert file_row.text(1) == "1,234"
    assert shell.window.statusBar().currentMessage() == "已导入 1,234 笔新交易。"
