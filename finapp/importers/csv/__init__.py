"""Bank and payment-app CSV exports: detection, built-in profiles, reading, preview.

The API the GUI's mapping wizard uses (no Qt here): :func:`sniff` a file into a
:class:`CsvTable`, :func:`detect_mapping` (raises :class:`CsvMappingNeeded` with the partial
mapping when unsure), :func:`preview_rows` with any :class:`CsvMapping`, then import with that
mapping (``import_files(..., mapping=...)``) and save it as a profile.

Only the mapping, the profiles and the refusal are loaded with the package: every import names
them (an OFX's too, through the saved profiles), while the reader, detection and preview are
loaded the first time one of their names is asked for, so an OFX import loads no CSV reader.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from finapp.importers.csv.mapping import SIGN_CONVENTIONS, CsvMapping, header_key
from finapp.importers.csv.mapping_needed import CsvMappingNeeded
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profiles import PROFILES, profile_named
from finapp.importers.csv.values import DATE_FORMATS

if TYPE_CHECKING:
    from finapp.importers.csv.detect import detect_mapping
    from finapp.importers.csv.export_file import read_csv, sniff
    from finapp.importers.csv.preview import PreviewRow, preview_rows
    from finapp.importers.csv.table import CsvTable, RowProblem
    from finapp.importers.csv.text import NotTextError
    from finapp.importers.csv.workbook import WorkbookError

#: the reader's names, by the module that defines them, loaded when first asked for
_LOADED_WHEN_ASKED = {
    "detect_mapping": "detect",
    "read_csv": "export_file",
    "sniff": "export_file",
    "PreviewRow": "preview",
    "preview_rows": "preview",
    "CsvTable": "table",
    "RowProblem": "table",
    "NotTextError": "text",
    "WorkbookError": "workbook",
}

__all__ = [
    "DATE_FORMATS",
    "PROFILES",
    "SIGN_CONVENTIONS",
    "CsvMapping",
    "CsvMappingNeeded",
    "CsvTable",
    "NotTextError",
    "PreviewRow",
    "Profile",
    "RowProblem",
    "WorkbookError",
    "detect_mapping",
    "header_key",
    "preview_rows",
    "profile_named",
    "read_csv",
    "sniff",
]


def __getattr__(name: str) -> object:
    """One of the reader's names, its module loaded now (PEP 562); a submodule's name, or a
    name the package does not have, raises :class:`AttributeError` as usual."""
    module = _LOADED_WHEN_ASKED.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
