"""``finapp import FOLDER`` (and a folder dropped on the window) imports the statements in it.

A household keeps its banks' downloads in one folder: Nationwide's and Starling's CSV exports of
the month, beside the bank's PDF letter and a photo of a receipt. The folder was refused as
"not a file"; it is imported as a drop of its statement files would be, the PDF and the photo
left out and named.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli

EXPORTS = Path(__file__).parent / "bank_exports"
NATIONWIDE = Path(__file__).parent / "downloads" / "Statement Download 2026-Dec-01 10-12-33.csv"
STARLING = EXPORTS / "starling_2026_11.csv"
#: the head of a bank's PDF letter as a browser saves it
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"


def _downloads(tmp_path: Path) -> Path:
    folder = tmp_path / "Bank downloads"
    folder.mkdir()
    shutil.copy(NATIONWIDE, folder / "Nationwide FlexDirect Dec 2026.csv")
    shutil.copy(STARLING, folder / "StarlingStatement_2026-11.csv")
    (folder / "Annual summary 2024.pdf").write_bytes(PDF)
    (folder / "receipt.jpg").write_bytes(JPEG)
    (folder / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    return folder


def test_a_folder_imports_each_statement_in_it(store: Store, tmp_path: Path) -> None:
    folder = _downloads(tmp_path)

    result = import_files(store, [folder])

    names = [Path(f.path).name for f in result.files]
    assert names == ["Nationwide FlexDirect Dec 2026.csv", "StarlingStatement_2026-11.csv"]
    assert not result.failed and result.imported == 2 and result.new > 0
    (note,) = result.files[0].notes[-1:]
    assert note.startswith("2 other file(s) in Bank downloads left out")
    assert "Annual summary 2024.pdf, receipt.jpg" in note
    again = import_files(store, [folder / n for n in names])
    assert again.new == 0  # the same lines a drop of the two files brings


def test_the_command_line_imports_a_folder(tmp_path: Path) -> None:
    folder = _downloads(tmp_path)
    data = tmp_path / "d"

    summary = cli_json(data, "import", str(folder))

    assert summary["failed"] == 0 and summary["new"] > 0
    assert len(summary["files"]) == 2


def test_a_folder_without_statements_says_what_a_folder_import_reads(tmp_path: Path) -> None:
    folder = tmp_path / "Scans"
    folder.mkdir()
    (folder / "Annual summary 2024.pdf").write_bytes(PDF)

    refused = run_cli(tmp_path / "d", "import", str(folder))

    assert refused.returncode == 2
    assert "not a file" not in refused.stderr
    assert "a folder holding no statement file" in refused.stderr
    assert "CSV, Excel, OFX/QFX, QIF, CAMT and MT940 files" in refused.stderr
