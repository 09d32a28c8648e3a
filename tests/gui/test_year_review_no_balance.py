"""File → Year in review… says which accounts its net worth leaves out for want of a balance.

A Manchester family's Nationwide download states its balance on every row; Monzo's export states
none. The review's net worth change is the Nationwide account's alone, and it read as the
household's (£31,326.96 where the family holds £43,739.33) with no word of Monzo: the Health page
said "not counted: Monzo", the review nothing.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.gui.inline_tasks import InlineTaskRunner
from tests.uk_statements import nationwide_csv

TODAY = date(2026, 11, 3)
_MONTHS = [(2025, 12), *((2026, m) for m in range(1, 11))]


def _nationwide(folder: Path) -> Path:
    return nationwide_csv(
        folder,
        [
            (date(year, month, day), kind, what, amount)
            for year, month in _MONTHS
            for day, kind, what, amount in (
                (1, "Direct debit", "HALIFAX MORTGAGE", "-1142.37"),
                (25, "Bank credit", "ACME LOGISTICS LTD SALARY", "2850.00"),
            )
        ],
        opening="4200.00",
    )


def _monzo(folder: Path) -> Path:
    head = ("Transaction ID,Date,Time,Type,Name,Emoji,Category,Amount,Currency,Local amount,"
            "Local currency,Notes and #tags,Address,Receipt,Description,Category split,"
            "Money Out,Money In")  # fmt: skip
    rows = [
        f"tx_00{year}{month:02d}{n},{day:02d}/{month:02d}/{year},12:30:00,Card payment,{name},,"
        f"Groceries,-{amount},GBP,-{amount},GBP,,,,{name.upper()}      MANCHESTER    GBR,,"
        f"-{amount},"
        for year, month in _MONTHS
        for n, (day, name, amount) in enumerate(((4, "Tesco", "84.12"), (18, "Aldi", "41.60")))
    ]
    path = folder / "MonzoDataExport_Alltime_2026-10-31.csv"
    path.write_text("\n".join([head, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def household(store: Store, tmp_path: Path) -> Store:
    assert not import_files(store, [_nationwide(tmp_path), _monzo(tmp_path)]).failed
    return store


def test_the_review_names_the_accounts_its_net_worth_leaves_out(  # type: ignore[no-untyped-def]
    qtbot, us_locale, household: Store, tmp_path: Path
) -> None:
    bus = AppBus()
    dialog = YearReviewDialog(
        AppContext(household, bus, InlineTaskRunner(bus), tmp_path), today=TODAY
    )
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.review is not None)
    notes = dialog.notes.text()
    assert "Net worth leaves out, no balance known: Monzo." in notes, notes


def test_the_command_line_and_its_json_name_them_too(
    household: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["--data-dir", str(household.data_dir), "report", "--year", "2026"]
    code, out, err = run_main(argv, capsys)
    assert code == 0, err
    assert "  left out, no balance known: Monzo" in out.splitlines()
    code, out, err = run_main([*argv, "--json"], capsys)
    assert code == 0, err
    assert json.loads(out)["net_worth"]["no_balance"] == ["Monzo"]
