"""Names of transfers to people and of descriptors cut short at the statement's column."""

from __future__ import annotations

import pytest

from finapp.core.display_names import shipped_namer


@pytest.mark.parametrize(
    ("descriptor", "name"),
    [
        # a wire to a person is a payment to them, not money moved between own accounts
        ("WIRE TRANSFER TO M KOWALSKI REF 0", "Payment to Kowalski"),
        ("ONLINE TRANSFER FROM CHEN L", "Payment from Chen"),
        ("WIRE TRANSFER TO J CHEN REF 8812", "Payment to Chen"),  # a reference, not an account
        # own accounts: named by the account the money went to or came from
        ("ONLINE TRANSFER TO SAV XXXXX4471", "Transfer to Savings"),
        ("ONLINE TRANSFER FROM CHK 1234", "Transfer from Checking"),
        # a person-to-person app says how it was paid
        ("ZELLE TO SMITH JAMES", "Zelle to Smith James"),
        # "MGMT" cut at the column's width is still management
        ("RENT PAYMENT SUNRISE PROPERTY MG", "Rent Sunrise Property Management"),
        ("RENT PAYMENT SUNRISE PROPERTY MGMT WEB ID 4471", "Rent Sunrise Property Management"),
        ("CITY OF SPRINGFIELD WATER UTI", "City of Springfield Water Utilities"),
    ],
)
def test_a_payment_to_a_person_and_a_cut_descriptor_read_as_people_say_them(
    descriptor: str, name: str
) -> None:
    assert shipped_namer().name(descriptor) == name
