"""The payee of a bank export is the other party, not the booking type nor the account holder:
Sparkasse's ``Beguenstigter/Zahlungspflichtiger`` (``KARTENZAHLUNG`` goes to the memo), CCB's
``交易地点/附言`` (``消费`` goes to the memo) or the name in its ``对方账号与户名``, DKB's payer
on money in and recipient on money out, the ``Transaction Description`` of Capital One 360 and
Lloyds, NatWest's names without Excel's apostrophe."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions

HERE = Path(__file__).parent / "bank_exports"


def _lines(name: str) -> list[tuple[str, str, Decimal]]:
    parsed = read_csv(name, (HERE / name).read_bytes())
    return [(t.payee, t.memo, t.amount) for s in parsed.statements for t in s.transactions]


def test_sparkasse_payee_is_the_other_party_and_the_booking_type_is_in_the_memo() -> None:
    lines = _lines("sparkasse_camt.csv")
    assert [(payee, amount) for payee, _, amount in lines] == [
        ("REWE Markt GmbH", Decimal("-45.67")),
        ("ACME Deutschland GmbH", Decimal("2500.00")),
        ("Vermieter", Decimal("-1100.00")),
    ]
    assert lines[0][1] == "FOLGELASTSCHRIFT REWE SAGT DANKE"
    assert _lines("sparkasse_feb.csv")[1] == (
        "Bäckerei Müller GmbH",
        "KARTENZAHLUNG Bäckerei 2024-01-31T08:12",
        Decimal("-3.45"),
    )


def test_dkb_payee_is_who_paid_on_money_in_and_who_was_paid_on_money_out() -> None:
    assert [(payee, amount) for payee, _, amount in _lines("dkb_new.csv")] == [
        ("Bäckerei Müller GmbH", Decimal("-3.45")),
        ("ACME Deutschland GmbH", Decimal("2500")),
        ("Vermieter", Decimal("-1100")),
        ("REWE Markt GmbH", Decimal("-45.67")),
    ]


def test_ccb_merchant_text_is_the_payee_and_the_booking_type_the_memo() -> None:
    """A card payment's shop is its party; a transfer's or a salary's is the name 建设银行 writes
    after the account in 对方账号与户名 (``6222111111111111/李四``), the note in 交易地点/附言 its
    words: the rent's payee was ``房租`` and the employer ``某某科技有限公司代发工资``."""
    assert _lines("ccb.csv") == [
        ("瑞幸咖啡", "消费", Decimal("-12.00")),
        ("某某科技有限公司", "工资 某某科技有限公司代发工资", Decimal("8000.00")),
        ("李四", "转账 房租", Decimal("-1000.00")),
        ("瑞幸咖啡", "消费", Decimal("-12.00")),
        ("瑞幸咖啡", "消费", Decimal("-12.00")),
    ]


def test_a_ccb_transfer_is_filed_by_its_note_and_named_by_its_party(store) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [HERE / "ccb.csv"])
    lines = {(t.payee, t.category) for t in list_transactions(store)}
    assert ("李四", "Housing:Rent") in lines
    assert ("某某科技有限公司", "Income:Salary") in lines


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("capone360.csv", "Debit Card Purchase - STARBUCKS STORE 12345 SEATTLE WA"),
        ("lloyds.csv", "PRET A MANGER LONDON"),
    ],
)
def test_transaction_description_is_the_payee(name: str, first: str) -> None:
    payees = [payee for payee, _, _ in _lines(name)]
    assert payees[0] == first and all(payees)


def test_natwest_names_lose_the_apostrophe_excel_put_before_them() -> None:
    assert [payee for payee, _, _ in _lines("natwest.csv")] == [
        "PRET A MANGER LONDON",
        "ACME LTD SALARY",
        "LANDLORD RENT",
    ]


def test_cmb_classic_export_keeps_the_other_party_from_its_remark_column() -> None:
    """招商银行's classic 专业版 export (GBK, a ``#`` preamble) names the other party only in
    ``交易备注``: 支付宝-肯德基, the ATM's place. Without it every line had no payee."""
    lines = _lines("cmb_debit_classic_gbk.csv")
    assert [(payee, amount) for payee, _, amount in lines] == [
        ("上海陆家嘴ATM", Decimal("-100.00")),
        ("支付宝-国网上海市电力公司", Decimal("-328.50")),
        ("支付宝-花呗还款", Decimal("-1200.00")),
        ("财付通-微信零钱提现", Decimal("999.00")),
        ("支付宝-肯德基", Decimal("-45.50")),
    ]


def test_icbc_transfer_names_the_person_not_the_banks_channel() -> None:
    """工商银行 writes where a payment was made in 交易场所 and who received it in 对方户名: a
    transfer made in the bank's app says 手机银行 there, which is no party; the payee is 张小明."""
    lines = _lines("icbc_debit_2024_03_gbk.csv")
    assert [(payee, amount) for payee, _, amount in lines] == [
        ("支付宝-盒马鲜生", Decimal("-88.00")),
        ("上海某某科技有限公司", Decimal("9800.00")),
        ("张小明", Decimal("-2000.00")),
        ("结息", Decimal("3.21")),
    ]


def test_cmb_other_party_is_named_without_its_account_number() -> None:
    """招商银行's 对手信息 writes the account after the name (``王建国 6217000012345678``,
    ``国网上海市电力公司310000000123456``): the payee read so carried a stranger's whole account
    number into the store, and the landlord's name never stood alone in the payee list."""
    export = (
        "记账日期,货币,交易金额,联机余额,交易摘要,对手信息,客户摘要\r\n"
        '2026-11-01,CNY,"-6,500.00","16,956.78",转账汇款,王建国 6217000012345678,'
        "房租-2026年11月\r\n"
        '2026-11-10,CNY,"18,500.00","35,456.78",代发工资,上海星云科技有限公司 121900000001,工资\r\n'
        '2026-11-12,CNY,-213.00,"35,243.78",一网通支付,国网上海市电力公司310000000123456,电费\r\n'
        '2026-11-18,CNY,-80.00,"35,163.78",快捷支付,中国移动,话费充值\r\n'
    )
    parsed = read_csv("招商银行交易明细_20261101-20261130.csv", export.encode("utf-8-sig"))
    lines = [(t.payee, t.memo) for s in parsed.statements for t in s.transactions]
    assert lines == [
        ("王建国", "转账汇款 房租-2026年11月"),
        ("上海星云科技有限公司", "代发工资 工资"),
        ("国网上海市电力公司", "一网通支付 电费"),
        ("中国移动", "快捷支付 话费充值"),
    ]


def test_cmb_labelled_reference_stays_in_the_payee() -> None:
    """A number after a label (``流水号``, ``借据号``) is the line's reference, not a party's
    account: 招商银行's mortgage line keeps it, so the download a household imported before
    matches its lines again and a month's repayment is told from the next."""
    export = (
        "记账日期,货币,交易金额,联机余额,交易摘要,对手信息\r\n"
        '20260108,人民币,-7800.00,"27,410.55",自动扣款,房贷还款 流水号2026010841939071\r\n'
    )
    parsed = read_csv("CMB_6214_2026.csv", export.encode("utf-8-sig"))
    (line,) = [t for s in parsed.statements for t in s.transactions]
    assert line.payee == "房贷还款 流水号2026010841939071"
