"""The user's settings, exchange rates and CSV layouts in finapp's own export, brought back
from it.

``settings.csv`` holds the Settings page's values the user set (base currency, alert limits
such as the large-charge limit, renewal reminder days, budget warning percentages, the
emergency fund target, the subscription cap, quiet hours…), each by its key with the text the
user typed: an option left at finapp's default is not written, so it follows the default of
the finapp that imports it. Only the options of :data:`finapp.services.settings.OPTIONS` are
exported: the store's other entries are about this machine or are finapp's own bookkeeping, not
the household's choices (the folder backups go to and how many are kept, the calendar file kept
up to date, whether the recovery key was shown, the evaluation and detection states); the window's
layout and the interface language are kept by the desktop, not by the store.

``rates.csv`` holds every exchange rate the user entered or read from the ECB's file, each day
of each pair with where it came from: without them, totals in several currencies say "no rate"
after the household is rebuilt from its export.

``profiles.csv`` holds the CSV layouts the user mapped and saved (the mapping wizard's "save as
a profile"), each by its name with what finapp reads from each column: without them the next
download of a credit union's CSV after the household is rebuilt asks for its columns again.

All three are brought back within the import's own write (:mod:`finapp.services.export_restore`):
what the store already holds wins (a setting it has, a rate of the same pair and day, a layout
of that name), so
importing the export again adds nothing; a value finapp would refuse from the Settings page, or a
rate that is no rate or a layout finapp cannot read, refuses the import whole, naming the file
and the line.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from operator import attrgetter
from pathlib import Path
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.importers.csv.mapping import CsvMapping, header_key
from finapp.importers.finapp_export_files import amount, cell, day, export_rows
from finapp.services.settings import OPTIONS
from finapp.store.schema import CsvProfile, ExchangeRate, Setting

SETTINGS_FILE, RATES_FILE, PROFILES_FILE = "settings.csv", "rates.csv", "profiles.csv"
_OPTIONS = {option.key: option for option in OPTIONS}
#: what tells one exchange rate from another: its pair and its day
_RATE_KEY = ("currency", "base", "as_of")
T = TypeVar("T")


def exported_settings(session: Session) -> list[tuple[str, str, str]]:
    """The options the user set, in the Settings page's order: (key, value typed, title)."""
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return [
        (option.key, str(json.loads(stored[option.key])), option.title)
        for option in OPTIONS
        if option.key in stored
    ]


def _add_new(
    session: Session,
    folder: Path,
    name: str,
    read: Callable[[dict[str, str]], T],
    key_of: Callable[[T], Hashable],
    held: set[Hashable],
    stored: Callable[[T], object],
) -> None:
    """Each row of the export's file ``name`` (``read`` refuses a bad one, naming its line) as
    the row ``stored`` makes of it, unless the store ``held`` its key already: what the store
    holds wins, and the export imported again adds nothing."""
    for row in export_rows(folder, name):
        value = cell(folder, name, row, read)
        key = key_of(value)
        if key not in held:
            held.add(key)
            session.add(stored(value))


def _named(row: tuple[str, object]) -> str:
    """A setting's key, a layout's name: what the store may hold already."""
    return row[0]


def restore_settings(session: Session, folder: Path) -> None:
    """The settings of the export in ``folder`` the store has not set itself."""
    held: set[Hashable] = set(session.scalars(select(Setting.key)))
    _add_new(session, folder, SETTINGS_FILE, _setting, _named, held, _setting_row)


def _setting_row(setting: tuple[str, str]) -> Setting:
    key, text = setting
    return Setting(key=key, value=json.dumps(text))


def _setting(c: dict[str, str]) -> tuple[str, str]:
    """One row of ``settings.csv``: a known option and a value its parser takes."""
    key, text = c["key"], c["value"]
    _OPTIONS[key].parse(text)  # refused as the Settings page refuses it
    return key, text


def restore_rates(session: Session, folder: Path) -> None:
    """The exchange rates of the export in ``folder``, each pair and day the store has none
    of (the store's own rate of that day wins)."""
    pair_and_day = attrgetter(*_RATE_KEY)
    held: set[Hashable] = set(
        map(tuple, session.execute(select(*(getattr(ExchangeRate, f) for f in _RATE_KEY))))
    )
    _add_new(session, folder, RATES_FILE, _rate, pair_and_day, held, _as_read)


def _as_read(rate: ExchangeRate) -> ExchangeRate:
    return rate


def _rate(c: dict[str, str]) -> ExchangeRate:
    """One row of ``rates.csv``: two currency codes, a rate above zero, a day, a source."""
    currency, base = _code(c["currency"]), _code(c["base"])
    value, on = amount(c["rate"]), day(c["date"])
    if value is None or value <= 0 or on is None or currency == base or not c["source"]:
        raise ValueError(c["rate"])
    # the rate as the store keeps it: decimal text, exactly as written (161.12)
    return ExchangeRate(currency=currency, base=base, rate=str(value), as_of=on,
                        source=c["source"])  # fmt: skip


def _code(text: str) -> str:
    if len(text) != 3 or not text.isascii() or not text.isalpha() or not text.isupper():
        raise ValueError(text)
    return text


def restore_profiles(session: Session, folder: Path) -> None:
    """The CSV layouts of the export in ``folder`` under names the store has not used."""
    held: set[Hashable] = set(session.scalars(select(CsvProfile.name)))
    _add_new(session, folder, PROFILES_FILE, _profile, _named, held, _profile_row)


def _profile_row(named: tuple[str, CsvMapping]) -> CsvProfile:
    name, mapping = named
    return CsvProfile(name=name, header_key=header_key(mapping.header), mapping=mapping.to_json())


def _profile(c: dict[str, str]) -> tuple[str, CsvMapping]:
    """One row of ``profiles.csv``: a name and a layout finapp can read files with."""
    name, written = c["name"].strip(), json.loads(c["mapping"])
    if not name or not isinstance(written, dict) or not written.get("header"):
        raise ValueError(name)
    return name, CsvMapping.from_json(c["mapping"])
