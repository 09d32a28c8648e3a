"""A Chinese student in Ann Arbor, his year 2026 as his statements tell it up to 15 November.

Li Xiaoyu's family sends yuan to his 招商银行 account (3,000.00 a month from his father, a
semester's lump sum in January and August); from there he buys on 淘宝 and tops up his phone.
In dollars, at Bank of America, he earns a teaching assistant's pay in term time and pays his
tuition (9,310.00 in January, 9,788.00 in August), his rent and his groceries. Yuan is the
household's currency and no dollar rate is kept: the dollars cannot be converted.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
)
from finapp.services.categorize import set_category
from finapp.services.imports import import_parsed
from finapp.services.settings import set_setting
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: the day the review is read (the statements end on the 15th)
TODAY = date(2026, 11, 20)
ENDS = date(2026, 11, 15)
TUITION = "UNIV MICH STUDENT ACCTS DES:WEB PMT ID:XXXXX90021 INDN:LI XIAOYU WEB"
RENT = "AVALON ANN ARBOR DES:WEB PMTS ID:XXXXX58201 INDN:LI XIAOYU CO ID:XXXXX00811 WEB"
PAYROLL = "UNIV OF MICHIGAN DES:PAYROLL ID:XXXXX77120 INDN:LI,XIAOYU CO ID:XXXXX10044 PPD"
GROCERIES = "CHECKCARD MEIJER # 025 ANN ARBOR MI"
FATHER = "李建国 6222021001234567890"
PHONE = "中国移动 手机充值"
TAOBAO = "支付宝-淘宝 优衣库官方旗舰店"

Line = tuple[date, str, str]  # (posted, amount, statement text)


def _dollars() -> list[Line]:
    lines: list[Line] = [
        (date(2026, 1, 7), "-9310.00", TUITION),
        (date(2026, 8, 21), "-9788.00", TUITION),
    ]
    for month in range(1, 12):
        lines.append((date(2026, month, 1), "-1540.00", RENT))
        if month < 11:
            lines.append((date(2026, month, 9), f"-{380 + 7 * month}.45", GROCERIES))
        if month not in (5, 6, 7, 8):  # term time only
            lines.append((date(2026, month, 14), "437.25", PAYROLL))
    return lines


def _yuan() -> list[Line]:
    lines: list[Line] = [
        (date(2026, 1, 4), "120000.00", FATHER),
        (date(2026, 8, 3), "125000.00", FATHER),
        (date(2026, 2, 23), "-251.62", TAOBAO),
        (date(2026, 8, 29), "-225.49", TAOBAO),
    ]
    for month in range(1, 12):
        lines.append((date(2026, month, 5), "3000.00", FATHER))
        lines.append((date(2026, month, 13), "-50.00", PHONE))
    return lines


#: (account name, institution, currency, balance where the statements end, lines)
ACCOUNTS = (
    ("CMB 招商银行", "CMB", "CNY", Decimal("66917.18"), _yuan()),
    ("Bank of America", "Bank of America", "USD", Decimal("6906.92"), _dollars()),
)
FILED = {
    TUITION: "Education",
    RENT: "Housing:Rent",
    PAYROLL: "Income:Salary",
    GROCERIES: "Food:Groceries",
    FATHER: "Income:Other",
    PHONE: "Bills & Utilities:Phone",
    TAOBAO: "Shopping:Online",
}


def student_abroad(store: Store) -> None:
    """Import both accounts' statements, file each line as the student would, yuan as base."""
    for name, bank, currency, balance, lines in ACCOUNTS:
        transactions = tuple(
            ParsedTransaction(day, Decimal(amount), text, fitid=f"{bank}-{day}-{i}")
            for i, (day, amount, text) in enumerate(lines)
        )
        statement = ParsedStatement(
            ParsedAccount(number=f"62148301{len(name):08d}", institution=bank,
                          type="checking", currency=currency, name=name),
            transactions,
            balances=(Balance("ledger", balance, ENDS),),
            start=date(2026, 1, 1),
            end=ENDS,
        )  # fmt: skip
        import_parsed(store, ParsedFile(f"{bank}.csv", "csv", (statement,)), account_name=name)
    for line in list_transactions(store):
        set_category(store, line.id, FILED[line.payee])
    set_setting(store, "base_currency", "CNY")
