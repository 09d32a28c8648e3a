"""A savings goal on pace is still not on track when it needs more a month than the household
has left over: weighed against income minus spending of the last six full months, in the goal's
own currency, with the figures shown.

A couple saves for a kitchen: 900.00 goes from checking to savings on the 2nd of each month, so
the savings balance keeps pace with the goal. But their pay (two 2,650.00 deposits) covers rent,
bills and shopping with about 250.00 to spare: the transfers drain the checking account, and
the 1,000.00 a month the kitchen still needs cannot be kept up. A salary paid in yuan into a
Chinese account is no help to a goal in dollars.
"""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from finapp.core.goals import GoalState
from finapp.services.alerts import evaluate_alerts
from finapp.services.goals import GoalStatus, add_goal, list_goals
from finapp.services.health_export import write_report
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.health.flagged_statements import Entry, checking_ofx

START, END = date(2026, 1, 1), date(2026, 10, 31)
ASKED = date(2026, 11, 30)
SET_ON = date(2026, 1, 15)
KITCHEN_BY = date(2027, 6, 30)
#: the months the surplus is averaged over: the last six full months the statements cover
AVERAGED = (date(2026, 5, 1), date(2026, 10, 31))


def _month(n: int, day: int) -> date:
    return date(2026, n, day)


def _checking_lines() -> list[Entry]:
    lines = []
    for n in range(1, 11):
        lines += [
            Entry(_month(n, 1), Decimal("-2150.00"), "ZELLE PAYMENT TO OAKWOOD PROPERT",
                  memo=f"RENT 2026-{n:02d} CONF# {0x1EC203E5 + 7919 * n:X}"),
            Entry(_month(n, 2), Decimal("-900.00"), "ONLINE TRANSFER TO SAV XXXXXX4471",
                  memo="KITCHEN FUND"),
            Entry(_month(n, 14), Decimal("2650.00"), "GLOBEX CORP DIR DEP PPD ID: 1234567890"),
            Entry(_month(n, 28), Decimal("2650.00"), "GLOBEX CORP DIR DEP PPD ID: 1234567890"),
            Entry(_month(n, 9), -(Decimal("118.40") + 9 * (n % 4)), "PGANDE WEB ONLINE",
                  memo="PG&E ACH 0000473829"),
            Entry(_month(n, 12), Decimal("-79.99"), "COMCAST CABLE COMM 800-COMCAST"),
            Entry(_month(n, 5), Decimal("-960.00"), "BRIGHT HORIZONS TUITION",
                  memo=f"INV {5521 + n}"),
            Entry(_month(n, 20), Decimal("-412.77") - n, "CHASE AUTO LOAN PMT"),
            Entry(_month(n, 16), Decimal("-386.50") + 3 * n, "COSTCO WHSE #0471 SAN JOSE CA"),
        ]  # fmt: skip
        for week, day in enumerate((4, 11, 18, 25)):
            basket = Decimal("161.23") + 7 * week - n
            lines.append(Entry(_month(n, day), -basket, "SAFEWAY #1711 SAN JOSE CA"))
            lines.append(Entry(_month(n, day + 1), Decimal("-46.10") - week, "SHELL OIL 57442"))
        lines.append(Entry(_month(n, 22), Decimal("-58.00") - 2 * n, "CHEVYS FRESH MEX 0031"))
    return lines


def _savings_lines() -> list[Entry]:
    lines = []
    for n in range(1, 11):
        lines.append(Entry(_month(n, 2), Decimal("900.00"), "ONLINE TRANSFER FROM CHK XXXXXX8834",
                           memo="KITCHEN FUND"))  # fmt: skip
        month_end = _month(n, 28) + timedelta(days=4)
        lines.append(Entry(month_end - timedelta(days=month_end.day), Decimal(f"4.{10 + n}"),
                           "INTEREST PAID"))  # fmt: skip
    return lines


def _cmb_salary_csv() -> str:
    rows = ["\ufeff记账日期,货币,交易金额,联机余额,交易摘要,对手信息"]
    balance = Decimal("51852.60")
    for n in range(1, 11):
        balance += Decimal("18500.00")
        rows.append(f"2026{n:02d}10,人民币,18500.00,{balance},代发工资,某某科技有限公司")
        balance -= Decimal("2360.00")
        rows.append(f"2026{n:02d}15,人民币,-2360.00,{balance},快捷支付,支付宝-国网上海市电力公司")
    return "\n".join(rows) + "\n"


def _household(store: Store, tmp_path: Path) -> None:
    checking = tmp_path / "Chase_checking_2026.ofx"
    opening = Decimal("9120.44")
    checking.write_text(
        checking_ofx(_checking_lines(), "000000008834", opening + _sum(_checking_lines()), END)
    )
    savings = tmp_path / "Chase_savings_2026.ofx"
    ofx = checking_ofx(
        _savings_lines(), "000000004471", Decimal("4000.00") + _sum(_savings_lines()), END
    )
    savings.write_text(ofx.replace("<ACCTTYPE>CHECKING", "<ACCTTYPE>SAVINGS"))
    cmb = tmp_path / "CMB_6214_2026.csv"
    cmb.write_text(_cmb_salary_csv(), encoding="utf-8")
    import_files(store, [checking, savings, cmb])


def _sum(lines: list[Entry]) -> Decimal:
    return sum((e.amount for e in lines), Decimal(0))


def _expected_surplus() -> Decimal:
    """Income minus spending a month over May to October, as a reader of the statements adds
    it up: every line but the moves between the couple's own accounts."""
    first, last = AVERAGED
    kept = [
        e.amount
        for e in _checking_lines() + _savings_lines()
        if first <= e.posted <= last and "TRANSFER" not in e.payee
    ]
    return (_sum_of(kept) / 6).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _sum_of(amounts: list[Decimal]) -> Decimal:
    return sum(amounts, Decimal(0))


def _goal(store: Store, name: str, target: str) -> GoalStatus:
    add_goal(store, name, Decimal(target), KITCHEN_BY, ["000000004471"], today=SET_ON)
    (status,) = [g for g in list_goals(store, ASKED) if g.name == name]
    return status


def test_a_goal_on_pace_needing_more_than_the_household_saves_is_not_on_track(
    store: Store, tmp_path: Path
) -> None:
    _household(store, tmp_path)
    kitchen = _goal(store, "Kitchen", "20000.00")

    surplus = _expected_surplus()
    assert Decimal("200") < surplus < Decimal("300")  # what the household has to spare
    saved = Decimal("4000.00") + _sum(_savings_lines())
    needed = ((Decimal("20000.00") - saved) / 7).quantize(Decimal("0.01"), rounding=ROUND_CEILING)
    assert (kitchen.saved, kitchen.needed_per_month) == (saved, needed)
    assert kitchen.state is GoalState.BEYOND_SURPLUS
    assert (kitchen.surplus_per_month, kitchen.surplus_months, kitchen.short_per_month) == (
        surplus,
        6,
        needed - surplus,
    )
    raised = [a for a in evaluate_alerts(store, ASKED) if a.kind == "goal_beyond_surplus"]
    assert [(a.severity, a.currency, a.message) for a in raised] == [
        (
            "warning",
            "USD",
            f"Savings goal Kitchen needs {needed} USD a month to reach 20000.00 USD by "
            f"2027-06-30, but over the last 6 months the household had {surplus} USD a month "
            f"left after spending: {needed - surplus} USD a month short. Save more each month, "
            "or move the date or the target.",
        )
    ]


def test_the_list_tells_how_far_off_the_surplus_is(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _household(store, tmp_path)
    kitchen = _goal(store, "Kitchen", "20000.00")
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "goals", "list", "--as-of", ASKED.isoformat()], capsys)
    assert code == 0, err
    assert "beyond surplus" in out
    assert out.splitlines()[-1] == (
        f"Kitchen needs {kitchen.needed_per_month} USD a month; the household had "
        f"{kitchen.surplus_per_month} USD a month left after spending over the last 6 months: "
        f"{kitchen.short_per_month} USD a month short."
    )
    code, out, err = run_main([*data, "goals", "list", "--json", "--as-of", "2026-11-30"], capsys)
    (listed,) = json.loads(out)
    assert (listed["state"], listed["surplus_per_month"], listed["short_per_month"]) == (
        "beyond_surplus",
        str(kitchen.surplus_per_month),
        str(kitchen.short_per_month),
    )


def test_the_chinese_self_check_report_says_how_far_off(store: Store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    kitchen = _goal(store, "Kitchen", "20000.00")
    page = write_report(store, tmp_path / "health.html", ASKED, language="zh_CN").read_text()
    assert "每月结余不足" in page
    assert (
        f"Kitchen 每月需存 {kitchen.needed_per_month} USD；近 6 个月家庭每月收支结余 "
        f"{kitchen.surplus_per_month} USD：每月还差 {kitchen.short_per_month} USD。"
    ) in page


def test_a_goal_the_surplus_covers_stays_on_track(store: Store, tmp_path: Path) -> None:
    _household(store, tmp_path)
    saved = Decimal("4000.00") + _sum(_savings_lines())
    small = _goal(store, "Kitchen", str(saved + Decimal("1400.00")))  # 200.00 a month more
    assert small.needed_per_month == Decimal("200.00")
    assert (small.state, small.short_per_month) == (GoalState.ON_TRACK, None)
    assert small.surplus_per_month == _expected_surplus()


def _lease(store: Store, tmp_path: Path) -> Decimal:
    """The couple also leases a car from a joint account fed by no pay: 640.00 a month, which
    takes the household below nothing to spare. Returns what it spends more than comes in."""
    lease = [Entry(_month(n, 7), Decimal("-640.00"), "BMW FINANCIAL SVCS LEASE PMT") for n in
             range(1, 11)]  # fmt: skip
    path = tmp_path / "Chase_joint_2026.ofx"
    path.write_text(checking_ofx(lease, "000000002290", Decimal("12000.00") + _sum(lease), END))
    import_files(store, [path])
    first, last = AVERAGED
    kept = [
        e.amount
        for e in _checking_lines() + _savings_lines() + lease
        if first <= e.posted <= last and "TRANSFER" not in e.payee
    ]
    return -(_sum_of(kept) / 6).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def test_a_household_spending_more_than_comes_in_is_told_so_not_a_negative_surplus(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "The household had -362.31 USD a month left after spending" read as a slip, in the tray
    above all; each face now says what was spent beyond what came in."""
    _household(store, tmp_path)
    overspent = _lease(store, tmp_path)
    kitchen = _goal(store, "Kitchen", "20000.00")
    assert kitchen.surplus_per_month == -overspent and kitchen.state is GoalState.BEYOND_SURPLUS
    needed, short = kitchen.needed_per_month, kitchen.short_per_month
    (raised,) = [a for a in evaluate_alerts(store, ASKED) if a.kind == "goal_beyond_surplus"]
    assert raised.message == (
        f"Savings goal Kitchen needs {needed} USD a month to reach 20000.00 USD by 2027-06-30, "
        f"but over the last 6 months the household spent {overspent} USD a month more than "
        f"came in: {short} USD a month short. Spend less or save more each month, or move the "
        "date or the target."
    )
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "goals", "list", "--as-of", ASKED.isoformat()], capsys)
    assert code == 0, err
    assert out.splitlines()[-1] == (
        f"Kitchen needs {needed} USD a month; the household spent {overspent} USD a month more "
        f"than came in over the last 6 months: {short} USD a month short."
    )
    page = write_report(store, tmp_path / "health.html", ASKED, language="zh_CN").read_text()
    assert (
        f"Kitchen 每月需存 {needed} USD；近 6 个月家庭平均每月入不敷出 {overspent} USD："
        f"每月还差 {short} USD。"
    ) in page
