"""The names a Dutch household's lines are shown by, as ING and ABN AMRO print them.

ING Netherlands ends a card payment with the town and the country (``Bagels & Beans Utrecht
UTRECHT NLD``); SEPA parties carry their legal form (``Zalando SE``, ``ANWB B.V.``) and print
their brand's letters in capitals (``NS Groep IZ NS Reizigers``). finapp showed "Bagels & Beans
Utrecht NLD", "Zalando Se", "Anwb" and "NS Groep Iz Reizigers".
"""

from __future__ import annotations

import pytest

from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key


@pytest.mark.parametrize(
    ("printed", "shown"),
    [
        ("Bagels & Beans Utrecht UTRECHT NLD", "Bagels & Beans Utrecht"),
        ("Jumbo Utrecht Lunetten UTRECHT NLD", "Jumbo Utrecht Lunetten"),
        ("Café De Zaak EDE NLD", "Café De Zaak Ede"),
        ("Zalando SE", "Zalando"),
        ("ANWB B.V.", "ANWB"),
        ("NS Groep IZ NS Reizigers", "NS Groep IZ Reizigers"),
    ],
)
def test_a_dutch_line_is_shown_by_its_name(printed: str, shown: str) -> None:
    assert shipped_namer().name(printed) == shown


def test_a_line_printed_all_in_capitals_is_still_title_cased() -> None:
    assert shipped_namer().name("GEMEENTE UTRECHT") == "Gemeente Utrecht"


def test_the_legal_form_is_no_part_of_the_merchant() -> None:
    assert merchant_key("Zalando SE") == merchant_key("ZALANDO") == "ZALANDO"
