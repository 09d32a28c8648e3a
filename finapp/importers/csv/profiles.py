"""The built-in profiles, and finding one by header or by name.

Every profile the app knows, in one tuple the wizard lists and detection searches; the data is
kept per region (:mod:`.profiles_western`, :mod:`.profiles_china`) and what a profile is in
:mod:`.profile`.
"""

from __future__ import annotations

from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profiles_china import CHINA
from finapp.importers.csv.profiles_western import WESTERN

PROFILES: tuple[Profile, ...] = WESTERN + CHINA


def profile_for_header(header: tuple[str, ...]) -> Profile | None:
    """The most specific built-in profile whose columns are all in ``header``."""
    fitting = [p for p in PROFILES if p.matches(header)]
    return max(fitting, key=lambda p: len(p.match), default=None)


def profile_named(name: str) -> Profile | None:
    """The built-in profile the user chose by name (any case), for the CLI's ``--profile``."""
    wanted = name.strip().lower()
    return next((p for p in PROFILES if p.name.lower() == wanted), None)


def headerless_profiles() -> tuple[Profile, ...]:
    """The profiles recognised by their rows' shape, for files without a header."""
    return tuple(p for p in PROFILES if p.shape)
