"""How the import summary, the subscription audit and the welcome screen read: counts lined up
under their headings, a dialog the size of what it says, long words wrapped rather than cut,
the option Tab reached plainly marked, and Tab going into the page before the demo strip."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QPushButton, QStyle, QWidget

from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.subscription_audit import (
    COL_OVERLAPS,
    SCREEN_SHARE,
    SubscriptionAuditDialog,
)
from finapp.gui.ui_state import UiState
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell
from tests.gui.test_subscription_audit_dialog import AS_OF, ctx  # noqa: F401  (the fixture)

#: a bank's Web Connect download holding a checking account and a card (as Chase's QFX does)
BANK_AND_CARD = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20261130120000<LANGUAGE>ENG<FI><ORG>B1<FID>10898</FI><INTU.BID>10898</SONRS>
</SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>021000021<ACCTID>000000481516234<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261101<DTEND>20261130
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261103<TRNAMT>-42.17<FITID>2026110301
<NAME>SHELL OIL 5744</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261115<TRNAMT>2450.00<FITID>2026111501
<NAME>ACME PAYROLL</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>3120.55<DTASOF>20261130</LEDGERBAL></STMTRS></STMTTRNRS>
</BANKMSGSRSV1>
<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>2<STATUS><CODE>0<SEVERITY>INFO</STATUS><CCSTMTRS>
<CURDEF>USD<CCACCTFROM><ACCTID>4147202611115678</CCACCTFROM>
<BANKTRANLIST><DTSTART>20261101<DTEND>20261130
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261108<TRNAMT>-15.49<FITID>2026110801
<NAME>NETFLIX.COM</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>-15.49<DTASOF>20261130</LEDGERBAL></CCSTMTRS></CCSTMTTRNRS>
</CREDITCARDMSGSRSV1></OFX>
"""


def test_the_import_summary_lines_its_counts_up_and_is_as_tall_as_it_says(  # type: ignore[no-untyped-def]
    store, tmp_path: Path, qtbot
) -> None:
    statement = tmp_path / "bank_and_card.qfx"
    statement.write_text(BANK_AND_CARD, encoding="ascii")
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    with qtbot.waitSignal(shell.imports.finished, timeout=30_000):
        shell.open_files([statement])
    dialog = opened(shell.window, ImportSummaryDialog, "import-summary")
    qtbot.waitExposed(dialog)
    tree = dialog.tree
    file_item = tree.topLevelItem(0)
    assert [file_item.text(c) for c in range(5)] == ["bank_and_card.qfx", "3", "0", "0", "0"]
    right = Qt.AlignmentFlag.AlignRight
    for column in range(1, 5):
        assert Qt.AlignmentFlag(file_item.textAlignment(column)) & right
        assert Qt.AlignmentFlag(tree.headerItem().textAlignment(column)) & right
    # the account names shorten the number with the one "…" character, as everywhere
    accounts = [file_item.child(i).text(0) for i in range(file_item.childCount())]
    assert any("…6234:" in text for text in accounts), accounts
    assert not any("..." in text for text in accounts)
    # no band of blank rows under the file: the list ends about where its last line does
    last = tree.visualItemRect(file_item.child(file_item.childCount() - 1))
    line = tree.fontMetrics().height()
    assert tree.viewport().height() - last.bottom() < 3 * line
    shell.close()


def test_the_audit_opens_within_the_screen_and_wraps_long_overlaps(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    dialog = SubscriptionAuditDialog(ctx, AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    screen = dialog.screen().availableGeometry().width()
    # its share of the screen, unless the columns at their narrowest need more: then as much
    # as they need, up to the whole screen, rather than a table scrolling sideways
    assert dialog.width() <= max(round(screen * SCREEN_SHARE), dialog.minimumWidth())
    assert dialog.width() <= screen
    table, model = dialog.table, dialog.model
    metrics = table.fontMetrics()
    column = table.horizontalHeader().sectionSize(COL_OVERLAPS)
    # the item delegate's margin each side of a cell's text
    margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1
    overlapping = [row for row in range(model.rowCount()) if model.index(row, COL_OVERLAPS).data()]
    assert overlapping
    for row in overlapping:
        text = model.index(row, COL_OVERLAPS).data()
        wrapped = metrics.boundingRect(
            QRect(0, 0, column - 2 * margin, 10_000),
            Qt.TextFlag.TextWordWrap, text,
        )  # fmt: skip
        assert table.rowHeight(row) >= wrapped.height(), text


def test_the_welcome_option_tab_reaches_is_framed_in_the_highlight(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    dialog = FirstRunDialog(ui_state=UiState(tmp_path / "ui.ini"), data_dir=tmp_path / "money")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.import_button.setFocus()
    qtbot.keyClick(dialog.import_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.demo_button.hasFocus)
    highlight = dialog.palette().highlight().color()

    def framed(button: QWidget) -> bool:
        image = button.grab().toImage()
        edge = [image.pixelColor(x, image.height() // 2) for x in range(3)]
        return any(_near(colour, highlight) for colour in edge)

    assert framed(dialog.demo_button)
    assert not framed(dialog.import_button) and not framed(dialog.restore_button)


def _near(colour: QColor, other: QColor) -> bool:
    return all(
        abs(a - b) < 40 for a, b in zip(colour.getRgb()[:3], other.getRgb()[:3], strict=True)
    )


def test_tab_goes_into_the_page_before_the_demo_strip(store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    for stray in QApplication.topLevelWidgets():  # a window an earlier test left open
        stray.close()  # would take the keyboard from this one midway
    shell = make_shell(store, tmp_path, is_demo=True)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.open_first_page()
    window.activateWindow()

    def focused_inside() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and window.isAncestorOf(focused)

    qtbot.waitUntil(focused_inside)
    leave = window.demo_strip.action_button
    page = window.stack.currentWidget()
    assert QApplication.focusWidget() is not leave
    seen: list[QWidget] = []
    for _ in range(12):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
        if seen[-1] is leave:
            break
    assert seen[-1] is leave
    in_page = [w for w in seen if page.isAncestorOf(w)]
    assert in_page and seen.index(in_page[0]) == 0, [type(w).__name__ for w in seen]
    assert isinstance(leave, QPushButton) and leave.text() == "Leave demo"
    shell.close()
