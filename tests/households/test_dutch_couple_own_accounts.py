"""A Utrecht couple's money between their own four accounts is neither spending nor income.

Sanne banks at ING (a current account and an Oranje Spaarrekening), Daan at Rabobank, and their
shared account is at ABN AMRO. Each month both pay 1400.00 into the shared account ("Bijdrage
gezamenlijke rekening": no transfer word, and two different names on the two sides), Sanne
puts 300.00 aside ("Naar Oranje Spaarrekening"), and Daan pays her back 75.00. Each statement
names the account on the other side: ING's ``Tegenrekening``, Rabobank's ``Tegenrekening
IBAN/BBAN``, the ING savings export's ``Tegenrekening``, ABN AMRO's MT940 ``/IBAN/``. A friend's
75.00 to Sanne the day Daan's arrives names an account of no one in the household and stays
income.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Connection, select

from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.conftest import PASSPHRASE
from tests.old_schemas import undo_schema_17, upgraded

SANNE = "NL37INGB0006839212"
DAAN = "NL38RABO0312845517"
SHARED = "NL60ABNA0512734690"
FRIEND = "NL91ABNA0417164300"


@dataclass(frozen=True)
class _Line:
    day: date
    name: str
    other: str  # the other party's account, "" for none
    amount: str  # signed, with a decimal point
    words: str


_ING_LINES = [
    _Line(date(2026, 5, 4), "D.J. Bakker", DAAN, "75.00", "Terug boodschappen"),
    _Line(date(2026, 5, 4), "J. Visser", FRIEND, "75.00", "Concertkaartje Tivoli"),
    _Line(date(2026, 5, 12), "Albert Heijn 1350 UTRECHT NLD", "", "-45.20", ""),
    _Line(date(2026, 5, 25), "GEMEENTE UTRECHT", "NL72BNGH0285007562", "4350.00",
          "Salaris 05-2026 pers.nr 104233"),
    _Line(date(2026, 5, 26), "S. de Jong en D. Bakker", SHARED, "-1400.00",
          "Bijdrage gezamenlijke rekening"),
    _Line(date(2026, 5, 26), "Naar Oranje Spaarrekening V 530-71248", "", "-300.00", ""),
]  # fmt: skip
_RABO_APRIL = [
    _Line(date(2026, 4, 23), "Universiteit Utrecht", "NL20INGB0001234567", "3900.00",
          "Salaris april 2026"),
    _Line(date(2026, 4, 27), "S. de Jong en D. Bakker", SHARED, "-1400.00",
          "Bijdrage gezamenlijke rekening"),
]  # fmt: skip
_RABO_MAY = [
    _Line(date(2026, 5, 4), "S. de Jong", SANNE, "-75.00", "Terug boodschappen"),
    _Line(date(2026, 5, 23), "Universiteit Utrecht", "NL20INGB0001234567", "3900.00",
          "Salaris mei 2026"),
    _Line(date(2026, 5, 26), "S. de Jong en D. Bakker", SHARED, "-1400.00",
          "Bijdrage gezamenlijke rekening"),
    _Line(date(2026, 5, 27), "Jumbo Utrecht Lunetten", "", "-37.85",
          "Apple Pay 27-05-2026 18:02 Pas 017"),
]  # fmt: skip


def _comma(amount: Decimal) -> str:
    return f"{amount:.2f}".replace(".", ",")


def _ing(folder: Path, lines: list[_Line]) -> Path:
    """Sanne's current account as ING's download writes it: newest first, all quoted."""
    header = (
        '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";'
        '"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"'
    )
    balance, rows = Decimal("8000.00"), []
    for line in lines:
        amount = Decimal(line.amount)
        balance += amount
        if line.other:
            code, kind = ("GT", "Online bankieren") if amount < 0 else ("OV", "Overschrijving")
            said = f"Naam: {line.name} Omschrijving: {line.words} IBAN: {line.other}"
        elif line.name.startswith("Naar"):
            code, kind, said = "GT", "Online bankieren", line.name
        else:
            code, kind, said = "BA", "Betaalautomaat", "Pasvolgnr: 004 Apple Pay"
        cells = [
            f"{line.day:%Y%m%d}", line.name, SANNE, line.other, code,
            "Af" if amount < 0 else "Bij", _comma(abs(amount)), kind,
            f"{said} Valutadatum: {line.day:%d-%m-%Y}", _comma(balance), "",
        ]  # fmt: skip
        rows.append(";".join(f'"{cell}"' for cell in cells))
    path = folder / "NL37INGB_01-05-2026_31-05-2026.csv"
    path.write_text("\r\n".join([header, *reversed(rows)]) + "\r\n", encoding="utf-8")
    return path


def _rabobank(folder: Path, lines: list[_Line], name: str) -> Path:
    """Daan's account as Rabobank's 2020 CSV writes it: 26 columns, oldest first, latin-1."""
    header = (
        "IBAN/BBAN,Munt,BIC,Volgnr,Datum,Rentedatum,Bedrag,Saldo na trn,"
        "Tegenrekening IBAN/BBAN,Naam tegenpartij,Naam uiteindelijke partij,"
        "Naam initiërende partij,BIC tegenpartij,Code,Batch ID,Transactiereferentie,"
        "Machtigingskenmerk,Incassant ID,Betalingskenmerk,Omschrijving-1,Omschrijving-2,"
        "Omschrijving-3,Reden retour,Oorspr bedrag,Oorspr munt,Koers"
    )
    balance, rows = Decimal("5000.00"), [",".join(f'"{h}"' for h in header.split(","))]
    for number, line in enumerate(lines, start=1):
        amount = Decimal(line.amount)
        balance += amount
        cells = [
            DAAN, "EUR", "RABONL2U", f"{number:018d}", f"{line.day}", f"{line.day}",
            f"{'+' if amount > 0 else '-'}{_comma(abs(amount))}", f"+{_comma(balance)}",
            line.other, line.name, "", "", "", "cb" if line.other else "bc",
            *[""] * 5, line.words, *[""] * 6,
        ]  # fmt: skip
        rows.append(",".join(f'"{cell}"' for cell in cells))
    path = folder / name
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("latin-1"))
    return path


def _abn_amro(folder: Path) -> Path:
    """The shared account as ABN AMRO's MT940 download writes it (``:25:`` without the IBAN)."""
    entries = [
        ("260501", "D1245,67", "658", "/TRTP/SEPA Incasso algemeen doorlopend/CSID/"
         "NL11ZZZ000000000017/NAME/Obvion N.V./REMI/Hypotheek 40012873/IBAN/NL42ABNA0243005580"),
        ("260526", "C1400,00", "654", f"/TRTP/SEPA OVERBOEKING/IBAN/{SANNE}/BIC/INGBNL2A/"
         "NAME/S. DE JONG/REMI/Bijdrage gezamenlijke rekening/EREF/NOTPROVIDED"),
        ("260526", "C1400,00", "654", f"/TRTP/SEPA OVERBOEKING/IBAN/{DAAN}/BIC/RABONL2U/"
         "NAME/D.J. BAKKER/REMI/Bijdrage gezamenlijke rekening/EREF/NOTPROVIDED"),
        ("260528", "D62,45", "658", "/TRTP/SEPA Incasso algemeen doorlopend/NAME/"
         "Ziggo Services B.V./REMI/Ziggo Internet en TV/IBAN/NL34ABNA0243315733"),
    ]  # fmt: skip
    text = ["ABNANL2A", "940", "ABNANL2A", ":20:ABN AMRO BANK NV", ":25:512734690",
            ":28:260501/1", ":60F:C260430EUR3000,00"]  # fmt: skip
    for day, amount, code, said in entries:
        text += [f":61:{day}{day[2:]}{amount}N{code}NONREF", f":86:{said}"]
    text += [":62F:C260531EUR4491,88", "-"]
    path = folder / "MT940_512734690_20260501_20260531.STA"
    path.write_text("\r\n".join(text) + "\r\n", encoding="latin-1")
    return path


def _savings(folder: Path) -> Path:
    """Sanne's Oranje Spaarrekening as ING's savings export writes it."""
    header = (
        '"Datum";"Omschrijving";"Rekening";"Rekening naam";"Tegenrekening";"Af Bij";"Bedrag";'
        '"Valuta";"Mutatiesoort";"Mededelingen";"Saldo na mutatie"'
    )
    rows = [
        f'"2026-05-26";"Overboeking van betaalrekening {SANNE}";"V 530-71248";'
        f'"Oranje Spaarrekening";"{SANNE}";"Bij";"300,00";"EUR";"Storting";"";"11062,10"',
        '"2026-05-01";"Rente";"V 530-71248";"Oranje Spaarrekening";"";"Bij";"43,73";"EUR";'
        '"Rente";"";"10762,10"',
    ]
    path = folder / "Alle_rekeningen_spaar_V530-71248.csv"
    path.write_text("\r\n".join([header, *rows]) + "\r\n", encoding="utf-8")
    return path


def _may(store: Store) -> tuple[Decimal, Decimal]:
    (totals,) = month_report(store, date(2026, 5, 1), as_of=date(2026, 6, 15)).totals
    return totals.income, totals.expenses


#: the two salaries, the interest and the friend's 75.00; the shop, the mortgage, Ziggo
_MAY = (Decimal("8368.73"), Decimal("1391.17"))


def _import(store: Store, paths: list[Path]) -> None:
    result = import_files(store, paths)
    assert not result.failed, result.failed


def test_money_between_the_couples_accounts_is_neither_spending_nor_income(
    store: Store, tmp_path: Path
) -> None:
    rabobank = _rabobank(tmp_path, _RABO_APRIL + _RABO_MAY, "CSV_A_NL38RABO0312845517.csv")
    _import(store, [_ing(tmp_path, _ING_LINES), rabobank, _abn_amro(tmp_path), _savings(tmp_path)])

    moved = [(t.date, t.amount.copy_abs()) for t in list_transactions(store) if t.is_transfer]
    # both sides of Daan's 75.00, of the two 1400.00 and of the savings; and Daan's April
    # 1400.00, before the shared account's statement starts: its other half is not here
    assert len(moved) == 9
    assert set(moved) == {
        (date(2026, 4, 27), Decimal("1400.00")),
        (date(2026, 5, 4), Decimal("75.00")),  # Daan to Sanne, not the friend's
        (date(2026, 5, 26), Decimal("1400.00")),  # each into the shared account
        (date(2026, 5, 26), Decimal("300.00")),  # Sanne's savings
    }
    friend = [t for t in list_transactions(store) if t.payee.startswith("J. Visser")]
    assert [t.is_transfer for t in friend] == [False]
    assert _may(store) == _MAY


def _peer(store: Store, payee: str) -> int | None:
    with store.read() as session:
        return session.scalar(
            select(Transaction.transfer_peer_id).where(Transaction.original_payee == payee)
        )


def test_money_from_daans_account_awaits_his_statement(store: Store, tmp_path: Path) -> None:
    """Sanne's May statement comes before Daan's: his 75.00 names his account, whose April
    statement is in, so it is his money on its way, not her income; his May statement then
    brings the other half."""
    _import(store, [_ing(tmp_path, _ING_LINES)])
    daans = [t for t in list_transactions(store) if t.payee == "D.J. Bakker"]
    assert [t.is_transfer for t in daans] == [False]  # no account of his known yet

    _import(store, [_rabobank(tmp_path, _RABO_APRIL, "CSV_A_NL38RABO0312845517_april.csv")])
    daans = [t for t in list_transactions(store) if t.payee == "D.J. Bakker"]
    assert [t.is_transfer for t in daans] == [True]
    assert _peer(store, "D.J. Bakker") is None

    _import(store, [_rabobank(tmp_path, _RABO_MAY, "CSV_A_NL38RABO0312845517_mei.csv")])
    with store.read() as session:
        (his,) = session.scalars(
            select(Transaction.id).where(Transaction.original_payee == "S. de Jong")
        )
    assert _peer(store, "D.J. Bakker") == his
    _import(store, [_abn_amro(tmp_path), _savings(tmp_path)])
    assert _may(store) == _MAY


def test_a_line_daans_statement_leaves_out_is_her_income_and_undone_awaits_it_again(
    store: Store, tmp_path: Path
) -> None:
    """Daan's May statement covers the 4th and holds no 75.00 to Sanne: the two statements
    disagree, and her 75.00 counts as income, as it reads. With that statement undone, his
    statements end in April again and the 75.00 awaits his next one."""
    _import(store, [_ing(tmp_path, _ING_LINES)])
    _import(store, [_rabobank(tmp_path, _RABO_APRIL, "CSV_A_NL38RABO0312845517_april.csv")])
    fee = _Line(date(2026, 5, 1), "Rabobank", "", "-4.60", "Kosten Basis Pakket")
    without = [fee, *(line for line in _RABO_MAY if line.amount != "-75.00")]
    result = import_files(store, [_rabobank(tmp_path, without, "CSV_A_NL38RABO_mei.csv")])
    daans = [t for t in list_transactions(store) if t.payee == "D.J. Bakker"]
    assert [t.is_transfer for t in daans] == [False]

    undo_import(store, result.files[0].batch_id)
    daans = [t for t in list_transactions(store) if t.payee == "D.J. Bakker"]
    assert [t.is_transfer for t in daans] == [True]


def _as_finapp_16_left_it(conn: Connection) -> None:
    """The store as finapp wrote it before it kept the other party's account: none of the
    couple's lines between their accounts paired."""
    conn.exec_driver_sql("UPDATE transactions SET is_transfer = 0, transfer_peer_id = NULL")
    undo_schema_17(conn)


def test_a_store_from_before_pairs_them_when_the_statements_are_imported_again(
    store: Store, tmp_path: Path
) -> None:
    """The lines an older finapp stored know no other party's account; importing the same
    downloads again adds no line, and the lines learn it and pair."""
    rabobank = _rabobank(tmp_path, _RABO_APRIL + _RABO_MAY, "CSV_A_NL38RABO0312845517.csv")
    files = [_ing(tmp_path, _ING_LINES), rabobank, _abn_amro(tmp_path), _savings(tmp_path)]
    _import(store, files)
    with upgraded(store, _as_finapp_16_left_it, PASSPHRASE) as updated:
        assert _may(updated) != _MAY  # the 1400.00 both ways, the 75.00 as income
        again = import_files(updated, files)
        assert (again.new, again.failed) == (0, ())
        assert _may(updated) == _MAY
