"""Built-in profiles of widely used exports not in the corpus: recognised, signs right."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.importers.csv import read_csv
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.table import RowProblem

SAMPLES = {
    "Chase checking": (
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
        "DEBIT,01/05/2024,NETFLIX.COM,-15.49,ACH_DEBIT,1000.00,\n"
        "CREDIT,01/02/2024,PAYROLL,2500.00,ACH_CREDIT,1015.49,\n",
        [Decimal("-15.49"), Decimal("2500.00")],
    ),
    "Bank of America credit card": (
        "Posted Date,Reference Number,Payee,Address,Amount\n"
        "01/05/2024,2469216,SPOTIFY USA,NEW YORK NY,-10.99\n"
        "01/06/2024,2469217,PAYMENT - THANK YOU,,200.00\n",
        [Decimal("-10.99"), Decimal("200.00")],
    ),
    "American Express": (
        "Date,Description,Card Member,Account #,Amount\n"
        "01/05/2024,AMAZON PRIME,JANE DOE,-41004,14.99\n"
        "01/09/2024,AUTOPAY PAYMENT - THANK YOU,JANE DOE,-41004,-100.00\n",
        [Decimal("-14.99"), Decimal("100.00")],
    ),
    "Discover card": (
        "Trans. Date,Post Date,Description,Amount,Category\n"
        '01/30/2024,01/30/2024,"AMAZON.COM AMZN.COM/BILLWA",23.99,"Merchandise"\n'
        '02/01/2024,02/01/2024,"INTERNET PAYMENT - THANK YOU",-500.00,"Payments and Credits"\n',
        [Decimal("-23.99"), Decimal("500.00")],
    ),
    "Wells Fargo": (
        '"01/05/2024","-45.00","*","","PG&E WEB ONLINE"\n'
        '"01/06/2024","1200.00","*","","DIRECT DEP ACME"\n',
        [Decimal("-45.00"), Decimal("1200.00")],
    ),
    "Barclays": (
        "Number,Date,Account,Amount,Subcategory,Memo\n"
        ",05/01/2024,20-32-06 13152170,-9.99,PAYMENT,NETFLIX.COM\n"
        ",06/01/2024,20-32-06 13152170,1500.00,CREDIT,SALARY\n",
        [Decimal("-9.99"), Decimal("1500.00")],
    ),
    "Monzo": (
        "Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,"
        "Local currency,Notes and #tags,Address,Receipt,Description,Category split,Money Out,"
        "Money In\n"
        "tx_1,02/01/2024,08:15:00,Card payment,Pret A Manger,,Eating out,-4.50,GBP,-4.50,GBP,,,"
        ",PRET,,-4.50,\n"
        "tx_2,03/01/2024,09:00:00,Faster payment,Employer,,Income,2000.00,GBP,2000.00,GBP,,,"
        ",SALARY,,,2000.00\n",
        [Decimal("-4.50"), Decimal("2000.00")],
    ),
    "N26 (2019, German)": (
        '"Datum","Empfänger","Kontonummer","Transaktionstyp","Verwendungszweck","Kategorie",'
        '"Betrag (EUR)","Betrag (Fremdwährung)","Fremdwährung","Wechselkurs"\n'
        '"2026-08-05","NETFLIX.COM","","MasterCard Zahlung","","Freizeit & Unterhaltung",'
        '"-13.99","-13.99","EUR","1.0"\n'
        '"2026-08-02","Lukas Schmidt","DE44700500000012345678","Gutschrift","Taschengeld",'
        '"Einkommen","300.00","","",""\n',
        [Decimal("-13.99"), Decimal("300.00")],
    ),
    "Revolut": (
        "Type,Product,Started Date,Completed Date,Description,Amount,Fee,Currency,State,Balance\n"
        "CARD_PAYMENT,Current,2024-01-02 10:00:00,2024-01-03 09:00:00,Uber,-12.30,0.00,EUR,"
        "COMPLETED,100.00\n"
        "CARD_PAYMENT,Current,2024-01-04 10:00:00,,Shop,-5.00,0.00,EUR,DECLINED,100.00\n"
        "TOPUP,Current,2024-01-05 10:00:00,2024-01-05 10:00:01,Top-up,50.00,0.00,EUR,"
        "COMPLETED,150.00\n",
        [Decimal("-12.30"), Decimal("50.00")],
    ),
    "ING Netherlands": (
        '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";'
        '"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"\n'
        '"20240105";"Albert Heijn";"NL01INGB0001";"";"BA";"Af";"23,45";"Betaalautomaat";""\n'
        '"20240125";"Werkgever BV";"NL01INGB0001";"NL02";"GT";"Bij";"2.100,00";"Overschrijving";'
        '"Salaris"\n',
        [Decimal("-23.45"), Decimal("2100.00")],
    ),
}


@pytest.mark.parametrize("name", list(SAMPLES))
def test_builtin_profile_is_recognised_and_reads_signs(name: str) -> None:
    text, amounts = SAMPLES[name]
    parsed = read_csv(f"{name}.csv", text.encode())
    assert parsed.format == f"csv:{name}"
    assert [t.amount for s in parsed.statements for t in s.transactions] == amounts


def test_a_barclays_savers_deposits_alone_are_money_in() -> None:
    """Barclays signs its amounts, so a saver's download of monthly deposits and nothing else
    is three deposits, not a question of whether its positive amounts are charges."""
    saver = (
        "Number,Date,Account,Amount,Subcategory,Memo\n"
        " ,20/09/2026,20-32-06 43417192,500.00,FT,J LEE                 FROM 20-32-06 13152170 FT\n"
        " ,20/10/2026,20-32-06 43417192,500.00,FT,J LEE                 FROM 20-32-06 13152170 FT\n"
        " ,20/11/2026,20-32-06 43417192,500.00,FT,J LEE                 FROM 20-32-06 13152170 FT\n"
    )  # fmt: skip
    parsed = read_csv("Data.csv", saver.encode())
    assert parsed.format == "csv:Barclays"
    (statement,) = parsed.statements
    assert [t.amount for t in statement.transactions] == [Decimal("500.00")] * 3
    assert statement.account.currency == "GBP"


def test_usaas_older_download_reads_money_in_and_leaves_the_forecasted_out() -> None:
    """USAA's older CSV has no header, writes every amount with a minus before it (money in is
    ``--3200.00``) and lists a charge not booked yet as ``forecasted``: one refund so written
    refused the whole file ("no amount column found"), and a forecasted coffee was stored."""
    older = (
        "forecasted,,12/06/2026,,STARBUCKS STORE 07734 SAN ANTONIO TX,Coffee Shops,-4.75\n"
        "posted,,11/25/2026,,ACME CORP DIRECT DEP,Paycheck,--3200.00\n"
        "posted,,11/22/2026,,WAL-MART #1234 SAN ANTONIO TX,Groceries,-51.88\n"
        "posted,,11/09/2026,,AMAZON MKTPL*ZX81K2 Amzn.com/bill WA,Shopping,--23.99\n"
        "posted,,11/06/2026,,AMAZON MKTPL*ZX81K2 Amzn.com/bill WA,Shopping,-23.99\n"
    )
    parsed = read_csv("bk_download.csv", older.encode())
    assert parsed.format == "csv:USAA"
    (statement,) = parsed.statements
    assert [(t.posted.isoformat(), t.amount) for t in statement.transactions] == [
        ("2026-11-25", Decimal("3200.00")),
        ("2026-11-22", Decimal("-51.88")),
        ("2026-11-09", Decimal("23.99")),
        ("2026-11-06", Decimal("-23.99")),
    ]
    assert [row.line for row in parsed.skipped] == [1]  # the forecasted coffee, left out


def test_a_chase_savings_download_of_deposits_alone_reads_as_written() -> None:
    """Chase writes its savings account's download as its checking's, amounts signed: a month
    of transfers in and interest, and nothing out, was refused as a question of signs, even
    with ``--profile "Chase checking"``."""
    savings = (
        "Details,Posting Date,Description,Amount,Type,Balance,Check or Slip #\n"
        'CREDIT,11/30/2026,"INTEREST PAYMENT",2.30,MISC_CREDIT,17026.70,,\n'
        'CREDIT,11/03/2026,"Online Transfer from CHK ...4321 transaction#: 20000202611",'
        "500.00,ACCT_XFER,17024.40,,\n"
        'CREDIT,10/30/2026,"INTEREST PAYMENT",2.20,MISC_CREDIT,16524.40,,\n'
    )
    parsed = read_csv("Chase5566_Activity_20261201.CSV", savings.encode())
    assert parsed.format == "csv:Chase checking"
    (statement,) = parsed.statements
    assert [t.amount for t in statement.transactions] == [
        Decimal("2.30"),
        Decimal("500.00"),
        Decimal("2.20"),
    ]


#: Woolworths Money (Australia) writes Citi's five columns, in its own order, with its dates
#: as "23 Nov 26" and the amounts unsigned in Credit and Debit
_CITI_COLUMNS_OTHER_DATES = (
    "Date,Status,Description,Credit,Debit\n"
    "Pending,Pending,COLES EXPRESS 1842       PARRAMATTA   000,,45.63,\n"
    "23 Nov 26,Processed,WOOLWORTHS 3345             SYDNEY,,54.73,\n"
    "21 Nov 26,Processed,SALARY ACME PTY LTD,2380.00,,\n"
    "19 Nov 26,Processed,OPAL TRANSPORT                SYDNEY,,12.30,\n"
)


def test_a_file_with_a_profiles_columns_but_not_its_dates_is_read_by_its_content() -> None:
    """Read as Citi's (``MM/DD/YYYY``), no row of this file was dated: every one was taken for
    a footer and the import added nothing, without a word."""
    parsed = read_csv("Transactions.csv", _CITI_COLUMNS_OTHER_DATES.encode())
    assert parsed.format != "csv:Citi credit card"
    (statement,) = parsed.statements
    assert [(t.posted.isoformat(), t.amount) for t in statement.transactions] == [
        ("2026-11-23", Decimal("-54.73")),
        ("2026-11-21", Decimal("2380.00")),
        ("2026-11-19", Decimal("-12.30")),
    ]
    assert [row.line for row in parsed.skipped] == [2]  # the pending one, left out and said


def test_dates_a_chosen_profile_cannot_read_refuse_the_file_at_the_first() -> None:
    """The same file read with Citi's profile, chosen by the user: its rows are lines with bad
    dates, refused at the first, never a footer dropped without a word."""
    with pytest.raises(RowProblem) as refused:
        read_csv(
            "Transactions.csv",
            _CITI_COLUMNS_OTHER_DATES.encode(),
            profile=profile_named("Citi credit card"),
        )
    assert refused.value.line == 3
    assert "'23 Nov 26'" in str(refused.value)


def test_a_wells_fargo_download_with_a_cheque_is_still_wells_fargos() -> None:
    """Wells Fargo's headerless download writes a cheque's number in its fourth column, empty on
    every other row: one cheque made the file unknown, and its dates of the first twelve days
    of a month a question of day or month."""
    download = (
        '"12/04/2026","-12.07","*","","CHECK CRD PURCHASE 12/02 EUPHORIALOVESRAWVOL 877-977-3959 '
        'CA 424303XXXXXX5089 194336563240052 ?MCC=5499"\n'
        '"12/04/2026","-789.00","*","2392","CHECK # 2392"\n'
        '"12/01/2026","2450.00","*","","ACME CORP PAYROLL 261201 0000123456 DOE JANE"\n'
    )
    parsed = read_csv("Checking1.csv", download.encode())
    assert parsed.format == "csv:Wells Fargo"
    (statement,) = parsed.statements
    assert [(t.posted.isoformat(), t.amount) for t in statement.transactions] == [
        ("2026-12-04", Decimal("-12.07")),
        ("2026-12-04", Decimal("-789.00")),
        ("2026-12-01", Decimal("2450.00")),
    ]
