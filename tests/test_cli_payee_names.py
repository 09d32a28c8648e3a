"""``finapp transactions`` names payees as the app's window does, and keeps the bank's text.

The statement is a card's OFX as the bank prints it: a store number, a terminal, city and state.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.services.payee_names import TableNames
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.importers.ofxgen import Line, statement_ofx

WHOLE_FOODS = "POS PURCHASE 4829 WHOLEFDS MKT #10234 AUSTIN TX"
LINES = (
    Line(date(2025, 3, 3), "-84.12", WHOLE_FOODS, "202503030000001"),
    Line(date(2025, 3, 4), "-15.49", "NETFLIX.COM 866-579-7172 CA", "202503040000002"),
)


@pytest.fixture
def data(store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    statement = tmp_path / "Checking4411_20250307.qfx"
    statement.write_text(statement_ofx(LINES, account="7712044411", newline="\r\n"))
    code, _, err = run_main(["--data-dir", str(store.data_dir), "import", str(statement)], capsys)
    assert code == 0, err
    return store.data_dir


def _window_names(store: Store) -> dict[str, str]:
    """The names the window's table shows, by the statement's text."""
    from sqlalchemy import select

    from finapp.store.schema import Account, Transaction

    with store.read() as session:
        names = TableNames(session)
        rows = session.execute(
            select(Transaction.merchant, Account.name, Transaction.payee, Transaction.memo).join(
                Account
            )
        ).all()
        return {payee: names.name(m, account, payee, memo) for m, account, payee, memo in rows}


def test_the_table_shows_the_window_s_name_and_the_statement_text_on_request(
    data: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    shown = _window_names(store)
    assert shown[WHOLE_FOODS] == "Whole Foods"
    code, out, err = run_main(["--data-dir", str(data), "transactions"], capsys)
    assert code == 0, err
    assert "Whole Foods" in out and "Netflix" in out
    assert "WHOLEFDS" not in out  # the bank's text only with --raw
    code, out, err = run_main(["--data-dir", str(data), "transactions", "--raw"], capsys)
    assert code == 0, err
    header, _, first, *_ = out.splitlines()
    assert header.split()[5:8] == ["payee", "statement", "text"]
    assert "Whole Foods" in first and WHOLE_FOODS in first


def test_json_adds_the_statement_text_and_on_request_the_name_and_keeps_the_payee(
    data: Path, store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(["--data-dir", str(data), "transactions", "--json"], capsys)
    assert code == 0, err
    assert [(t["payee"], t["statement_text"], "name" in t) for t in json.loads(out)] == [
        (WHOLE_FOODS, WHOLE_FOODS, False),
        ("NETFLIX.COM 866-579-7172 CA", "NETFLIX.COM 866-579-7172 CA", False),
    ]
    argv = ["--data-dir", str(data), "transactions", "--json", "--names"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    lines = json.loads(out)
    assert [(t["payee"], t["name"], t["statement_text"]) for t in lines] == [
        (WHOLE_FOODS, "Whole Foods", WHOLE_FOODS),
        ("NETFLIX.COM 866-579-7172 CA", "Netflix", "NETFLIX.COM 866-579-7172 CA"),
    ]
    assert set(_window_names(store).values()) == {t["name"] for t in lines}
