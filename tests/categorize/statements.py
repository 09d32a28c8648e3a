"""Write small OFX statements for tests, so imports run through the real importer and service."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

Line = tuple[date, str, str]  # (posted, amount, payee)

_HEAD = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:UNICODE
CHARSET:NONE
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20240101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>
"""


def _d(day: date) -> str:
    return day.strftime("%Y%m%d")


def write_ofx(
    path: Path,
    number: str,
    lines: Sequence[Line],
    *,
    kind: str = "CHECKING",
    ledger: tuple[str, date] | None = None,
    currency: str = "USD",
) -> Path:
    """A bank (or, with ``kind="CREDITCARD"``, card) statement of ``lines``."""
    txns = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if Decimal(amount) > 0 else 'DEBIT'}"
        f"<DTPOSTED>{_d(day)}<TRNAMT>{amount}<FITID>{number}-{_d(day)}-{i}-{amount}<NAME>{payee}</STMTTRN>\n"
        for i, (day, amount, payee) in enumerate(lines)
    )
    first = min((d for d, _, _ in lines), default=date(2024, 1, 1))
    last = max((d for d, _, _ in lines), default=date(2024, 1, 1))
    bal = ledger or ("0.00", last)
    body = (
        f"<BANKTRANLIST><DTSTART>{_d(first)}<DTEND>{_d(last)}\n{txns}</BANKTRANLIST>"
        f"<LEDGERBAL><BALAMT>{bal[0]}<DTASOF>{_d(bal[1])}</LEDGERBAL>"
    )
    if kind == "CREDITCARD":
        msg = (
            f"<CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<CCSTMTRS><CURDEF>{currency}<CCACCTFROM><ACCTID>{number}</CCACCTFROM>{body}"
            "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>"
        )
    else:
        msg = (
            f"<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
            f"<STMTRS><CURDEF>{currency}<BANKACCTFROM><BANKID>1<ACCTID>{number}"
            f"<ACCTTYPE>{kind}</BANKACCTFROM>{body}</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>"
        )
    path.write_text(_HEAD + msg, encoding="utf-8")
    return path


def load(store, folder: Path, number: str, lines: Sequence[Line], **kw) -> None:  # type: ignore[no-untyped-def]
    """Write a statement and import it through the import service; it must be accepted."""
    from finapp.services.imports import import_files

    folder.mkdir(parents=True, exist_ok=True)
    path = write_ofx(folder / f"{number}-{len(list(folder.iterdir()))}.ofx", number, lines, **kw)
    result = import_files(store, [path])
    assert not result.failed, result.failed[0].error


def by_payee(store) -> dict:  # type: ignore[no-untyped-def]
    """Transactions by payee (the last one wins when payees repeat)."""
    from finapp.services.transactions import list_transactions

    return {t.payee: t for t in list_transactions(store)}


def imported_as_shown(store, files: Sequence[Path]) -> set[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    """Import bank exports through the import service (each must be accepted), then each
    line as the window shows it: its payee's name, its amount and its category."""
    from finapp.services.imports import import_files
    from finapp.services.payee_names import TableNames
    from finapp.services.transactions import list_transactions

    result = import_files(store, list(files))
    assert not result.failed, result.failed
    with store.read() as session:
        names = TableNames(session)
        return {
            (names.name(t.merchant, t.account, t.statement_text, t.memo), str(t.amount), t.category)
            for t in list_transactions(store)
        }
