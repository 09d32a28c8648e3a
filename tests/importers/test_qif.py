"""QIF imports: Quicken, GnuCash and Moneydance exports read to the exact lines, re-imports
add nothing, and what cannot be read for sure (an unsettled day/month order, an investment
list, a bad line) refuses the whole file with its line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.errors import StatementError
from finapp.importers.base import ParsedSplit
from finapp.importers.registry import read_statement_file
from finapp.services.accounts import list_accounts
from finapp.services.import_guessed_currency import currency_guessed
from finapp.services.imports import import_files
from finapp.services.settings import set_setting
from finapp.services.splits import splits_of
from finapp.services.transactions import list_transactions
from finapp.store.schema import Transaction
from tests.helpers import cli_json
from tests.importers.helpers import counts, rows

FIXTURES = Path(__file__).parent / "qif"


def lines(path: Path) -> list[tuple[str, date, Decimal, str, str]]:
    """(account, date, amount, payee, memo) of every line the file is read to."""
    parsed = read_statement_file(path)
    assert parsed.format == "qif"
    return [
        (s.account.name, t.posted, t.amount, t.payee, t.memo)
        for s in parsed.statements
        for t in s.transactions
    ]


def test_a_quicken_checking_export_is_read_to_its_exact_lines() -> None:
    assert lines(FIXTURES / "quicken_us_checking.qif") == [
        ("", date(2024, 1, 2), Decimal("1000.00"), "Opening Balance", "[Everyday Checking]"),
        (
            "",
            date(2024, 1, 5),
            Decimal("-1234.56"),
            "City Power & Light",
            "Acct 55-2091 December bill; check 1042; Utilities:Electric",
        ),
        ("", date(2024, 1, 9), Decimal("-4.75"), "Blue Bottle Coffee", "Dining:Coffee"),
        ("", date(2024, 1, 9), Decimal("-4.75"), "Blue Bottle Coffee", "Dining:Coffee"),
        (
            "",
            date(2024, 1, 12),
            Decimal("2486.19"),
            "ACME Tools Payroll",
            "Salary 01/01-01/15; Salary",
        ),
        # a split line: its parts carry the categories (see the tests of splits below)
        ("", date(2024, 1, 20), Decimal("-87.32"), "Safeway #1784", ""),
        ("", date(2024, 1, 31), Decimal("-500.00"), "Transfer to savings", "[Emergency Savings]"),
    ]
    parsed = read_statement_file(FIXTURES / "quicken_us_checking.qif")
    (statement,) = parsed.statements
    assert statement.account.type == "checking"
    assert [(t.kind, t.fitid, t.line) for t in statement.transactions][3:6] == [
        ("", None, 21),
        ("DEP", None, 26),
        ("", None, 34),
    ]


def test_reimport_adds_nothing_and_two_identical_coffees_stay_two(store) -> None:
    path = FIXTURES / "quicken_us_checking.qif"
    first = import_files(store, [path]).files[0]
    assert (first.error, first.new, first.format) == (None, 7, "qif")
    again = import_files(store, [path]).files[0]
    assert (again.new, again.duplicates) == (0, 7)
    coffees = [r for r in rows(store) if r[2] == "Blue Bottle Coffee"]
    assert coffees == [("2024-01-09", Decimal("-4.75"), "Blue Bottle Coffee", None)] * 2


def test_an_overlapping_later_export_adds_only_its_new_lines(store, write) -> None:
    head = "!Type:Bank\n"
    jan_9 = "D1/ 9'24\nT-4.75\nPBlue Bottle Coffee\n^\n"
    older = write("jan.qif", head + jan_9 + jan_9 + "D1/13'24\nT-18.40\nPShell Oil 5521\n^\n")
    newer = write(
        "feb.qif",
        head + jan_9 + jan_9 + "D1/13'24\nT-18.40\nPShell Oil 5521\n^\n"
        "D2/ 1'24\nT-1,412.00\nPMaple Street Apartments\n^\n",
    )
    assert import_files(store, [older]).files[0].new == 3
    result = import_files(store, [newer]).files[0]
    assert (result.new, result.duplicates) == (1, 3)
    assert len(rows(store)) == 4


def test_a_gnucash_export_of_two_accounts_imports_each_into_its_own(store) -> None:
    path = FIXTURES / "gnucash_two_accounts.qif"
    parsed = read_statement_file(path)
    assert [(s.account.name, s.account.type, len(s.transactions)) for s in parsed.statements] == [
        ("Joint Checking", "checking", 3),
        ("Sapphire Visa", "credit_card", 3),
    ]
    result = import_files(store, [path]).files[0]
    assert sorted((a.account, a.new) for a in result.accounts) == [
        ("Joint Checking", 3),
        ("Sapphire Visa", 3),
    ]
    assert rows(store, "Joint Checking") == [
        ("2025-03-04", Decimal("-63.17"), "Trader Joe's #552", None),
        ("2025-03-07", Decimal("3105.42"), "Northwind Traders direct dep", None),
        ("2025-03-10", Decimal("-1412.00"), "Maple Street Apartments", None),
    ]
    assert rows(store, "Sapphire Visa") == [
        ("2025-03-02", Decimal("-19.99"), "NETFLIX.COM", None),
        ("2025-03-05", Decimal("-142.68"), "COSTCO WHSE #1120", None),
        ("2025-03-14", Decimal("250.00"), "PAYMENT - THANK YOU", None),
    ]


def test_european_dates_with_dots_and_decimal_commas_are_read_day_first() -> None:
    assert lines(FIXTURES / "moneydance_euro.qif") == [
        ("", date(2025, 1, 2), Decimal("-1249.90"), "MediaMarkt Berlin-Mitte", "Waschmaschine"),
        ("", date(2025, 1, 3), Decimal("-23.45"), "REWE Markt GmbH", ""),
        ("", date(2025, 1, 10), Decimal("3412.77"), "Gehalt Januar Contoso GmbH", ""),
    ]


def test_one_day_above_12_settles_day_first_for_the_whole_file() -> None:
    assert [(d, a) for _, d, a, _, _ in lines(FIXTURES / "uk_day_first.qif")] == [
        (date(2025, 1, 2), Decimal("-7.40")),
        (date(2025, 1, 6), Decimal("-32.19")),
        (date(2025, 1, 17), Decimal("-12.99")),
    ]
    (statement,) = read_statement_file(FIXTURES / "uk_day_first.qif").statements
    assert statement.account.type == "credit_card"


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("1/ 5'24", date(2024, 1, 5)),
        (" 1/ 5/24", date(2024, 1, 5)),
        ("01/05/2024", date(2024, 1, 5)),
        ("1/5/99", date(1999, 1, 5)),
        ("12/31' 9", date(2009, 12, 31)),
        ("2024-01-05", date(2024, 1, 5)),
    ],
)
def test_the_date_forms_of_us_exports(write, written: str, day: date) -> None:
    """Each form beside one date whose 25 settles month first."""
    path = write(
        "f.qif",
        f"!Type:Bank\nD{written}\nT-9.81\nPKwik Mart\n^\nD12/25/2023\nT-3.10\nPKwik Mart\n^\n",
    )
    assert [d for _, d, _, _, _ in lines(path)] == [day, date(2023, 12, 25)]


def test_the_order_of_the_lines_settles_the_day_order_when_no_day_is_above_12(write) -> None:
    path = write(
        "o.qif",
        "!Type:Bank\nD11/01/2025\nT-5.10\nPBakery\n^\nD12/01/2025\n"
        "T-6.20\nPBakery\n^\nD02/02/2025\nT-7.30\nPBakery\n^\n",
    )
    assert [d for _, d, _, _, _ in lines(path)] == [
        date(2025, 1, 11),
        date(2025, 1, 12),
        date(2025, 2, 2),
    ]


def test_unsettled_slash_dates_are_read_month_first_and_the_result_says_so(store, write) -> None:
    path = write(
        "us.qif",
        "!Type:Bank\nD03/07/2025\nT-63.17\nPTrader Joe's\n^\n"
        "D03/04/2025\nT-12.00\nPTrader Joe's\n^\n",
    )
    result = import_files(store, [path]).files[0]
    assert [r[:2] for r in rows(store)] == [
        ("2025-03-04", Decimal("-12.00")),
        ("2025-03-07", Decimal("-63.17")),
    ]
    assert result.detected == {
        "encoding": "utf-8",
        "date_format": "month first",
        "date_order_from": "not settled by the file (no day above 12, lines not in date "
        "order): read month first, QIF's US form",
        "decimal": ".",
        "currency": "USD",
        "currency_from": "assumed, as the file names none",
    }


def test_in_a_household_of_euros_a_qif_is_in_euros_and_the_import_says_it_guessed(
    store, write
) -> None:
    """QIF names no currency: like a CSV naming none it is in the household's, not dollars, and
    the summary and the CLI say so beside the new account, where the user can set another."""
    set_setting(store, "base_currency", "EUR")
    path = write(
        "Girokonto.qif",
        "!Type:Bank\nD28.10.2026\nT-13,99\nPNetflix International B.V.\n^\n"
        "D28.11.2026\nT-13,99\nPNetflix International B.V.\n^\n",
    )

    (result,) = import_files(store, [path]).files

    assert [account.currency for account in list_accounts(store)] == ["EUR"]
    assert {t.currency for t in list_transactions(store)} == {"EUR"}
    assert currency_guessed(result) == "EUR"


def test_a_card_whose_amounts_are_written_in_pounds_is_in_pounds(store, write) -> None:
    """A British card's QIF writes its amounts ``T£39.00``: read as assumed dollars (in a
    household of dollars), the card was a dollar card and every line in dollars."""
    path = write(
        "ccard_2026-10.qif",
        "!Type:CCard\nD23/10/2026\nPDEBENHAMS.COM LONDON GBR\nM\nT-£39.00\nNWithdrawal\nL\n^\n"
        "!Type:CCard\nD30/10/2026\nPDIRECT DEBIT - THANK YOU\nM\nT£51.00\nNDeposit\nL\n^\n",
    )

    (result,) = import_files(store, [path]).files

    assert result.error is None and result.new == 2
    assert [account.currency for account in list_accounts(store)] == ["GBP"]
    assert sorted((str(t.amount), t.currency) for t in list_transactions(store)) == [
        ("-39.00", "GBP"),
        ("51.00", "GBP"),
    ]
    assert currency_guessed(result) is None


@pytest.mark.parametrize(
    ("dates", "amounts"),
    [
        (("03/07/2025", "03/04/2025"), ("-63,17", "-12,00")),  # decimal commas: European as likely
        (("03-07-2025", "03-04-2025"), ("-63.17", "-12.00")),  # dashes: no QIF convention
    ],
)
def test_dates_that_read_two_ways_equally_refuse_the_file_and_say_how(
    store, write, dates: tuple[str, str], amounts: tuple[str, str]
) -> None:
    path = write(
        "amb.qif",
        f"!Type:Bank\nD{dates[0]}\nT{amounts[0]}\nPTrader Joe's\n^\n"
        f"D{dates[1]}\nT{amounts[1]}\nPTrader Joe's\n^\n",
    )
    result = import_files(store, [path]).files[0]
    assert result.error == (
        f"{path}, line 2: the date {dates[0]!r} reads as 07 March 2025 (month first, US) or "
        "03 July 2025 (day first), and no date in the file settles which (none has a day "
        "above 12, the lines are not in date order, and its amounts do not say US); export "
        "it again with ISO dates (YYYY-MM-DD), or as OFX or CSV"
    )
    assert counts(store) == (0, 0, 0)


def test_how_a_settled_file_was_read_is_reported() -> None:
    parsed = read_statement_file(FIXTURES / "moneydance_euro.qif")
    assert parsed.detected is not None
    assert (parsed.detected["date_format"], parsed.detected["decimal"]) == ("day first", ",")
    assert parsed.detected["date_order_from"] == "dates written with dots are day first"
    uk = read_statement_file(FIXTURES / "uk_day_first.qif").detected
    assert uk is not None and uk["date_order_from"] == "'17/01/2025' (line 10) reads only day first"


def test_dates_of_two_orders_in_one_file_refuse_it(write) -> None:
    path = write("mix.qif", "!Type:Bank\nD13/01/2025\nT-1.00\nPA\n^\nD01/14/2025\nT-2.00\nPB\n^\n")
    with pytest.raises(StatementError) as refused:
        read_statement_file(path)
    assert refused.value.line == 6
    assert "'13/01/2025' (line 2) is day first, '01/14/2025' (line 6) month first" in (
        refused.value.reason
    )


def test_an_investment_list_is_refused_with_its_reason(store) -> None:
    result = import_files(store, [FIXTURES / "investment.qif"]).files[0]
    assert result.error is not None and "investment.qif, line 5:" in result.error
    assert "finapp does not track investments" in result.error
    assert counts(store) == (0, 0, 0)


def test_a_bad_amount_refuses_the_file_at_its_line_or_is_skipped_and_listed(store, write) -> None:
    path = write(
        "bad.qif",
        "!Type:Bank\nD1/ 5'24\nT-12.40\nPCafe\n^\nD1/ 6'24\nTtwelve\n"
        "PShop\n^\nD1/17'24\nT-3.05\nPBus\n^\n",
    )
    refused = import_files(store, [path]).files[0]
    assert refused.error == (
        f"{path}, line 7: not an amount: 'twelve' (use --skip-bad-rows to import the other rows)"
    )
    assert counts(store) == (0, 0, 0)
    kept = import_files(store, [path], skip_bad_rows=True).files[0]
    assert (kept.new, [(s.line, s.reason) for s in kept.skipped]) == (
        2,
        [(7, "not an amount: 'twelve'")],
    )


@pytest.mark.parametrize(
    ("body", "line", "reason"),
    [
        ("D1/ 5'24\nT-1.00\nPA\n^\nD2/30'24\nT-2.00\nPB\n^\n", 6, '"2/30\'24" is not a date'),
        ("D1/ 5'24\nPA\n^\n", 2, "the record has no amount (T line)"),
        ("T-1.00\nPA\n^\n", 2, "the record has no date (D line)"),
        ("D1/ 5'24\nT-1.005\nPA\n^\n", 3, "-1.005 has more decimals than USD allows"),
    ],
)
def test_a_broken_record_names_its_line(store, write, body: str, line: int, reason: str) -> None:
    path = write("broken.qif", "!Type:Bank\n" + body)
    result = import_files(store, [path]).files[0]
    assert result.error is not None and result.error.startswith(f"{path}, line {line}: {reason}")
    assert counts(store) == (0, 0, 0)


def test_a_file_is_known_as_qif_by_its_content_and_its_last_record_may_lack_the_caret(
    write,
) -> None:
    path = write("export.txt", "\ufeff\r\n!type:CCard\r\nD2024-02-29\r\nT-9.99\r\nPiCloud\r\n")
    assert lines(path) == [("", date(2024, 2, 29), Decimal("-9.99"), "iCloud", "")]


def test_cli_import_json_reports_qif_and_files_into_the_chosen_account(tmp_path: Path) -> None:
    data = tmp_path / "d"
    summary = cli_json(
        data, "import", str(FIXTURES / "uk_day_first.qif"), "--account", "Barclaycard"
    )
    (file,) = summary["files"]
    assert (file["format"], file["new"], file["accounts"][0]["account"]) == (
        "qif",
        3,
        "Barclaycard",
    )
    assert (file["detected"]["date_format"], file["detected"]["date_order_from"]) == (
        "day first",
        "'17/01/2025' (line 10) reads only day first",
    )


def test_a_euro_export_goes_into_the_euro_account_the_user_chooses(store, write) -> None:
    girokonto = write(
        "giro.csv", "Date,Description,Amount,Currency\n2024-12-30,Stadtwerke Leipzig,-84.20,EUR\n"
    )
    assert import_files(store, [girokonto], account_name="Girokonto").files[0].new == 1
    result = import_files(store, [FIXTURES / "moneydance_euro.qif"], account_name="Girokonto")
    assert [(a.account, a.new) for a in result.files[0].accounts] == [("Girokonto", 3)]
    with store.read() as session:
        stored = session.scalars(select(Transaction.currency)).all()
    assert sorted(stored) == ["EUR"] * 4
    assert ("2025-01-10", Decimal("3412.77"), "Gehalt Januar Contoso GmbH", None) in rows(store)


@pytest.mark.parametrize("kind", ["Cash", "Oth A", "Oth L"])
def test_cash_and_other_asset_or_liability_lists_are_read(write, kind: str) -> None:
    path = write("o.qif", f"!Type:{kind}\nD3/14'25\nU-18.25\nPFarmers Market\n^\n")
    (statement,) = read_statement_file(path).statements
    assert statement.account.type == "other"
    assert [(t.posted, t.amount, t.payee) for t in statement.transactions] == [
        (date(2025, 3, 14), Decimal("-18.25"), "Farmers Market")
    ]


def test_a_split_record_without_a_total_is_the_sum_of_its_splits(write) -> None:
    path = write(
        "s.qif",
        "!Type:Bank\nD3/14'25\nPTarget T-1843\nSGroceries\n$-31.47\nSClothing\n$-24.99\n^\n",
    )
    assert lines(path) == [("", date(2025, 3, 14), Decimal("-56.46"), "Target T-1843", "")]
    (statement,) = read_statement_file(path).statements
    assert statement.transactions[0].splits == (
        ParsedSplit("Groceries", Decimal("-31.47")),
        ParsedSplit("Clothing", Decimal("-24.99")),
    )


def test_a_split_record_is_stored_as_one_line_split_into_its_categories(store) -> None:
    """Before, the Safeway receipt was one line with no category, the parts only named in its
    memo: the groceries budget never saw its 61.08."""
    (read,) = import_files(store, [FIXTURES / "quicken_us_checking.qif"]).files
    assert read.error is None and not read.notes
    safeway = _line_id(store, "Safeway #1784")
    assert [(p.category, p.amount, p.memo) for p in splits_of(store, safeway)] == [
        ("Groceries", Decimal("-61.08"), ""),
        ("Household", Decimal("-26.24"), "paper towels"),
    ]
    again = import_files(store, [FIXTURES / "quicken_us_checking.qif"]).files[0]
    assert again.new == 0
    assert len(splits_of(store, safeway)) == 2


def test_a_mortgage_split_files_the_principal_sent_to_the_loan_account_as_a_transfer(
    store, write
) -> None:
    path = write(
        "mortgage.qif",
        "!Type:Bank\nD2/ 1'25\nT-1,850.00\nPWells Fargo Home Mtg\nL--Splits--\n"
        "SHousing:Mortgage Interest/Home\n$-1,120.00\nS[Home Mortgage]\nEprincipal\n"
        "$-730.00\n^\n",
    )
    (read,) = import_files(store, [path]).files
    assert read.error is None and read.new == 1
    mortgage = _line_id(store, "Wells Fargo Home Mtg")
    assert [(p.category, p.amount, p.memo) for p in splits_of(store, mortgage)] == [
        ("Housing:Mortgage Interest", Decimal("-1120.00"), ""),
        ("Transfers", Decimal("-730.00"), "principal; [Home Mortgage]"),
    ]


def test_split_records_that_make_no_split_stay_one_line_and_a_note_says_why(store, write) -> None:
    path = write(
        "jan.qif",
        "!Type:Bank\n"
        # the parts leave 3.54 of the 60.00 out
        "D3/14'25\nT-60.00\nPTarget T-1843\nSGroceries\n$-31.47\nSClothing\n$-24.99\n^\n"
        # a paycheck: gross pay, less the taxes withheld
        "D3/15'25\nT2,486.19\nPACME Tools Payroll\nSSalary:Gross Pay\n$3,100.00\n"
        "STaxes:Federal\n$-412.50\nSTaxes:Social Security\n$-201.31\n^\n",
    )
    (read,) = import_files(store, [path]).files
    assert read.error is None and read.new == 2
    assert list(read.notes) == [
        "1 split record kept whole, each one line of its total with its parts named in the "
        "memo: the parts do not add up to the total (line 2); those of line 2 add up to -56.46, "
        "its total is -60.00",
        "1 split record kept whole, each one line of its total with its parts named in the "
        "memo: a part is 0.00 or signed against the total, which a split cannot hold (line 10)",
    ]
    target = _line_id(store, "Target T-1843")
    assert splits_of(store, target) == ()
    with store.read() as session:
        memo = session.get_one(Transaction, target).memo
    assert memo == "split: Groceries -31.47, Clothing -24.99"


def _line_id(store, payee: str) -> int:
    with store.read() as session:
        return session.scalars(select(Transaction.id).where(Transaction.payee == payee)).one()


def test_an_account_record_without_its_caret_still_names_the_list_after_it(write) -> None:
    path = write(
        "acct.qif",
        "!Account\nNHigh Yield Savings\nTBank\n!Type:Bank\nD4/30'25\nT12.87\nPInterest\n^\n",
    )
    assert lines(path) == [
        ("High Yield Savings", date(2025, 4, 30), Decimal("12.87"), "Interest", "")
    ]
