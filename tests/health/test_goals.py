"""Savings goals (issue 16, point 5): saved so far, month by month, the monthly saving still
needed, on track or behind, and the ``goal_behind`` alert."""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import pytest

from finapp.core.alerts import Candidate, Kind
from finapp.core.goals import GoalPlan, GoalState, months_left, needed_per_month
from finapp.errors import InvalidInputError, NotFoundError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.alert_facts import gather_facts
from finapp.services.alerts import evaluate_alerts, list_alerts, refresh_alerts
from finapp.services.export import export_all
from finapp.services.goals import GoalStatus, add_goal, list_goals, remove_goal
from finapp.services.imports import import_files, import_parsed
from finapp.services.wipe import delete_account
from finapp.store.engine import Store
from tests.alerts.household import household, import_between
from tests.conftest import another_store
from tests.health.goal_statements import Line, balance_at, download, month_end, monthly

ALLY = ParsedAccount(
    number="2291047713",
    institution="Ally Bank",
    type="savings",
    currency="USD",
    name="Ally Online Savings",
)
MARCUS = ParsedAccount(
    number="7730418825",
    institution="Marcus by Goldman Sachs",
    type="savings",
    currency="USD",
    name="Marcus Online Savings",
)
WISE_EUR = ParsedAccount(
    number="BE71096123456769", institution="Wise", type="checking", currency="EUR", name="Wise EUR"
)
CMB = ParsedAccount(
    number="6214830217736629",
    institution="招商银行",
    type="savings",
    currency="CNY",
    name="招商银行 储蓄卡",
)

ALLY_OPENING = Decimal("1409.07")
FROM_CHECKING = "ONLINE TRANSFER FROM ALLY CHECKING XXXXXX4821"
INTEREST = [
    Line(month_end(2026, m), amount, "INTEREST PAID", "Interest for statement period")
    for m, amount in zip(
        range(1, 11),
        ["4.11", "5.27", "6.93", "8.40", "9.71", "11.26", "12.68", "13.92", "15.35", "16.84"],
        strict=True,
    )
]
SET_ON = date(2026, 1, 15)
CAR_BY = date(2027, 3, 31)
ASKED = date(2026, 11, 30)  # statements end on 31 October


def saver(store: Store) -> dict[date, Decimal]:
    """575.00 moved to savings on the 2nd of every month since January."""
    lines = [*monthly(date(2026, 1, 2), 10, "575.00", FROM_CHECKING), *INTEREST]
    return download(store, ALLY, ALLY_OPENING, lines, date(2026, 1, 1), date(2026, 10, 31))


def stalled(store: Store) -> dict[date, Decimal]:
    """Saving until June, 1,250.00 taken out for a repair in July, nothing put in since."""
    lines = [
        *monthly(date(2026, 1, 2), 6, "575.00", FROM_CHECKING),
        Line(
            date(2026, 7, 14),
            "-1250.00",
            "ONLINE TRANSFER TO ALLY CHECKING XXXXXX4821",
            "Conf# 7QJ2M4XK",
        ),
        *INTEREST,
    ]
    return download(store, ALLY, ALLY_OPENING, lines, date(2026, 1, 1), date(2026, 10, 31))


def car_goal(store: Store, target: str = "9850.00", by: date = CAR_BY) -> None:
    add_goal(
        store, "Used Subaru Outback", Decimal(target), by, ["Ally Online Savings"], today=SET_ON
    )


def only(store: Store, as_of: date = ASKED) -> GoalStatus:
    (status,) = list_goals(store, as_of)
    return status


def gather_facts_of(store: Store, as_of: date = ASKED) -> list[Candidate]:
    """The money-health alerts alert evaluation gathers as of ``as_of``."""
    with store.read() as session:
        return list(gather_facts(session, as_of).health)


def ceil_cents(amount: Decimal) -> Decimal:
    return amount.quantize(Decimal("0.01"), rounding=ROUND_CEILING)


# --- the arithmetic --------------------------------------------------------------------------


def test_behind_means_below_where_the_straight_line_stood_a_month_earlier() -> None:
    plan = GoalPlan(985000, SET_ON, CAR_BY, start_minor=198407)
    # 258 of 440 days along on 30 September: 1984.07 + 7865.93 * 258 / 440 = 6596.36
    assert plan.expected_on(date(2026, 9, 30)) == 659636
    assert plan.is_behind(659635, date(2026, 10, 31))
    assert not plan.is_behind(659636, date(2026, 10, 31))
    # in its first month a goal is not judged, however little is saved
    assert not plan.is_behind(0, date(2026, 2, 14))


def test_monthly_saving_needed_rounds_up_to_the_cent_over_the_months_left() -> None:
    assert months_left(ASKED, CAR_BY) == 4  # 121 days
    assert months_left(date(2026, 12, 1), date(2027, 1, 1)) == 1
    assert needed_per_month(985000, 362011, ASKED, CAR_BY) == 155748  # 6229.89 / 4, rounded up
    assert needed_per_month(985000, 990000, ASKED, CAR_BY) == 0


# --- the service -----------------------------------------------------------------------------


def test_goal_on_track_shows_saved_month_by_month_and_what_is_still_needed(store: Store) -> None:
    running = saver(store)
    car_goal(store)
    status = only(store)
    saved = running[date(2026, 10, 31)]
    assert status.state is GoalState.ON_TRACK
    assert status.judged_on == date(2026, 10, 31)  # November is not imported yet, not missing
    assert status.saved == saved
    assert status.percent == int(saved * 100 // Decimal("9850.00"))
    assert status.needed_per_month == ceil_cents((Decimal("9850.00") - saved) / 4)
    assert [(m.month, m.saved) for m in status.months] == [
        (f"2026-{m:02d}", balance_at(running, ALLY_OPENING, month_end(2026, m)))
        for m in range(1, 11)
    ]
    facts = gather_facts_of(store)
    assert [c for c in facts if c.kind is Kind.GOAL_BEHIND] == []


def test_goal_behind_raises_one_alert_with_the_figures(store: Store) -> None:
    running = stalled(store)
    car_goal(store)
    status = only(store)
    saved = running[date(2026, 10, 31)]
    needed = ceil_cents((Decimal("9850.00") - saved) / 4)
    assert status.state is GoalState.BEHIND
    raised = [a for a in evaluate_alerts(store, ASKED) if a.kind == "goal_behind"]
    assert [a.message for a in raised] == [
        f"Savings goal Used Subaru Outback is behind: {saved} USD of 9850.00 USD saved; "
        f"{needed} USD a month would reach it by 2027-03-31."
    ]
    assert raised[0].date == date(2026, 10, 31)
    # asked again days later, with no new statement: nothing new
    assert [a for a in evaluate_alerts(store, date(2026, 12, 3)) if a.kind == "goal_behind"] == []


def test_behind_goal_nags_at_most_once_a_month_and_stops_when_caught_up(store: Store) -> None:
    running = stalled(store)
    car_goal(store)
    assert [a.kind for a in evaluate_alerts(store, ASKED)] == ["goal_behind"]
    # November's statement: still nothing put in -> November's alert replaces October's
    download(
        store,
        ALLY,
        running[date(2026, 10, 31)],
        [Line(date(2026, 11, 30), "17.02", "INTEREST PAID")],
        date(2026, 11, 1),
        date(2026, 11, 30),
    )
    november = [a for a in evaluate_alerts(store, date(2026, 12, 4)) if a.kind == "goal_behind"]
    assert [a.date for a in november] == [date(2026, 11, 30)]
    assert (
        len([a for a in list_alerts(store, as_of=date(2026, 12, 4)) if a.kind == "goal_behind"])
        == 1
    )
    # a year-end bonus catches up: the alert resolves and nothing new is raised
    download(
        store,
        ALLY,
        running[date(2026, 10, 31)] + Decimal("17.02"),
        [Line(date(2026, 12, 18), "4100.00", FROM_CHECKING, "YEAR END BONUS Conf# 9RT2LA")],
        date(2026, 12, 1),
        date(2026, 12, 31),
    )
    assert evaluate_alerts(store, date(2027, 1, 5)) == []
    assert only(store, date(2027, 1, 5)).state is GoalState.ON_TRACK
    assert [a for a in list_alerts(store, as_of=date(2027, 1, 5)) if a.kind == "goal_behind"] == []


def test_reached_goal_needs_nothing_more_and_stays_quiet(store: Store) -> None:
    running = stalled(store)
    car_goal(store, target="3500.00")
    status = only(store)
    assert running[date(2026, 10, 31)] >= Decimal("3500.00")
    assert status.state is GoalState.REACHED
    assert status.needed_per_month == Decimal("0.00")
    assert status.percent is not None and status.percent >= 100
    assert gather_facts_of(store) == []


def test_past_its_date_a_short_goal_is_missed_and_no_longer_nags(store: Store) -> None:
    running = stalled(store)
    car_goal(store, by=date(2026, 11, 15))
    # on 14 November (statements to 31 October) it is behind and says so
    assert only(store, date(2026, 11, 14)).state is GoalState.BEHIND
    assert [c.kind for c in gather_facts_of(store, date(2026, 11, 14))] == [Kind.GOAL_BEHIND]
    status = only(store)
    assert status.state is GoalState.MISSED
    assert status.saved == running[date(2026, 10, 31)]
    # what is short, all due now
    assert status.needed_per_month == Decimal("9850.00") - status.saved
    assert gather_facts_of(store) == []


def test_several_accounts_add_up(store: Store) -> None:
    ally = saver(store)
    marcus = download(
        store,
        MARCUS,
        Decimal("2730.55"),
        [
            *monthly(date(2026, 1, 20), 10, "200.00", "ACH DEPOSIT CHASE BANK XFER"),
            Line(date(2026, 5, 8), "-480.00", "ACH WITHDRAWAL CHASE BANK XFER"),
        ],
        date(2026, 1, 1),
        date(2026, 10, 31),
    )
    add_goal(
        store,
        "House deposit",
        Decimal("40000"),
        date(2028, 6, 30),
        ["Ally Online Savings", "Marcus Online Savings"],
        today=SET_ON,
    )
    status = only(store)
    assert status.accounts == ("Ally Online Savings", "Marcus Online Savings")
    assert status.saved == ally[date(2026, 10, 31)] + marcus[date(2026, 10, 31)]
    may = next(m for m in status.months if m.month == "2026-05")
    assert may.saved == (
        balance_at(ally, ALLY_OPENING, date(2026, 5, 31))
        + balance_at(marcus, Decimal("2730.55"), date(2026, 5, 31))
    )


def test_goal_in_yuan(store: Store) -> None:
    running = download(
        store,
        CMB,
        Decimal("21337.46"),
        [
            *monthly(date(2026, 3, 5), 8, "4860.00", "转入", "一卡通 尾号0418 转账"),
            Line(date(2026, 3, 21), "18.62", "结息", "活期结息"),
            Line(date(2026, 6, 21), "35.07", "结息", "活期结息"),
            Line(date(2026, 9, 21), "51.90", "结息", "活期结息"),
        ],
        date(2026, 3, 1),
        date(2026, 10, 31),
    )
    add_goal(
        store,
        "装修基金",
        Decimal("80000.00"),
        date(2027, 6, 30),
        ["招商银行 储蓄卡"],
        today=date(2026, 3, 10),
    )
    status = only(store)
    saved = running[date(2026, 10, 31)]
    assert (status.currency, status.state, status.saved) == ("CNY", GoalState.ON_TRACK, saved)
    assert status.needed_per_month == ceil_cents((Decimal("80000.00") - saved) / 7)
    assert status.as_json()["target"] == "80000.00"
    assert status.as_json()["saved"] == str(saved)


def test_goal_without_a_known_balance_is_unknown_and_quiet(store: Store) -> None:
    statement = ParsedStatement(
        WISE_EUR,
        (ParsedTransaction(date(2026, 10, 7), Decimal("-86.40"), "BVG Berlin Ticket"),),
        start=date(2026, 10, 1),
        end=date(2026, 10, 31),
    )
    import_parsed(store, ParsedFile("wise.csv", "csv:wise", (statement,)))
    add_goal(store, "Sommerurlaub", Decimal("2400"), date(2027, 7, 1), ["Wise EUR"], today=SET_ON)
    status = only(store)
    assert (status.state, status.saved, status.percent) == (GoalState.UNKNOWN, None, None)
    assert gather_facts_of(store) == []


def test_bad_goals_are_refused_and_change_nothing(store: Store) -> None:
    saver(store)
    download(store, WISE_EUR, Decimal("612.30"), [], date(2026, 10, 1), date(2026, 10, 31))
    car_goal(store)
    before = [g.as_json() for g in list_goals(store, ASKED)]
    refused = [
        (NotFoundError, dict(name="Bike", accounts=["Chase Sapphire"])),
        (InvalidInputError, dict(name="Bike", target_date=date(2026, 1, 14))),
        (InvalidInputError, dict(name="Bike", target_date=SET_ON)),
        (InvalidInputError, dict(name="Bike", target=Decimal("0"))),
        (InvalidInputError, dict(name="Bike", target=Decimal("-250.00"))),
        (InvalidInputError, dict(name="used subaru outback")),
        (InvalidInputError, dict(name="Bike", accounts=["Ally Online Savings", "Wise EUR"])),
        (InvalidInputError, dict(name="Bike", currency="EUR")),
        (InvalidInputError, dict(name="Bike", accounts=[])),
        (InvalidInputError, dict(name="   ")),
    ]
    for error, wrong in refused:
        args = (
            dict(
                name="Bike",
                target=Decimal("1299.99"),
                target_date=date(2026, 9, 1),
                accounts=["Ally Online Savings"],
            )
            | wrong
        )
        with pytest.raises(error):
            add_goal(
                store,
                args["name"],
                args["target"],
                args["target_date"],
                args["accounts"],
                currency=args.get("currency"),
                today=SET_ON,
            )
        assert [g.as_json() for g in list_goals(store, ASKED)] == before, wrong


def test_remove_by_name_or_id(store: Store) -> None:
    saver(store)
    car_goal(store)
    add_goal(
        store,
        "Christmas 2026",
        Decimal("850"),
        date(2026, 12, 20),
        ["Ally Online Savings"],
        today=SET_ON,
    )
    ids = {g.name: g.id for g in list_goals(store, ASKED)}
    assert remove_goal(store, "Christmas 2026") == "Christmas 2026"
    assert remove_goal(store, str(ids["Used Subaru Outback"])) == "Used Subaru Outback"
    assert list_goals(store, ASKED) == []
    with pytest.raises(NotFoundError):
        remove_goal(store, "Christmas 2026")


def test_households_without_goals_raise_no_goal_alert(store: Store) -> None:
    home = household(seed=16, start=date(2025, 11, 1), months=12)
    import_between(store, home, date(2025, 10, 31), date(2026, 10, 31))
    raised = refresh_alerts(store, ASKED)  # streams detected, then every check, as a user asks
    assert raised  # an ordinary household raises its ordinary alerts
    assert [a for a in raised if a.kind == "goal_behind"] == []
    assert list_goals(store, ASKED) == []


def test_export_keeps_goals_and_importing_it_brings_them_back(store: Store, tmp_path: Path) -> None:
    saver(store)
    download(
        store,
        MARCUS,
        Decimal("2730.55"),
        monthly(date(2026, 1, 20), 10, "200.00", "ACH DEPOSIT CHASE BANK XFER"),
        date(2026, 1, 1),
        date(2026, 10, 31),
    )
    add_goal(
        store,
        "=House deposit",
        Decimal("40000"),
        date(2028, 6, 30),
        ["Ally Online Savings", "Marcus Online Savings"],
        today=SET_ON,
    )
    car_goal(store)
    export_all(store, tmp_path / "export")
    rows = list(csv.DictReader((tmp_path / "export" / "goals.csv").open(encoding="utf-8-sig")))
    assert [(r["name"], r["target"], r["target_date"], r["accounts"]) for r in rows] == [
        ("'=House deposit", "40000.00", "2028-06-30", "Ally Online Savings\nMarcus Online Savings"),
        ("Used Subaru Outback", "9850.00", "2027-03-31", "Ally Online Savings"),
    ]
    export_all(store, tmp_path / "json", "json")
    as_json = json.loads((tmp_path / "json" / "goals.json").read_text(encoding="utf-8"))
    assert [g["name"] for g in as_json] == ["=House deposit", "Used Subaru Outback"]

    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert not result.failed, result.failed
        kept = ("name", "currency", "target", "target_date", "created_on", "accounts")
        assert [{k: g.as_json()[k] for k in kept} for g in list_goals(fresh, ASKED)] == [
            {k: g.as_json()[k] for k in kept} for g in list_goals(store, ASKED)
        ]
        # importing the same export again adds no second copy
        import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert len(list_goals(fresh, ASKED)) == 2
    finally:
        fresh.close()


def test_a_changed_goals_file_is_refused_with_the_import(store: Store, tmp_path: Path) -> None:
    saver(store)
    car_goal(store)
    export_all(store, tmp_path / "export")
    goals_csv = tmp_path / "export" / "goals.csv"
    goals_csv.write_text(
        goals_csv.read_text(encoding="utf-8").replace("9850.00", "98.50"), encoding="utf-8"
    )
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert [f.error for f in result.failed] == [
            f"{goals_csv}: the file was cut or changed after export: expected 1 rows, found 1 "
            "(manifest.json beside it says so; a file edited on purpose imports from a folder "
            "without manifest.json)"
        ]
        assert list_goals(fresh, ASKED) == []
    finally:
        fresh.close()


def test_deleting_an_account_leaves_its_goals_on_the_accounts_left(store: Store) -> None:
    ally = saver(store)
    download(store, MARCUS, Decimal("2730.55"), [], date(2026, 1, 1), date(2026, 10, 31))
    add_goal(store, "House deposit", Decimal("40000"), date(2028, 6, 30),
             ["Ally Online Savings", "Marcus Online Savings"], today=SET_ON)  # fmt: skip
    add_goal(
        store,
        "Wedding",
        Decimal("18000"),
        date(2027, 9, 4),
        ["Marcus Online Savings"],
        today=SET_ON,
    )
    delete_account(store, "Marcus Online Savings")
    house, wedding = list_goals(store, ASKED)
    assert (house.accounts, house.saved) == (("Ally Online Savings",), ally[date(2026, 10, 31)])
    # nothing left to measure: shown as unknown (for the user to remove), never alerted
    assert (wedding.accounts, wedding.state, wedding.saved) == ((), GoalState.UNKNOWN, None)
    # 575.00 a month into Ally alone is far from the 40,000.00 by mid-2028
    assert house.state is GoalState.BEHIND
    assert [c.params["name"] for c in gather_facts_of(store)] == ["House deposit"]


def test_a_goal_on_a_credit_card_is_refused_with_why(store: Store) -> None:
    """A card's balance is what is owed: a goal on it showed the debt as "saved"."""
    card = ParsedAccount("4147202218835555", "Chase", "credit_card", "USD", "Chase Sapphire")
    charges = [Line(date(2026, 10, 3), "-292.62", "WHOLEFDS MKT 10234 AUSTIN TX")]
    download(store, card, Decimal("0.00"), charges, date(2026, 10, 1), date(2026, 10, 31))
    with pytest.raises(InvalidInputError) as refused:
        add_goal(store, "Car", Decimal("30000"), date(2026, 12, 31), ["Chase Sapphire"],
                 today=SET_ON)  # fmt: skip
    assert refused.value.code == "goal.owed_account"
    assert str(refused.value) == (
        "Chase Sapphire holds money owed, not saved: link a savings or checking account to a goal"
    )
    assert list_goals(store, ASKED) == []
