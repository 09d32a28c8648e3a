"""A student's wire from his own 招商银行 account to his own Bank of America account is a
transfer, not 17,808.22 dollars of income and 130,000.00 yuan of spending.

Li Xiaoyu studies in Ann Arbor. Before the winter semester he wires 130,000.00 CNY from CMB
("境外汇款汇出" to "LI XIAOYU BANK OF AMERICA N.A.", filed Education by the rules); two days later
Bank of America prints "WIRE TYPE:INTL IN … ORIG:LI XIAOYU … SND BK:CHINA MERCHANTS BANK" for
+17,808.22 USD. The same week his aunt wires him 500.00 USD from her own bank: that is income.
With a rate kept, the amounts must agree at it too: a rate far off leaves the wire unpaired.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import alerts as alert_service
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.rates import set_rate
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: 招商银行's 交易流水 as its app exports it, oldest first
CMB = """记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要
2025-01-03,CNY,"130,000.00","135,200.00",转账汇款,李建国 6222021001234567890,学费
2025-01-05,CNY,"3,000.00","138,200.00",转账汇款,李建国 6222021001234567890,生活费
2025-01-06,CNY,"-130,000.00","8,200.00",境外汇款汇出,LI XIAOYU BANK OF AMERICA N.A.,留学生活费 学费
2025-01-06,CNY,-150.00,"8,050.00",汇款手续费,,境外汇款手续费
2025-01-15,CNY,-50.00,"8,000.00",快捷支付,支付宝（中国）网络技术有限公司,支付宝-中国移动
"""
WIRE_IN = (
    "WIRE TYPE:INTL IN DATE:250108 TIME:0412 ET TRN:2025010827414226 SEQ:517460/213009 "
    "ORIG:LI XIAOYU ID:6214830112345678 SND BK:CHINA MERCHANTS BANK SHENZHEN"
)
AUNT = (
    "WIRE TYPE:INTL IN DATE:250109 TIME:0233 ET TRN:2025010911833012 SEQ:204511/118230 "
    "ORIG:WANG MEI ID:6222600512345678 SND BK:BANK OF CHINA SHANGHAI"
)
#: Bank of America checking's CSV: a summary, then the lines with a running balance
BOA = f"""Description,,Summary Amt.
Beginning balance as of 01/01/2025,,"3,420.55"
Total credits,,"18,308.22"
Total debits,,"-9,983.54"
Ending balance as of 01/31/2025,,"11,745.23"

Date,Description,Amount,Running Bal.
01/01/2025,Beginning balance as of 01/01/2025,,"3,420.55"
01/01/2025,"AVALON ANN ARBOR DES:WEB PMTS ID:XXXXX58201 INDN:LI XIAOYU CO ID:XXXXX00811 WEB","-1,485.00","1,935.55"
01/05/2025,"CHECKCARD 0105 KROGER #684 ANN ARBOR MI 244691097725445709","-20.17","1,915.38"
01/08/2025,"{WIRE_IN}","17,808.22","19,723.60"
01/08/2025,"WIRE TYPE:INTL IN FEE","-16.00","19,707.60"
01/08/2025,"UNIV MICH STUDENT ACCTS DES:WEB PMT ID:XXXXX90021 INDN:LI XIAOYU CO ID:XXXXX00021 WEB","-8,421.00","11,286.60"
01/09/2025,"{AUNT}","500.00","11,786.60"
01/10/2025,"WIRE TYPE:INTL IN FEE","-16.00","11,770.60"
01/27/2025,"CHECKCARD 0127 MEIJER # 025 ANN ARBOR MI 244691012765513758","-25.37","11,745.23"
"""  # noqa: E501


def _import(store: Store, tmp_path: Path, cny_in_usd: str | None = None) -> None:
    """Bank of America's statement, then (after the rate the user keeps, if any: 1 CNY in
    dollars, the base currency of a household that has dollars alone) CMB's."""
    cmb = tmp_path / "招商银行交易流水_20250101_20250131.csv"
    cmb.write_text(CMB, encoding="utf-8")
    boa = tmp_path / "stmt.csv"
    boa.write_text(BOA, encoding="utf-8")
    assert not import_files(store, [boa]).failed
    if cny_in_usd is not None:
        set_rate(store, "CNY", cny_in_usd, date(2025, 1, 1))
    result = import_files(store, [cmb])
    assert not result.failed, result.failed
    accounts = {t.account: t.currency for t in list_transactions(store)}
    assert sorted(accounts.values()) == ["CNY", "USD"], accounts


def _wire(store: Store) -> list[bool]:
    return [
        t.is_transfer
        for t in list_transactions(store)
        if t.amount in (Decimal("-130000.00"), Decimal("17808.22"))
    ]


def test_the_semester_wire_is_a_transfer_and_the_aunts_is_income(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path)

    assert _wire(store) == [True, True]
    (aunt,) = [t for t in list_transactions(store) if "WANG MEI" in t.statement_text]
    assert not aunt.is_transfer
    totals = {t.currency: t for t in month_report(store, date(2025, 1, 1)).totals}
    assert totals["USD"].income == Decimal("500.00")  # the aunt's gift alone
    # the wire's fees and the tuition are spent; the 130,000.00 is not
    assert totals["CNY"].expenses == Decimal("200.00")
    assert totals["CNY"].income == Decimal("133000.00")  # what the father sent
    alerts = alert_service.refresh_alerts(store, date(2025, 1, 31))
    assert not [a for a in alerts if "130000.00" in a.message], alerts


def test_a_rate_far_from_the_wires_leaves_it_unpaired(store: Store, tmp_path: Path) -> None:
    """At 1 CNY = 0.1613 USD (6.20 yuan a dollar), 130,000.00 CNY is 20,969.00 USD: 17,808.22
    is 15 % short, no bank's spread and fees; the words alone do not outweigh the user's rate."""
    _import(store, tmp_path, "0.1613")
    assert _wire(store) == [False, False]


def test_a_rate_near_the_wires_pairs_it(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, "0.1364")  # 7.33 yuan a dollar
    assert _wire(store) == [True, True]
