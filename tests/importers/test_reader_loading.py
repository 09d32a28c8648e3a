"""Importing a file loads the reader of its format and not the others.

An OFX import is the common case and the one timed against its goal; the CSV reader alone was
a twentieth of a second of its start-up, loaded only because the import service names the CSV
mapping. Each case imports a file the way ``finapp import`` does, in a fresh process, and
reports which readers it loaded.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from bench.realistic_statements import write_statements

#: Loads what ``finapp import`` loads, reads the file named by argv[1], and prints the readers
#: loaded (modules of finapp.importers the OFX path must not need) and the statement's format.
_PROBE = """
import json, sys
from pathlib import Path
import finapp.cli.commands.import_cmd
import finapp.services.imports
from finapp.importers.registry import read_statement_file
parsed = read_statement_file(Path(sys.argv[1]))
others = (
    "finapp.importers.camt", "finapp.importers.mt940", "finapp.importers.qif",
    "finapp.importers.other_readers", "finapp.importers.csv.export_file",
    "finapp.importers.csv.detect", "finapp.importers.csv.table", "finapp.importers.csv.text",
    "finapp.importers.csv.workbook",
)
print(json.dumps({"format": parsed.format, "loaded": sorted(set(others) & set(sys.modules))}))
"""


def _read(path: Path) -> dict[str, str | list[str]]:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, str(path)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    report: dict[str, str | list[str]] = json.loads(proc.stdout.strip().splitlines()[-1])
    return report


def test_an_ofx_import_loads_no_other_reader(tmp_path: Path) -> None:
    statement = tmp_path / "statement.ofx"
    write_statements(statement, 400)
    assert _read(statement) == {"format": "ofx", "loaded": []}


def test_a_csv_import_still_finds_its_reader(tmp_path: Path) -> None:
    """The reader is loaded where the file is found not to be OFX."""
    export = tmp_path / "export.csv"
    export.write_text("Date,Description,Amount\n2026-01-05,Coffee,-3.50\n2026-01-06,Pay,100\n")
    report = _read(export)
    assert str(report["format"]).startswith("csv:")
    assert "finapp.importers.csv.export_file" in report["loaded"]
