"""Rows a bank has not booked yet are left out and listed, so the next export, which books
them, adds each purchase once: Sparkasse's ``Umsatz vorgemerkt`` as Revolut's ``PENDING``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.helpers import rows

HERE = Path(__file__).parent / "bank_exports"


def test_a_sparkasse_purchase_pending_in_one_export_and_booked_in_the_next_is_stored_once(
    store,
) -> None:  # type: ignore[no-untyped-def]
    january = import_files(store, [HERE / "sparkasse_camt.csv"], account_name="Giro").files[0]
    assert january.error is None and january.new == 3
    assert [(s.line, s.reason) for s in january.skipped] == [
        (2, "status 'Umsatz vorgemerkt': not booked yet (pending)")
    ]
    february = import_files(store, [HERE / "sparkasse_feb.csv"], account_name="Giro").files[0]
    assert february.error is None and february.new == 2
    bakery = [r for r in rows(store) if r[2] == "Bäckerei Müller GmbH"]
    assert bakery == [("2024-02-05", Decimal("-3.45"), "Bäckerei Müller GmbH", None)]
