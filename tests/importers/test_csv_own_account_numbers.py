"""A bank CSV's own-account column gives the statement its number, and the account older finapp
stored without one learns it rather than a second account opening beside it.

Sparkasse's CSV-CAMT export (``Auftragskonto``), GLS Bank's (``Kontonummer``), Lloyds'
(``Sort Code`` and ``Account Number``) and NatWest's (``Account Number`` beside ``Account
Name``) name the holder's account on every row. finapp read none of them, so their accounts
were stored without a number; reading it now must not import the same lines a second time.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.registry import read_statement_file
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files, import_parsed
from tests.importers.helpers import rows

_SPARKASSE_HEADER = (
    '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";'
    '"Glaeubiger ID";"Mandatsreferenz";"Kundenreferenz (End-to-End)";"Sammlerreferenz";'
    '"Lastschrift Ursprungsbetrag";"Auslagenersatz Ruecklastschrift";'
    '"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";'
    '"Waehrung";"Info"\n'
)


def _sparkasse(account: str, day: str, text: str, payee: str, amount: str) -> str:
    cells = [account, day, day, "KARTENZAHLUNG", text, "", "", "", "", "", "", payee,
             "DE02100100100006820101", "COBADEFFXXX", amount, "EUR", "Umsatz gebucht"]  # fmt: skip
    return ";".join(f'"{c}"' for c in cells) + "\n"


_GIRO = "DE12345678901234567890"
_SPARKASSE_JAN = [
    _sparkasse(_GIRO, "31.01.24", "REWE SAGT DANKE", "REWE Markt GmbH", "-45,67"),
    _sparkasse(_GIRO, "25.01.24", "Gehalt Januar 2024", "ACME Deutschland GmbH", "2.500,00"),
    _sparkasse(_GIRO, "10.01.24", "Miete Januar", "Vermieter", "-1.100,00"),
]
_SPARKASSE_FEB = [
    _sparkasse(_GIRO, "05.02.24", "Bäckerei 2024-02-05T08:12", "Bäckerei Müller GmbH", "-3,45"),
    *_SPARKASSE_JAN[:2],
]

_GLS_HEADER = (
    "Kontonummer;Buchungstag;Wertstellung;Auftraggeber/Empfänger;Buchungstext;VWZ1;VWZ2;VWZ3;"
    "VWZ4;VWZ5;VWZ6;VWZ7;VWZ8;VWZ9;VWZ10;VWZ11;VWZ12;VWZ13;VWZ14;Betrag;Kontostand;Währung\n"
)


def _gls(day: str, payee: str, kind: str, why: str, amount: str, balance: str) -> str:
    return f'1234567890;{day};{day};{payee};"{kind}";{why};;;;;;;;;;;;;;{amount};{balance};EUR\n'


_GLS_OCT = [
    _gls("10.10.2017", "Drillisch Online AG", "SEPA-Basislastschrift", "987 SIMply Rechnung",
         "-98,76", "1.234,56"),
    _gls("20.10.2017", "Stadtwerke Bochum", "SEPA-Basislastschrift", "Abschlag Strom",
         "-64,00", "1.170,56"),
]  # fmt: skip
_GLS_NOV = [
    _GLS_OCT[1],
    _gls("02.11.2017", "Arbeitgeber GmbH", "Gutschrift", "Lohn Oktober", "2.100,00", "3.270,56"),
]

_LLOYDS_HEADER = (
    "Transaction Date,Transaction Type,Sort Code,Account Number,Transaction Description,"
    "Debit Amount,Credit Amount,Balance\n"
)
_LLOYDS_JAN = [
    "29/01/2024,DEB,'30-00-00,12345678,PRET A MANGER LONDON,4.50,,1228.81\n",
    "26/01/2024,FPI,'30-00-00,12345678,ACME LTD SALARY,,2000.00,1233.31\n",
    "15/01/2024,SO,'30-00-00,12345678,LANDLORD RENT,850.00,,-766.69\n",
]
_LLOYDS_FEB = [
    "02/02/2024,DEB,'30-00-00,12345678,TESCO STORES 1234,23.45,,1205.36\n",
    _LLOYDS_JAN[0],
]

_NATWEST_HEADER = "\nDate, Type, Description, Value, Balance, Account Name, Account Number\n"
_NATWEST_JAN = [
    '29 Jan 2024,POS,"\'PRET A MANGER LONDON",-4.50,1228.81,"\'JOHN DOE","\'600000-12345678",\n',
    '26 Jan 2024,BAC,"\'ACME LTD SALARY",2000.00,1233.31,"\'JOHN DOE","\'600000-12345678",\n',
    '15 Jan 2024,S/O,"\'LANDLORD RENT",-850.00,-766.69,"\'JOHN DOE","\'600000-12345678",\n',
]
_NATWEST_FEB = [
    '02 Feb 2024,POS,"\'TESCO STORES 1234",-23.45,1205.36,"\'JOHN DOE","\'600000-12345678",\n',
    *_NATWEST_JAN[:1],
]


@dataclass(frozen=True)
class Bank:
    name: str
    header: str
    first: list[str]
    later: list[str]
    encoding: str
    last4: str
    new_later: int  # the later file's lines not in the first

    def file(self, lines: list[str]) -> bytes:
        text = self.header + "".join(lines)
        return text.replace("\n", "\r\n").encode(self.encoding)


BANKS = [
    Bank("Sparkasse", _SPARKASSE_HEADER, _SPARKASSE_JAN, _SPARKASSE_FEB, "cp1252", "7890", 1),
    Bank("GLS Bank", _GLS_HEADER, _GLS_OCT, _GLS_NOV, "latin-1", "7890", 1),
    Bank("Checking", _LLOYDS_HEADER, _LLOYDS_JAN, _LLOYDS_FEB, "ascii", "5678", 1),
    Bank("Checking", _NATWEST_HEADER, _NATWEST_JAN, _NATWEST_FEB, "ascii", "5678", 1),
]
_IDS = ["sparkasse", "gls", "lloyds", "natwest"]


def _as_older_finapp_did(store, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Import ``path`` as finapp did before it read the own-account column: no number."""
    parsed = read_statement_file(path)
    unnumbered = tuple(replace(s, account=replace(s.account, number="")) for s in parsed.statements)
    assert import_parsed(store, replace(parsed, statements=unnumbered)).new > 0


@pytest.mark.parametrize("bank", BANKS, ids=_IDS)
def test_the_statement_names_its_own_account(bank: Bank, write) -> None:  # type: ignore[no-untyped-def]
    (statement,) = read_statement_file(write("export.csv", bank.file(bank.first))).statements
    assert statement.account.number.endswith(bank.last4)


@pytest.mark.parametrize("bank", BANKS, ids=_IDS)
def test_the_account_stored_without_a_number_learns_it_and_nothing_is_doubled(
    bank: Bank, store, write
) -> None:  # type: ignore[no-untyped-def]
    first = write("first.csv", bank.file(bank.first))
    _as_older_finapp_did(store, first)
    assert [(a.name, a.number) for a in list_accounts(store)] == [(bank.name, "")]

    again = import_files(store, [write("first-again.csv", bank.file(bank.first))]).files[0]
    assert again.error is None
    assert [(a.account, a.new, a.duplicates) for a in again.accounts] == [
        (bank.name, 0, len(bank.first))
    ]
    assert "now knows its account number" in again.accounts[0].note
    assert [(a.name, a.number) for a in list_accounts(store)] == [(bank.name, bank.last4)]

    later = import_files(store, [write("later.csv", bank.file(bank.later))]).files[0]
    assert [(a.account, a.new, a.matched_by) for a in later.accounts] == [
        (bank.name, bank.new_later, "number")
    ]
    assert len(list_accounts(store)) == 1
    assert len(rows(store)) == len(bank.first) + bank.new_later


def test_another_account_of_the_bank_is_an_account_of_its_own(store, write) -> None:  # type: ignore[no-untyped-def]
    bank = BANKS[0]
    _as_older_finapp_did(store, write("giro.csv", bank.file(bank.first)))
    import_files(store, [write("giro-again.csv", bank.file(bank.first))])
    savings = "DE98765432109876543210"
    other = [
        _sparkasse(savings, "31.01.24", "Zinsen", "Sparkasse", "1,20"),
        _sparkasse(savings, "25.01.24", "Umbuchung", "Max Mustermann", "-50,00"),
    ]
    result = import_files(store, [write("savings.csv", bank.file(other))]).files[0]
    assert [(a.account, a.new, a.matched_by) for a in result.accounts] == [
        ("Sparkasse …3210", 2, "new")
    ]
    assert rows(store, "Sparkasse …3210") == [
        ("2024-01-25", Decimal("-50.00"), "Max Mustermann", None),
        ("2024-01-31", Decimal("1.20"), "Sparkasse", None),
    ]


def test_an_export_naming_no_bank_learns_a_number_only_where_its_lines_are(store, write) -> None:  # type: ignore[no-untyped-def]
    """A bare export of date, payee and amount went into "Checking" with any other such file;
    a Lloyds export whose lines are none of its lines is not taken to be that account's."""
    bare = "Date,Description,Amount\n2024-01-05,CREDIT UNION LOAN,-120.00\n"
    import_files(store, [write("credit_union.csv", bare)])
    bank = BANKS[2]
    result = import_files(store, [write("lloyds.csv", bank.file(bank.first))]).files[0]
    assert [(a.account, a.matched_by) for a in result.accounts] == [("Checking …5678", "new")]
    assert sorted((a.name, a.number) for a in list_accounts(store)) == [
        ("Checking", ""),
        ("Checking …5678", "5678"),
    ]
