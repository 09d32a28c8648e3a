"""A shipped rule's word is found where a word starts, never inside another name: the rent a
Swiss household pays to Huber-Schindler AG was filed as a taxi ride, "UBER" being in it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import load

#: a line as the bank prints it → its category (None: no rule should guess)
LINES = {
    "E-banking Ordine a Huber-SchindlerAG Pilatusstrasse 29": None,
    "DAUERAUFTRAG SCHUBERT IMMOBILIEN GMBH": None,
    "HUBERTA BAKERY PORTLAND OR": None,
    "UBER *TRIP HELP.UBER.COM": "Transport:Rides & Taxis",
    "PAYPAL *UBER": "Transport:Rides & Taxis",
    "NETFLIX.COM": "Entertainment:Streaming",
    "WWW.NETFLIX.COM": "Entertainment:Streaming",
    "SPOTIFYUSA": "Entertainment:Music",
    "支付宝-UBER": "Transport:Rides & Taxis",
}


def test_a_rules_word_inside_another_name_files_nothing(store: Store, tmp_path: Path) -> None:
    load(store, tmp_path, "0012345678", [(date(2026, 10, 15), "-25.00", t) for t in LINES])
    filed = {v.payee: v.category for v in list_transactions(store)}
    assert filed == LINES
