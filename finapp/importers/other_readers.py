"""Every reader but OFX's, picked by content: camt, MT940, QIF, finapp's own export, then CSV.

Apart from the registry so that an OFX file, the one format checked before these, loads none
of them: the registry imports this module only for a file that is not OFX.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from finapp.errors import Problem, StatementError
from finapp.importers.camt import looks_like_camt, read_camt
from finapp.importers.csv.export_file import read_csv
from finapp.importers.csv.table import RowProblem
from finapp.importers.csv.text import NotTextError
from finapp.importers.finapp_export import (
    export_part,
    looks_like_finapp_export,
    read_finapp_export,
)
from finapp.importers.mt940 import looks_like_mt940, read_mt940
from finapp.importers.qif import looks_like_qif, read_qif
from finapp.importers.read_error import with_skip_hint

if TYPE_CHECKING:
    from finapp.importers.base import ParsedFile
    from finapp.importers.csv.mapping import CsvMapping
    from finapp.importers.csv.profile import Profile


def read_other(
    name: str,
    data: bytes,
    mapping: CsvMapping | None,
    profile: Profile | None,
    saved: dict[str, CsvMapping] | None,
    skip_bad_rows: bool,
    first_sign: str,
    date_format: str,
) -> ParsedFile:
    """Read a file that is not OFX (the arguments are :func:`~.registry.read_statement_file`'s).

    A bad row (:class:`RowProblem`) or binary data (:class:`NotTextError`), which only the QIF
    and CSV readers raise, become a :class:`StatementError` here; the readers' own refusals
    (:class:`~finapp.importers.read_error.ReadError`) are the registry's to word.
    """
    part = export_part(name)  # budgets.csv of an export: no statement, whatever it looks like
    if part is not None:
        raise StatementError(name, part)
    try:
        if looks_like_camt(data):  # ISO 20022 XML: before CSV, which would misread it
            return read_camt(name, data)
        if looks_like_mt940(data):  # SWIFT MT940/MT942: tagged fields, before CSV
            return read_mt940(name, data)
        if looks_like_qif(data):  # Quicken's QIF: "!Type:Bank" lines, before CSV
            return read_qif(name, data, skip_bad_rows)
        if looks_like_finapp_export(data):  # finapp's own export: every account as it was
            return read_finapp_export(name, data, Path(name).parent)
        return read_csv(name, data, mapping, saved, skip_bad_rows, profile, first_sign, date_format)
    except RowProblem as exc:
        skippable = exc.skippable and not skip_bad_rows
        reason = exc.reason
        if skippable:
            reason = with_skip_hint(reason)
        raise StatementError(name, reason, exc.line, skippable=skippable) from None
    except NotTextError as exc:
        raise StatementError(name, Problem("import.binary", f"not a statement: {exc}")) from None
