"""A statement naming no account gets a new account named in the household's words: a Shanghai
household whose window speaks Chinese drops its 招商银行 debit card's export (the bank's app
writes date, amount, balance and the other party, no card number, no bank in the rows) and
finapp proposes 招商银行活期账户, the bank its file is named after and the word the window uses
for the type, not "Checking"; an export whose name says no bank is 活期账户. An English
household's renamed Wells Fargo export is "Wells Fargo Checking"."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.gui.dialogs.account_choice import AccountChoiceDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.accounts import list_accounts
from tests.gui.answering import enter, escape, opened
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.shell_support import make_shell
from tests.gui.test_shell_import import _drop
from tests.importers.helpers import rows

#: the 招商银行 app's export of a debit card (一卡通): no card number, no bank in its rows
CMB_NOVEMBER = """\
交易日期,交易时间,交易金额,余额,交易类型,交易摘要,对手信息
2026-11-02,09:12:33,-35.50,12034.22,消费,美团外卖,美团
2026-11-03,12:01:10,-128.00,11906.22,消费,盒马鲜生,盒马
2026-11-10,10:00:00,18500.00,30406.22,代发,代发工资,上海某某科技有限公司
"""
CMB_DECEMBER = """\
交易日期,交易时间,交易金额,余额,交易类型,交易摘要,对手信息
2026-12-01,08:45:12,-45.00,30361.22,消费,滴滴出行,滴滴
2026-12-02,19:30:40,-6800.00,23561.22,转账,房租,王某某
"""
#: a Wells Fargo export the user saved under a name of their own, read by its columns
WELLS_FARGO = """\
Date,Description,Amount
11/03/2026,SAFEWAY #1234 SAN FRANCISCO CA,-60.00
11/15/2026,NETFLIX.COM 866-579-7172 CA,-15.49
11/20/2026,ACME CORP PAYROLL,2150.00
"""


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _asked(shell, qtbot, paths: list[Path]) -> AccountChoiceDialog:  # type: ignore[no-untyped-def]
    """Drop ``paths`` on the window and wait for the question which account they are from."""
    assert _drop(shell.window, paths) == (True, True)
    asking = shell.window.findChildren
    qtbot.waitUntil(lambda: any(d.isVisible() for d in asking(AccountChoiceDialog)))
    return opened(shell.window, AccountChoiceDialog, "import-unnamed-account")


def _accepted(shell, qtbot, question: AccountChoiceDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        enter(qtbot, question)
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))


def test_a_chinese_household_gets_its_banks_account_in_chinese(  # type: ignore[no-untyped-def]
    store,
    tmp_path,
    qtbot,
    chinese,  # noqa: F811
) -> None:
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    downloads = tmp_path / "下载"
    try:
        # an export whose name names no bank: the account's type, as the window says it
        question = _asked(shell, qtbot, [_write(downloads, "账户明细.csv", CMB_NOVEMBER)])
        assert question.new_name.text() == "活期账户"
        escape(qtbot, question)

        question = _asked(shell, qtbot, [_write(downloads, "招商银行交易明细_202611.csv",
                                                 CMB_NOVEMBER)])  # fmt: skip
        assert question.new_name.isEnabled()
        assert question.new_name.text() == "招商银行活期账户"
        _accepted(shell, qtbot, question)
        (account,) = list_accounts(store)
        assert (account.name, account.currency) == ("招商银行活期账户", "CNY")
        assert [r[1] for r in rows(store, "招商银行活期账户")] == [
            Decimal("-35.50"), Decimal("-128.00"), Decimal("18500.00"),
        ]  # fmt: skip

        # the next month's export is offered the account the first went into
        question = _asked(shell, qtbot, [_write(downloads, "招商银行交易明细_202612.csv",
                                                 CMB_DECEMBER)])  # fmt: skip
        assert question.accounts.currentItem().text(0) == "招商银行活期账户"
        assert not question.new_name.isEnabled()
        escape(qtbot, question)

    finally:
        shell.close()


def test_an_english_household_gets_the_bank_and_the_type(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    try:
        saved = _write(tmp_path / "Downloads", "Wells Fargo November.csv", WELLS_FARGO)
        question = _asked(shell, qtbot, [saved])
        assert question.new_name.text() == "Wells Fargo Checking"
        _accepted(shell, qtbot, question)
        assert [a.name for a in list_accounts(store)] == ["Wells Fargo Checking"]
    finally:
        shell.close()
