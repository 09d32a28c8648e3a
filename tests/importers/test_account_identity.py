"""Which account a statement without an account number goes into.

A CSV export often names no account: only its layout tells the bank, and some name nothing at
all. Such a statement may join an earlier account only in its currency and of its type, and one
that names nothing is put with the earlier ones that named nothing, saying so.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.importers.helpers import rows

CHASE_CHECKING = """\
Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #
DEBIT,01/29/2024,"STARBUCKS STORE 12345 SEATTLE WA           01/28",-5.75,DEBIT_CARD,1228.81,,
CREDIT,01/26/2024,"ACME CORP       PAYROLL    PPD ID: 1234567890",2000.00,ACH_CREDIT,1234.56,,
CHECK,01/15/2024,"CHECK 1042",-150.00,CHECK_PAID,-765.44,1042,
DSLIP,01/10/2024,"REMOTE ONLINE DEPOSIT #          1",300.00,DEPOSIT,-615.44,,
"""

CHASE_CARD = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
02/03/2024,02/04/2024,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
02/02/2024,02/04/2024,AMAZON MKTPL*RT4TY6,Shopping,Sale,-23.99,
02/01/2024,02/01/2024,Payment Thank You-Mobile,,Payment,500.00,
"""

#: a credit union's export: no bank, no account, dollars by default
CREDIT_UNION = """\
Date,Description,Amount
02/15/2024,NETFLIX.COM,-15.49
02/16/2024,SAFEWAY #1234,-60.00
"""

#: a Dutch export in euros whose columns carry no account number finapp reads
EUROS = """\
Datum;Omschrijving;Bedrag;Munt
2024-01-05;Albert Heijn 1234;-4,50;EUR
2024-01-25;Salaris januari;+2.500,00;EUR
"""

#: the same credit union's next month
CREDIT_UNION_MARCH = """\
Date,Description,Amount
03/15/2024,NETFLIX.COM,-15.49
03/18/2024,SAFEWAY #1234,-54.20
"""


def _accounts(store) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return sorted((a.name, a.type, a.currency) for a in list_accounts(store))


def test_a_banks_card_and_checking_exports_are_two_accounts(store, write) -> None:
    checking, card = import_files(
        store, [write("Chase_Checking.csv", CHASE_CHECKING), write("Chase_Card.csv", CHASE_CARD)]
    ).files
    assert checking.accounts[0].account != card.accounts[0].account
    accounts = _accounts(store)
    assert [a[1] for a in accounts] == ["checking", "credit_card"]
    card_name = card.accounts[0].account
    assert [r[1] for r in rows(store, card_name)] == [Decimal("500.00"), Decimal("-23.99"),
                                                      Decimal("-5.75")]  # fmt: skip
    assert len(rows(store, checking.accounts[0].account)) == 4  # the card's lines are not here
    again = import_files(store, [write("Chase_Card_2.csv", CHASE_CARD)]).files[0]
    assert (again.accounts[0].account, again.new, again.duplicates) == (card_name, 0, 3)


def test_euros_never_go_into_a_dollar_account(store, write) -> None:
    import_files(store, [write("export.csv", CREDIT_UNION)])
    euros = import_files(store, [write("mutaties.csv", EUROS)]).files[0]
    assert euros.error is None and euros.new == 2
    assert _accounts(store) == [("Checking", "checking", "USD"),
                                ("Checking (EUR)", "checking", "EUR")]  # fmt: skip
    assert sorted(r[1] for r in rows(store, "Checking (EUR)")) == [Decimal("-4.50"),
                                                                   Decimal("2500.00")]  # fmt: skip
    more = import_files(store, [write("mutaties-2.csv", EUROS)]).files[0]
    assert (more.accounts[0].account, more.new) == ("Checking (EUR)", 0)


def test_a_file_naming_no_account_joins_the_earlier_ones_and_says_so(store, write) -> None:
    first = import_files(store, [write("export.csv", CREDIT_UNION)]).files[0]
    assert first.accounts[0].note == ""  # a new account: nothing to doubt
    march = import_files(store, [write("export (1).csv", CREDIT_UNION_MARCH)]).files[0]
    (counted,) = march.accounts
    assert (counted.account, counted.new) == ("Checking", 2)
    assert 'went into "Checking" with the earlier files that name none' in counted.note
    assert "import --account" in counted.note


def test_two_rabobank_accounts_stay_two_by_their_iban(store, write) -> None:
    # the same groceries on the same day in both: one account's lines are no duplicates of
    # the other's
    exports = Path(__file__).parent / "bank_exports"
    current, savings = import_files(
        store, [exports / "rabobank_betaalrekening.csv", exports / "rabobank_spaarrekening.csv"]
    ).files
    assert [(a.account, a.new, a.matched_by) for a in current.accounts + savings.accounts] == [
        ("Rabobank", 2, "new"),
        ("Rabobank …4567", 2, "new"),
    ]
    assert [r[1] for r in rows(store, "Rabobank …4567")] == [Decimal("-4.50"), Decimal("100.00")]
    again = import_files(store, [exports / "rabobank_spaarrekening.csv"]).files[0]
    assert [(a.account, a.new, a.duplicates) for a in again.accounts] == [("Rabobank …4567", 0, 2)]


def test_a_card_beside_the_banks_checking_account_is_called_by_its_type_and_number(
    store, write
) -> None:
    import_files(store, [write("Chase_Checking.csv", CHASE_CHECKING)])
    card = import_files(store, [write("Chase1234_Activity_20240205.CSV", CHASE_CARD)]).files[0]
    assert card.accounts[0].account == "Chase Credit Card …1234"
    # the card's next export, downloaded under another name, finds it all the same
    again = import_files(store, [write("Chase_Card.csv", CHASE_CARD)]).files[0]
    assert (again.accounts[0].account, again.new) == ("Chase Credit Card …1234", 0)


def test_asked_to_ask_the_import_leaves_a_file_naming_no_account_unwritten(store, write) -> None:
    import_files(store, [write("export.csv", CREDIT_UNION)])
    named, unnamed = import_files(
        store,
        [write("Chase_Card.csv", CHASE_CARD), write("export (1).csv", CREDIT_UNION_MARCH)],
        ask_unnamed=True,
    ).files
    assert (named.new, named.account_question) == (3, None)  # its bank names it: never asked
    question = unnamed.account_question
    assert (unnamed.new, unnamed.batch_id, question is not None) == (0, None, True)
    assert question is not None
    assert (question.default, question.default_is_new) == ("Checking", False)
    assert [(a.name, a.type) for a in question.accounts] == [
        ("Checking", "checking"),  # like the file: dollars, checking
        ("Chase Credit Card", "credit_card"),
    ]
    assert len(rows(store, "Checking")) == 2  # March is not there until the user says where
    alone = import_files(store, [write("export (1).csv", CREDIT_UNION_MARCH)], ask_unnamed=True)
    assert alone.files[0].account_question is not None
    assert not alone.changes.kinds  # nothing written: the pages have nothing to reload
    chosen = import_files(
        store, [write("export (1).csv", CREDIT_UNION_MARCH)], account_name="Second Bank"
    ).files[0]
    assert [(a.account, a.new, a.matched_by) for a in chosen.accounts] == [
        ("Second Bank", 2, "new")
    ]


#: Chase's next card download, named as Chase names it: the same three lines, two coffees on
#: one day and a new charge
CHASE_CARD_NEXT = """\
Transaction Date,Post Date,Description,Category,Type,Amount,Memo
02/10/2024,02/11/2024,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
02/10/2024,02/11/2024,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
02/03/2024,02/04/2024,STARBUCKS STORE 12345,Food & Drink,Sale,-5.75,
02/02/2024,02/04/2024,AMAZON MKTPL*RT4TY6,Shopping,Sale,-23.99,
02/01/2024,02/01/2024,Payment Thank You-Mobile,,Payment,500.00,
"""


def test_a_card_download_saved_under_another_name_meets_the_next_one(store, write) -> None:
    import_files(store, [write("card february.csv", CHASE_CARD)])
    nxt = import_files(store, [write("Chase1234_Activity20240201_20240229_20240301.CSV",
                                     CHASE_CARD_NEXT)]).files[0]  # fmt: skip

    # the one card, now known by its last four: only the two coffees of the 10th are new
    assert (nxt.new, nxt.duplicates) == (2, 3)
    assert [a[1:] for a in _accounts(store)] == [("credit_card", "USD")]
    card = nxt.accounts[0].account
    assert len(rows(store, card)) == 5
    assert "now knows its account number (…1234)" in nxt.accounts[0].note
    again = import_files(store, [write("Chase1234_Activity_again.CSV", CHASE_CARD_NEXT)])
    assert (again.new, again.duplicates) == (0, 5)


def test_another_card_of_the_bank_sharing_no_lines_stays_its_own(store, write) -> None:
    import_files(store, [write("card february.csv", CHASE_CARD)])
    other = "\n".join(CHASE_CARD_NEXT.splitlines()[:3]) + "\n"  # only the coffees of the 10th
    import_files(store, [write("Chase9876_Activity20240201_20240229_20240301.CSV", other)])

    assert [a[1:] for a in _accounts(store)] == [("credit_card", "USD")] * 2
