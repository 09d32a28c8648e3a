"""A subscription's id names the same subscription whatever day detection was last asked
about, and undoing a cancellation takes back the alerts it raised.

A Leipzig household's DKB Girokonto, September 2024 to November 2026: Vodafone (44.99 on the
20th) all along, the Rundfunkbeitrag every quarter, Netflix (15.99 on the 8th) only since
June 2025 and Spotify (10.99 on the 23rd) since February 2026. The user looks at her
subscriptions, asks for the alerts of March 2025 (when Netflix and Spotify had not begun), and
cancels Netflix by the id she saw: Netflix is cancelled, not Vodafone. She cancels Vodafone by
mistake, sees its charges after the cancel day told, and undoes it: they are gone.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.store.engine import Store
from tests.categorize.statements import Line, load
from tests.cli_in_process import run_main

GIROKONTO = "DE44120300001034567890"
TODAY = date(2026, 12, 6)


def dkb_lines() -> list[Line]:
    lines: list[Line] = []
    for k in range(27):  # September 2024 to November 2026
        month = month_date(date(2024, 9, 1), k, 1)
        lines += [
            (month.replace(day=20), "-44.99", "Vodafone GmbH"),
            (month.replace(day=1), "-1420.00", "Hausverwaltung Schneider Miete"),
            (month.replace(day=27), "3961.40", "Muster Maschinenbau GmbH Gehalt"),
            (month.replace(day=4 + k * 5 % 20), f"-{63 + k * 7}.35", "REWE Markt GmbH"),
        ]
        if month.month in (2, 5, 8, 11):
            lines.append((month.replace(day=15), "-55.08", "Rundfunk ARD ZDF DRadio"))
        if month >= date(2025, 6, 1):
            lines.append((month.replace(day=8), "-15.99", "Netflix International B.V."))
        if month >= date(2026, 2, 1):
            lines.append((month.replace(day=23), "-10.99", "Spotify AB"))
    return sorted(lines)


def _cli(store: Store, capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    code, out, err = run_main(["--data-dir", str(store.data_dir), *argv], capsys)
    assert code == 0, err
    return out


def _ids(store: Store, capsys: pytest.CaptureFixture[str]) -> dict[str, int]:
    listed = json.loads(_cli(store, capsys, "subscriptions", "--json", "--as-of", str(TODAY)))
    return {s["name"]: s["id"] for s in listed}


def _after_cancel(store: Store, capsys: pytest.CaptureFixture[str]) -> list[str]:
    out = _cli(store, capsys, "alerts", "--json", "--all", "--as-of", str(TODAY))
    return [a["message"] for a in json.loads(out) if a["kind"] == "charged_after_cancel"]


def test_an_id_names_the_same_subscription_after_asking_about_an_earlier_day(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(store, tmp_path, GIROKONTO, dkb_lines(), currency="EUR")
    seen = _ids(store, capsys)
    netflix = next(i for name, i in seen.items() if "Netflix" in name)
    assert any("Spotify" in name for name in seen)

    _cli(store, capsys, "alerts", "--as-of", "2025-03-28")
    _cli(store, capsys, "subscriptions", "--as-of", "2024-11-28")
    assert _ids(store, capsys) == seen

    _cli(store, capsys, "subscriptions", "cancel", str(netflix), "--on", "2026-11-30")
    listed = json.loads(_cli(store, capsys, "subscriptions", "--json", "--as-of", str(TODAY)))
    cancelled = [s["name"] for s in listed if s["user_state"] == "cancelled"]
    assert len(cancelled) == 1 and "Netflix" in cancelled[0]


def test_undoing_a_cancel_takes_back_the_alerts_it_raised(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(store, tmp_path, GIROKONTO, dkb_lines(), currency="EUR")
    vodafone = next(i for name, i in _ids(store, capsys).items() if "Vodafone" in name)
    _cli(store, capsys, "alerts", "--as-of", str(TODAY))
    _cli(store, capsys, "subscriptions", "cancel", str(vodafone), "--on", "2026-10-01")
    told = _after_cancel(store, capsys)
    assert len(told) == 2 and all("Vodafone" in m for m in told), told

    _cli(store, capsys, "undo")
    assert _after_cancel(store, capsys) == []
    _cli(store, capsys, "alerts", "--rebuild", "--as-of", str(TODAY))
    assert _after_cancel(store, capsys) == []
