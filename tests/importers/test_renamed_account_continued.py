"""An account the user renamed keeps receiving its bank's CSVs that name no account number: the
next month's export continues its lines, so it goes there whatever the account is called now,
never into a new account under the old name."""

from __future__ import annotations

from decimal import Decimal

from finapp.services.accounts import list_accounts, rename_account
from finapp.services.imports import import_files
from tests.importers.helpers import rows

#: Chase's card export: the bank by its layout, no card number
CHASE_FEBRUARY = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
02/20/2024,02/21/2024,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
02/12/2024,02/13/2024,AMAZON MKTPL*RT4TY6,Shopping,Sale,-23.99,
02/01/2024,02/01/2024,Payment Thank You-Mobile,,Payment,500.00,
"""
CHASE_MARCH = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
03/19/2024,03/20/2024,SHELL OIL 57444,Gas,Sale,-41.08,
03/09/2024,03/11/2024,NETFLIX.COM,Entertainment,Sale,-15.49,
03/01/2024,03/01/2024,Payment Thank You-Mobile,,Payment,250.00,
"""
#: a year later: a pause this long continues nothing
CHASE_NEXT_YEAR = CHASE_MARCH.replace("/2024", "/2025")

#: a credit union's export: no bank, no account
CREDIT_UNION_FEBRUARY = """\
Date,Description,Amount
02/15/2024,NETFLIX.COM,-15.49
02/16/2024,SAFEWAY #1234,-60.00
"""
CREDIT_UNION_MARCH = """\
Date,Description,Amount
03/15/2024,NETFLIX.COM,-15.49
03/18/2024,SAFEWAY #1234,-72.30
"""


def _names(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.name for a in list_accounts(store)]


def test_the_next_months_csv_goes_into_the_renamed_card(store, write) -> None:  # type: ignore[no-untyped-def]
    (first,) = import_files(store, [write("Chase_Card.csv", CHASE_FEBRUARY)]).files
    rename_account(store, first.accounts[0].account, "Sapphire card")

    (march,) = import_files(store, [write("Chase_Card (1).csv", CHASE_MARCH)]).files
    assert (march.accounts[0].account, march.new) == ("Sapphire card", 3)
    assert _names(store) == ["Sapphire card"]
    assert len(rows(store, "Sapphire card")) == 6


def test_a_csv_a_year_later_is_no_continuation(store, write) -> None:  # type: ignore[no-untyped-def]
    (first,) = import_files(store, [write("Chase_Card.csv", CHASE_FEBRUARY)]).files
    rename_account(store, first.accounts[0].account, "Sapphire card")
    import_files(store, [write("Chase_Card (1).csv", CHASE_NEXT_YEAR)])
    assert sorted(_names(store)) == ["Chase Credit Card", "Sapphire card"]


def test_the_question_offers_the_renamed_account_the_file_continues(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("export.csv", CREDIT_UNION_FEBRUARY)])
    rename_account(store, "Checking", "Credit union")

    (asked,) = import_files(
        store, [write("export (1).csv", CREDIT_UNION_MARCH)], ask_unnamed=True
    ).files
    question = asked.account_question
    assert question is not None  # a file naming no account is still asked about
    assert (question.default, question.default_is_new) == ("Credit union", False)
    assert rows(store, "Credit union")[-1][1] == Decimal("-60.00")  # nothing written yet
