"""Which column plays which role, from the header's names and a built-in profile.

The first step of detection, apart from the weighing of cells (:mod:`.content_columns`) and the
deciding of a mapping (:mod:`.detect`): a profile's columns are taken first, then each role the
profile leaves open gets the best-named free column (:mod:`.role_names`). Direction and time
columns are taken by name only when every cell agrees, as those names (``type``, ``time``) are
common words.
"""

from __future__ import annotations

from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.header_words import folded, without_currency
from finapp.importers.csv.mapping import normalise_name
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.role_names import KEYWORDS, VALUE_DATE
from finapp.importers.csv.table import CsvTable
from finapp.importers.time_of_day import parse_clock

#: roles looked for by name, in this order (a column taken by one is not offered to the next)
_NAMED_ROLES = ("date", "debit", "credit", "amount", "fitid", "currency", "status", "payee", "memo")


def _find(names: tuple[str, ...], wanted: tuple[str, ...], taken: set[int]) -> int | None:
    """The first column named one of ``wanted`` (best first), also when its name ends in a
    currency (``Amount (EUR)``, ``Betrag (€)``) or spells out its umlauts (``Waehrung``)."""
    spellings = [(folded(name), folded(without_currency(name)[0])) for name in names]
    for word in map(folded, wanted):
        for i, spelled in enumerate(spellings):
            if word in spelled and i not in taken:
                return i
    return None


def _profile_roles(profile: Profile | None, names: tuple[str, ...]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    if profile is None:
        return found
    for role, wanted in profile.roles.items():
        found[role] = [names.index(w) for w in wanted if w in names]
    for role, indexes in profile.columns.items():
        found[role] = list(indexes)
    return found


def named_roles(table: CsvTable, profile: Profile | None) -> dict[str, list[int]]:
    """Role -> column indexes, from ``profile`` and the header's names."""
    names = tuple(normalise_name(h) for h in table.header)
    roles = _profile_roles(profile, names)
    taken = {i for role, ix in roles.items() if role not in ("direction", "status") for i in ix}
    value_date = _find(names, VALUE_DATE, taken)
    if value_date is not None and not roles.get("date"):
        roles["value_date"] = [value_date]
        taken.add(value_date)
    for role in _NAMED_ROLES:
        if roles.get(role):
            continue
        index = _find(names, KEYWORDS[role], taken)
        if index is None and role in ("date", "amount"):
            index = next(
                (
                    i
                    for i, n in enumerate(names)
                    if i not in taken and any(n.startswith(k) for k in KEYWORDS[role][:3])
                ),
                None,
            )
        if index is not None:
            roles[role] = [index]
            taken.add(index)
    if not roles.get("date") and roles.get("value_date"):  # the only date the file names
        roles["date"] = roles.pop("value_date")
    if not roles.get("direction"):
        roles["direction"] = _direction_column(table, names, taken)
    roles["time"] = _time_column(table, names, taken)
    return roles


def _time_column(table: CsvTable, names: tuple[str, ...], taken: set[int]) -> list[int]:
    """A column named like a time whose every filled cell is a time of day (``14:30:12``,
    ``143012``, ``06:50 PM``); ABC leaves it empty on lines its system books without one."""
    for word in KEYWORDS["time"]:
        for i, name in enumerate(names):
            if name != word or i in taken:
                continue
            cells = [v for v in table.column(i)[:500] if v.strip()]
            if cells and all(parse_clock(v) is not None for v in cells):
                return [i]
    return []


def _direction_column(table: CsvTable, names: tuple[str, ...], taken: set[int]) -> list[int]:
    """A column whose every value says in, out or neutral (支出/收入, DR/CR, debit/credit)."""
    for word in KEYWORDS["direction"]:
        for i, name in enumerate(names):
            if name != word or i in taken:
                continue
            kinds: set[str | None] = set()
            for value in table.column(i):
                if value:
                    kinds.add(direction_of(value))
                    if None in kinds:
                        break
            if None not in kinds and kinds & {"in", "out"}:
                return [i]
    return []
