"""A CSV export's running-balance column gives the account its balance, when the rows add up."""

from __future__ import annotations

import logging
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv.running_balance import NotContinuous, closing_balance
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store

#: Chase checking, newest first; on 30 October the payroll is listed below Netflix, as if
#: it came first, but the bank posted Netflix after it (2413.71 - 15.49 = 2398.22).
CHASE = """Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
CREDIT,10/30/2026,"ACME CORP PAYROLL PPD ID: 9876543210",2150.00,ACH_CREDIT,2413.71,,
DEBIT,10/30/2026,"NETFLIX.COM 866-579-7172 CA            10/29",-15.49,DEBIT_CARD,2398.22,,
DEBIT,10/28/2026,"SHELL OIL 57444 BELLEVUE WA           10/27",-52.17,DEBIT_CARD,263.71,,
DEBIT,10/26/2026,"PUGET SOUND ENERGY BILLPAY PPD ID: 9100261",-118.42,ACH_DEBIT,315.88,,
"""

#: Bank of America checking with a line cut out between 3 and 9 October: the balances jump.
BOFA_CUT = """Date,Description,Amount,Running Bal.
10/02/2026,"ZELLE PAYMENT TO JANE DOE Conf# k8x2m9q1",-250.00,"954.16"
10/03/2026,"COSTCO WHSE #0110 KIRKLAND WA",-143.27,"810.89"
10/09/2026,"CHECKCARD 1008 SAFEWAY #1445 BELLEVUE WA",-61.02,"512.34"
"""

#: China Merchants Bank debit, 联机余额 after each line, in the bank's order.
CMB = """记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要
2026-10-08,CNY,"-1,000.00","4,271.66",转账汇款,张三 6214830212345678,转账
2026-10-08,CNY,-38.50,"4,233.16",快捷支付,美团 外卖订单,美团支付-美团外卖
2026-10-10,CNY,"8,500.00","12,733.16",代发工资,上海某某科技有限公司,10月工资
"""


def _import(store: Store, tmp_path: Path, name: str, text: str) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed


def _balance(store: Store) -> tuple[Decimal | None, date | None]:
    (account,) = list_accounts(store)
    return account.balance, account.balance_date


def test_a_continuous_balance_column_gives_the_closing_balance_of_the_last_day(
    store: Store, tmp_path: Path
) -> None:
    _import(store, tmp_path, "Chase7712_Activity_20261031.CSV", CHASE)
    assert _balance(store) == (Decimal("2398.22"), date(2026, 10, 30))


def test_chinese_bank_balances_are_read_too(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, "招商银行交易明细.csv", CMB)
    assert _balance(store) == (Decimal("12733.16"), date(2026, 10, 10))


def test_balances_that_do_not_add_up_record_nothing_and_the_import_goes_on(
    store: Store, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.INFO):
        _import(store, tmp_path, "stmt.csv", BOFA_CUT)
    assert _balance(store) == (None, None)
    (account,) = list_accounts(store)
    assert account.covered_until == date(2026, 10, 9)
    assert "no balance recorded" in caplog.text and "do not follow" in caplog.text


def test_a_card_balance_counting_what_is_owed_is_a_negative_balance() -> None:
    # minor units: 64.10 charged, 1,264.10 owed; 35.90 charged, 1,300.00 owed
    owed = [(date(2026, 10, 3), -6410, 126410), (date(2026, 10, 5), -3590, 130000)]
    assert closing_balance(owed) == (date(2026, 10, 5), -130000)


def test_a_last_day_that_could_close_at_two_balances_states_none() -> None:
    # a 20.00 check and a 20.00 deposit on one day: 858.47 or 878.47 at its end
    rows = [(date(2022, 8, 17), -2000, 85847), (date(2022, 8, 17), 2000, 87847)]
    with pytest.raises(NotContinuous, match="different balances"):
        closing_balance(rows)


def test_the_newest_lines_without_a_balance_yet_keep_the_one_stated_before_them(
    store: Store, tmp_path: Path
) -> None:
    """Chase leaves the balance blank on the newest postings: the balance at the end of 28
    October is still stated, and counts; a blank between stated ones says nothing can be."""
    newest_blank = CHASE.replace(
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n",
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
        'CREDIT,10/31/2026,"ACME CORP BONUS PPD ID: 9876543210",500.00,ACH_CREDIT, ,,\n',
    )
    _import(store, tmp_path, "Chase7712_Activity_20261101.CSV", newest_blank)
    assert _balance(store) == (Decimal("2398.22"), date(2026, 10, 30))


def test_a_blank_balance_between_stated_ones_states_none(store: Store, tmp_path: Path) -> None:
    middle_blank = CHASE.replace("-52.17,DEBIT_CARD,263.71", "-52.17,DEBIT_CARD, ")
    _import(store, tmp_path, "Chase7712_Activity_20261031.CSV", middle_blank)
    assert _balance(store) == (None, None)
