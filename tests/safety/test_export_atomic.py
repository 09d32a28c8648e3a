"""Export is all or nothing, owner-only and described by a manifest; importing a transactions.csv
cut or changed since its export is refused with the rows expected and found."""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError, StorageError
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import PASSPHRASE, another_store
from tests.helpers import run_cli
from tests.safety.statements import big_ofx

ROWS = 300


@pytest.fixture(scope="module")
def many_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding ROWS imported transactions, made once for the module."""
    folder = tmp_path_factory.mktemp("many")
    store = open_store(folder / "data", passphrase=PASSPHRASE)
    try:
        assert import_files(store, [big_ofx(folder / "s.ofx", ROWS)]).new == ROWS
    finally:
        store.close()
    return folder / "data"


@pytest.fixture
def many(many_once: Path, data_dir: Path) -> Iterator[Store]:
    """A copy of that store of the test's own, open."""
    shutil.copytree(many_once, data_dir)
    opened = open_store(data_dir, passphrase=PASSPHRASE)
    yield opened
    opened.close()


@pytest.fixture
def fresh(tmp_path: Path) -> Store:
    """Another, empty store to import the export into."""
    opened = another_store(tmp_path / "fresh")
    yield opened
    opened.close()


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir()}


def _siblings(folder: Path) -> list[str]:
    """What an export left beside its folder (a partial or replaced copy)."""
    return sorted(p.name for p in folder.parent.iterdir() if p.name.startswith(f".{folder.name}"))


def test_an_export_is_owner_only_and_described_by_its_manifest(many: Store, tmp_path: Path) -> None:
    parent = tmp_path / "shared"
    parent.mkdir(mode=0o755)
    parent.chmod(0o755)
    out = parent / "export"
    result = export_all(many, out)
    assert parent.stat().st_mode & 0o777 == 0o755, "a folder finapp did not make keeps its mode"
    assert out.stat().st_mode & 0o777 == 0o700
    assert {p.name: p.stat().st_mode & 0o777 for p in out.iterdir()} == dict.fromkeys(
        [*result.files, "README.txt", "manifest.json"], 0o600
    )
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["format"] == "finapp-export" and manifest["version"] == 1
    assert manifest["created"] and manifest["export_format"] == "csv"
    for name, rows in result.files.items():
        entry = manifest["files"][name]
        assert entry["rows"] == rows
        assert entry["sha256"] == hashlib.sha256((out / name).read_bytes()).hexdigest()
    assert manifest["files"]["transactions.csv"]["rows"] == ROWS
    assert _siblings(out) == [], "no partial folder is left beside the export"


def _fail_on_third_flush(monkeypatch: pytest.MonkeyPatch) -> None:
    """The disk fills up while the third file is written."""
    real: Callable[[int], None] = os.fsync
    calls = []

    def fsync(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)


def test_a_full_disk_leaves_no_export_and_no_partial_file(
    many: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export"
    _fail_on_third_flush(monkeypatch)
    with pytest.raises(StorageError) as caught:
        export_all(many, out)
    assert "the disk is full" in str(caught.value) and "\n" not in str(caught.value)
    assert not out.exists() and _siblings(out) == []


def test_a_full_disk_keeps_the_previous_export_whole(
    many: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "export"
    export_all(many, out)
    before = _tree(out)
    _fail_on_third_flush(monkeypatch)
    with pytest.raises(StorageError):
        export_all(many, out, "json")
    assert _tree(out) == before and _siblings(out) == []


def test_a_previous_export_or_an_empty_folder_is_replaced_whole(
    many: Store, tmp_path: Path
) -> None:
    out = tmp_path / "export"
    export_all(many, out, "json")
    export_all(many, out, "csv")
    assert not (out / "transactions.json").exists(), "the previous export is replaced, not mixed"
    assert (out / "transactions.csv").is_file() and _siblings(out) == []
    empty = tmp_path / "empty"
    empty.mkdir()
    assert export_all(many, empty).files["transactions.csv"] == ROWS


def test_a_folder_holding_other_files_is_refused_and_left_alone(
    many: Store, tmp_path: Path
) -> None:
    documents = tmp_path / "Documents"
    documents.mkdir()
    (documents / "tax-2025.pdf").write_bytes(b"%PDF")
    with pytest.raises(InvalidInputError, match="not a finapp export"):
        export_all(many, documents)
    assert _tree(documents) == {"tax-2025.pdf": b"%PDF"}
    many.close()
    proc = run_cli(many.data_dir, "export", "--to", str(documents))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("finapp: ") and "finapp export" in proc.stderr


def _cut_after(path: Path, rows: int) -> None:
    """Keep the header and ``rows`` rows, as an interrupted copy or export leaves it."""
    lines = path.read_bytes().splitlines(keepends=True)
    path.write_bytes(b"".join(lines[: rows + 1]))


def test_a_cut_transactions_csv_is_refused_naming_the_rows_expected_and_found(
    many: Store, fresh: Store, tmp_path: Path
) -> None:
    export_all(many, tmp_path / "out")
    csv_file = tmp_path / "out" / "transactions.csv"
    _cut_after(csv_file, 120)
    result = import_files(fresh, [csv_file])
    [failed] = result.failed
    assert "cut or changed after export: expected 300 rows, found 120" in failed.error
    assert list_transactions(fresh) == [], "nothing is written"


def test_a_changed_transactions_csv_is_refused(many: Store, fresh: Store, tmp_path: Path) -> None:
    export_all(many, tmp_path / "out")
    csv_file = tmp_path / "out" / "transactions.csv"
    csv_file.write_bytes(csv_file.read_bytes().replace(b"SHOP 1,", b"SHOP 2,"))
    [failed] = import_files(fresh, [csv_file]).failed
    assert "cut or changed after export" in failed.error
    assert list_transactions(fresh) == []


def test_a_transactions_csv_copied_without_its_manifest_imports_when_whole(
    many: Store, fresh: Store, tmp_path: Path
) -> None:
    export_all(many, tmp_path / "out")
    alone = tmp_path / "copied" / "transactions.csv"
    alone.parent.mkdir()
    alone.write_bytes((tmp_path / "out" / "transactions.csv").read_bytes())
    cut = tmp_path / "cut" / "transactions.csv"
    cut.parent.mkdir()
    cut.write_bytes(alone.read_bytes()[:-40])  # ends inside the last row
    [failed] = import_files(fresh, [cut]).failed
    assert "ends in the middle of a row" in failed.error
    assert import_files(fresh, [alone]).new == ROWS


def _killed_while_exporting(store: Store, out: Path) -> Path:
    """An export to ``out`` by another process, killed once its transactions are written: none
    of its clean-up runs."""
    from finapp.services import export

    pid = os.fork()
    if pid == 0:  # the process that gets killed
        try:
            real = export._write_tables

            def written_then_killed(*args: object, **kwargs: object) -> object:
                real(*args, **kwargs)  # type: ignore[arg-type]
                os._exit(0)

            export._write_tables = written_then_killed  # type: ignore[assignment]
            export_all(open_store(store.data_dir, passphrase=PASSPHRASE), out)
        finally:
            os._exit(1)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    [left] = out.parent.glob(f".{out.name}.partial-*")
    assert b"\n" in (left / "transactions.csv").read_bytes()  # plain text, hidden
    return left


def test_the_next_export_there_removes_what_a_killed_one_left(many: Store, tmp_path: Path) -> None:
    out = tmp_path / "exports" / "out"
    _killed_while_exporting(many, out)
    export_all(many, out)
    assert _siblings(out) == [] and (out / "transactions.csv").is_file()


def test_wipe_removes_what_a_killed_export_left_wherever_it_was(
    many: Store, tmp_path: Path
) -> None:
    from finapp.services.wipe import wipe_all

    out = tmp_path / "exports" / "out"
    left = _killed_while_exporting(many, out)
    many.close()
    result = wipe_all(many.data_dir)
    assert not left.exists() and str(left) in result.removed
    assert list(out.parent.iterdir()) == []
