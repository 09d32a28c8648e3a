"""Every alert kind and health reason is typed and worded: a kind cannot be added half-done.

The tables are keyed by the enums (:class:`Kind`, :class:`HealthReason`), so these checks run
over every member: a new kind without its sentence or its typed facts fails here, before a user
would meet an alert told in raw stored form ("1218.50 USD" in a Chinese sentence, an ISO date).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pytest

from finapp.core.alert_facts import DAY, MONEY, MONTH, TYPES
from finapp.core.alert_kinds import HealthReason, Kind
from finapp.core.alert_messages import english_message
from finapp.core.alert_sentences import KINDS, sentence
from finapp.core.health import Grade, Reason

#: a stored fact of each type, and how the CLI's sentence shows it
_SAMPLES = {
    MONEY: ("1218.50 USD", "1218.50 USD"),
    DAY: ("2026-11-03", "2026-11-03"),
    MONTH: ("2026-11", "November 2026"),
}


class _Recording(Mapping[str, str]):
    """An alert's facts: typed ones as stored, any other a number; remembers what is read."""

    def __init__(self, typed: Mapping[str, str], absent: str = "") -> None:
        self.facts = {name: _SAMPLES[kind][0] for name, kind in typed.items() if name != absent}
        self.absent = absent
        self.read: set[str] = set()

    def __getitem__(self, name: str) -> str:
        self.read.add(name)
        return self.facts.get(name, "3")

    def __contains__(self, name: object) -> bool:
        # every optional fact present but ``absent``: the fullest form of each sentence, or
        # the form one fact's absence chooses
        return name != self.absent

    def __iter__(self) -> Iterator[str]:
        return iter(self.facts)

    def __len__(self) -> int:
        return len(self.facts)


def test_every_alert_kind_has_a_sentence_and_typed_facts() -> None:
    assert set(Kind) <= set(TYPES)
    assert set(Kind) == KINDS


def test_every_health_reason_has_typed_facts() -> None:
    assert set(HealthReason) <= set(TYPES)


@pytest.mark.parametrize("kind", list(Kind))
def test_each_typed_fact_is_one_its_sentence_shows(kind: Kind) -> None:
    """A fact typed under a name the sentence never reads (a slip of the pen) would leave the
    real fact shown raw; each typed fact shows in the CLI's own form. A fact is read by the
    fullest form of its sentence, or by the form another fact's absence chooses (a savings goal
    whose household spends more than comes in has no surplus for sooner goals to take)."""
    facts = _Recording(TYPES[kind])
    sentence(kind, facts, lambda days: f"in {days} days")
    read = set(facts.read)
    for absent in TYPES[kind]:
        without = _Recording(TYPES[kind], absent)
        sentence(kind, without, lambda days: f"in {days} days")
        read |= without.read - {absent}
    assert set(TYPES[kind]) <= read
    message = english_message(
        kind, dict(facts.facts) | {n: "3" for n in facts.read - set(facts.facts)}
    )
    for name, fact_type in TYPES[kind].items():
        assert _SAMPLES[fact_type][1] in message, (name, message)
    assert "%" not in message.replace("3%", "")


def test_a_kind_this_version_does_not_know_is_told_as_stored() -> None:
    """An alert written by a later version keeps its stored words instead of failing."""
    with pytest.raises(KeyError):
        sentence("a_kind_from_the_future", {}, str)


@pytest.mark.parametrize("reason", list(HealthReason))
def test_each_health_reason_reads_in_english(reason: HealthReason) -> None:
    facts = {"account": "Everyday", "days": "50", "successor": "Visa …2222"} | {
        name: _SAMPLES[kind][0] for name, kind in TYPES[reason].items()
    }
    message = Reason(reason, facts, Grade.NEEDS_ATTENTION).message
    assert "Everyday" in message
    for fact_type in TYPES[reason].values():
        assert _SAMPLES[fact_type][1] in message
