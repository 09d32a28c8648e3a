"""A bill drawn by autopay is a bill; only a card's or bank's autopay moves one's own money."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.core.streams import stream_kind
from finapp.core.subscription_states import StreamKind
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from tests.helpers import cli_json
from tests.subscriptions.statements import write_ofx

CHECKING = ParsedAccount("000000372281", "Chase", "checking", "USD", "Chase …2281")


def _ach(payee: str, memo: str, first: date, count: int, amount: str) -> list[ParsedTransaction]:
    """Monthly ACH debits as Chase's checking OFX prints them: NAME and a longer MEMO."""
    return [
        ParsedTransaction(
            month_date(first, i, first.day),
            Decimal(amount),
            payee,
            memo=memo,
            fitid=f"{payee[:5]}{month_date(first, i, first.day):%Y%m%d}",
        )
        for i in range(count)
    ]


def test_phone_bill_paid_by_autopay_is_a_bill_beside_the_cards_payment(tmp_path: Path) -> None:
    lines = sorted(
        _ach(
            "T-MOBILE AUTOPAY",
            "ACH DEBIT T-MOBILE AUTOPAY PPD ID: 9000123456",
            date(2024, 1, 25),
            8,
            "-140.00",
        )
        + _ach(
            "CHASE CREDIT CRD AUTOPAY",
            "ACH DEBIT CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
            date(2024, 1, 12),
            8,
            "-812.40",
        ),
        key=lambda t: t.posted,
    )
    ofx = write_ofx(tmp_path / "checking.ofx", ParsedStatement(CHECKING, tuple(lines)))
    data = tmp_path / "data"
    cli_json(data, "import", str(ofx), "--account", CHECKING.name)

    listed = cli_json(data, "subscriptions", "--as-of", "2024-08-28")
    phone = next(item for item in listed if "T-Mobile" in item["name"])
    assert (phone["kind"], phone["group"]) == ("bill", "bills")
    card = next(item for item in listed if item["amount"] == "-812.40")
    assert card["group"] == "transfers"


@pytest.mark.parametrize(
    "text",
    [
        "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
        "PAYMENT TO CHASE CARD ENDING IN 1234",
        "AMEX EPAYMENT ACH PMT",
        "CITI AUTOPAY PAYMENT",
        "DISCOVER E-PAYMENT",
        "CAPITAL ONE MOBILE PYMT",
    ],
)
def test_a_cards_payment_from_checking_is_a_transfer(text: str) -> None:
    assert stream_kind([text] * 6, [-50_000] * 6, [False] * 6) == StreamKind.TRANSFER


@pytest.mark.parametrize(
    "text",
    [
        "ACH DEBIT T-MOBILE AUTOPAY PPD ID: 9000123456",
        "VERIZON WIRELESS AUTOPAY",
        "ATT DES:PAYMENT ID:XXXXX4821 INDN:LEE",
        "COMCAST XFINITY AUTO PAY",
        "GEICO AUTOPAY PPD ID: 2530075853",
        "PGANDE DES:WEB ONLINE EPAY",
        "SPECTRUM AUTOPAY",
        "STATE FARM RO 27 SFPP AUTOMATIC PAYMENT",
        "PROGRESSIVE INS EPAYMENT",
    ],
)
def test_a_merchant_paid_by_autopay_is_a_bill(text: str) -> None:
    amounts = [-12_000, -12_000, -12_000, -12_000, -14_000, -14_000]
    assert stream_kind([text] * 6, amounts, [False] * 6) == StreamKind.BILL


def test_a_cards_autopay_received_is_a_transfer() -> None:
    assert stream_kind(["AUTOPAY PAYMENT - THANK YOU"] * 6, [81_240] * 6, [False] * 6) == (
        StreamKind.TRANSFER
    )
