"""Every verdict an audit can give is taken from the command line, recorded, and named in the
edit history in words of its own: a verdict cannot be added half-done.

A :class:`Verdict` the history had no decision for would fail the audit after the store changed,
or leave undo offering a plain "Change to Gym" the user has to guess at.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.cli.commands.edits_cmd import edit_words
from finapp.cli.main import build_parser
from finapp.core.subscription_states import Verdict
from finapp.services import subscription_audit as audit_service
from finapp.services import subscriptions as subs
from finapp.services.edit_history import next_undo
from finapp.store.engine import Store
from finapp.store.schema import Subscription
from finapp.store.subscription_details import read_details

AS_OF = date(2026, 11, 24)


@pytest.mark.parametrize("verdict", list(Verdict))
def test_the_command_line_takes_each_verdict(verdict: Verdict) -> None:
    args = build_parser("subscriptions").parse_args(["subscriptions", "review", "3", verdict])
    assert args.review == verdict.value


@pytest.mark.parametrize("verdict", list(Verdict))
def test_each_verdict_is_recorded_and_named_in_the_edit_history(
    store: Store, verdict: Verdict
) -> None:
    gym = subs.add_manual(store, "Gym", Decimal("24.99"), "monthly", date(2026, 12, 17))
    audit_service.decide(store, gym.id, verdict, as_of=AS_OF)
    with store.read() as session:
        (review,) = read_details(session.get(Subscription, gym.id).details).reviews
    assert review.decision == verdict.value
    said = edit_words(next_undo(store) or pytest.fail("nothing to undo"))
    assert "Gym" in said and said != "change to Gym"
