"""Account health: the grade each account gets and the reasons the user reads for it."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.health import AccountFacts, CardFacts, Grade, judge
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from finapp.services.health import accounts_health
from tests.health.household_files import Household
from tests.households.generator import generate
from tests.households.support import imported

AS_OF = date(2025, 7, 3)
THRESHOLDS = (30, 80, 90)
CARD_ADVICE = (
    " Using much of a card's limit lowers your credit score, and near the limit a payment can be"
    " declined: pay it down before the statement closes, or ask for a higher limit."
)


def checking(balance: int | None, *alerts: tuple[str, dict[str, str]],
             until: date = date(2025, 6, 30)) -> AccountFacts:  # fmt: skip
    return AccountFacts(7, "Everyday Checking", "checking", "USD", balance, until,
                        alerts=alerts)  # fmt: skip


def visa(percent: int, limit: int, owed: int) -> AccountFacts:
    return AccountFacts(9, "Sapphire Visa", "credit_card", "USD", -owed, date(2025, 6, 30),
                        card=CardFacts(percent, limit, owed))  # fmt: skip


def test_an_account_without_a_reason_is_healthy() -> None:
    health = judge(checking(318_742), AS_OF, THRESHOLDS)
    assert (health.grade, health.reasons) == (Grade.HEALTHY, ())


def test_an_overdrawn_checking_account_is_at_risk() -> None:
    health = judge(checking(-4_312), AS_OF, THRESHOLDS)
    assert health.grade is Grade.AT_RISK
    assert [r.message for r in health.reasons] == [
        "Everyday Checking is overdrawn: its balance is -43.12 USD."
    ]


def test_a_card_needs_attention_from_the_lowest_threshold_and_is_at_risk_at_the_highest() -> None:
    assert judge(visa(12, 850_000, 102_000), AS_OF, THRESHOLDS).grade is Grade.HEALTHY
    at_85 = judge(visa(85, 850_000, 726_140), AS_OF, THRESHOLDS)
    assert at_85.grade is Grade.NEEDS_ATTENTION
    assert at_85.reasons[0].message == (
        "Sapphire Visa is at 85% of its 8500.00 USD limit (7261.40 USD owed)." + CARD_ADVICE
    )
    assert judge(visa(93, 850_000, 790_512), AS_OF, THRESHOLDS).grade is Grade.AT_RISK
    # the user's own thresholds decide: warned only from 50%
    assert judge(visa(45, 850_000, 382_500), AS_OF, (50, 95)).grade is Grade.HEALTHY


def test_money_passing_through_puts_the_account_at_risk_a_low_balance_asks_for_attention() -> None:
    low = ("low_balance", {"account": "Everyday Checking", "balance": "312.55 USD",
                           "threshold": "500.00 USD"})  # fmt: skip
    passed = ("pass_through", {"inflow": "20000.00 USD", "account": "Everyday Checking",
                               "date": "2025-06-27", "outflow": "19950.00 USD", "hours": "3",
                               "parties": "4"})  # fmt: skip
    only_low = judge(checking(31_255, low), AS_OF, THRESHOLDS)
    assert only_low.grade is Grade.NEEDS_ATTENTION
    assert [r.kind for r in only_low.reasons] == ["low_balance"]
    assert "below your 500.00 USD threshold" in only_low.reasons[0].message
    both = judge(checking(31_255, low, passed, low), AS_OF, THRESHOLDS)
    assert both.grade is Grade.AT_RISK
    assert [r.kind for r in both.reasons] == ["pass_through", "low_balance"]  # worst first, once


def test_alerts_of_other_areas_do_not_grade_an_account() -> None:
    renewal = ("renewal", {"name": "Netflix", "days": "5", "date": "2025-07-08",
                           "amount": "15.49 USD", "bill": "no"})  # fmt: skip
    assert judge(checking(318_742, renewal), AS_OF, THRESHOLDS).grade is Grade.HEALTHY


def test_statements_out_of_date_and_no_balance_need_attention() -> None:
    stale = judge(checking(318_742, until=date(2025, 4, 30)), AS_OF, THRESHOLDS)
    assert stale.grade is Grade.NEEDS_ATTENTION
    assert stale.reasons[0].message == (
        "Everyday Checking's statements end on 2025-04-30, 64 days ago: import newer ones, or "
        "close the account if you no longer have it."
    )
    # the inbox's freshness notice says the same: told once
    notice = ("stale_statements", {"account": "Everyday Checking", "date": "2025-04-30"})
    assert len(judge(checking(318_742, notice, until=date(2025, 4, 30)), AS_OF,
                     THRESHOLDS).reasons) == 1  # fmt: skip
    unknown = judge(checking(None), AS_OF, THRESHOLDS)
    assert [r.kind for r in unknown.reasons] == ["no_balance"]
    assert unknown.grade is Grade.NEEDS_ATTENTION


def test_a_household_with_a_low_checking_balance_and_a_full_card(tmp_path: Path) -> None:
    hh = Household(date(2025, 1, 1), checking="312.55", card_owed="7261.40")
    store = hh.imported(tmp_path)
    try:
        set_low_balance_threshold(store, "Heritage Bank of Commerce …8803", Decimal(500))
        evaluate_alerts(store, AS_OF)
        graded = {h.account: h for h in accounts_health(store, AS_OF)}
    finally:
        store.close()
    assert {name: h.grade for name, h in graded.items()} == {
        "Ally Bank …4466": Grade.HEALTHY,
        "Chase …7415": Grade.NEEDS_ATTENTION,
        "Heritage Bank of Commerce …8803": Grade.NEEDS_ATTENTION,
    }
    assert [r.message for r in graded["Chase …7415"].reasons] == [
        "Chase …7415 is at 85% of its 8500.00 USD limit (7261.40 USD owed)." + CARD_ADVICE
    ]
    assert [r.kind for r in graded["Heritage Bank of Commerce …8803"].reasons] == ["low_balance"]


def test_an_ordinary_household_is_healthy_where_its_statements_end(tmp_path: Path) -> None:
    hh = generate(31, months=6, noise=0.5)
    store, _ = imported(hh, tmp_path, at_once=True)
    try:
        evaluate_alerts(store, hh.end)
        graded = accounts_health(store, hh.end)
    finally:
        store.close()
    assert len(graded) == 3
    assert {h.account: [r.message for r in h.reasons] for h in graded} == {
        h.account: [] for h in graded
    }
    assert all(h.grade is Grade.HEALTHY for h in graded)


def test_a_payment_app_without_a_balance_is_not_asked_for_one() -> None:
    """Alipay and WeChat Pay bills list what moved, never a balance: asking the user to "import
    a statement with one" asks for what no export of theirs holds."""
    alipay = AccountFacts(3, "支付宝", "payment_app", "CNY", None, date(2025, 6, 30))
    health = judge(alipay, AS_OF, THRESHOLDS)
    assert (health.grade, health.reasons) == (Grade.HEALTHY, ())
    # statements out of date are still told
    stale = AccountFacts(3, "支付宝", "payment_app", "CNY", None, date(2025, 4, 30))
    assert [r.kind for r in judge(stale, AS_OF, THRESHOLDS).reasons] == ["statements_old"]
