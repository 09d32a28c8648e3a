"""Swedish, Norwegian and Danish bank downloads read without a mapping.

Their headers name two dates (booking and transaction or interest date) and, at DNB, money out
and money in apart; without the words for them the file stopped for a mapping the user had to
make. A word like Lön or Løn is no set of initials for want of an English vowel.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: Swedbank: booked and transaction day, decimal comma, a space grouping thousands
SWEDBANK = """Bokföringsdag;Transaktionsdag;Text;Belopp;Saldo
2026-11-02;2026-11-01;ICA Kvantum Lund;-412,30;12 587,70
2026-11-03;2026-11-03;Lön;32 000,00;44 587,70
2026-11-05;2026-11-04;SL Access;-970,00;43 617,70
"""
#: DNB: the interest date beside the date, money out and money in apart
DNB = """Dato;Forklaring;Rentedato;Ut fra konto;Inn på konto
02.11.2026;Varekjøp REMA 1000 Grünerløkka;02.11.2026;234,50;
03.11.2026;Lønn ACME AS;03.11.2026;;42 000,00
05.11.2026;Vipps *Ruter Billett;05.11.2026;40,00;
"""
#: a Danish bank: no word of its header was known, its columns found by what they hold
DANSKE = """Dato;Tekst;Beløb;Saldo
02.11.2026;Netto Nørrebro;-234,50;10.265,50
03.11.2026;Løn november;25.000,00;35.265,50
05.11.2026;MobilePay Anders;-150,00;35.115,50
"""


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("Transaktioner_2026-11-05.csv", SWEDBANK,
         [("2026-11-01", "-412.30", "ICA Kvantum Lund"), ("2026-11-03", "32000.00", "Lön"),
          ("2026-11-04", "-970.00", "SL Access")]),
        ("Kontoutskrift.csv", DNB,
         [("2026-11-02", "-234.50", "Varekjøp REMA 1000 Grünerløkka"),
          ("2026-11-03", "42000.00", "Lønn ACME AS"),
          ("2026-11-05", "-40.00", "Vipps *Ruter Billett")]),
        ("konto.csv", DANSKE,
         [("2026-11-02", "-234.50", "Netto Nørrebro"), ("2026-11-03", "25000.00", "Løn november"),
          ("2026-11-05", "-150.00", "MobilePay Anders")]),
    ],
    ids=["swedbank", "dnb", "danske"],
)  # fmt: skip
def test_nordic_download_reads_without_a_mapping(
    store: Store, tmp_path: Path, name: str, text: str, lines: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    stored = sorted(
        (t.date.isoformat(), t.amount, t.statement_text) for t in list_transactions(store)
    )
    assert stored == [(day, Decimal(amount), payee) for day, amount, payee in lines]


def test_a_salary_line_is_named_as_a_word(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "konto.csv"
    path.write_text(DANSKE, encoding="utf-8")
    assert not import_files(store, [path]).failed
    assert "Løn november" in {t.payee for t in list_transactions(store)}  # not "LØN November"
