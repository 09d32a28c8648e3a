"""Shops whose names are spelt with initials ("H-E-B", "J.CREW", "T.J.MAXX") are payees of
their own, named as they spell themselves.

Read word by word, such a name fell apart into one-letter words, which are dropped: H-E-B was
keyed by the city after it ("H-E-B #20040 ARLINGTON VA" was the payee "Arlington"), and J.Crew
was "Crew". A Texas household's card statement, as the bank's OFX prints its lines.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.importers.ofxgen import Line, statement_ofx

LINES = [
    Line(date(2026, 10, 3), "-84.12", "H-E-B #595 AUSTIN TX", "2026100301"),
    Line(date(2026, 10, 10), "-112.40", "H-E-B #595 AUSTIN TX", "2026101001"),
    Line(date(2026, 10, 12), "-61.07", "H-E-B #20040 ARLINGTON VA", "2026101201"),
    Line(date(2026, 10, 12), "-38.50", "WHOLEFDS MKT #25743 ARLINGTON VA", "2026101202"),
    Line(date(2026, 10, 14), "-89.00", "J.CREW #123 BOSTON MA", "2026101401"),
    Line(date(2026, 10, 15), "-45.99", "T.J.MAXX #0123 AUSTIN TX", "2026101501"),
    Line(date(2026, 10, 18), "-129.00", "L.L.BEAN 12345 FREEPORT ME", "2026101801"),
    Line(date(2026, 10, 20), "-39.95", "U-HAUL MOVING 0123 AUSTIN TX", "2026102001"),
    Line(date(2026, 10, 22), "-52.80", "P.F. CHANGS #1234 AUSTIN TX", "2026102201"),
    Line(date(2026, 10, 25), "-13.99", "Netflix International B.V.", "2026102501"),
]


def _cli(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_main(["--data-dir", str(data), *args], capsys)
    assert code == 0, err
    return out


def test_each_shop_spelt_with_initials_is_its_own_payee_named_as_it_spells_itself(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = tmp_path / "Card4471_Oct2026.qfx"
    statement.write_text(statement_ofx(LINES, account="4400123412344471", newline="\r\n"))
    _cli(store.data_dir, capsys, "import", str(statement))
    listed = json.loads(_cli(store.data_dir, capsys, "payees", "--json"))
    assert {p["name"]: p["transactions"] for p in listed} == {
        "H-E-B": 3,  # two stores, two cities: one shop, and not the city's name
        "Whole Foods": 1,
        "J.Crew": 1,
        "T.J.Maxx": 1,
        "L.L.Bean": 1,
        "U-Haul Moving": 1,
        "P.F. Changs": 1,
        "Netflix": 1,  # a company form spelt with dots ("B.V.") is still no part of a name
    }
    table = _cli(store.data_dir, capsys, "transactions")  # each line by the shop's name
    assert table.count(" H-E-B ") == 3 and "Arlington" not in table
