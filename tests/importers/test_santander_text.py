"""Santander UK's "Text file (TXT)" download: no columns, each transaction a block of labelled
lines, newest first, Windows-1252 with non-breaking spaces after the colons. It was refused
("not a statement export: no row holds a date"); its card purchases, worded "CARD PAYMENT TO
…", were filed as card bill payments, and the monthly move to the 123 Saver as spending."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions

NBSP = "\u00a0"
BLOCKS = [
    ("25/11/2026", "BANK GIRO CREDIT REF ACME LTD SALARY", "3200.00", "4357.23"),
    ("22/11/2026", "CARD PAYMENT TO SAINSBURYS S/MKTS ON 22-11-2026", "-58.02", "1157.23"),
    ("20/11/2026", "TRANSFER TO 123 SAVER 09-01-28 12345678", "-500.00", "1215.25"),
    ("08/11/2026", "CARD PAYMENT TO COSTA COFFEE ON 08-11-2026", "-4.75", "1715.25"),
    ("08/11/2026", "CARD PAYMENT TO COSTA COFFEE ON 08-11-2026", "-4.75", "1720.00"),
    ("05/11/2026", "CARD PAYMENT TO NETFLIX.COM,15.49 GBP, RATE 1.00/GBP ON 05-11-2026",
     "-15.49", "1724.75"),
]  # fmt: skip


def _download(blocks: list[tuple[str, str, str, str]]) -> bytes:
    head = f"From:{NBSP}01/11/2026 to 30/11/2026\r\n\r\nAccount:{NBSP}XXXX XXXX XXXX 4417\r\n\r\n"
    body = "".join(
        f"Date:{NBSP}{day}\r\nDescription:{NBSP}{words} \r\nAmount:{NBSP}{amount} {NBSP}\r\n"
        f"Balance:{NBSP}{balance} {NBSP}\r\n\r\n"
        for day, words, amount, balance in blocks
    )
    return (head + body).encode("cp1252")


def test_the_text_download_reads_as_santanders_in_pounds(store, write) -> None:  # type: ignore[no-untyped-def]
    result = import_files(store, [write("Statement.txt", _download(BLOCKS))]).files[0]
    assert result.error is None and (result.new, result.duplicates) == (6, 0)
    (account,) = list_accounts(store)
    assert (account.institution, account.currency, account.number) == ("Santander", "GBP", "4417")
    assert (account.balance, account.balance_date) == (Decimal("4357.23"), date(2026, 11, 25))
    lines = list_transactions(store)
    coffees = [t for t in lines if t.amount == Decimal("-4.75")]
    assert len(coffees) == 2  # two coffees on one day stay two
    netflix = next(t for t in lines if "NETFLIX" in t.payee)
    assert netflix.category == "Entertainment:Streaming"  # a purchase, not a card's bill
    (totals,) = month_report(store, date(2026, 11, 1)).totals
    # Sainsbury's, two coffees and Netflix; the 500.00 to the saver is the household's own
    assert (totals.income, totals.expenses) == (Decimal("3200.00"), Decimal("83.01"))
    again = import_files(store, [write("Statement (1).txt", _download(BLOCKS))])
    assert (again.new, again.duplicates) == (0, 6)


def test_a_block_with_an_unreadable_amount_is_named_by_its_line(store, write) -> None:  # type: ignore[no-untyped-def]
    broken = [*BLOCKS[:2], ("20/11/2026", "TRANSFER TO 123 SAVER", "five hundred", "1215.25")]
    result = import_files(store, [write("Statement.txt", _download(broken))]).files[0]
    assert result.error is not None and result.new == 0
    assert "line 15" in result.error  # the third block's Date: line
    assert list_transactions(store) == []
