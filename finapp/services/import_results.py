"""What an import reports: per account, per file and for the whole run, and past batches.

Apart from the pipeline (:mod:`finapp.services.imports`) so the GUI's summary dialog and the
CLI can read a result without loading the code that writes one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.errors import Problem
from finapp.importers.base import SkippedRow
from finapp.services import changes
from finapp.services.changes import Changes

if TYPE_CHECKING:  # the question's module reads the store; a result only carries one
    from finapp.core.history_findings import FoundPart
    from finapp.services.account_question import AccountQuestion


@dataclass(frozen=True, slots=True)
class AccountCounts:
    account: str
    new: int
    duplicates: int
    #: how the account was found: "chosen", "number", "last four", "name", "lines" or "new"
    matched_by: str = ""
    #: why the statement did not go where it seemed to belong (two accounts end in 9012)
    note: str = ""
    #: of ``duplicates``, lines already stored from another format (the card's OFX vs its CSV)
    other_format: int = 0
    #: the first and last day of the lines added, and of the lines stored before that learned
    #: from it the other party's account (so the import pairs them); None when none was
    days: tuple[date, date] | None = None
    #: why lines count as duplicates (or may be doubled) where their ids do not say it, one
    #: sentence each: a line repeating an earlier one of the statement (same bank id, date,
    #: amount and payee), a statement held already under ids the bank changed
    said: tuple[str, ...] = ()
    #: lines stored before that the bank's corrections replaced or withdrew
    #: (:mod:`finapp.services.import_corrections`)
    corrected: int = 0


@dataclass(frozen=True, slots=True)
class FileResult:
    """What one file added; ``error`` is set (and nothing was written) when it was refused."""

    path: str
    format: str = ""
    batch_id: int | None = None
    new: int = 0
    duplicates: int = 0
    rejected: int = 0
    accounts: tuple[AccountCounts, ...] = ()
    skipped: tuple[SkippedRow, ...] = ()
    error: str | None = None
    #: refused only because its CSV layout is unknown: a column mapping would read it
    needs_mapping: bool = False
    #: refused for a bad row: importing it with bad rows skipped would read the others
    skippable: bool = False
    #: what lenient reading of the file put right (an OFX aggregate never closed, …)
    repairs: tuple[str, ...] = ()
    #: what the user should know of how the file was read or counted (a line that repeats
    #: another's transaction id, counted once, …), one sentence each
    notes: tuple[str, ...] = ()
    #: how a CSV file was read (delimiter, header, each role's column, date format, sign)
    detected: dict[str, object] | None = None
    #: left out, nothing written, until the user says which account it goes into: the file
    #: names none (only when the import was asked to ask, as the window does)
    account_question: AccountQuestion | None = None
    #: the ids of the lines it added, numbered one after another as they were written: the
    #: summary after the import judges these, and reading them back by batch scans every line
    lines: range = range(0)

    @property
    def days(self) -> tuple[date, date] | None:
        """The first and last day of the lines the file added; None when it added none."""
        spans = [a.days for a in self.accounts if a.days is not None]
        return (min(s[0] for s in spans), max(s[1] for s in spans)) if spans else None

    @property
    def corrected(self) -> int:
        """Lines stored before that the bank's corrections in the file replaced or withdrew."""
        return sum(a.corrected for a in self.accounts)

    @property
    def left_out(self) -> int:
        """Rows left out as neutral (no money of the user's moved): no problem of the file."""
        return sum(1 for s in self.skipped if s.neutral)

    @property
    def refused_rows(self) -> int:
        """Rows rejected for a problem (skipped at the user's choice)."""
        return self.rejected - self.left_out


@dataclass(frozen=True, slots=True)
class AccountTotal:
    """One account's share of a whole import: how many files went into it and what they
    added, so ten years of monthly statements read as five accounts, not 177 files."""

    account: str
    files: int
    new: int
    duplicates: int
    #: rows left out as neutral, counted with the account of the file they came in (a file
    #: holding several accounts' lines counts them with its first)
    left_out: int


@dataclass(frozen=True, slots=True)
class ImportResult:
    files: tuple[FileResult, ...]
    #: what the lines added hold that the alerts do not tell, when the face asked
    #: (:func:`finapp.services.history_findings.history_findings`)
    history: tuple[FoundPart, ...] = ()
    #: files not read because the user stopped the import: the one being read when Cancel
    #: came (its writing rolled back) and those after it; 0 for an import that finished
    not_read: int = 0

    @property
    def imported(self) -> int:
        """How many files were read and stored (refused ones and those waiting for their
        account's name are not)."""
        return sum(1 for f in self.files if f.error is None and f.account_question is None)

    @property
    def new(self) -> int:
        return sum(f.new for f in self.files)

    @property
    def duplicates(self) -> int:
        return sum(f.duplicates for f in self.files)

    @property
    def corrected(self) -> int:
        return sum(f.corrected for f in self.files)

    @property
    def rejected(self) -> int:
        return sum(f.rejected for f in self.files)

    def account_totals(self) -> tuple[AccountTotal, ...]:
        """Each account the import went into, in the order its first file came, by the name it
        has after the import: an account renamed to tell it from a namesake a later file
        brought (``BOC 中国银行`` become ``BOC 中国银行 …5581``) is listed by its new name."""
        renamed = self._renamed()
        totals: dict[str, list[int]] = {}
        for f in self.files:
            for i, counts in enumerate(f.accounts):
                name = renamed.get(counts.account, counts.account)
                files, new, duplicates, left_out = totals.setdefault(name, [0] * 4)
                totals[name] = [
                    files + 1,
                    new + counts.new,
                    duplicates + counts.duplicates,
                    left_out + (f.left_out if i == 0 else 0),
                ]
        return tuple(AccountTotal(name, *figures) for name, figures in totals.items())

    def _renamed(self) -> dict[str, str]:
        """The name each account renamed during the import had, to the name it has now."""
        renamed = {
            note.params["old"]: note.params["name"]
            for f in self.files
            for note in (*f.notes, *(counts.note for counts in f.accounts))
            if isinstance(note, Problem) and note.code == "import.account_told_apart"
        }
        for old, new in renamed.items():
            seen = {old}
            while new in renamed and new not in seen:  # renamed again by a later file
                seen.add(new)
                new = renamed[new]
            renamed[old] = new
        return renamed

    @property
    def failed(self) -> tuple[FileResult, ...]:
        return tuple(f for f in self.files if f.error is not None)

    @property
    def changes(self) -> Changes:
        """What the import changed, and which files a column mapping would make readable."""
        unknown = tuple(Path(f.path) for f in self.files if f.needs_mapping)
        # balances too, with no new line; a file waiting for its account wrote nothing
        touched = changes.IMPORT if self.imported else Changes()
        return Changes(touched.kinds, needs_mapping=unknown)


@dataclass(frozen=True, slots=True)
class BatchView:
    """One past import, for an undo list."""

    id: int
    file_name: str
    format: str
    imported_at: str
    new: int
    duplicates: int
    rejected: int
