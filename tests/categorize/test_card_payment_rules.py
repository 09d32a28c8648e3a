"""A deposit worded like a card payment is one only on a card: on a checking account it is money
earned, and reports must count it as income."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.core.rules import RuleBook, RuleSpec, RuleSubject
from tests.categorize.statements import by_payee, load

D = date(2026, 11, 2)


def test_online_payment_is_a_card_payment_on_the_card_and_income_on_checking(
    store, tmp_path: Path
) -> None:
    load(
        store,
        tmp_path,
        "000123456789",
        [
            (D, "1500.00", "ONLINE PAYMENT FROM ACME CLIENT"),
            (D, "85.00", "PAYMENT RECEIVED FROM J SMITH"),
            (D, "-62.15", "SOUTHWEST GAS CORP"),
        ],
    )
    load(
        store,
        tmp_path,
        "4111000011112222",
        [
            (D, "412.00", "ONLINE PAYMENT THANK YOU"),
            (D, "300.00", "PAYMENT RECEIVED - THANK YOU"),
        ],
        kind="CREDITCARD",
    )
    # a card statement from a CSV export, imported into an account of no particular type
    load(store, tmp_path, "5500", [(D, "250.00", "PAYMENT THANK YOU")])
    lines = by_payee(store)
    assert lines["ONLINE PAYMENT FROM ACME CLIENT"].category is None  # income by its sign
    assert lines["PAYMENT RECEIVED FROM J SMITH"].category is None
    assert lines["ONLINE PAYMENT THANK YOU"].category == "Transfers:Card Payment"
    assert lines["PAYMENT RECEIVED - THANK YOU"].category == "Transfers:Card Payment"
    assert lines["PAYMENT THANK YOU"].category == "Transfers:Card Payment"


def test_alipay_repayment_received_is_not_a_card_payment() -> None:
    """还款 money in on a payment app is a friend paying back, not a card's statement paid."""
    card_only = RuleSpec(
        1, 10, "还款", match_field="any", sign="in", account_type=AccountType.CREDIT_CARD
    )
    types = {1: AccountType.PAYMENT_APP, 2: AccountType.CREDIT_CARD}
    book = RuleBook([card_only], types.get)
    assert book.first_match(RuleSubject("张三", "还款", "张三", 5000, 1)) is None
    assert book.first_match(RuleSubject("信用卡", "还款", "信用卡", 5000, 2)) is card_only
    # a book that does not know the account's type does not guess it is a card
    assert RuleBook([card_only]).first_match(RuleSubject("信用卡", "还款", "", 5000, 2)) is None
