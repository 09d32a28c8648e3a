"""A folder given to the import (``finapp import ~/Downloads/bank``, or dropped on the window)
stands for the statement files in it, as a drop of those files would.

A household keeps its banks' downloads in one folder; refusing it as "not a file" left the user
to pick each file again. The folder's own files are imported one by one, sorted by name (its
subfolders are not entered); files that are no statement by their kind (a PDF letter, a photo,
a ZIP) are left out and named in a note, not refused one by one. finapp's own export folder is
still read whole (:func:`finapp.importers.registry.read_statement_file`), and a folder holding no
statement file is refused there, saying what a folder import reads.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from finapp.errors import Problem, problem_list
from finapp.importers.finapp_export import is_export_folder
from finapp.services.import_results import FileResult

#: the kinds of file banks and payment apps export statements as, by their usual name endings
#: (those the desktop installers register finapp for, with MT940's and CSV's .txt twins)
STATEMENT_SUFFIXES = frozenset(
    {".csv", ".tsv", ".txt", ".xlsx", ".xls", ".ofx", ".qfx", ".qbo", ".qif", ".xml"}
    | {".sta", ".940", ".mt940", ".942"}
)
#: names shown in the note of what was left out
_NAMES_SHOWN = 5


@dataclass(frozen=True, slots=True)
class FolderFiles:
    """The files to read for the paths given, and for each folder the names it left out."""

    files: tuple[Path, ...]
    left_out: dict[Path, tuple[str, ...]]


def statement_files(paths: Sequence[Path | str]) -> FolderFiles:
    """``paths`` with each folder (not finapp's export) replaced by its statement files; a
    folder holding none stays as it was, to be refused saying what a folder import reads."""
    files: list[Path] = []
    left_out: dict[Path, tuple[str, ...]] = {}
    for given in paths:
        path = Path(given)
        if not path.is_dir() or is_export_folder(path):
            files.append(path)
            continue
        kept, others = _folder_files(path)
        files.extend(kept or [path])
        if kept and others:
            left_out[path] = others
    return FolderFiles(tuple(files), left_out)


def _folder_files(folder: Path) -> tuple[list[Path], tuple[str, ...]]:
    """The statement files directly in ``folder``, by name, and the names of its other files.

    Hidden files and office lock files (``~$March.xlsx``, ``.~lock.March.csv#``) are no
    download of the user's: they are passed over without a word."""
    try:
        entries = sorted(folder.iterdir(), key=lambda p: (p.name.casefold(), p.name))
    except OSError:
        return [], ()
    kept: list[Path] = []
    others: list[str] = []
    for entry in entries:
        if entry.name.startswith((".", "~$")) or not entry.is_file():
            continue
        if entry.suffix.casefold() in STATEMENT_SUFFIXES:
            kept.append(entry)
        else:
            others.append(entry.name)
    return kept, tuple(others)


def left_out_note(folder: Path, names: tuple[str, ...]) -> Problem:
    """Which of ``folder``'s files were not imported, and why: they are no statement export."""
    shown = list(names[:_NAMES_SHOWN]) + (["…"] if len(names) > _NAMES_SHOWN else [])
    listed = problem_list(shown, ", ", code="names")
    return Problem(
        "import.folder_left_out",
        f"{len(names)} other file(s) in {folder.name} left out, not being statement exports "
        f"(CSV, Excel, OFX/QFX, QIF, CAMT or MT940): {listed}",
        count=len(names),
        folder=folder.name,
        names=listed,
    )


def with_left_out_notes(
    results: Sequence[FileResult], left_out: dict[Path, tuple[str, ...]]
) -> list[FileResult]:
    """``results`` with each folder's note on the first of its files that was read, where the
    user reads how that import went (a refused file's message stands alone)."""
    told: set[Path] = set()
    noted: list[FileResult] = []
    for result in results:
        folder = Path(result.path).parent
        if folder in left_out and folder not in told and result.error is None:
            told.add(folder)
            result = replace(result, notes=(*result.notes, left_out_note(folder, left_out[folder])))
        noted.append(result)
    return noted
