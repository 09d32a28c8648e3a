"""Charge alerts are judged in one pass, each merchant's and category's figures kept up to date
charge by charge, and most charges are passed over without a question (no larger than one
before at their merchant, nor large). Whatever the history, the alerts are those of judging
every charge afresh against a rescan of everything before it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from finapp.core.alert_model import Candidate, Charge, Facts, Limits
from finapp.core.charge_alerts import (
    _date_order,
    _duplicate_alert,
    _long_history,
    _MerchantSoFar,
    _size_alert,
    charge_alerts,
)
from finapp.core.running_rank import RunningRank, ninetieth

AS_OF = date(2026, 6, 30)
#: few merchants, categories and amounts, so merchants repeat, amounts twin and medians matter
MERCHANTS = ["STARBUCKS", "AMAZON", "IKEA", "", "美团外卖"]
AMOUNTS = [-450, -450, -1299, -8000, -25000, -60000, -120000, 350]


@st.composite
def histories(draw: st.DrawFn) -> Facts:
    count = draw(st.integers(0, 60))
    charges = [
        Charge(
            id=number,
            account_id=draw(st.sampled_from([1, 2])),
            posted=AS_OF - timedelta(days=draw(st.integers(0, 150))),
            amount_minor=draw(st.sampled_from(AMOUNTS)),
            currency=draw(st.sampled_from(["USD", "USD", "CNY"])),
            merchant=draw(st.sampled_from(MERCHANTS)),
            payee="a payee",
            category_id=draw(st.sampled_from([None, 7, 8])),
        )
        for number in range(1, count + 1)
    ]
    limits = Limits(
        large_charge=Decimal(draw(st.sampled_from([100, 500]))),
        window_days=draw(st.sampled_from([14, 60, 400])),
        duplicate_days=draw(st.sampled_from([0, 2])),
    )
    facts = Facts(
        as_of=AS_OF,
        charges=charges,
        seen_before=frozenset(draw(st.sets(st.sampled_from(MERCHANTS)))),
        history_start=AS_OF - timedelta(days=draw(st.sampled_from([30, 400]))),
        limits=limits,
    )
    return facts


def _rescanned(facts: Facts) -> list[Candidate]:
    """Each charge of the window judged against every charge before it, read again."""
    lim = facts.limits
    start = facts.as_of - timedelta(days=lim.window_days)
    spent = sorted((c for c in facts.charges if c.amount_minor < 0), key=_date_order)
    out: list[Candidate] = []
    for index, charge in enumerate(spent):
        if charge.posted < start:
            continue
        before = spent[:index]
        mine = [c for c in before if charge.merchant and c.merchant == charge.merchant]
        merchant = _MerchantSoFar.of(mine, lim.duplicate_days) if mine else None
        sizes = [-c.amount_minor for c in before if c.category_id == charge.category_id]
        category = RunningRank(ninetieth, sizes) if charge.category_id is not None else None
        seen = (
            merchant is not None
            or charge.merchant in facts.seen_before
            or not charge.merchant
            or not _long_history(facts, charge.posted)
        )
        sized = _size_alert(charge, merchant, category, seen, lim)  # asked of every charge
        twin = _duplicate_alert(charge, merchant, lim)
        out += [alert for alert in (sized, twin) if alert is not None]
    return out


@settings(max_examples=150, deadline=None)
@given(histories())
def test_one_pass_tells_what_a_rescan_of_each_charge_tells(facts: Facts) -> None:
    assert charge_alerts(facts) == _rescanned(facts)
