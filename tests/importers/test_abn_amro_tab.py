"""ABN AMRO's ``TXT….TAB`` download, read as the bank writes it, with nothing to map.

The download has no header: each line is an account's number, its currency, the day booked,
the balance before and after the line, the value day, the signed amount with a decimal comma,
and the bank's description in fields of 32 characters (the first on its own, then lines of
two, each followed by a space). Before, finapp refused the file ("needs a column mapping …
none is a running balance of another") and the CLI had no way to map it: a shared account's
183 lines, its mortgage among them, could not be imported. And a card payment's description
(``BEA, Betaalpas   Jumbo Utrecht Lunetten,PAS312 …``) made every card payment one payee.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from finapp.store.schema import Transaction
from tests.importers.helpers import balances, rows

_FIELD = 32


def _description(head: str, *fields: str) -> str:
    """A description as ABN AMRO lays it out: the first field, then lines of two fields, each
    line after a space."""
    padded = [f.ljust(_FIELD)[:_FIELD] for f in fields]
    lines = ["".join(padded[i : i + 2]) for i in range(0, len(padded), 2)]
    return " ".join([head.ljust(_FIELD), *lines])


def _line(account: str, day: str, before: str, after: str, amount: str, text: str) -> str:
    return "\t".join([account, "EUR", day, before, after, day, amount, text])


_MORTGAGE = _description(
    "SEPA Incasso algemeen doorlopend",
    "Incassant: NL74ZZZ509391585858",
    "Naam: Obvion N.V.",
    "Machtiging: 857281583",
    "Omschrijving: Hypotheek 40012873",
    " rente en aflossing",
    "IBAN: NL42ABNA0243005580",
)
_JUMBO = _description(
    "BEA, Betaalpas",
    "Jumbo Utrecht Lunetten,PAS312",
    "NR:477E56E, 05.07.25/17:16",
    "UTRECHT",
)
_LIDL = _description(
    "BEA, Betaalpas", "Lidl Utrecht Kanaalweg,PAS312", "NR:13F3F00, 19.07.25/16:11", "UTRECHT"
)
_CASH = _description(
    "GEA, Betaalpas", "Geldmaat Utrecht Centraal,PAS312", "NR:0A1B2C, 21.07.25/09:02", "UTRECHT"
)
_FROM_SANNE = _description(
    "SEPA Overboeking",
    "IBAN: NL37INGB0006839212",
    "BIC: INGBNL2A",
    "Naam: S. DE JONG",
    "Omschrijving: Bijdrage gezamenli",
    "jke rekening",
)
_FROM_DAAN = (
    "/TRTP/SEPA OVERBOEKING/IBAN/NL38RABO0312845517/BIC/RABONL2U/NAME/D.J. BAKKER"
    "/REMI/Bijdrage gezamenlijke rekening/EREF/NOTPROVIDED"
)
_SHARED = [
    _line("512734690", "20250701", "3050,00", "1804,33", "-1245,67", _MORTGAGE),
    _line("512734690", "20250705", "1804,33", "1719,10", "-85,23", _JUMBO),
    _line("512734690", "20250719", "1719,10", "1656,55", "-62,55", _LIDL),
    _line("512734690", "20250721", "1656,55", "1606,55", "-50,00", _CASH),
    _line("512734690", "20250724", "1606,55", "3006,55", "1400,00", _FROM_SANNE),
    _line("512734690", "20250725", "3006,55", "4406,55", "1400,00", _FROM_DAAN),
]
_SAVINGS = [
    _line(
        "498712345",
        "20251231",
        "9427,00",
        "9550,01",
        "123,01",
        _description(
            "Basic interest",
            "over the period from",
            "31-12-2024 to 31-12-2025",
            "For interest rates please visit www.abnamro.nl/rente",
        ),
    )
]


def _tab(lines: list[str]) -> bytes:
    return ("\r\n".join(lines) + "\r\n").encode("latin-1")


def test_a_tab_download_is_read_without_a_mapping_with_its_account_and_balance() -> None:
    parsed = read_csv("TXT251101120000.TAB", _tab(_SHARED))
    [statement] = parsed.statements
    assert (statement.account.number, statement.account.institution) == (
        "512734690",
        "ABN AMRO",
    )
    assert [(str(t.posted), t.amount) for t in statement.transactions] == [
        ("2025-07-01", Decimal("-1245.67")),
        ("2025-07-05", Decimal("-85.23")),
        ("2025-07-19", Decimal("-62.55")),
        ("2025-07-21", Decimal("-50.00")),
        ("2025-07-24", Decimal("1400.00")),
        ("2025-07-25", Decimal("1400.00")),
    ]
    assert statement.balances[-1].amount == Decimal("4406.55")
    assert str(statement.balances[-1].as_of) == "2025-07-25"


def test_each_line_is_paid_to_the_shop_or_the_named_party_with_the_rest_as_its_memo() -> None:
    [statement] = read_csv("TXT251101120000.TAB", _tab(_SHARED)).statements
    assert [(t.payee, t.memo) for t in statement.transactions] == [
        ("Obvion N.V.", "Hypotheek 40012873 rente en aflossing IBAN: NL42ABNA0243005580"),
        ("Jumbo Utrecht Lunetten", "BEA, Betaalpas NR:477E56E, 05.07.25/17:16 UTRECHT"),
        ("Lidl Utrecht Kanaalweg", "BEA, Betaalpas NR:13F3F00, 19.07.25/16:11 UTRECHT"),
        ("Geldmaat Utrecht Centraal", "GEA, Betaalpas NR:0A1B2C, 21.07.25/09:02 UTRECHT"),
        ("S. DE JONG", "Bijdrage gezamenlijke rekening IBAN: NL37INGB0006839212"),
        ("D.J. BAKKER", "Bijdrage gezamenlijke rekening IBAN: NL38RABO0312845517"),
    ]


def test_a_download_of_two_accounts_is_two_statements() -> None:
    parsed = read_csv("TXT251231120000.TAB", _tab(_SHARED + _SAVINGS))
    assert [(s.account.number, len(s.transactions)) for s in parsed.statements] == [
        ("512734690", 6),
        ("498712345", 1),
    ]
    interest = parsed.statements[1].transactions[0]
    assert (interest.payee, interest.amount) == ("Basic interest", Decimal("123.01"))


def test_imported_the_whole_download_lands_in_one_abn_amro_account(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "TXT251101120000.TAB"
    path.write_bytes(_tab(_SHARED))
    [result] = import_files(store, [path]).files
    assert [(a.account, a.new) for a in result.accounts] == [("ABN AMRO", 6)]
    assert [payee for _, _, payee, _ in rows(store, "ABN AMRO")][:3] == [
        "Obvion N.V.",
        "Jumbo Utrecht Lunetten",
        "Lidl Utrecht Kanaalweg",
    ]
    assert balances(store)[-1][1:] == ("2025-07-25", Decimal("4406.55"))


def test_the_account_is_known_by_its_iban_and_each_transfer_by_the_other_account() -> None:
    [statement] = read_csv("TXT251101120000.TAB", _tab(_SHARED)).statements
    assert statement.account.iban == "NL60ABNA0512734690"
    assert [t.other_account for t in statement.transactions] == [
        "NL42ABNA0243005580",
        "",
        "",
        "",
        "NL37INGB0006839212",
        "NL38RABO0312845517",
    ]


_ING = (
    '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";'
    '"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"\r\n'
    '"20250724";"S. de Jong en D. Bakker";"NL37INGB0006839212";"NL60ABNA0512734690";"GT";"Af";'
    '"1400,00";"Online bankieren";"Naar S. de Jong en D. Bakker Omschrijving: Bijdrage '
    'gezamenlijke rekening IBAN: NL60ABNA0512734690 Valutadatum: 24-07-2025";"2412,55";""\r\n'
)


def test_the_contribution_from_the_current_account_is_a_transfer_not_income(
    store, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    ing = tmp_path / "NL37INGB_01-07-2025_31-07-2025.csv"
    ing.write_bytes(_ING.encode("utf-8"))
    tab = tmp_path / "TXT250801120000.TAB"
    tab.write_bytes(_tab(_SHARED))
    import_files(store, [ing, tab])
    with store.read() as session:
        moves = session.execute(
            select(Transaction.amount_minor, Transaction.is_transfer).where(
                Transaction.posted == date(2025, 7, 24)
            )
        ).all()
    assert sorted(moves) == [(-140000, True), (140000, True)]
