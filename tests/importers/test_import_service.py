"""The import service: atomic per file, undoable, cancellable, with saved CSV profiles."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from bench.realistic_statements import write_statements
from finapp.core.merchant import merchant_key
from finapp.errors import ImportCancelled, NotFoundError
from finapp.importers import registry
from finapp.importers.csv import CsvMappingNeeded
from finapp.importers.registry import read_statement_file
from finapp.progress import Stage
from finapp.services import import_rows, imports
from finapp.services.csv_profiles import resolve_profile, save_profile
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files, import_parsed, list_batches
from finapp.store.schema import Transaction
from tests.helpers import cli_json, run_cli
from tests.importers.helpers import counts, rows
from tests.importers.ofxgen import Line, history, statement_ofx

CSV = "Date,Description,Amount\n2024-03-01,Shop,-12.00\n2024-03-02,Cafe,-3.00\n"


def test_bad_row_rejects_the_whole_file_or_is_skipped_and_listed(store, write) -> None:
    path = write("b.csv", CSV + "2024-03-03,Broken,twelve\n2024-03-04,Bus,-2.00\n")
    refused = import_files(store, [path]).files[0]
    assert refused.error is not None and "b.csv, line 4" in refused.error
    assert "not an amount" in refused.error
    assert counts(store) == (0, 0, 0)
    kept = import_files(store, [path], skip_bad_rows=True).files[0]
    assert (kept.new, kept.rejected, [s.line for s in kept.skipped]) == (3, 1, [4])


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary file"),
        (b"Dear diary,\ntoday I bought nothing.\n", "not a statement export: no row holds a date"),
        (b"Date,Description,Amount\n", "not a statement export: no row holds a date"),
        (
            b"OFXHEADER:100\nDATA:OFXSGML\n\n<OFX><BANKMSGSRSV1><STMTTRNRS><STMTRS><BANKTRANLIST>"
            b"<STMTTRN><TRNTYPE>DEBIT",
            "truncated",
        ),
    ],
)
def test_unreadable_files_are_refused_and_change_nothing(store, write, content, reason) -> None:
    good = write("good.csv", CSV)
    result = import_files(store, [write("x.dat", content), good])
    assert reason in (result.files[0].error or "")
    assert result.files[1].new == 2 and counts(store)[0] == 2


def test_huge_file_is_refused_before_reading(store, write, monkeypatch) -> None:
    monkeypatch.setattr(registry, "MAX_FILE_BYTES", 100)
    result = import_files(store, [write("big.csv", CSV * 10)])
    assert "too large" in (result.files[0].error or "") and counts(store) == (0, 0, 0)


def test_undo_removes_one_import_with_its_balances(store, write) -> None:
    lines = history(30)
    first = write("a.ofx", statement_ofx(lines[:20], ledger=("5.00", lines[19].posted)))
    second = write("b.ofx", statement_ofx(lines[15:], ledger=("7.00", lines[-1].posted)))
    a, b = import_files(store, [first, second]).files
    assert (a.new, b.new, b.duplicates) == (20, 10, 5)
    assert [v.id for v in list_batches(store)] == [b.batch_id, a.batch_id]
    assert undo_import(store).removed == 10  # the last import
    assert counts(store) == (20, 1, 1)
    assert undo_import(store, a.batch_id).removed == 20
    assert counts(store) == (0, 0, 0)
    with pytest.raises(NotFoundError):
        undo_import(store, 999)


def test_cancel_during_a_large_file_writes_nothing(store, write, monkeypatch) -> None:
    monkeypatch.setattr(import_rows, "CHUNK", 100)
    parsed = read_statement_file(write("big.ofx", statement_ofx(history(450))))
    cancel = threading.Event()
    seen: list[tuple[Stage, int, int]] = []

    def stage(step: Stage, done: int, total: int) -> None:
        seen.append((step, done, total))
        cancel.set()  # the user presses Cancel after the first chunk of lines filed

    with pytest.raises(ImportCancelled):
        import_parsed(store, parsed, stage=stage, cancel=cancel)
    assert seen == [(Stage.FILING, 100, 450)] and counts(store) == (0, 0, 0)


def test_a_mapping_the_user_saves_is_used_for_the_next_file_with_that_header(store, write) -> None:
    text = "Date,Description,Amount\n2024-03-01,Shop,12.00\n2024-03-02,Cafe,3.00\n"
    with pytest.raises(CsvMappingNeeded) as caught:
        read_statement_file(write("card.csv", text))
    partial = caught.value.partial
    assert partial is not None
    save_profile(store, "My card", partial.__class__(**{**partial.__dict__, "sign": "negate"}))
    result = import_files(store, [write("card2.csv", text)]).files[0]
    assert result.error is None and result.new == 2
    assert [r[1] for r in rows(store)] == [Decimal("-12.00"), Decimal("-3.00")]
    assert resolve_profile(store, "My card").sign == "negate"


def test_cli_profile_skip_bad_rows_progress_and_undo(tmp_path: Path, write) -> None:
    data = tmp_path / "d"
    card = write(
        "amex.csv", "Date,Description,Amount\n03/01/2024,Shop,12.00\n03/02/2024,Cafe,oops\n"
    )
    summary = cli_json(
        data, "import", str(card), "--profile", "American Express", "--skip-bad-rows"
    )
    assert (summary["new"], summary["rejected"]) == (1, 1)
    assert summary["files"][0]["skipped"] == [
        {"line": 3, "reason": "not an amount: 'oops'", "neutral": False}
    ]
    assert cli_json(data, "transactions")[0]["amount"] == "-12.00"
    again = run_cli(data, "import", str(write("n.csv", CSV)))
    assert again.returncode == 0 and "importing n.csv (1/1)" in again.stderr
    undone = run_cli(data, "import-undo")
    assert undone.returncode == 0 and "removed 2 transactions" in undone.stdout
    assert len(cli_json(data, "transactions")) == 1
    unknown = run_cli(data, "import", str(card), "--profile", "Nope")
    assert unknown.returncode == 2 and "No CSV profile named 'Nope'" in unknown.stderr


def test_a_multi_currency_export_gets_one_account_per_currency(store, corpus) -> None:
    path = corpus / "csv" / "double-entry-generator__hsbchk_debit.csv"
    result = import_files(store, [path], account_name="HSBC").files[0]
    assert sorted((a.account, a.new) for a in result.accounts) == [
        ("HSBC (CNY)", 1),
        ("HSBC (HKD)", 9),
    ]
    assert (
        "2025-03-12",
        Decimal("12500.00"),
        "SALARY PAYMENT           CDE COMPANY LTD",
        None,
    ) in rows(store, "HSBC (CNY)")


def test_each_line_stores_the_merchant_of_its_payee_and_memo(store, tmp_path: Path) -> None:
    """Merchants are looked up once per payee where the payee names one; every stored line
    still has ``merchant_key(payee, memo)``, on a realistic household and on placeholder
    payees whose memos name the merchant."""
    day = history(1)[0].posted
    odd = [
        Line(day, f"-{n}.00", payee, f"P{n}", memo)
        for n, (payee, memo) in enumerate(
            [
                ("N/A", "NETFLIX.COM 12"),
                ("N/A", "SPOTIFY USA"),
                ("XXXX", "NETFLIX.COM 12"),
                ("NETFLIX.COM 866-579-7172 CA", "SPOTIFY"),
                ("NETFLIX.COM 866-579-7172 CA", ""),
                ("-", ""),
                ("UNKNOWN", "ACME PAYROLL"),
                ("WHOLEFDS MKT #10234 55", "N/A"),
            ],
            1,
        )
    ]
    placeholders = tmp_path / "odd.ofx"
    placeholders.write_text(statement_ofx(odd, account="777"))
    for path in (write_statements(tmp_path / "household.ofx", 2_000), placeholders):
        with store.write() as session:
            imports.write_parsed(session, read_statement_file(path))
    with store.read() as session:
        stored = session.execute(
            select(Transaction.original_payee, Transaction.memo, Transaction.merchant)
        ).all()
    assert len(stored) == 2_000 + len(odd)
    assert all(merchant == merchant_key(payee, memo) for payee, memo, merchant in stored)
    assert {m for p, _memo, m in stored if p in ("N/A", "XXXX")} == {"NETFLIX", "SPOTIFY"}


@pytest.mark.parametrize("look_up_each", [True, False], ids=["statement's keys", "account's"])
def test_a_month_into_long_history_adds_what_a_whole_read_adds(
    store, tmp_path: Path, monkeypatch, look_up_each: bool
) -> None:
    """A small statement into a large account looks its own keys up instead of reading the
    account's; forced either way, the result is the same: lines already held (by FITID or by
    date, amount and payee, counted) stay single, two identical coffees stay two, a held line
    learns its time of day, and only new lines are added."""
    old = history(400)
    untimed = [Line(x.posted, x.amount, x.payee, x.fitid, time="") for x in old]
    coffees = [Line(old[0].posted, "-3.50", "BLUE BOTTLE", None, time="")] * 2
    first = tmp_path / "history.ofx"
    first.write_text(statement_ofx(untimed + coffees))
    timed = [Line(x.posted, x.amount, x.payee, x.fitid, time="143012") for x in old[-30:]]
    shops = [Line(old[-1].posted, "-7.00", f"NEW SHOP {n}", f"N{n}") for n in range(5)]
    month = tmp_path / "month.ofx"
    month.write_text(statement_ofx(timed + coffees * 2 + shops))
    import_files(store, [first])
    monkeypatch.setattr("finapp.services.held_keys.looks_up_each", lambda *_: look_up_each)
    monkeypatch.setattr("finapp.services.held_keys.CHUNK", 7)  # keys looked up in chunks
    added = import_files(store, [month]).files[0]
    assert (added.new, added.duplicates) == (2 + 5, 30 + 2)
    with store.read() as session:
        stored = session.execute(select(Transaction.payee, Transaction.posted_time)).all()
    assert len(stored) == 400 + 4 + 5
    assert sum(payee == "BLUE BOTTLE" for payee, _ in stored) == 4
    assert sum(when is not None for _, when in stored) == 30
