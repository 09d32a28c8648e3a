"""A card descriptor's town is no part of its merchant's name.

Card networks print a merchant as name, store number, a city field of up to 13 characters and
a two-letter state ("EXXONMOBIL 4521     STATEN ISLAND       NY"); a branch often names its
town again in the name itself ("SWEETGREEN BKLYN     BROOKLYN            NY"). The payee is the
merchant, wherever it was paid, and two merchants of one town stay two.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key
from finapp.services.imports import import_files
from finapp.services.payee_list import list_payees
from finapp.store.engine import Store

NAMES = {
    "EXXONMOBIL 4521     STATEN ISLAND       NY": "ExxonMobil",
    "EXXONMOBIL 97245 STATEN ISLAND NY": "ExxonMobil",
    "CHEVRON 0209876 BATON ROUGE LA": "Chevron",
    "SWEETGREEN BKLYN     BROOKLYN            NY": "Sweetgreen",
    "BLUE BOTTLE SF SAN FRANCISCO CA": "Blue Bottle",
    "JOES PIZZA NY NEW YORK NY": "Joes Pizza",
    # the name's own words stay
    "BOSTON MARKET 0412 BOSTON MA": "Boston Market",
    "BROOKLYN BAGEL BROOKLYN NY": "Brooklyn Bagel",
    "JOES PIZZA          NEW YORK            NY": "Joes Pizza",
}


@pytest.mark.parametrize(("printed", "name"), NAMES.items())
def test_a_payee_is_named_without_the_town_it_was_paid_in(printed: str, name: str) -> None:
    assert shipped_namer().name(printed) == name


def test_one_merchant_in_two_towns_is_one_and_two_merchants_of_a_town_are_two() -> None:
    assert merchant_key("EXXONMOBIL 4521     STATEN ISLAND       NY") == merchant_key(
        "EXXONMOBIL 97245 JERSEY CITY NJ"
    )
    assert merchant_key("SWEETGREEN BKLYN     BROOKLYN            NY") == merchant_key(
        "SWEETGREEN 0412 NEW YORK NY"
    )
    town = [
        "BROOKLYN BAGEL BROOKLYN NY",
        "BROOKLYN FARE BROOKLYN NY",
        "BK BURGER 0231 BROOKLYN NY",
        "SWEETGREEN BKLYN     BROOKLYN            NY",
    ]
    assert len({merchant_key(p) for p in town}) == len(town)


def test_the_payees_page_lists_the_card_s_merchants_by_name(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "activity.csv"
    path.write_text(
        "Date,Description,Card Member,Account #,Amount\r\n"
        "11/21/2026,EXXONMOBIL 4521     STATEN ISLAND       NY,JORDAN M RIVERA,-41007,50.40\r\n"
        "11/14/2026,SWEETGREEN BKLYN     BROOKLYN            NY,JORDAN M RIVERA,-41007,16.85\r\n"
        "11/07/2026,EXXONMOBIL 4521     STATEN ISLAND       NY,JORDAN M RIVERA,-41007,44.12\r\n",
        encoding="utf-8",
        newline="",
    )
    assert not import_files(store, [path]).failed
    rows = {p.name: p.transactions for p in list_payees(store)}
    assert rows == {"ExxonMobil": 2, "Sweetgreen": 1}
