"""CSV mappings the user confirmed, saved as profiles and found again by the file's header.

The GUI's mapping wizard saves what the user chose; the next file with the same header imports
without asking, and the CLI can name a profile (``import --profile NAME``). Built-in profiles
(:data:`finapp.importers.csv.PROFILES`) can be named the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select

from finapp.errors import InvalidInputError, NotFoundError, Problem, problem_list
from finapp.importers.csv.mapping import CsvMapping, header_key
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profiles import PROFILES, profile_named
from finapp.importers.csv.values import DATE_FORMATS
from finapp.store.engine import Store
from finapp.store.schema import CsvProfile


@dataclass(frozen=True, slots=True)
class ProfileView:
    name: str
    header: tuple[str, ...]
    built_in: bool


def save_profile(store: Store, name: str, mapping: CsvMapping) -> ProfileView:
    """Save (or replace) the user's mapping under ``name``, keyed by its header.

    The sign of one file's oldest row (``first_sign``) is that file's, not the layout's: the
    next file with this header is asked again."""
    name = name.strip()
    if not name:
        raise InvalidInputError(Problem("profile.no_name", "A profile needs a name"))
    if profile_named(name) is not None:
        english = f"{name!r} is the name of a built-in profile; choose another"
        raise InvalidInputError(Problem("profile.built_in", english, name=name))
    with store.write() as session:
        row = session.scalars(select(CsvProfile).where(CsvProfile.name == name)).first()
        if row is None:
            row = CsvProfile(name=name)
            session.add(row)
        row.header_key = header_key(mapping.header)
        row.mapping = replace(mapping, first_sign="").to_json()
    return ProfileView(name, mapping.header, False)


def saved_mappings(store: Store) -> dict[str, CsvMapping]:
    """The user's mappings by header key (the latest saved wins for one header)."""
    with store.read() as session:
        rows = session.scalars(select(CsvProfile).order_by(CsvProfile.id))
        return {r.header_key: CsvMapping.from_json(r.mapping) for r in rows}


def resolve_profile(store: Store, name: str) -> CsvMapping | Profile:
    """A saved mapping by name, else a built-in profile by name."""
    with store.read() as session:
        row = session.scalars(select(CsvProfile).where(CsvProfile.name == name)).first()
        if row is not None:
            return CsvMapping.from_json(row.mapping)
    built_in = profile_named(name)
    if built_in is None:
        names = problem_list([p.name for p in list_profiles(store)], ", ", "names")
        raise NotFoundError(
            Problem(
                "profile.unknown",
                f"No CSV profile named {name!r}; the profiles are: {names}",
                name=name,
                names=names,
            )
        )
    return built_in


def known_date_format(written: str) -> str:
    """The date format the user named (``dd/mm/yyyy`` in any case), as a CSV mapping writes
    it; refused, listing the formats, when finapp reads no such format."""
    wanted = written.strip().upper()
    known = next((f for f in DATE_FORMATS if f.upper() == wanted), None)
    if known is not None:
        return known
    formats = problem_list(list(DATE_FORMATS))  # "; ": one of them holds a comma
    raise InvalidInputError(
        Problem(
            "import.unknown_date_format",
            f"{written!r} is no date format finapp reads; the formats are: {formats}",
            value=written,
            formats=formats,
        )
    )


def list_profiles(store: Store) -> list[ProfileView]:
    with store.read() as session:
        saved = [
            ProfileView(r.name, CsvMapping.from_json(r.mapping).header, False)
            for r in session.scalars(select(CsvProfile).order_by(CsvProfile.name))
        ]
    return saved + [ProfileView(p.name, p.match, True) for p in PROFILES]


def delete_profile(store: Store, name: str) -> None:
    with store.write() as session:
        row = session.scalars(select(CsvProfile).where(CsvProfile.name == name)).first()
        if row is None:
            raise NotFoundError(f"No saved CSV profile named {name!r}")
        session.delete(row)
