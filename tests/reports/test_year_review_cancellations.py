"""Every cancellation of the year told in one place, whether it saves or not.

A family in Leipzig banks with DKB. In 2025 they cancel Spotify on 20 June, after its last
charge, and Netflix on 20 September; Netflix charges again on 8 October. The year in review
printed "Cancelled: none" and on the next line "Cancelled Netflix on 2025-09-20, but charged
again…": the text said two things. Now one "Cancelled" section lists both by day, Spotify with
what it saves a year and Netflix saving nothing yet, with the charge that says so.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.categorize.statements import Line, load
from tests.cli_in_process import run_main

NETFLIX = "NETFLIX.COM 866-579-7172"
SPOTIFY = "Spotify AB Stockholm"


def _giro() -> list[Line]:
    lines: list[Line] = []
    for month in range(1, 13):
        lines.append((date(2025, month, 1), "-1420.00", "Hausverwaltung Schneider Miete"))
        lines.append((date(2025, month, 28), "4180.55", "Lohn Gehalt Stadtwerke Leipzig GmbH"))
        if month <= 10:  # Netflix charges again on 8 October, after it was cancelled
            lines.append((date(2025, month, 8), "-15.99", NETFLIX))
        if month <= 6:
            lines.append((date(2025, month, 15), "-10.99", SPOTIFY))
        lines.append((date(2025, month, 19), f"-{61 + month}.37", "REWE Markt GmbH Leipzig"))
    return lines


def test_one_section_tells_every_cancellation_of_the_year(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cancelled = date(2025, 9, 20)
    before = [line for line in _giro() if line[0] < cancelled]
    load(store, tmp_path, "1034567890", before, currency="EUR",
         ledger=("6120.08", date(2025, 9, 19)))  # fmt: skip
    running = {v.name: v for v in subs.list_subscriptions(store, date(2025, 9, 19))}
    spotify = next(v for name, v in running.items() if "Spotify" in name)
    netflix = next(v for name, v in running.items() if "Netflix" in name)
    subs.cancel(store, spotify.id, date(2025, 6, 20))
    subs.cancel(store, netflix.id, cancelled)
    after = [line for line in _giro() if line[0] >= cancelled]
    load(store, tmp_path, "1034567890", after, currency="EUR",
         ledger=("8210.44", date(2025, 12, 28)))  # fmt: skip
    store.close()

    code, out, err = run_main(["--data-dir", str(store.data_dir), "report", "--year", "2025"],
                              capsys)  # fmt: skip

    assert code == 0, err
    told = out.split("Cancelled:")
    assert len(told) == 2, out  # one section
    section = told[1].split("Stopped charging")[0].split("Price increases")[0]
    assert not section.startswith(" none"), out
    rows = [line.split() for line in section.splitlines() if line.startswith("2025-")]
    assert [row[0] for row in rows] == ["2025-06-20", "2025-09-20"]
    assert rows[0][-2:] == ["131.88", "EUR"]  # Spotify's twelve months of 10.99 saved
    assert rows[1][-9:] == [
        "nothing", "yet", "EUR", "charged", "again:", "15.99", "EUR", "on", "2025-10-08",
    ]  # fmt: skip
    assert "but charged again" not in out
