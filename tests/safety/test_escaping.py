"""Hostile text from statements: the terminal shows it inert, spreadsheets never run it.

A payee is whatever the bank (or whoever named the merchant) put in the statement. Printed as
it came, an escape sequence plants a link or rewrites the terminal and a right-to-left override
reverses what the user reads; written into the CSV export as it came, ``=HYPERLINK(…)`` runs
when the export is opened in a spreadsheet. finapp's own import of its export still gets the
exact text back.
"""

from __future__ import annotations

import csv
import json
import re
import unicodedata
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.conftest import another_store
from tests.helpers import cli_json, run_cli, run_cli_process

LINK = "\x1b]8;;http://evil\x07click\x1b]8;;\x07 Grocer"
RLO = "Invoice \u202egpj.exe"
FORMULAS = ('=HYPERLINK("http://x","y")', "@SUM(1)", "-2+3", "+1", "'=already quoted")

#: What must never reach a terminal: C0 (bar newline), DEL, C1 and the bidi controls.
UNSAFE = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _finapp_csv(path: Path, payees: list[str]) -> Path:
    """A statement in finapp's own export layout, the simplest way to import exact payees."""
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(
            [
                "finapp_transaction_id",
                "date",
                "amount",
                "currency",
                "payee",
                "memo",
                "account",
                "fitid",
            ]
        )
        for i, payee in enumerate(payees, 1):
            writer.writerow([i, f"2026-03-{i:02d}", "-12.50", "USD", payee, "", "Checking", i])
    return path


def test_transactions_in_text_show_no_terminal_control_and_json_keeps_the_exact_payee(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    imported = run_cli(data, "import", str(_finapp_csv(tmp_path / "t.csv", [LINK, RLO])))
    assert imported.returncode == 0, imported.stderr

    text = run_cli(data, "transactions", "--raw")
    assert text.returncode == 0, text.stderr
    assert not UNSAFE.search(text.stdout), repr(text.stdout)
    assert not [c for c in text.stdout if unicodedata.category(c) == "Cc" and c != "\n"]
    # The statement text is shown, not hidden: the user can see the payee is odd, and the link
    # text is still there (the payee column shows the name the window shows).
    assert "\\x1b]8;;http://evil\\x07click" in text.stdout
    assert "Invoice \\u202egpj.exe" in text.stdout
    lines = text.stdout.splitlines()
    assert len(lines) == 4  # header, rule, two transactions: nothing rewound or hidden

    assert {t["payee"] for t in cli_json(data, "transactions")} == {LINK, RLO}


def test_json_is_utf8_and_text_does_not_crash_in_a_latin1_locale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    payee = "北京烤鸭 €"
    assert run_cli(data, "import", str(_finapp_csv(tmp_path / "t.csv", [payee]))).returncode == 0
    monkeypatch.setenv("PYTHONIOENCODING", "iso-8859-1")  # the locale of a process of its own
    as_json = run_cli_process(data, "transactions", "--json")
    assert as_json.returncode == 0, as_json.stderr
    [txn] = json.loads(as_json.stdout)
    assert txn["payee"] == payee
    text = run_cli_process(data, "transactions", "--raw")
    assert text.returncode == 0, text.stderr
    assert "\\u5317\\u4eac" in text.stdout  # what latin-1 cannot show is escaped, not a crash


def test_an_error_naming_a_hostile_file_stays_one_inert_line(tmp_path: Path) -> None:
    name = tmp_path / "statement\nfinapp: all good\x1b[2J\u202e.csv"
    proc = run_cli(tmp_path / "d", "import", str(name))
    assert proc.returncode != 0
    assert not UNSAFE.search(proc.stderr), repr(proc.stderr)
    assert "finapp: all good" not in proc.stderr.splitlines()
    assert "statement\\x0afinapp: all good\\x1b[2J\\u202e.csv" in proc.stderr


def _set_payees(store: Store, payees: tuple[str, ...]) -> None:
    with store.write() as session:
        txns = session.scalars(select(Transaction).order_by(Transaction.id)).all()
        assert len(txns) > len(payees)
        for txn, payee in zip(txns, payees, strict=False):
            txn.payee = payee
            txn.memo = payee


def test_csv_export_neutralises_formulas_but_not_amounts(filled: Store, tmp_path: Path) -> None:
    _set_payees(filled, FORMULAS)
    export_all(filled, tmp_path / "out")
    with (tmp_path / "out" / "transactions.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    payees = {r["payee"] for r in rows}
    assert {"'" + f for f in FORMULAS} <= payees
    assert not any(f in payees for f in FORMULAS)
    assert {r["memo"] for r in rows} >= {"'" + f for f in FORMULAS}
    negative = [r["amount"] for r in rows if r["amount"].startswith("-")]
    assert negative and all(re.fullmatch(r"-\d+\.\d{2}", a) for a in negative)
    # JSON is data for programs, not a spreadsheet: exact.
    export_all(filled, tmp_path / "json", "json")
    text = (tmp_path / "json" / "transactions.json").read_text(encoding="utf-8")
    assert '"payee": "@SUM(1)"' in text and "'@SUM(1)" not in text


def test_reimporting_a_neutralised_export_restores_the_exact_payees(
    filled: Store, tmp_path: Path
) -> None:
    _set_payees(filled, FORMULAS)
    export_all(filled, tmp_path / "out")
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "out" / "transactions.csv"])
        assert not result.failed, result.failed

        def same(store: Store) -> list[tuple]:
            return [(t.date, t.amount, t.payee, t.memo) for t in list_transactions(store)]

        assert same(fresh) == same(filled)
        assert set(FORMULAS) <= {t.payee for t in list_transactions(fresh)}
    finally:
        fresh.close()
