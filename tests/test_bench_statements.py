"""The benchmark's household statement is a statement finapp reads like a bank's: every line
imported, transfers paired across accounts, subscriptions found. A bench input finapp half
rejects would measure nothing."""

from __future__ import annotations

import random
import re
from pathlib import Path

from bench.realistic_statements import household, merchants, render, write_statements
from bench.whole_process import regex_scan, scan_and_store, transactions_ddl
from tests.helpers import cli_json


def test_same_seed_same_file_and_another_seed_another() -> None:
    assert render(*household(2_000, seed=7)) == render(*household(2_000, seed=7))
    assert render(*household(2_000, seed=7)) != render(*household(2_000, seed=8))


def test_hundreds_of_merchants_and_unique_fitids() -> None:
    assert len({m.prefix + m.suffix for m in merchants(random.Random(1))}) >= 300
    text = render(*household(5_000))
    fitids = re.findall(r"<FITID>([^<\n]+)", text)
    assert len(fitids) == len(set(fitids)) == 5_000
    assert "美团外卖" in text and "AMZN Mktp US*" in text


def test_finapp_imports_every_line_pairs_transfers_and_finds_subscriptions(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    statement = write_statements(tmp_path / "household.ofx", 2_000)
    assert regex_scan(str(statement)) == 2_000  # the benchmark's floor reads every line too
    summary = cli_json(data, "import", str(statement))
    assert summary["new"] == 2_000, summary

    lines = cli_json(data, "transactions")
    assert len(lines) == 2_000
    transfers = [t for t in lines if t["transfer"]]
    assert len({t["account"] for t in transfers}) >= 3  # checking, savings and the card

    subscriptions = {s["name"]: s for s in cli_json(data, "subscriptions")}
    assert subscriptions["Netflix"]["kind"] == "subscription"
    assert subscriptions["Netflix"]["cadence"] == "monthly"


def test_the_storing_floor_keeps_every_line_in_an_encrypted_table(tmp_path: Path) -> None:
    """The bench's second reference writes what the floor read into finapp's own table (its
    columns' rules and its indexes hold every line) in a file that is not plain SQLite."""
    statement = write_statements(tmp_path / "household.ofx", 2_000)
    ddl = tmp_path / "transactions.sql"
    ddl.write_text(transactions_ddl(), encoding="utf-8")
    kept = tmp_path / "floor.db"
    assert scan_and_store(str(statement), str(ddl), str(kept)) == 2_000
    assert not kept.read_bytes().startswith(b"SQLite format 3")
