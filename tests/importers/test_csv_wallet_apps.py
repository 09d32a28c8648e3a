"""US payment apps import as wallets: Cash App (dates with a time zone, Net Amount), PayPal
(Net, the money that moved once the fee is taken, one account per currency, pending lines
left out) and Venmo (``- $12.50`` amounts below a line of balances, To or From the payee)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HERE = Path(__file__).parent / "bank_exports"


def test_cash_app_rows_dated_with_a_time_zone_import_with_their_net_amounts() -> None:
    parsed = read_csv("cashapp.csv", (HERE / "cashapp.csv").read_bytes())
    (statement,) = parsed.statements
    assert statement.account.type == AccountType.PAYMENT_APP
    assert statement.account.currency == "USD"
    assert [(t.posted.isoformat(), t.payee, t.amount, t.fitid) for t in statement.transactions] == [
        ("2024-01-05", "Starbucks", Decimal("-12.50"), "rmgsrz"),
        ("2024-01-06", "Jane Roe", Decimal("400"), "abcdef"),
        ("2024-01-07", "Cash Out Instant", Decimal("-393.31"), "ghijkl"),  # with its fee
    ]


def test_paypal_net_per_currency_with_the_fee_taken_and_pending_left_out() -> None:
    parsed = read_csv("paypal.csv", (HERE / "paypal.csv").read_bytes())
    by_currency = {
        s.account.currency: [(t.payee, t.amount) for t in s.transactions] for s in parsed.statements
    }
    assert by_currency == {
        "USD": [
            ("eBay Seller", Decimal("-25.00")),
            ("General Card Deposit", Decimal("25.00")),
            ("John Smith", Decimal("96.80")),  # 100.00 sent, 3.20 fee
            ("General Currency Conversion", Decimal("-12.10")),
        ],
        "EUR": [
            ("Spotify", Decimal("-10.99")),
            ("General Currency Conversion", Decimal("10.99")),
        ],
    }
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (8, "status 'Pending': not booked yet (pending)")
    ]
    usd = next(s for s in parsed.statements if s.account.currency == "USD")
    assert [b.amount for b in usd.balances] == [Decimal("84.70")]


def test_a_paypal_memo_line_moved_no_money_and_is_listed() -> None:
    lines = (HERE / "paypal.csv").read_text().splitlines()
    hold = lines[3].replace('"Credit"', '"Memo"')  # John Smith's payment, only held
    text = "\n".join([lines[0], lines[1], hold]) + "\n"
    parsed = read_csv("paypal.csv", text.encode())
    assert [t.amount for s in parsed.statements for t in s.transactions] == [Decimal("-25.00")]
    assert [(s.line, s.neutral) for s in parsed.skipped] == [(3, True)]


def test_venmo_rows_below_its_balance_line_import_with_the_other_party_as_payee() -> None:
    parsed = read_csv("venmo.csv", (HERE / "venmo.csv").read_bytes())
    (statement,) = parsed.statements
    assert statement.account.type == AccountType.PAYMENT_APP
    assert [(t.posted.isoformat(), t.payee, t.amount) for t in statement.transactions] == [
        ("2024-01-05", "Jane Roe", Decimal("-12.50")),  # paid to her
        ("2024-01-06", "Jane Roe", Decimal("400.00")),  # paid by her
        ("2024-01-07", "Chase Bank *1234", Decimal("-387.50")),  # to the bank
    ]
    assert list(parsed.skipped) == []  # the balance line is the statement's, no row left out


VENMO_NOVEMBER = (
    "Account Statement - (@Dana-Whitfield-7) ,,,,,,,,,,,,,,,,,,,,,\n"
    "Account Activity,,,,,,,,,,,,,,,,,,,,,\n"
    ",ID,Datetime,Type,Status,Note,From,To,Amount (total),Amount (tip),Amount (tax),"
    "Amount (fee),Tax Rate,Tax Exempt,Funding Source,Destination,Beginning Balance,"
    "Ending Balance,Statement Period Venmo Fees,Terminal Location,Year to Date Venmo Fees,"
    "Disclaimer\n"
    ",,,,,,,,,,,,,,,,$1691.07,,,,,\n"
    ",3900000020261106000,2026-11-06T16:23:59,Standard Transfer,Issued,,,,+ $150.00,,0,,0,,"
    "Summit CU Checking *1207,Venmo balance,,,,Venmo,,\n"
    ",3900000020261111001,2026-11-11T18:39:56,Payment,Complete,concert tix,Dana Whitfield,"
    "Jordan Lee,- $48.97,,0,,0,,Venmo balance,,,,,Venmo,,\n"
    ",3900000020261123002,2026-11-23T09:50:52,Payment,Complete,dinner at Nobu,Dana Whitfield,"
    "Jordan Lee,- $52.18,,0,,0,,Venmo balance,,,,,Venmo,,\n"
    ",,,,,,,,,,,,,,,,,$1739.92,$0.00,,$0.00,"
    '"In case of errors or questions about your electronic transfers: call 855-812-4430"\n'
)


def test_venmo_ending_balance_is_the_balance_after_its_last_line() -> None:
    (statement,) = read_csv("venmo.csv", (HERE / "venmo.csv").read_bytes()).statements
    assert [(b.amount, b.as_of.isoformat()) for b in statement.balances] == [
        (Decimal("0.00"), "2024-01-07")  # an emptied balance is a balance too
    ]
    (statement,) = read_csv("VenmoStatement.csv", VENMO_NOVEMBER.encode()).statements
    assert [(b.amount, b.as_of.isoformat()) for b in statement.balances] == [
        (Decimal("1739.92"), "2026-11-23")
    ]


def test_a_venmo_statement_gives_the_wallet_a_balance(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("VenmoStatement_2026-11.csv", VENMO_NOVEMBER)])
    (venmo,) = list_accounts(store)
    assert (venmo.name, venmo.balance, venmo.balance_date.isoformat()) == (
        "Venmo",
        Decimal("1739.92"),
        "2026-11-23",
    )


def test_a_paypal_download_from_before_balance_impact_is_a_wallet_with_holds_left_out() -> None:
    """PayPal's 2016–2019 columns (``Date, Time, Time Zone, …``, no Balance Impact): Net is
    signed, a hold placed and lifted moved nothing, a pending payment is not booked yet."""
    name = "paypal_2017_no_balance_impact.csv"
    parsed = read_csv(name, (HERE / name).read_bytes())
    (statement,) = parsed.statements
    assert (statement.account.type, statement.account.currency) == (AccountType.PAYMENT_APP, "USD")
    assert [(t.posted.isoformat(), t.payee, t.amount, t.fitid) for t in statement.transactions] == [
        ("2017-07-12", "Maria Lopez", Decimal("82.23"), "5TW93810LK0429117"),  # 2.77 fee taken
        ("2017-07-08", "Netflix.com", Decimal("-10.99"), "8KX20391TR5528304"),
        ("2017-07-08", "Debit Card", Decimal("10.99"), "2DF40194HB3372914"),
    ]
    assert [(s.line, s.reason) for s in parsed.skipped] == [
        (2, "status 'Pending': not booked yet (pending)"),
        (3, "status 'Removed': no money moved"),
        (4, "status 'Placed': no money moved"),
    ]
    assert [b.amount for b in statement.balances] == [Decimal("82.23")]


def test_paypal_short_download_of_2016_imports_as_the_paypal_wallet(store: Store) -> None:
    """The short 2016 download (``Amount, Receipt ID, Balance``) had been read as a checking
    account; it is PayPal's wallet, its balance the last line's."""
    result = import_files(store, [HERE / "paypal_2016_short.csv"])
    assert not result.failed
    (account,) = list_accounts(store)
    assert (account.name, account.type) == ("PayPal", AccountType.PAYMENT_APP)
    assert account.balance == Decimal("32.55")
    again = import_files(store, [HERE / "paypal_2016_short.csv"])
    assert again.files[0].new == 0
    moved_in = {t.payee: t.is_transfer for t in list_transactions(store) if t.amount > 0}
    assert moved_in == {"Jordan Lee": False, "Bank Account": True}  # money paid, money moved


def test_paypal_funding_of_before_balance_impact_is_the_users_own_money_moved(
    store: Store,
) -> None:
    """``Charge From Debit Card`` paid for the Netflix beside it: the user's money, moved."""
    import_files(store, [HERE / "paypal_2017_no_balance_impact.csv"])
    kinds = {t.payee: (t.is_transfer, t.category) for t in list_transactions(store)}
    assert kinds["Debit Card"] == (True, None)
    assert kinds["Netflix.com"] == (False, "Entertainment:Streaming")
    assert kinds["Maria Lopez"][0] is False
