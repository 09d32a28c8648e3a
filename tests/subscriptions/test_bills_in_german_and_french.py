"""A household's bills are bills, not subscriptions it chose, in Germany, France and abroad.

DKB and ING print the payee and the purpose of a SEPA direct debit: a liability policy
(``Privathaftpflicht Vers.-Nr. …``), the electricity instalment (``Abschlag Strom``), the rent
to the letting agent (``Miete``), the broadcasting levy (``Rundfunk ARD, ZDF, DRadio``);
BoursoBank a French home insurance (``AXA ASSURANCE HABITATION``); a retired couple pays its
estimated taxes to Arizona quarterly, a freelancer in Australia the ATO. They were "subscriptions",
beside Netflix, in the subscription audit and its cap. A gym's membership stays a subscription,
and so does one in a town whose name starts like a bill's word.
"""

from __future__ import annotations

import pytest

from finapp.core.streams import stream_kind
from finapp.core.subscription_states import StreamKind

BILLS = (
    "HUK-COBURG Privathaftpflicht Vers.-Nr. 912/345678-H Beitrag ab 01.10.2025",
    "Stadtwerke Leipzig GmbH Abschlag Vertragskonto 2000123456",
    "Vattenfall Europe Sales GmbH Strom Abschlag 11/2026",
    "Hausverwaltung Schulz GmbH Miete Dezember Whg 3 OG links",
    "Rundfunk ARD, ZDF, DRadio Beitragsnummer 123 456 789 Q4 2026",
    "AXA ASSURANCE HABITATION CONTRAT 123456789",
    "AZ DEPT OF REV DES:ESTPAYMENT ID:XXXXX4471",
    "IRS USATAXPYMT 270512345678901",
    "ATO 002000012345678 BPAY",
    "HMRC SELF ASSESSMENT 1234567890K",
)
SUBSCRIPTIONS = (
    "McFit GmbH Mitgliedsbeitrag 12345678",
    "Stromberg Fitness Club Mitgliedschaft",
    "Netflix International B.V.",
    "SPOTIFY AB P1A2B3C4D5 STOCKHOLM",
)


@pytest.mark.parametrize("text", BILLS)
def test_a_home_s_bill_is_a_bill(text: str) -> None:
    assert stream_kind([text, text], [-6426, -6426], [False, False]) == StreamKind.BILL


@pytest.mark.parametrize("text", SUBSCRIPTIONS)
def test_a_service_chosen_stays_a_subscription(text: str) -> None:
    assert stream_kind([text, text], [-1999, -1999], [False, False]) == StreamKind.SUBSCRIPTION
