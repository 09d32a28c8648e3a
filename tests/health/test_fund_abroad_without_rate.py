"""A student's emergency fund: yuan savings at home, rent and groceries paid in dollars abroad.

Li Xiaoyu keeps 66,917.18 CNY at 招商银行, where he spends almost nothing on essentials (a
phone top-up, 35.00 a month), and 6,906.92 USD at Bank of America, from which he pays his
Ann Arbor rent (1,485.00) and groceries (450.00) every month. Yuan is the household's
currency. Without a rate from dollars to yuan, the dollars and their essentials were left out
and the yuan "covered 1,911.9 months"; but his rent is paid in dollars, and those last 3.5
months. With a rate kept, the fund of both currencies is told.
"""

from __future__ import annotations

import html
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.cli.commands.health_cmd import text_lines
from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
)
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.categorize import set_category
from finapp.services.health import health_report
from finapp.services.health_export import write_report
from finapp.services.imports import import_parsed
from finapp.services.rates import set_rate
from finapp.services.settings import set_setting
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

TODAY = date(2026, 11, 20)
MONTHS = [date(2026, month, 1) for month in range(5, 12)]
#: (name, institution, currency, balance at the statements' end, monthly lines: (day, amount,
#: payee, category))
ACCOUNTS = (
    ("CMB 招商银行", "CMB", "CNY", Decimal("66917.18"), (
        (5, Decimal("3000.00"), "李建国 6222021001234567890", "Income:Other"),
        (13, Decimal("-35.00"), "中国移动 手机充值", "Bills & Utilities:Phone"),
    )),
    ("Bank of America", "Bank of America", "USD", Decimal("6906.92"), (
        (1, Decimal("-1485.00"), "AVALON ANN ARBOR DES:WEB PMTS", "Housing:Rent"),
        (9, Decimal("-450.00"), "CHECKCARD MEIJER # 025 ANN ARBOR MI", "Food:Groceries"),
        (15, Decimal("1950.00"), "UNIV OF MICHIGAN DES:PAYROLL", "Income:Salary"),
    )),
)  # fmt: skip


def _household(store: Store) -> None:
    filed: dict[str, str] = {}
    for name, bank, currency, balance, lines in ACCOUNTS:
        transactions = tuple(
            ParsedTransaction(month.replace(day=day), amount, payee, fitid=f"{bank}-{month}-{day}")
            for month in MONTHS
            for day, amount, payee, _ in lines
            if month.replace(day=day) <= TODAY - timedelta(days=6)
        )
        statement = ParsedStatement(
            ParsedAccount(number=f"62148301{len(name):08d}", institution=bank,
                          type="checking", currency=currency, name=name),
            transactions,
            balances=(Balance("ledger", balance, TODAY - timedelta(days=6)),),
            start=MONTHS[0],
            end=TODAY - timedelta(days=6),
        )  # fmt: skip
        import_parsed(store, ParsedFile(f"{bank}.csv", "csv", (statement,)), account_name=name)
        filed |= {payee: category for _, _, payee, category in lines}
    for line in list_transactions(store):
        set_category(store, line.id, filed[line.payee])
    set_setting(store, "base_currency", "CNY")


def test_without_a_rate_the_fund_lasts_as_long_as_the_dollars(store: Store) -> None:
    _household(store)

    report = health_report(store, TODAY)
    household = report.totals.fund
    assert household is not None
    assert (household.months, household.limited_by) == (Decimal("3.5"), "USD")
    said = "\n".join(text_lines(report))
    assert "1911" not in said and "1916" not in said, said
    assert (
        "Emergency fund: 3.5 months of essentials, as long as the USD held lasts "
        "(no exchange rate from USD to CNY: finapp rates set USD RATE); target 6 months"
    ) in said
    assert "  in USD: 6906.92 held, 1935.00 a month of essentials" in said


def test_with_a_rate_both_currencies_make_one_fund(store: Store) -> None:
    _household(store)
    set_rate(store, "USD", "7.10", date(2026, 1, 1))

    household = health_report(store, TODAY).totals.fund
    assert household is not None and household.limited_by == ""
    # (66,917.18 + 6,906.92 × 7.10) / (35.00 + 1,935.00 × 7.10)
    assert household.months == Decimal("8.4")


def _report_text(store: Store, tmp_path: Path, language: str) -> str:
    """The self-check report's words as a reader sees them (no markup, no charts' insides)."""
    page = write_report(store, tmp_path / f"health-{language}.html", TODAY, language=language)
    text = page.read_text(encoding="utf-8")
    text = re.sub(r"<(style|script)\b.*?</\1>", " ", text, flags=re.S)
    return html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", text)))


def test_every_output_tells_the_one_fund_the_window_shows(store: Store, tmp_path: Path) -> None:
    """`health --json`, the HTML report in both languages and the inbox tell the 3.5 months the
    Health page and `finapp health` tell, below the 6-month target: never the 1,911.9 months
    of the yuan alone (its gauge drawn to two thousand months)."""
    _household(store)

    fund = health_report(store, TODAY).as_json()["emergency_fund"]
    assert (fund["months"], fund["below_target"]) == ("3.5", True)

    english = _report_text(store, tmp_path, "en")
    assert "1911" not in english, english
    assert (
        "3.5 months of essential spending covered, as long as the USD held lasts (USD has no "
        "exchange rate to CNY); target 6 months."
    ) in english
    # each currency's own figures, none claiming the yuan alone pay for 3.5 months
    assert "Every currency together" not in english
    assert "In USD: 6906.92 USD held, 1935.00 USD a month of essential spending." in english

    chinese = _report_text(store, tmp_path, "zh_CN")
    assert "1911" not in chinese
    assert (
        "可覆盖 3.5 个月的必要开支（以所持 USD 够用为限，USD 没有换算为 CNY 的汇率）；目标 6 个月。"
        in (chinese)
    )

    evaluate_alerts(store, TODAY)
    (told,) = [a for a in list_alerts(store, as_of=TODAY) if a.kind == "emergency_fund"]
    assert told.message == (
        "Your emergency fund covers 3.5 months of essential spending (6906.92 USD for "
        "1935.00 USD a month); your target is 6 months."
    )
