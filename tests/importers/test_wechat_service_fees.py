"""WeChat Pay's 服务费: what withdrawing 零钱 to a bank card (and repaying a credit card from it
past the free amount) costs is money spent, a bank fee; the move itself stays the user's own
money going from one of their balances to another.

``payment_apps/wechat_withdrawal_fee_2024_05.csv`` is a May bill as the app exports it (UTF-8
with BOM, its preamble, tab-suffixed order numbers): ¥1001.00 withdrawn to a CMB card with
``服务费¥1.00`` in 备注, a card repayment of ¥10005.00 with ``服务费¥5.00`` (0.1 % of what
passed the free ¥5000), a lunch, and a transfer received.
"""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

FILE = Path(__file__).parent / "payment_apps" / "wechat_withdrawal_fee_2024_05.csv"


def test_the_service_fee_is_a_line_of_its_own_and_the_move_stays_left_out() -> None:
    parsed = read_statement_file(FILE)
    (statement,) = parsed.statements
    lines = [(t.posted, t.time, t.amount, t.payee) for t in statement.transactions]
    assert lines == [
        (date(2024, 5, 28), time(21, 4, 51), Decimal("-1.00"), "零钱提现服务费"),
        (date(2024, 5, 20), time(12, 31, 7), Decimal("-32.00"), "老乡鸡(文三路店)"),
        (date(2024, 5, 15), time(9, 12, 44), Decimal("-5.00"), "信用卡还款服务费"),
        (date(2024, 5, 10), time(18, 40, 22), Decimal("200.00"), "王磊"),
    ]
    # the withdrawal and the repayment themselves are listed as the user's own money moving
    assert [(s.line, s.neutral, s.reason.code) for s in parsed.skipped] == [
        (18, True, "row.neutral_own_money"),
        (20, True, "row.neutral_own_money"),
    ]


def test_the_fees_are_spent_on_bank_fees_and_import_once(store: Store) -> None:
    (first,) = import_files(store, [FILE]).files
    (again,) = import_files(store, [FILE]).files
    assert (first.new, again.new) == (4, 0)

    spent = {c.category: c.amount for c in month_report(store, date(2024, 5, 1)).categories}
    assert spent["Fees:Bank Fees"] == Decimal("6.00")
    assert not any(c.startswith("Transfers") for c in spent)
    fees = {t.payee: t.category for t in list_transactions(store) if "服务费" in t.payee}
    assert fees == {"零钱提现服务费": "Fees:Bank Fees", "信用卡还款服务费": "Fees:Bank Fees"}
