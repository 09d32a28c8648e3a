"""User regular-expression rules: linear-time matching, hostile patterns refused when added,
and rules stored before the check listed as invalid instead of breaking imports."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import insert

from finapp.errors import InvalidInputError
from finapp.services.rules import add_rule, list_rules, rerun_rules
from tests.categorize.statements import by_payee, load, write_ofx
from tests.helpers import run_cli, run_cli_process

D = date(2024, 3, 5)
#: forty ``a`` then ``!``: a backtracking engine tries 2**40 ways to split them for ``(a+)+$``
CATASTROPHIC_PAYEE = "a" * 40 + "!"

HOSTILE_PATTERNS = {
    "backreference": r"(a)\1",
    "lookahead": "foo(?=bar)",
    "lookbehind": "(?<!x)bar",
    "huge repeat": "a{99999999999}",
    "repeat above 1000": "a{1001}",
    "2,000 nested parentheses": "(" * 2000 + "a" + ")" * 2000,
    "large program": r"\w{1000}",
    "long pattern": "a|" * 400 + "b",
}


@pytest.mark.parametrize("pattern", HOSTILE_PATTERNS.values(), ids=HOSTILE_PATTERNS.keys())
def test_hostile_patterns_are_refused_and_add_nothing(store, pattern: str) -> None:
    before = list_rules(store)
    with pytest.raises(InvalidInputError, match="regular expression finapp can use"):
        add_rule(store, category="Misc", pattern=pattern, match_type="regex")
    assert list_rules(store) == before


def test_refusal_in_the_cli_is_one_line_naming_what_is_missing(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "data", "rules", "add", r"(\w+) \1", "--match", "regex",
                   "--category", "Misc")  # fmt: skip
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr  # no traceback, no engine log noise
    assert lines[0].startswith("finapp: Not a regular expression finapp can use")
    assert "backreferences" in lines[0]
    listed = json.loads(run_cli(tmp_path / "data", "rules", "list", "--origin", "user",
                                "--json").stdout)  # fmt: skip
    assert listed == []


def test_regex_rules_ignore_case_as_before(store, tmp_path: Path) -> None:
    add_rule(store, category="Fun:Streaming", pattern=r"^netflix\.com\b", match_type="regex")
    load(store, tmp_path / "st", "111", [(D, "-15.49", "NETFLIX.COM 866-579-7172 CA")])
    assert by_payee(store)["NETFLIX.COM 866-579-7172 CA"].category == "Fun:Streaming"


def test_catastrophic_pattern_finishes_import_and_rules_run(tmp_path: Path) -> None:
    """With a backtracking engine the import never ends; the subprocess's limit catches that."""
    data = tmp_path / "data"
    added = run_cli(data, "rules", "add", "(a+)+$", "--match", "regex", "--category", "Misc:Odd")
    assert added.returncode == 0, added.stderr
    statement = write_ofx(
        tmp_path / "s.ofx", "222", [(D, "-1.00", CATASTROPHIC_PAYEE), (D, "-2.00", "aaaa")]
    )
    for args in (("import", str(statement)), ("rules", "run")):
        proc = run_cli_process(data, *args, timeout=60)
        assert proc.returncode == 0, proc.stderr
    rows = json.loads(run_cli(data, "transactions", "--json").stdout)
    got = {row["payee"]: row["category"] for row in rows}
    assert got == {CATASTROPHIC_PAYEE: None, "aaaa": "Misc:Odd"}


def test_stored_rule_finapp_now_refuses_is_listed_invalid_and_skipped(
    store, data_dir: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A lookbehind rule written before patterns were checked must not break imports."""
    from finapp.services.categories import ensure_category
    from finapp.store.schema import Rule

    with store.write() as session:
        food = ensure_category(session, "Food").id
        session.execute(
            insert(Rule),
            [
                {"priority": 1, "origin": "user", "match_field": "payee", "match_type": "regex",
                 "pattern": "(?<!x)deli", "category_id": food},
            ],
        )  # fmt: skip
    add_rule(store, category="Food:Lunch", pattern="deli")
    with caplog.at_level(logging.WARNING, logger="finapp.rules"):
        load(store, tmp_path / "st", "333", [(D, "-8.00", "CORNER DELI")])
        rerun_rules(store)
    assert by_payee(store)["CORNER DELI"].category == "Food:Lunch"  # the working rule applied
    assert "cannot run" in caplog.text
    old = next(v for v in list_rules(store) if v.pattern == "(?<!x)deli")
    assert old.problem is not None and "lookaround" in old.problem
    assert all(v.problem is None for v in list_rules(store) if v.pattern != "(?<!x)deli")
    listed = run_cli(data_dir, "rules", "list", "--origin", "user").stdout.splitlines()
    assert [line for line in listed if "(invalid)" in line] == [
        next(line for line in listed if "(?<!x)deli" in line)
    ]
