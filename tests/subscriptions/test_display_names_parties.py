"""Names of transfers to people and of descriptors cut short at the statement's column."""

from __future__ import annotations

import pytest

from finapp.core.counterparty import counterparty
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
        # the party without the bank's fields, references and dates after it
        (
            "WIRE TYPE:WIRE OUT DATE:261103 TIME:0912 ET TRN:2026110300123 SERVICE REF:004512 "
            "BNF:MAREK KOWALSKI ID:PL61109010 BNF BK:PKO BANK POLSKI ID:BPKOPLPW PMT DET:RENT",
            "Payment to Marek Kowalski",
        ),
        (
            "WIRE TYPE:WIRE IN DATE:261103 TIME:1102 ET ORIG:ANNA CHEN ID:987",
            "Payment from Anna Chen",
        ),
        (
            "WT FED#01234 JPMORGAN CHASE BA /FTR/BNF=MAREK KOWALSKI SRF# GW00000012345 TRN#2611",
            "Payment to Marek Kowalski",
        ),
        ("Zelle payment to John Smith Conf# a8f3c2d1", "Zelle to John Smith"),
        ("Zelle Payment To Marek Kowalski 18938347323", "Zelle to Marek Kowalski"),
        ("ZELLE TO KOWALSKI MAREK ON 11/03 REF # WFCT0ABC123", "Zelle to Kowalski Marek"),
        # a double name keeps its hyphen, printed in capitals or not
        (
            "Zelle Transfer Conf# RE4034KBF; KATHRYN GATHERUM-LUCKER",
            "Zelle · Kathryn Gatherum-Lucker",
        ),
        ("Zelle payment to Ana Garcia-Lopez Conf# a8f3c2d1", "Zelle to Ana Garcia-Lopez"),
        (
            "WIRE TYPE:WIRE IN DATE:261103 TIME:1102 ET ORIG:JEAN-PAUL MARTIN ID:98",
            "Payment from Jean-Paul Martin",
        ),
        ("Online Transfer to SAV ...4471 transaction#: 12345678901 11/03", "Transfer to Savings"),
        ("Online Banking transfer to SAV 4471 Confirmation# 1234567890", "Transfer to Savings"),
        (
            "ONLINE TRANSFER REF #IBEXYZ TO WAY2SAVE SAVINGS XXXXXX4471 ON 11/03/26",
            "Transfer to Savings",
        ),
        # Chase's number before "to", its account masked with "#", and a credit union's whole name
        (
            "Online Transfer 204526030005 to Kemba Financial Credit Union ########1207 "
            "transaction #: 12345678 10/15",
            "Transfer to Kemba Financial Credit Union",
        ),
        ("ZELLE PAYMENT TO XUCHANG HAIR LLC", "Zelle to Xuchang Hair"),  # no company form
        # a cheque by its number: it prints no payee
        ("CHECK 1045", "Check #1045"),
        ("CHECK # 1043", "Check #1043"),
        ("Check #1043 Cashed", "Check #1043"),
        # initials with a vowel, said letter by letter
        ("AEP OHIO ONLINE PMT PPD ID: 1310473050", "AEP Ohio"),
        ("DTE ENERGY PAYMENT", "DTE Energy"),
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


def test_a_transfer_cut_short_in_the_name_is_read_from_the_memo_holding_all_of_it() -> None:
    namer = shipped_namer()
    whole = "ONLINE TRANSFER TO VANGUARD BROKERAGE XXXXXX3620"
    assert namer.name(whole[:32], whole) == "Transfer to Vanguard Brokerage"
    savings = "ONLINE TRANSFER TO SAV XXXXXX0915 REF #IB6W"
    assert namer.name(savings[:32], savings) == "Transfer to Savings"
    # a memo saying something else is no continuation of the name
    assert namer.name("WIRE TRANSFER TO M KOWALSKI", "RENT NOVEMBER") == "Payment to Kowalski"


def test_chases_transfers_to_one_credit_union_are_one_party() -> None:
    """Detection tells streams apart by party: each month's transfer, its own number and date
    aside, goes to the same account (it read no party, and "Payment to Kemba Financial")."""
    months = [
        f"Online Transfer 2045{m:02d}0300{m:02d} to Kemba Financial Credit Union ########1207 "
        f"transaction #: 2045{m:02d}0300{m:02d} {m:02d}/03"
        for m in (10, 11, 12)
    ]
    assert {counterparty(t) for t in months} == {"KEMBA FINANCIAL CREDIT 1207"}
