"""Subscription cap and audit: what a household's subscriptions cost a month, which overlap, the
keep or cancel decisions of an audit, the alerts that remind, and the annual review."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from finapp.core import subscription_audit as core
from finapp.core.cadence import month_date
from finapp.errors import InvalidInputError, NotFoundError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services import subscription_audit as audit_service
from finapp.services import subscriptions as subs
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.imports import import_parsed
from finapp.services.settings import set_setting
from finapp.store.engine import Store
from tests.conftest import MadeStore

AS_OF = date(2026, 11, 24)
LAST = date(2026, 11, 22)  # the statements end here
CARD = ParsedAccount("4111000011117342", "Chase", "credit_card", "USD", "Sapphire Visa")
CHECKING = ParsedAccount("000483920157", "Chase", "checking", "USD", "Total Checking")
CMB = ParsedAccount("6225880137524816", "招商银行", "checking", "CNY", "招商银行储蓄卡")

NETFLIX = "NETFLIX.COM 866-579-7172 CA"
SPOTIFY = "SPOTIFY USA 877-7781161 NY"
APPLE = "APPLE.COM/BILL 866-712-7753 CA"
DROPBOX = "DROPBOX*7QK2MZ9LXW DROPBOX.COM CA"
GOOGLE_ONE = "GOOGLE *Google One g.co/helppay# CA"
HELLOFRESH = "HELLOFRESH 646-846-3663 NY"
GYM = "PLANET FITNESS 844-880-7180 NH"
IQIYI = "爱奇艺 黄金VIP会员 连续包月"
QQ_MUSIC = "QQ音乐 绿钻豪华版 自动续费"
BAIDU = "百度网盘 超级会员 连续包月"


def _line(posted: date, amount: str, payee: str) -> ParsedTransaction:
    ref = sum(ord(c) for c in payee) % 9973
    return ParsedTransaction(posted, Decimal(amount), payee, fitid=f"{posted:%Y%m%d}{ref:05d}")


def monthly(payee: str, first: date, amount: str, last: date = LAST) -> list[ParsedTransaction]:
    """One charge a month on ``first``'s day, from ``first`` to ``last``."""
    out, i = [], 0
    while (day := month_date(first, i, first.day)) <= last:
        out.append(_line(day, amount, payee))
        i += 1
    return out


def priced(payee: str, first: date, prices: list[tuple[date, str]]) -> list[ParsedTransaction]:
    """Monthly charges whose price changes on the given days (the first price from ``first``)."""
    lines = monthly(payee, first, prices[0][1])
    return [
        _line(t.posted, next(p for since, p in reversed(prices) if t.posted >= since), payee)
        for t in lines
    ]


def weekly(payee: str, first: date, amount: str) -> list[ParsedTransaction]:
    days = [first + timedelta(weeks=n) for n in range((LAST - first).days // 7 + 1)]
    return [_line(day, amount, payee) for day in days]


def load(store, account: ParsedAccount, lines: list[ParsedTransaction]) -> None:  # type: ignore[no-untyped-def]
    statement = ParsedStatement(account, tuple(sorted(lines, key=lambda t: t.posted)))
    import_parsed(store, ParsedFile(f"{account.number[-4:]}.ofx", "ofx", (statement,)))


def household(store, first: date = date(2025, 1, 3)) -> None:  # type: ignore[no-untyped-def]
    """A family in New York with a Chinese bank account, its subscriptions since ``first``."""
    shift = (first - date(2025, 1, 3)).days
    at = lambda d: d + timedelta(days=shift)  # noqa: E731
    card = [
        *priced(NETFLIX, at(date(2025, 1, 9)), [(at(date(2025, 1, 9)), "-15.49"),
                                               (at(date(2026, 1, 9)), "-17.99")]),
        *monthly(SPOTIFY, at(date(2025, 1, 14)), "-11.99"),
        *monthly(APPLE, at(date(2025, 1, 3)), "-10.99"),
        *monthly(DROPBOX, at(date(2025, 1, 21)), "-11.99"),
        *weekly(HELLOFRESH, at(date(2025, 1, 4)), "-71.93"),
        _line(date(2025, 2, 11), "-99.99", GOOGLE_ONE),
        _line(date(2026, 2, 11), "-99.99", GOOGLE_ONE),
        _line(LAST, "-63.18", "WHOLEFDS BRK 10233 BROOKLYN NY"),
    ]  # fmt: skip
    checking = [
        *monthly(GYM, at(date(2025, 1, 17)), "-24.99"),
        *monthly("ACME CORP PAYROLL PPD ID: 1234567890", at(date(2025, 1, 15)), "3148.62"),
        *[
            _line(t.posted, amount, t.payee)
            for t, amount in zip(
                monthly("CON ED OF NY INTELL CK", at(date(2025, 1, 12)), "0"),
                ["-87.12", "-93.40", "-78.65", "-64.03", "-71.88", "-118.27", "-142.56",
                 "-131.09", "-96.44", "-82.71", "-90.15", "-101.38"] * 2,
                strict=False,
            )
        ],
        _line(LAST, "-40.00", "ATM WITHDRAWAL 0042 ATLANTIC AVE"),
    ]  # fmt: skip
    cmb = [
        *monthly(IQIYI, at(date(2025, 1, 6)), "-25.00"),
        *monthly(QQ_MUSIC, at(date(2025, 1, 12)), "-15.00"),
        *monthly(BAIDU, at(date(2025, 1, 20)), "-30.00"),
        _line(LAST, "-38.50", "美团外卖 订单 2611221842"),
    ]
    load(store, CARD, [t for t in card if t.posted >= first])
    load(store, CHECKING, [t for t in checking if t.posted >= first])
    load(store, CMB, cmb)
    subs.detect_subscriptions(store, AS_OF)


def named(store, prefix: str) -> subs.SubscriptionView:  # type: ignore[no-untyped-def]
    found = [v for v in subs.stored_subscriptions(store) if v.name.startswith(prefix)]
    assert len(found) == 1, [v.name for v in subs.stored_subscriptions(store)]
    return found[0]


def line_of(audit: audit_service.Audit, prefix: str) -> core.AuditLine:
    found = [line for line in audit.lines if line.facts.name.startswith(prefix)]
    assert len(found) == 1, [line.facts.name for line in audit.lines]
    return found[0]


def raised(store, as_of: date, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [a for a in evaluate_alerts(store, as_of) if a.kind == kind]


def open_alerts(store, as_of: date, kind: str) -> list:  # type: ignore[no-untyped-def]
    return [a for a in list_alerts(store, as_of=as_of) if a.kind == kind]


@pytest.fixture
def family(made_store: MadeStore) -> Store:
    """The family's store, imported once a process and copied for each test."""
    return made_store("the subscription audit's family", household)


# -- cost --------------------------------------------------------------------------------------


def test_monthly_cost_counts_subscriptions_of_every_cadence_and_lists_yuan_apart(family) -> None:
    audit = audit_service.audit(family, AS_OF)
    names = {line.facts.name for line in audit.lines}
    assert not any(n.startswith(("Con Edison", "Salary")) for n in names)  # bill, income
    usd, cny = audit.costs
    # 17.99 + 11.99 + 10.99 + 11.99 + 24.99 a month, 99.99 a year, 71.93 a week:
    # (935.40 + 99.99 + 3740.36) / 12 = 397.979… → 397.98
    assert (usd.currency, usd.monthly_minor, usd.annual_minor, usd.count) == (
        "USD", 39798, 477575, 7,
    )  # fmt: skip
    assert (cny.currency, cny.monthly_minor, cny.count) == ("CNY", 7000, 3)
    weekly_box = line_of(audit, "HelloFresh")
    assert (weekly_box.annual_minor, weekly_box.monthly_minor) == (374036, 31170)
    annual = line_of(audit, "Google")
    assert (annual.annual_minor, annual.monthly_minor) == (9999, 833)
    assert audit.currency == "USD" and audit.cap_minor is None and not audit.over_cap


def test_the_audit_tells_spent_so_far_last_charge_price_history_and_the_paying_card(
    family,
) -> None:
    netflix = line_of(audit_service.audit(family, AS_OF), "Netflix")
    # 12 × 15.49 in 2025, then 11 × 17.99 from January to November 2026
    assert netflix.spent_minor == 12 * 1549 + 11 * 1799
    assert netflix.last_charge == (date(2026, 11, 9), 1799)
    assert [(c.date, c.old_minor, c.new_minor) for c in netflix.facts.price_changes] == [
        (date(2026, 1, 9), 1549, 1799)
    ]
    assert netflix.facts.account == "Sapphire Visa"
    assert line_of(audit_service.audit(family, AS_OF), "Planet").facts.account == "Total Checking"


def test_a_dismissed_or_cancelled_subscription_no_longer_counts(family) -> None:
    subs.dismiss(family, named(family, "HelloFresh").id)  # a meal kit, not a subscription to them
    audit_service.decide(family, named(family, "Dropbox").id, "cancel", as_of=AS_OF)
    audit = audit_service.audit(family, AS_OF)
    assert audit.costs[0].monthly_minor == 39798 - 31170 - 1199
    assert audit.costs[0].count == 5
    assert not [line for line in audit.lines if line.facts.name.startswith(("Hell", "Drop"))]


# -- overlaps ----------------------------------------------------------------------------------


def test_overlaps_group_services_of_one_family_across_currencies(family) -> None:
    overlaps = {o.family: set(o.names) for o in audit_service.audit(family, AS_OF).overlaps}
    assert set(overlaps) == {"music", "video", "cloud_storage"}
    assert overlaps["video"] == {"Netflix", named(family, "爱奇艺").name}
    assert overlaps["cloud_storage"] == {"Dropbox", "Google One", named(family, "百度网盘").name}
    # Apple's descriptor does not say which service it is: once the user names it, it is music
    assert overlaps["music"] == {"Spotify", named(family, "QQ音乐").name}
    subs.rename(family, named(family, "Apple").id, "Apple Music")
    audit = audit_service.audit(family, AS_OF)
    music = next(o for o in audit.overlaps if o.family == "music")
    assert set(music.names) == {"Apple Music", "Spotify", named(family, "QQ音乐").name}
    assert set(line_of(audit, "Spotify").overlaps_with) == set(music.names) - {"Spotify"}
    assert line_of(audit, "Planet").overlaps_with == ()  # one gym is no overlap


def test_a_family_comes_from_the_service_name_first_then_its_category() -> None:
    def facts(name: str, merchant: str, category: str | None) -> core.SubscriptionFacts:
        return core.SubscriptionFacts(1, name, merchant, "subscription", "monthly", -999, "USD",
                                      "active", "confirmed", category=category)  # fmt: skip

    assert core.family_of(facts("Spotify", "SPOTIFY", "Entertainment:Streaming")) == "music"
    assert core.family_of(facts("YouTube Music", "GOOGLE YOUTUBE MUSIC", None)) == "music"
    assert core.family_of(facts("Mubi", "MUBI", "Entertainment:Streaming")) == "video"
    assert core.family_of(facts("Mubi", "MUBI", None)) is None
    assert core.family_of(facts("Bodyworks", "BODYWORKS", "Health:Fitness")) == "fitness"
    # "gym" as a word, not inside another one
    assert core.family_of(facts("Gymboree", "GYMBOREE", "Shopping:Clothing")) is None


# -- decisions ---------------------------------------------------------------------------------


def test_keep_records_the_review_and_sets_the_next_one_a_quarter_later(family) -> None:
    spotify = named(family, "Spotify")
    assert spotify.user_state == "suggested"
    kept = audit_service.decide(family, spotify.id, "keep", as_of=AS_OF)
    assert (kept.user_state, kept.review_date) == ("confirmed", date(2027, 2, 24))
    line = line_of(audit_service.audit(family, AS_OF), "Spotify")
    assert (line.facts.reviewed_on, line.review_state) == (AS_OF, "scheduled")
    chosen = audit_service.decide(family, spotify.id, "keep", date(2027, 6, 1), as_of=AS_OF)
    assert chosen.review_date == date(2027, 6, 1)


def test_cancel_is_the_same_cancellation_as_anywhere_else(family) -> None:
    netflix = named(family, "Netflix")
    done = audit_service.decide(family, netflix.id, "cancel", as_of=AS_OF)
    assert (done.user_state, done.cancelled_on, done.review_date) == ("cancelled", AS_OF, None)
    # Netflix bills once more in December: the charge after the cancellation is flagged
    load(family, CARD, [_line(date(2026, 12, 9), "-17.99", NETFLIX)])
    subs.detect_subscriptions(family, date(2026, 12, 12))
    assert "charged_after_cancel" in named(family, "Netflix").flags


def test_a_bad_decision_is_refused_and_changes_nothing(family) -> None:
    spotify, con_ed = named(family, "Spotify"), named(family, "Con Edison")
    before = subs.stored_subscriptions(family)
    with pytest.raises(InvalidInputError, match="after 2026-11-24"):
        audit_service.decide(family, spotify.id, "keep", date(2026, 11, 1), as_of=AS_OF)
    with pytest.raises(InvalidInputError, match="keep or cancel"):
        audit_service.decide(family, spotify.id, "pause", as_of=AS_OF)
    with pytest.raises(InvalidInputError, match="bill"):
        audit_service.decide(family, con_ed.id, "cancel", as_of=AS_OF)
    with pytest.raises(NotFoundError):
        audit_service.decide(family, 9999, "keep", as_of=AS_OF)
    assert subs.stored_subscriptions(family) == before
    audit_service.decide(family, spotify.id, "cancel", as_of=AS_OF)
    with pytest.raises(InvalidInputError, match="cancelled already"):
        audit_service.decide(family, spotify.id, "keep", as_of=AS_OF)


# -- review alerts -----------------------------------------------------------------------------


def test_a_subscription_unreviewed_for_a_year_is_named_once_until_it_is_reviewed(family) -> None:
    # finapp found them on AS_OF, with two years of charges behind them: not news yet
    assert raised(family, AS_OF, "unreviewed") == []
    year = date(2027, 11, 24)  # a year after they were found, never reviewed
    assert raised(family, year - timedelta(days=1), "unreviewed") == []
    first = raised(family, year, "unreviewed")
    since = {a.params["name"]: a.params["since"] for a in first}
    assert since["Netflix"] == since["Spotify"] == since["Google One"] == "2026-11-24"
    assert len(first) == 10  # every subscription, in dollars and in yuan; no bill, no salary
    assert {a.date for a in first} == {year}  # news of the day, at the top of the inbox
    assert "has not been reviewed since 2026-11-24" in next(
        a.message for a in first if a.params["name"] == "Netflix"
    )
    assert raised(family, year + timedelta(days=1), "unreviewed") == []  # no news twice
    audit_service.decide(family, named(family, "Spotify").id, "keep", as_of=year)
    audit_service.decide(family, named(family, "Netflix").id, "cancel", as_of=year)
    evaluate_alerts(family, year + timedelta(days=2))
    still = {a.params["name"] for a in open_alerts(family, year + timedelta(days=2), "unreviewed")}
    assert len(still) == 8 and not {"Spotify", "Netflix"} & still


def test_importing_fourteen_months_of_statements_raises_no_review_notice(store) -> None:
    """The year without a review counts from the day finapp found a subscription, not from
    the first charge of old statements imported on that day."""
    household(store, first=date(2025, 9, 3))  # 14 months of history, found on AS_OF
    audit = audit_service.audit(store, AS_OF)
    assert {line.review_state for line in audit.lines} == {"new"}
    assert line_of(audit, "Spotify").review_since == AS_OF
    assert raised(store, AS_OF, "unreviewed") == []
    assert raised(store, date(2027, 11, 23), "unreviewed") == []
    names = {a.params["name"] for a in raised(store, date(2027, 11, 24), "unreviewed")}
    assert {"Spotify", "Netflix"} <= names


def test_a_review_date_that_comes_round_asks_for_a_decision(family) -> None:
    spotify = named(family, "Spotify")
    audit_service.decide(family, spotify.id, "keep", as_of=AS_OF)
    assert raised(family, date(2027, 2, 23), "review_due") == []
    (due,) = raised(family, date(2027, 2, 24), "review_due")
    assert due.params == {"name": "Spotify", "date": "2027-02-24"}
    assert due.subscription_id == spotify.id
    audit_service.decide(family, spotify.id, "keep", as_of=date(2027, 2, 25))
    evaluate_alerts(family, date(2027, 2, 26))
    assert open_alerts(family, date(2027, 2, 26), "review_due") == []


def test_a_household_whose_subscriptions_are_all_new_is_not_nagged(store) -> None:
    household(store, first=date(2026, 3, 2))
    assert len(audit_service.audit(store, AS_OF).lines) == 9  # the annual one not seen yet
    found = evaluate_alerts(store, AS_OF)
    assert not [a for a in found if a.kind in ("unreviewed", "review_due", "subscription_cap")]


# -- the cap -----------------------------------------------------------------------------------


def test_over_the_cap_alerts_once_a_month_and_resolves_back_under(family) -> None:
    set_setting(family, "subscription_cap", "300")
    (over,) = raised(family, AS_OF, "subscription_cap")
    assert over.params == {"count": "7", "total": "397.98 USD", "cap": "300.00 USD"}
    assert over.message == (
        "Your 7 active subscriptions cost 397.98 USD a month, over your cap of 300.00 USD."
    )
    assert raised(family, date(2026, 11, 30), "subscription_cap") == []  # once in November
    (december,) = raised(family, date(2026, 12, 1), "subscription_cap")
    assert december.date == date(2026, 12, 1)
    assert [a.date for a in open_alerts(family, date(2026, 12, 1), "subscription_cap")] == [
        date(2026, 12, 1)
    ]
    audit_service.decide(family, named(family, "HelloFresh").id, "cancel", as_of=date(2026, 12, 2))
    assert raised(family, date(2026, 12, 3), "subscription_cap") == []
    assert open_alerts(family, date(2026, 12, 3), "subscription_cap") == []
    assert not audit_service.audit(family, date(2026, 12, 3)).over_cap


def test_no_cap_alert_under_the_cap_or_without_a_cap(family) -> None:
    assert raised(family, AS_OF, "subscription_cap") == []  # no cap set: the default is off
    set_setting(family, "subscription_cap", "400")
    assert raised(family, AS_OF, "subscription_cap") == []  # 397.98 is under 400
    set_setting(family, "subscription_cap", "off")
    assert raised(family, date(2026, 12, 1), "subscription_cap") == []


def test_health_figures_for_the_health_page_and_json(family) -> None:
    set_setting(family, "subscription_cap", "350")
    audit_service.decide(family, named(family, "Spotify").id, "keep", as_of=date(2026, 8, 1))
    with family.read() as session:
        health = audit_service.subscriptions_health(session, AS_OF).as_json()
    assert health["currency"] == "USD"
    assert (health["monthly_total"], health["cap"], health["over_cap"]) == (
        "397.98",
        "350.00",
        True,
    )
    assert health["count"] == 7
    assert health["other_currencies"] == [{"currency": "CNY", "monthly_total": "70.00", "count": 3}]
    assert {o["family"] for o in health["overlaps"]} == {"music", "video", "cloud_storage"}
    due = {d["name"]: (d["state"], d["date"]) for d in health["reviews_due"]}
    assert due["Spotify"] == ("due", "2026-11-01")
    assert "Netflix" not in due  # found on AS_OF and never reviewed: its year has not passed


# -- the annual review -------------------------------------------------------------------------


def test_the_annual_review_tells_what_was_cancelled_and_saves_what_was_kept_and_increases(
    family,
) -> None:
    audit_service.decide(family, named(family, "Netflix").id, "cancel", as_of=AS_OF)
    audit_service.decide(family, named(family, "HelloFresh").id, "cancel", as_of=AS_OF)
    audit_service.decide(family, named(family, "Spotify").id, "keep", as_of=date(2026, 5, 2))
    audit_service.decide(family, named(family, "Spotify").id, "keep", as_of=AS_OF)
    review = audit_service.annual_review(family, 2026)
    assert {(c.name, c.on, c.annual_minor) for c in review.cancelled} == {
        ("Netflix", AS_OF, 21588),
        ("HelloFresh", AS_OF, 374036),
    }
    assert review.saved_per_year == {"USD": 21588 + 374036}
    assert [(k.name, k.on, k.next_review) for k in review.kept] == [
        ("Spotify", AS_OF, date(2027, 2, 24))
    ]
    increases = [(i.name, i.date, i.old_minor, i.new_minor, i.extra_annual_minor)
                 for i in review.increases]  # fmt: skip
    assert increases == [("Netflix", date(2026, 1, 9), 1549, 1799, 3000)]
    assert review.increases_per_year == {"USD": 3000}
    last_year = audit_service.annual_review(family, 2025)
    assert (last_year.cancelled, last_year.kept, last_year.increases) == ((), (), ())
    with pytest.raises(InvalidInputError):
        audit_service.annual_review(family, 0)
