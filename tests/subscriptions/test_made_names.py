"""Names the namer makes of its own words carry a kind and a subject, read back from English."""

from __future__ import annotations

import pytest

from finapp.core.display_names import MADE_NAMES, MadeName, made_name, shipped_namer, shipped_table


@pytest.mark.parametrize(
    ("descriptor", "made"),
    [
        ("GLOBEX CORP DIR DEP", MadeName("salary", "Globex")),
        ("工资", MadeName("salary")),
        ("CHASE CRD AUTOPAY PPD ID: 47600392", MadeName("card_payment", "Chase")),
        ("AUTOMATIC PAYMENT - THANK YOU", MadeName("card_payment")),
        ("INTEREST PAYMENT", MadeName("interest")),
        ("CHASE INTEREST PAID", MadeName("interest", "Chase")),
        ("ONLINE TRANSFER TO SAV XXXXXX1234 REF #IB99812", MadeName("transfer_to", "Savings")),
        ("WIRE TRANSFER TO M KOWALSKI REF 0", MadeName("payment_to", "Kowalski")),
        ("ONLINE TRANSFER FROM CHEN L", MadeName("payment_from", "Chen")),
        ("ZELLE TO SMITH JAMES", MadeName("zelle_to", "Smith James")),
        ("VENMO PAYMENT TO JOHN DOE 1234", MadeName("venmo_to", "John Doe")),
    ],
)
def test_a_made_name_reads_back_as_its_kind_and_subject(descriptor: str, made: MadeName) -> None:
    assert made_name(shipped_namer().name(descriptor)) == made


@pytest.mark.parametrize("kind", MADE_NAMES)
@pytest.mark.parametrize("subject", ["", "Globex", "Anna Chen", "爱奇艺"])
def test_every_kind_reads_back_from_its_english(kind: str, subject: str) -> None:
    made = MadeName(kind, subject)
    assert made_name(made.english()) == made


@pytest.mark.parametrize(
    "name",
    ["Spotify", "City of Springfield Water Utilities", "Card Payment Center", "爱奇艺",
     "Oak Ridge HOA Dues", "Payment To Kowalski"],
)  # fmt: skip
def test_a_brand_or_the_descriptor_s_own_words_are_no_made_name(name: str) -> None:
    assert made_name(name) is None


def test_no_shipped_brand_reads_as_a_made_name() -> None:
    brands = [brand.name for brand in shipped_table().brands]
    assert [name for name in brands if made_name(name) is not None] == []
