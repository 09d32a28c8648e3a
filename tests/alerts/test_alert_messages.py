"""Every alert kind has one sentence, written once, that the CLI and the window both use."""

from __future__ import annotations

from finapp.core.alert_messages import english_message
from finapp.core.alert_sentences import KINDS
from finapp.core.alerts import Kind


def test_every_kind_has_a_sentence() -> None:
    assert {kind.value for kind in Kind} == KINDS


def test_a_renewal_says_when_in_words_and_the_number_of_days_beyond() -> None:
    renewal = {"name": "Netflix", "date": "2026-12-04", "amount": "17.99 USD", "bill": "no"}
    said = [english_message("renewal", {**renewal, "days": days}) for days in ("0", "1", "4")]
    assert said == [
        "Netflix renews today (2026-12-04) for 17.99 USD.",
        "Netflix renews tomorrow (2026-12-04) for 17.99 USD.",
        "Netflix renews in 4 days (2026-12-04) for 17.99 USD.",
    ]
