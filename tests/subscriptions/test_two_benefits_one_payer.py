"""Two people's benefits from one payer are two monthly payments, not one twice-monthly stream.

A retired couple's Social Security reaches one checking account from the same Treasury
descriptor: Bob's 2,540.30 on the second Wednesday of each month, Linda's 1,357.20 on the
fourth. Together they keep a fortnightly rhythm, and were listed as one "semimonthly" income
whose amount jumped at every payment ("rose from 1288.00 to 2472.30"). Each is a monthly income
of its own, with its own cost-of-living rise in January.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select, update

from finapp.core.subscription_states import UserState
from finapp.services import subscriptions as subs
from finapp.services.detection_inputs import STATE_KEY
from finapp.store.engine import Store
from finapp.store.schema import Setting, Subscription, SubscriptionMember
from tests.health.flagged_statements import Entry, import_months, write_months

AS_OF = date(2026, 11, 30)


def _nth_wednesday(year: int, month: int, n: int) -> date:
    first = date(year, month, 1)
    return first + timedelta(days=(2 - first.weekday()) % 7 + 7 * (n - 1))


def _benefits() -> list[Entry]:
    out = []
    for year, month in [(2025, m) for m in range(6, 13)] + [(2026, m) for m in range(1, 12)]:
        bob, linda = ("2472.30", "1320.20") if year == 2025 else ("2540.30", "1357.20")
        for n, who, amount, ref in ((2, "BOB", bob, "4321"), (4, "LINDA", linda, "8765")):
            paid = _nth_wednesday(year, month, n)
            text = f"SSA TREAS 310 XXSOC SEC {paid:%m%d%y} xxxxx{ref} {who} KOWALSKI"
            out.append(Entry(paid, Decimal(amount), text))
        out.append(Entry(date(year, month, 3), Decimal("-249.87"), "STATE FARM RO 27 SFPP"))
    return out


def test_a_couples_social_security_is_two_monthly_incomes(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path / "chk", _benefits()))
    ssa = sorted(
        (v for v in subs.list_subscriptions(store, AS_OF) if v.merchant == "SSA TREAS"),
        key=lambda v: v.amount,
    )

    assert [(v.kind, v.cadence, v.amount, v.next_date) for v in ssa] == [
        ("income", "monthly", Decimal("1357.20"), date(2026, 12, 23)),
        ("income", "monthly", Decimal("2540.30"), date(2026, 12, 9)),
    ]
    rises = [(p.old, p.new) for v in ssa for p in v.price_changes]
    assert sorted(rises) == [
        (Decimal("1320.20"), Decimal("1357.20")),
        (Decimal("2472.30"), Decimal("2540.30")),
    ]


def _as_an_older_finapp_left_it(store: Store) -> int:
    """The couple's benefits as a finapp before this one listed them: one "semimonthly" row
    holding both payments, which the user confirmed and named; that finapp's detection state
    kept with it. The row's id."""
    subs.list_subscriptions(store, AS_OF)
    with store.write() as session:
        rows = sorted(
            (r for r in session.scalars(select(Subscription)) if r.merchant == "SSA TREAS"),
            key=lambda r: int(r.stream_key.rsplit("|", 1)[1]),
        )
        merged, other = rows
        session.execute(
            update(SubscriptionMember)
            .where(SubscriptionMember.subscription_id == other.id)
            .values(subscription_id=merged.id)
        )
        session.delete(other)
        merged.cadence, merged.user_state = "semimonthly", UserState.CONFIRMED
        merged.user_name = "Social Security"
        state = session.get(Setting, STATE_KEY)
        assert state is not None
        older = json.loads(state.value) | {"code": "an older finapp's", "inputs": None}
        state.value = json.dumps(older)
        return merged.id


def test_a_store_an_older_finapp_detected_lists_the_two_incomes_by_itself(
    store: Store, tmp_path: Path
) -> None:
    """The first listing by this finapp, no --rebuild asked, finds the two monthly incomes: the
    one the row was found by keeps its id, both are confirmed and named as the user named it."""
    import_months(store, write_months(tmp_path / "chk", _benefits()))
    row_id = _as_an_older_finapp_left_it(store)

    ssa = sorted(
        (v for v in subs.list_subscriptions(store, AS_OF) if v.merchant == "SSA TREAS"),
        key=lambda v: v.next_date or date.max,
    )

    assert [(v.cadence, v.amount, v.user_state, v.name) for v in ssa] == [
        ("monthly", Decimal("2540.30"), "confirmed", "Social Security"),
        ("monthly", Decimal("1357.20"), "confirmed", "Social Security"),
    ]
    assert ssa[0].id == row_id and ssa[1].id != row_id
