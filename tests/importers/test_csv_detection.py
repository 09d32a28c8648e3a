"""CSV exports read without a mapping step where the file says enough, and never guessed."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.importers.csv import (
    CsvMapping,
    CsvMappingNeeded,
    RowProblem,
    detect_mapping,
    preview_rows,
    read_csv,
    sniff,
)
from finapp.importers.csv.mapping import ROLES
from finapp.importers.csv.values import parse_amount


def _lines(text: str | bytes, **kwargs) -> list[tuple[date, Decimal, str]]:  # type: ignore[no-untyped-def]
    data = text.encode("utf-8") if isinstance(text, str) else text
    parsed = read_csv("x.csv", data, **kwargs)
    return [(t.posted, t.amount, t.payee) for s in parsed.statements for t in s.transactions]


SIGNED = "Date,Description,Amount\n13/01/2024,Café Crème,-3.50\n02/02/2024,Salary,2000.00\n"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"])
def test_encodings(encoding: str) -> None:
    assert _lines(SIGNED.encode(encoding))[0] == (date(2024, 1, 13), Decimal("-3.50"), "Café Crème")


def test_gbk_export_with_preamble_and_direction_column() -> None:
    text = (
        "微信支付账单明细\n微信昵称：[测试]\n起始时间：[2024-01-01] 终止时间：[2024-01-31]\n\n"
        "交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注\n"
        "2024-01-05 12:00:00,商户消费,面馆,牛肉面,支出,¥28.16,零钱,支付成功,T1,M1,/\n"
        "2024-01-06 09:30:00,微信红包,朋友,/,收入,¥10.00,/,已存入零钱,T2,/,/\n"
        "2024-01-07 10:00:00,零钱提现,招商银行,/,/,¥100.10,零钱,提现已到账,T3,/,/\n"
    )
    parsed = read_csv("w.csv", text.encode("gb18030"))
    txns = parsed.statements[0].transactions
    assert [(t.amount, t.payee, t.fitid) for t in txns] == [
        (Decimal("-28.16"), "面馆", "T1"),
        (Decimal("10.00"), "朋友", "T2"),
    ]
    assert parsed.statements[0].account.currency == "CNY"
    assert [s.line for s in parsed.skipped] == [8]  # the neutral withdrawal is listed, not lost


def test_semicolons_decimal_comma_and_thousands_dots() -> None:
    text = "Buchungstag;Auftraggeber/Empfänger;Betrag\n03.01.2024;Miete;-1.250,00\n"
    assert _lines(text) == [(date(2024, 1, 3), Decimal("-1250.00"), "Miete")]


def test_day_month_order_is_decided_on_the_whole_column() -> None:
    text = "Date,Description,Amount\n01/02/2024,A,-1.00\n05/02/2024,B,-2.00\n25/02/2024,C,-3.00\n"
    assert [d for d, _, _ in _lines(text)] == [
        date(2024, 2, 1),
        date(2024, 2, 5),
        date(2024, 2, 25),
    ]


def test_ambiguous_dates_are_not_guessed_and_the_partial_mapping_is_exposed() -> None:
    text = "Date,Description,Amount\n01/02/2024,A,-1.00\n02/01/2024,B,-2.00\n01/03/2024,C,4.0\n"
    with pytest.raises(CsvMappingNeeded) as caught:
        read_csv("amb.csv", text.encode())
    assert "fit both DD/MM/YYYY and MM/DD/YYYY" in str(caught.value)
    partial = caught.value.partial
    assert partial is not None and (partial.date, partial.amount, partial.payee) == (0, 2, (1,))
    fixed = CsvMapping(**{**partial.__dict__, "date_format": "DD/MM/YYYY"})
    preview = preview_rows(sniff(text.encode()), fixed)
    assert [(p.posted, p.amount) for p in preview] == [
        (date(2024, 2, 1), Decimal("-1.00")),
        (date(2024, 1, 2), Decimal("-2.00")),
        (date(2024, 3, 1), Decimal("4.0")),
    ]


def test_chinese_dates_and_currency_prefixes() -> None:
    text = (
        "交易日期,交易说明,金额\n2025年01月02日,消费 美团,CNY -12.50\n2025年01月03日,工资,8000.00\n"
    )
    assert _lines(text)[0] == (date(2025, 1, 2), Decimal("-12.50"), "消费 美团")


@pytest.mark.parametrize(
    ("cell", "value"),
    [
        ("$1,234.56", "1234.56"),
        ("(12.00)", "-12.00"),
        ("12.00 DR", "-12.00"),
        ("¥28.16", "28.16"),
        ("CNY 123.18", "123.18"),
        ("+10000.00", "10000.00"),
        ("8,000.00(CN)", "8000.00"),
        ("11'373.94", "11373.94"),
        ("−5.00", "-5.00"),
        ("131.77(已退款89.84)", "131.77"),
    ],
)
def test_amount_cells(cell: str, value: str) -> None:
    assert parse_amount(cell) == Decimal(value)


def test_debit_and_credit_columns() -> None:
    text = (
        "Date,Description,Withdrawal,Deposit\n08/17/2022,ATM,$103.00,\n"
        "08/18/2022,Mobile deposit,,$20.00\n"
    )
    assert [a for _, a, _ in _lines(text)] == [Decimal("-103.00"), Decimal("20.00")]


def test_amount_with_dr_cr_direction_column() -> None:
    text = "Date,Narrative,Amount,DR/CR\n2024-03-01,Rent,950.00,DR\n2024-03-02,Refund,20.00,CR\n"
    assert [a for _, a, _ in _lines(text)] == [Decimal("-950.00"), Decimal("20.00")]


def test_an_income_expense_column_signs_the_amounts() -> None:
    """WeChat Pay's bill in English says ``Income``/``Expense`` beside unsigned amounts: it was
    refused as "every amount in 'Amount(CNY)' is positive"."""
    text = (
        "Transaction Time,Counterparty,Income/Expense,Amount(CNY)\n"
        "2026-11-20 00:01:02,QQ音乐,Expense,¥15.00\n"
        "2026-10-12 10:00:00,美团,Income,¥25.00\n"
    )
    assert [a for _, a, _ in _lines(text)] == [Decimal("-15.00"), Decimal("25.00")]


def test_all_positive_single_amount_column_asks_instead_of_guessing() -> None:
    text = "Date,Description,Amount\n2024-03-01,Shop,12.00\n2024-03-02,Cafe,3.00\n"
    with pytest.raises(CsvMappingNeeded, match="every amount in 'Amount' is positive"):
        read_csv("card.csv", text.encode())
    mapping = CsvMapping(
        header=("Date", "Description", "Amount"),
        date=0,
        date_format="YYYY-MM-DD",
        sign="negate",
        amount=2,
        payee=(1,),
    )
    assert [a for _, a, _ in _lines(text, mapping=mapping)] == [Decimal("-12.00"), Decimal("-3.00")]


def test_saved_mapping_follows_its_columns_by_name() -> None:
    mapping = CsvMapping(
        header=("Date", "Description", "Amount"),
        date=0,
        date_format="YYYY-MM-DD",
        sign="negate",
        amount=2,
        payee=(1,),
    )
    again = CsvMapping.from_json(mapping.to_json())
    assert again == mapping
    moved = again.for_header(("Amount", "Date", "Description"))
    assert (moved.date, moved.amount, moved.payee) == (1, 0, (2,))


def test_saved_mapping_follows_every_role_when_the_bank_reverses_its_columns() -> None:
    header = tuple(f"Col {n}" for n in range(len(ROLES) + 1))
    single = [r for r in ROLES if r not in ("payee", "memo")]
    places = {r: i for i, r in enumerate(single)}
    mapping = CsvMapping(
        header=header,
        date_format="YYYY-MM-DD",
        payee=(len(single),),
        memo=(len(single) + 1,),
        **places,
    )
    moved = mapping.for_header(header[::-1])
    last = len(header) - 1
    assert {r: getattr(moved, r) for r in single} == {r: last - i for r, i in places.items()}
    assert (moved.payee, moved.memo) == ((last - len(single),), (last - len(single) - 1,))


def test_a_bad_row_names_its_line_or_is_skipped_and_listed() -> None:
    text = (
        "Date,Description,Amount\n2024-03-01,Shop,-12.00\n2024-03-0x,Broken,-1.00\n"
        "2024-03-03,Cafe,-3.00\n"
    )
    with pytest.raises(RowProblem) as caught:
        read_csv("bad.csv", text.encode())
    assert caught.value.line == 3 and "2024-03-0x" in caught.value.reason
    parsed = read_csv("bad.csv", text.encode(), skip_bad_rows=True)
    assert len(parsed.statements[0].transactions) == 2
    assert [s.line for s in parsed.skipped] == [3]


def test_totals_footer_and_repeated_header_are_not_rows() -> None:
    text = (
        "交易日期,摘要,记账金额(收入),记账金额(支出)\n2023-04-22,消费,,18.00\n"
        "2023-04-25,工资,1000.00,\n \n合计金额,,1000.00,18.00\n"
    )
    assert [a for _, a, _ in _lines(text)] == [Decimal("-18.00"), Decimal("1000.00")]


def test_detection_reports_the_profile_and_sign_convention() -> None:
    text = (
        "Transaction Date,Posted Date,Card No.,Description,Category,Debit,Credit\n"
        "2015-12-31,2016-01-02,1234,Airplanes R Us,Other Travel,1000.00,\n"
    )
    mapping = detect_mapping(sniff(text.encode()))
    assert (mapping.profile, mapping.sign, mapping.account_type) == (
        "Capital One",
        "debit_credit",
        "credit_card",
    )


def test_a_footer_of_narrow_lines_does_not_hide_the_date_column() -> None:
    """Fidelity's account history ends with its disclaimer and the day it was downloaded, one
    cell a line: counted with the dates, they held "Run Date" under the share of dates that
    tells a date column, and the file was refused for having none."""
    history = (
        "\n\nBrokerage\n\n"
        "Run Date,Action,Symbol,Security Description,Security Type,Quantity,Price ($),"
        "Commission ($),Fees ($),Accrued Interest ($),Amount ($),Settlement Date\n"
        " 11/29/2026, DIRECT DEBIT CON EDISON  EDISONPAY (Cash), , No Description,Cash,,,,,,"
        "-142.37,\n"
        " 11/15/2026, DIRECT DEPOSIT ACME CORP PAYROLL (Cash), , No Description,Cash,,,,,,"
        "3120.55,\n"
        " 11/02/2026, DEBIT CARD PURCHASE TRADER JOE'S #552 (Cash), , No Description,Cash,,,,,,"
        "-64.18,\n"
        "\n\n"
        '"The data and information in this spreadsheet is provided to you solely for your use '
        'and is not for distribution. The spreadsheet is provided for"\n'
        '"informational purposes only, and is not intended to provide advice."\n'
        '"Brokerage services are provided by Fidelity Brokerage Services LLC, 900 Salem Street, '
        'Smithfield, RI 02917."\n'
        '"Fidelity Insurance Agency, Inc., Member NYSE, SIPC."\n'
        "\n"
        '"Date downloaded" 12/01/2026, 9:11 AM\n'
    )
    parsed = read_csv("History_for_Account_X12345678.csv", history.encode())
    (statement,) = parsed.statements
    assert [(t.posted.isoformat(), str(t.amount)) for t in statement.transactions] == [
        ("2026-11-29", "-142.37"),
        ("2026-11-15", "3120.55"),
        ("2026-11-02", "-64.18"),
    ]
