"""A statement's balance stated at the end of its last day in the bank's own time zone
(``<DTASOF>20261031235959.000[-5:EST]``, as US banks write it) belongs to that day, not to the
next one in UTC: the month-end balance is where net worth and reconciliation look for it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from finapp.services.balances import balance_on
from finapp.services.imports import import_files
from finapp.services.reconciliation import BooksState, account_books
from finapp.store.schema import Account

HEADER = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

"""


def _month(folder: Path, name: str, first: str, last: str, lines: str, balance: str) -> Path:
    text = (
        HEADER
        + f"""<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20261201083000.000[-5:EST]<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD
<BANKACCTFROM><BANKID>021000021<ACCTID>7777000011<ACCTTYPE>CHECKING</BANKACCTFROM>
<BANKTRANLIST>
<DTSTART>{first}000000.000[-5:EST]
<DTEND>{last}235959.000[-5:EST]
{lines}
</BANKTRANLIST>
<LEDGERBAL><BALAMT>{balance}<DTASOF>{last}235959.000[-5:EST]</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1>
</OFX>
"""
    )
    path = folder / name
    path.write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    return path


def _line(fitid: str, day: str, amount: str, name: str) -> str:
    kind = "CREDIT" if not amount.startswith("-") else "DEBIT"
    return (
        f"<STMTTRN><TRNTYPE>{kind}<DTPOSTED>{day}120000.000[-5:EST]<TRNAMT>{amount}"
        f"<FITID>{fitid}<NAME>{name}</STMTTRN>"
    )


def test_month_end_balances_stay_on_the_banks_last_day(store, tmp_path: Path) -> None:
    october = _month(tmp_path, "oct.ofx", "20261001", "20261031",
                     _line("T1", "20261001", "1000.00", "PAYROLL")
                     + _line("T2", "20261015", "-100.00", "GROCERY OUTLET"), "900.00")  # fmt: skip
    november = _month(tmp_path, "nov.ofx", "20261101", "20261130",
                      _line("T3", "20261105", "-550.00", "RENT"), "350.00")  # fmt: skip
    assert not import_files(store, [october, november]).failed

    [books] = account_books(store).values()
    assert books.state is BooksState.AGREE and books.checked == 2
    assert books.checked_through == date(2026, 11, 30)
    with store.read() as session:
        account = session.scalars(select(Account.id)).one()
        assert balance_on(session, account, date(2026, 10, 31)) == 90000
        assert balance_on(session, account, date(2026, 11, 30)) == 35000
