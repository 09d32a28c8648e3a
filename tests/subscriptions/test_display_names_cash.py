"""Cash from a machine is named as cash, not after the bank whose machine paid it out, and a
Latin brand glued to Chinese reads as a name ("全家FamilyMart"), from lines as statements print
them (Chase's checking CSV, HSBC Hong Kong's, Bank of China's, a German giro account's)."""

from __future__ import annotations

import pytest

from finapp.core.display_names import shipped_namer
from finapp.services.payee_list import list_payees
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.subscriptions.test_payee_list_grouped import CHECKING, _line, _load

CHASE_ATM = "ATM WITHDRAWAL                       002345  03/0312 BROADWAY NEW YORK  NY"
ABROAD_ATM = "NON-CHASE ATM WITHDRAW 482910 03/09 BANCO SANTANDER MADRID ESP"
WELLS_MOBILE = "MOBILE DEPOSIT : REF NUMBER :614150843573"


@pytest.mark.parametrize(
    ("payee", "memo"),
    [
        (CHASE_ATM, ""),
        (ABROAD_ATM, ""),
        ("ATM WITHDRAWAL           CENTRAL BRANCH", ""),
        ("ATM CASH WITHDRAWAL 中国银行", ""),
        ("银联ATM取款", "银联 ATM 取款，中国银行"),
        ("信用卡取现", "招商银行"),
        ("BARGELDAUSZAHLUNG GA NR00012345 BLZ10050000", ""),
    ],
)
def test_a_cash_withdrawal_is_named_as_cash(payee: str, memo: str) -> None:
    assert shipped_namer().name(payee, memo) == "Cash withdrawal"


@pytest.mark.parametrize(
    ("payee", "name"),
    [
        ("NON-CHASE ATM FEE-WITHDRAW", "Chase"),  # the fee for it is the bank's
        ("ATM WITHDRAWAL FEE", "ATM Fee"),
        ("ATM取款手续费", "ATM取款手续费"),
        ("ATM CHECK DEPOSIT 06/27 2712 BROADWAY NEW YORK NY", "Check deposit"),
        ("ATM CASH DEPOSIT 06/27 2712 BROADWAY NEW YORK NY", "Cash deposit"),
    ],
)
def test_a_machine_s_fee_or_deposit_is_no_withdrawal(payee: str, name: str) -> None:
    assert shipped_namer().name(payee) == name


@pytest.mark.parametrize(
    ("payee", "memo", "name"),
    [
        ("REMOTE ONLINE DEPOSIT #          1", "", "Check deposit"),  # Chase
        ("MOBILE DEPOSIT : REF NUMBER :61415", WELLS_MOBILE, "Check deposit"),
        ("EDEPOSIT IN BRANCH/STORE 02/14/26 10:21:33 AM MAIN ST AUSTIN", "", "Check deposit"),
        ("Mobile Check Deposit", "", "Check deposit"),  # Capital One
        ("CASH DEPOSIT", "", "Cash deposit"),
        ("银联ATM存现", "", "Cash deposit"),
        ("BAREINZAHLUNG GA NR00012345 BLZ10050000", "", "Cash deposit"),
        ("DEPOSIT FROM JOHN SMITH", "", "John Smith"),  # a person's money, no deposit of one's own
    ],
)  # fmt: skip
def test_money_paid_in_is_named_a_deposit_not_after_its_first_word(
    payee: str, memo: str, name: str
) -> None:
    assert shipped_namer().name(payee, memo) == name


def test_mobile_deposits_are_one_payee_named_as_such(store: Store) -> None:
    _load(
        store,
        CHECKING,
        _line(4, "250.00", "REMOTE ONLINE DEPOSIT #          1"),
        _line(18, "75.50", "REMOTE ONLINE DEPOSIT #          2"),
    )
    deposits = [p for p in list_payees(store) if p.name == "Check deposit"]
    assert len(deposits) == 1 and deposits[0].transactions == 2
    assert not any(p.name == "Remote" for p in list_payees(store))


def test_cash_keeps_its_category_and_is_one_payee_whoever_s_machine(store: Store) -> None:
    _load(store, CHECKING, _line(3, "-200.00", CHASE_ATM), _line(9, "-100.00", ABROAD_ATM))
    assert {t.category for t in list_transactions(store)} == {"Cash"}
    cash = [p for p in list_payees(store) if p.name == "Cash withdrawal"]
    assert len(cash) == 1 and cash[0].transactions == 2
    assert not any(p.name == "Chase" for p in list_payees(store))


@pytest.mark.parametrize(
    ("payee", "name"),
    [
        ("全家FAMILYMART", "全家FamilyMart"),  # a brand's own spelling
        ("支付宝-全家FAMILYMART(静安寺店)", "全家FamilyMart"),
        ("罗森LAWSON便利店", "罗森Lawson便利店"),  # else title case
        ("爱奇艺VIP会员", "爱奇艺"),
        ("KTV欢唱", "KTV欢唱"),  # initials stay as printed
        ("华夏银行HXB信用卡中心", "华夏银行HXB信用卡中心"),  # a bank's initials too
        ("交通银行BOCOM信用卡中心", "交通银行"),  # a card issuer finapp knows: its name
        ("ICBC工银亚洲", "ICBC工银亚洲"),
        ("味多美BAKERY", "味多美Bakery"),
        ("FAMILYMART 0312 TAIPEI", "FamilyMart"),
    ],
)
def test_a_latin_word_glued_to_chinese_reads_as_a_name(payee: str, name: str) -> None:
    assert shipped_namer().name(payee) == name
