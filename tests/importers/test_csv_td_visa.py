"""TD Canada Trust writes its Visa's download as it writes its chequing account's:
``accountactivity.csv``, no header, date, description, debit, credit and balance. On the card
the balance is what is owed: a purchase in Debit raises it, a payment in Credit lowers it. Read
as a chequing account, the Toronto couple's Visa was "overdrawn: its balance is -908.75 CAD",
it was missing from the Cards section and the emergency fund came to 0.0 months."""

from __future__ import annotations

from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files

VISA = (
    "10/01/2026,NO FRILLS #3163 TORONTO ON,77.64,,77.64\r\n"
    "10/02/2026,CANADIAN TIRE #0123 TORONTO ON,48.58,,126.22\r\n"
    "10/02/2026,DISNEY PLUS 888-905-7888 ON,14.68,,140.90\r\n"
    "10/09/2026,NETFLIX.COM 866-579-7172 ON,20.99,,161.89\r\n"
    "10/14/2026,SHOPPERS DRUG MART #0832 TORONTO ON,12.45,,174.34\r\n"
    "10/25/2026,PAYMENT - THANK YOU,,161.89,12.45\r\n"
    "10/27/2026,AMZN Mktp CA*2K7PL0A91 WWW.AMAZON.CAON,71.17,,83.62\r\n"
)
CHEQUING = (
    "10/01/2026,PREAUTH PYMT     MAPLE PROP MGMT,2150.00,,3218.44\r\n"
    "10/03/2026,GOODLIFE FITNESS MSP,64.99,,3153.45\r\n"
    "10/16/2026,UHN PAYROLL      PAY,,2791.12,5944.57\r\n"
    "10/25/2026,TD VISA PREAUTH PYMT,161.89,,5782.68\r\n"
)


def test_a_balance_rising_with_purchases_is_a_cards_and_so_is_the_account() -> None:
    (card,) = read_csv("accountactivity.csv", VISA.encode()).statements
    (chequing,) = read_csv("accountactivity.csv", CHEQUING.encode()).statements
    assert (card.account.type, card.transactions[0].amount, card.transactions[5].amount) == (
        AccountType.CREDIT_CARD,
        Decimal("-77.64"),
        Decimal("161.89"),
    )
    assert [(b.as_of.isoformat(), b.amount) for b in card.balances] == [
        ("2026-10-27", Decimal("-83.62"))
    ]
    assert chequing.account.type == AccountType.CHECKING


def test_the_visa_imported_under_its_name_is_a_card_owing_its_balance(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("accountactivity.csv", VISA)], account_name="TD Visa")
    import_files(store, [write("accountactivity (1).csv", CHEQUING)])
    shown = {(a.name, a.type, a.balance) for a in list_accounts(store)}
    assert shown == {
        ("TD Visa", AccountType.CREDIT_CARD, Decimal("-83.62")),
        ("TD", AccountType.CHECKING, Decimal("5782.68")),
    }
