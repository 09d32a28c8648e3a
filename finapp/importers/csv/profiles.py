"""The built-in profiles, and finding one by header or by name.

Every profile the app knows, in one tuple the wizard lists and detection searches; the data is
kept per region (:mod:`.profiles_western`, :mod:`.profiles_china`) and what a profile is in
:mod:`.profile`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profiles_china import CHINA
from finapp.importers.csv.profiles_western import WESTERN

if TYPE_CHECKING:  # a table's type only: an OFX import reads the profiles, never a CSV table
    from finapp.importers.csv.table import CsvTable

PROFILES: tuple[Profile, ...] = WESTERN + CHINA


#: the rows looked at for a profile's marker
_MARKER_ROWS = 50


def profile_for_table(table: CsvTable) -> Profile | None:
    """The most specific built-in profile whose columns are all in the table's header; of two
    alike, the one whose :attr:`~Profile.marker` its rows carry. A profile with a marker its
    rows do not carry is not the file's: U.S. Bank and Tangerine write the same header, and
    only U.S. Bank's rows say ``Download from usbank.com.``"""
    rows = table.rows[table.data_start :][:_MARKER_ROWS]
    fitting = [
        p for p in PROFILES if p.matches(table.header) and (not p.marker or _carry(rows, p.marker))
    ]
    return max(fitting, key=lambda p: (len(p.match), bool(p.marker)), default=None)


def _carry(rows: tuple[tuple[str, ...], ...], marker: str) -> bool:
    wanted = marker.casefold()
    return any(wanted in cell.casefold() for row in rows for cell in row)


def profile_named(name: str) -> Profile | None:
    """The built-in profile the user chose by name (any case), for the CLI's ``--profile``."""
    wanted = name.strip().lower()
    return next((p for p in PROFILES if p.name.lower() == wanted), None)


def headerless_profiles() -> tuple[Profile, ...]:
    """The profiles recognised by their rows' shape, for files without a header."""
    return tuple(p for p in PROFILES if p.shape)
