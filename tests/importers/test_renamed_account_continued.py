"""An account the user renamed keeps receiving its bank's CSVs that name no account number: the
next month's export continues its lines, so it goes there whatever the account is called now,
never into a new account under the old name."""

from __future__ import annotations

from decimal import Decimal

from finapp.services.accounts import list_accounts, rename_account, set_account_type
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


#: a UK saver's download as its bank writes it, no account named
SAVER = """\
Date,Time,Transaction type,Description,Amount,Currency,Balance
26 Sep 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP,5300.00
26 Oct 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP,5600.00
12 Nov 2025,16:40:51,Transfer,To current account,-500.00,GBP,5100.00
26 Nov 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP,5400.00
30 Nov 2025,00:00:00,Interest,Interest earned,14.27,GBP,5414.27
"""


def test_the_same_download_again_is_offered_the_account_holding_it(store, write) -> None:  # type: ignore[no-untyped-def]
    """Imported once into an account the family named and made a savings account, the same
    file imported again is offered that account, where it adds nothing, not a new "Checking"
    that would hold every line twice."""
    import_files(store, [write("Chase_Saver_transactions.csv", SAVER)], account_name="Saver")
    set_account_type(store, "Saver", "savings")

    (again,) = import_files(
        store, [write("Chase_Saver_transactions (1).csv", SAVER)], ask_unnamed=True
    ).files
    question = again.account_question
    assert question is not None
    assert (question.default, question.default_is_new) == ("Saver", False)
    (answered,) = import_files(
        store, [write("Chase_Saver_transactions (1).csv", SAVER)], account_name=question.default
    ).files
    assert (answered.new, answered.duplicates) == (0, 5)
    assert _names(store) == ["Saver"]
