"""ABN AMRO offers one account's transactions as its TAB download and as MT940: a household that
imports both (the MT940 for the months the TAB does not reach, or by mistake) gets each line
once. The two name a card payment alike, the same day and amount, but a line is known within
one format only: the 70 card payments of a Utrecht couple's shared account came in twice.
"""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.helpers import rows

_TAB = [
    ("20250705", "1804,33", "1719,10", "-85,23", "Jumbo Utrecht Lunetten,PAS312", "NR:477E56E"),
    ("20250712", "1719,10", "1656,55", "-62,55", "Albert Heijn 1350,PAS312", "NR:57CC353"),
    ("20250719", "1656,55", "1592,77", "-63,78", "Lidl Utrecht Kanaalweg,PAS312", "NR:13F3F00"),
    ("20250726", "1592,77", "1529,30", "-63,47", "Lidl Utrecht Kanaalweg,PAS312", "NR:1A6E021"),
]


def _tab(folder: Path) -> Path:
    lines = []
    for day, before, after, amount, shop, number in _TAB:
        when = f"{number}, {day[6:]}.{day[4:6]}.{day[2:4]}/17:16"
        text = f"{'BEA, Betaalpas':<32}{shop:<32} {when:<32}{'UTRECHT':<32}"
        lines.append("\t".join(["512734690", "EUR", day, before, after, day, amount, text]))
    path = folder / "TXT251101120000.TAB"
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    return path


def _mt940(folder: Path) -> Path:
    body = ["ABNANL2A", "940", "ABNANL2A", ":20:ABN AMRO BANK NV", ":25:512734690",
            ":28:250701/1", ":60F:C250701EUR1804,33"]  # fmt: skip
    for day, _before, _after, amount, shop, number in _TAB:
        stamp = f"{day[2:]}{day[4:]}"
        body += [
            f":61:{stamp}D{amount.lstrip('-')}N426NONREF",
            f":86:{'BEA, Betaalpas':<33}{shop}",
            f"{number}, {day[6:]}.{day[4:6]}.{day[2:4]}/12:00 UTRECHT",
        ]
    body += [f":62F:C250731EUR{_TAB[-1][2]}", "-"]
    path = folder / "MT940_512734690_20250701_20250731.STA"
    path.write_bytes(("\r\n".join(body) + "\r\n").encode("latin-1"))
    return path


def test_the_same_card_payments_as_tab_and_as_mt940_are_stored_once(
    store: Store, tmp_path: Path
) -> None:
    (tab,) = import_files(store, [_tab(tmp_path)]).files
    assert tab.new == 4
    (mt940,) = import_files(store, [_mt940(tmp_path)]).files
    assert (mt940.new, mt940.duplicates) == (0, 4)
    assert len(rows(store)) == 4
