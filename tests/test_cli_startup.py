"""A command imports only its own module: the parser it gets is the whole parser's for that command.

Importing every command module (and through them the importers, alerts, calendars) cost a third
of a second on each run; ``--help`` and anything unclear still get the whole parser.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from finapp.cli.main import COMMAND_MODULES, build_parser, command_word
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return sub.choices


def test_the_whole_parser_lists_every_command_in_order() -> None:
    assert list(_commands(build_parser())) == list(COMMAND_MODULES)


@pytest.mark.parametrize("word", list(COMMAND_MODULES))
def test_a_command_parsed_alone_is_the_whole_parsers_command(word: str) -> None:
    alone = _commands(build_parser(word))
    assert alone[word].format_help() == _commands(build_parser())[word].format_help()


@pytest.mark.parametrize(
    ("argv", "word"),
    [
        (["transactions", "--json"], "transactions"),
        (["--data-dir", "/tmp/d", "report", "--json"], "report"),
        (["--data-dir=/tmp/d", "import-undo"], "import-undo"),
        (["--data-dir", "alerts"], None),  # the folder is named alerts; no command
        (["--data", "/tmp/d", "alerts"], None),  # an abbreviation: the whole parser decides
        (["--help"], None),
        (["--version"], None),
        (["transaction"], None),  # a typo is refused by the whole parser, naming the choices
        ([], None),
    ],
)
def test_command_word(argv: list[str], word: str | None) -> None:
    assert command_word(argv) == word


_PROBE = """
import json, sys
from finapp.cli.main import main
code = main(sys.argv[1:])
heavy = ("pandas", "matplotlib", "ofxparse", "icalendar", "keyring", "charset_normalizer")
ours = ("finapp.cli.commands.", "finapp.importers.csv")
loaded = sorted(m for m in sys.modules if m.startswith(ours) or m.split(".")[0] in heavy)
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def _probe(data_dir: Path, *argv: str, script: str = _PROBE) -> tuple[dict[str, object], str]:
    """Run ``finapp --data-dir data_dir argv…`` in a fresh process, the passphrase in the
    environment and no keyring: its exit code and the modules ``script`` reports it loaded (the
    heavy ones), and its stdout."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env |= {
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "FINAPP_PASSPHRASE": PASSPHRASE,
    }
    proc = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(data_dir), *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    return json.loads(proc.stderr.strip().splitlines()[-1]), proc.stdout


def test_listing_transactions_imports_no_other_command_and_no_pandas(tmp_path: Path) -> None:
    report, stdout = _probe(tmp_path, "transactions", "--json")
    assert report == {"code": 0, "loaded": ["finapp.cli.commands.transactions_cmd"]}
    assert json.loads(stdout) == []


@pytest.mark.parametrize(
    ("argv", "module"),
    [(["report", "--json"], "report_cmd"), (["subscriptions", "--json"], "subscriptions_cmd")],
)
def test_a_listing_on_a_passphrase_store_loads_no_keyring_and_no_file_formats(
    tmp_path: Path, argv: list[str], module: str
) -> None:
    """The passphrase comes from the environment and no keyring entry exists for the store, so
    the keyring (which pulls in an HTTP client) is never imported; nor are pandas, the CSV
    importers or the calendar library, which only reading or writing a file needs."""
    open_store(tmp_path, passphrase=PASSPHRASE).close()
    report, stdout = _probe(tmp_path, *argv)
    assert report == {"code": 0, "loaded": [f"finapp.cli.commands.{module}"]}
    assert json.loads(stdout) is not None


_MAPPING_PROBE = """
import json, sys
from finapp.cli.main import main
code = main(sys.argv[1:])
mapping = ("sqlalchemy.orm", "finapp.store.schema", "finapp.store.migration_steps")
loaded = sorted(m for m in mapping if m in sys.modules)
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def test_listing_transactions_as_json_maps_no_table(tmp_path: Path) -> None:
    """The JSON listing is read with SQL alone from a store already at this version, its backup
    of the day made: SQLAlchemy's ORM, the mapped tables and the migration steps (a tenth of a
    second of every run) are never loaded, and the listing is still every line, filters too."""
    from bench.realistic_statements import write_statements
    from finapp.services.backup import daily_backup_if_due
    from finapp.services.imports import import_files

    store = open_store(tmp_path, passphrase=PASSPHRASE)
    imported = import_files(store, [write_statements(tmp_path / "household.ofx", 1_000, seed=5)])
    assert daily_backup_if_due(store) is not None
    store.close()
    for filters in ([], ["--since", "2026-01-01", "--tag", "tax"]):
        argv = ["transactions", "--json", *filters]
        report, stdout = _probe(tmp_path, *argv, script=_MAPPING_PROBE)
        assert report == {"code": 0, "loaded": []}, filters
        assert len(json.loads(stdout)) == (0 if filters else imported.new)


_DETECTION_PROBE = """
import json, sys
from finapp.cli.main import main
code = main(sys.argv[1:])
machinery = ("finapp.services.subscription_sync", "finapp.core.recurrence", "finapp.importers.base")
loaded = sorted(m for m in machinery if m in sys.modules)
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def test_the_report_reads_stored_subscriptions_without_detection_or_importers(
    tmp_path: Path,
) -> None:
    """The month's report reads the subscriptions the last detection stored: detection's
    machinery (the recurrence rules, the stored rows' reconciling) and the importers' types,
    which only detecting and importing use, are never loaded for it."""
    from bench.realistic_statements import write_statements
    from finapp.services.imports import import_files

    store = open_store(tmp_path, passphrase=PASSPHRASE)
    import_files(store, [write_statements(tmp_path / "household.ofx", 1_000, seed=5)])
    store.close()
    report, stdout = _probe(tmp_path, "report", "--json", script=_DETECTION_PROBE)
    assert report == {"code": 0, "loaded": []}
    assert json.loads(stdout)["subscriptions"] is not None
