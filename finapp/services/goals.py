"""Savings goals: set, list and remove them, and measure each on its linked accounts' balances.

What a goal has saved is the sum of its linked accounts' balances (see
:mod:`finapp.services.balances`: a known balance carried by the transactions between), all in
the goal's currency, measured on the day the goal is *judged*: where the linked accounts'
statements end, never later than the day asked (:func:`finapp.services.coverage.judged_as_of`;
the earliest of them, so every account is measured on the same day). Asked on 30 November about
statements that end on 31 October, a goal is measured on 31 October: November's saving is not
missing, it is not imported yet. How the figures are judged is in :mod:`finapp.core.goals`.

A goal on pace is also weighed against what the household has left over a month lately, in
the goal's currency (:mod:`finapp.services.surplus`), shared with the other goals in that
currency: the goals still short of their targets are served by target date (the earliest first;
then the one set first), each taking the monthly saving it needs from what the ones before it
left (:func:`finapp.core.goals.surplus_left`). One needing more than is left for it is *beyond
the surplus*, with the monthly saving needed, the surplus, the months it is averaged over, what
the goals due sooner take of it and the shortfall a month shown. A goal behind, or reached, or
past its date, is judged as before; one behind still takes its share, as it still needs it.

The ``goal_behind`` and ``goal_beyond_surplus`` alerts are keyed by goal and month, so a goal
that stays behind (or beyond the surplus) is raised at most once a month; each resolves when the
goal is back on track, reached, past its date or removed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from finapp.core.account_types import AccountType
from finapp.core.alerts import Candidate, Kind
from finapp.core.goals import GoalPlan, GoalState, month_ends, needed_per_month, surplus_left
from finapp.core.money import exact_minor, from_minor
from finapp.core.severity import Severity
from finapp.errors import InvalidInputError, NotFoundError, Problem, problem_list
from finapp.services.balances import carry, daily_movements, known_balances, nearest_known
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.open_accounts import closed_json, closing_days
from finapp.services.settings import Settings
from finapp.services.surplus import Surplus, monthly_surplus
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Goal, GoalAccount

#: accounts whose balance is money owed: never a goal's savings
OWED_TYPES = frozenset({AccountType.CREDIT_CARD, AccountType.LOAN})


@dataclass(frozen=True, slots=True)
class MonthSaved:
    """What a goal's accounts held at the end of one month."""

    month: str  # YYYY-MM
    saved: Decimal


@dataclass(frozen=True, slots=True)
class GoalStatus:
    """A goal and how far it is, as the CLI, ``finapp health --json`` and the GUI show it."""

    id: int
    name: str
    currency: str
    target: Decimal
    target_date: date
    created_on: date
    accounts: tuple[str, ...]
    state: GoalState
    #: the day ``saved`` is measured on: where the linked accounts' statements end
    judged_on: date
    #: None when a linked account has no known balance (state ``unknown``)
    saved: Decimal | None
    #: the monthly saving that still reaches the target by its date
    needed_per_month: Decimal | None
    #: saved at each month end since the goal was set, up to ``judged_on``
    months: tuple[MonthSaved, ...]
    #: what the household has left over a month lately, in the goal's currency, and over how
    #: many months; None when not known (see :mod:`finapp.services.surplus`)
    surplus_per_month: Decimal | None = None
    surplus_months: int = 0
    #: what is left of that surplus for this goal once the goals due sooner took what they
    #: need (the whole surplus for the first); None when the surplus is not known
    surplus_left_per_month: Decimal | None = None
    #: the goals served before this one from the surplus, in that order (see the module doc)
    sooner_goals: tuple[str, ...] = ()
    #: (name, closing day) of its accounts closed by ``judged_on``: they count nothing since
    closed: tuple[tuple[str, date], ...] = ()

    @property
    def short_per_month(self) -> Decimal | None:
        """How much more a month the goal needs than is left over for it; None when it needs
        no more (or either is unknown)."""
        if self.needed_per_month is None or self.surplus_left_per_month is None:
            return None
        short = self.needed_per_month - self.surplus_left_per_month
        return short if short > 0 and self.state is not GoalState.REACHED else None

    @property
    def taken_by_sooner(self) -> Decimal | None:
        """What the goals due sooner take of the surplus before this one, when they take any."""
        if self.surplus_per_month is None or self.surplus_left_per_month is None:
            return None
        taken = self.surplus_per_month - self.surplus_left_per_month
        return taken if taken > 0 else None

    @property
    def percent(self) -> int | None:
        """Share of the target saved, whole percent rounded down (0 below nothing saved)."""
        if self.saved is None:
            return None
        return max(0, int(self.saved * 100 // self.target))

    def as_json(self) -> dict[str, Any]:
        """The goal as the CLI contract lists it: dates ISO, money as decimal strings."""

        def money(value: Decimal | None) -> str | None:
            return None if value is None else str(value)

        return {
            "id": self.id,
            "name": self.name,
            "currency": self.currency,
            "target": money(self.target),
            "target_date": self.target_date.isoformat(),
            "created_on": self.created_on.isoformat(),
            "accounts": list(self.accounts),
            "state": str(self.state),
            "judged_on": self.judged_on.isoformat(),
            "saved": money(self.saved),
            "percent": self.percent,
            "needed_per_month": money(self.needed_per_month),
            "months": [{"month": m.month, "saved": money(m.saved)} for m in self.months],
            "surplus_per_month": money(self.surplus_per_month),
            "surplus_months": self.surplus_months,
            "short_per_month": money(self.short_per_month),
            "surplus_left_per_month": money(self.surplus_left_per_month),
            "sooner_goals": list(self.sooner_goals),
            "closed_accounts": closed_json(self.closed),
        }


class _Balances:
    """Balances of the linked accounts on any day, read once for all goals."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.known = known_balances(session)
        self.coverage = coverage_by_account(session)
        self.names: dict[int, str] = dict(session.execute(select(Account.id, Account.name)).all())
        self.closed_on = closing_days(session)
        self._movements: dict[int, list[tuple[date, int]]] = {}

    def judged_on(self, account_id: int, as_of: date) -> date:
        return judged_as_of(self.coverage.get(account_id), as_of)

    def on(self, account_id: int, day: date) -> int | None:
        anchor = nearest_known(self.known.get(account_id, []), day)
        if anchor is None:
            return None
        if account_id not in self._movements:
            self._movements[account_id] = daily_movements(self.session, account_id)
        return carry(anchor.as_of, anchor.amount_minor, self._movements[account_id], day)

    def total_on(self, account_ids: Sequence[int], day: date) -> int | None:
        """The accounts' balances added up; None when one is unknown (or none is linked: its
        accounts were all deleted)."""
        if not account_ids:
            return None
        amounts = [self.on(account_id, day) for account_id in account_ids]
        return None if None in amounts else sum(a for a in amounts if a is not None)


@dataclass(frozen=True, slots=True)
class _Measured:
    """A goal measured on its accounts, before it is judged against the surplus."""

    goal: Goal
    #: the day it is measured on: where its accounts' statements end
    day: date
    saved: int | None
    #: None when a linked account's balance is not known
    plan: GoalPlan | None
    #: its accounts' names, and what they held at each month end since it was set
    names: tuple[str, ...]
    months: tuple[MonthSaved, ...]
    #: (name, closing day) of its accounts closed by ``day``
    closed: tuple[tuple[str, date], ...] = ()

    def needed_minor(self, as_of: date) -> int:
        """The monthly saving it still needs from the surplus: none when measured nothing, at
        its target or past its date."""
        goal = self.goal
        if self.plan is None or self.saved is None or as_of > goal.target_date:
            return 0
        return needed_per_month(goal.target_minor, self.saved, as_of, goal.target_date)


def _measure(goal: Goal, balances: _Balances, as_of: date) -> _Measured:
    ids = [link.account_id for link in goal.accounts]
    day = min((balances.judged_on(account_id, as_of) for account_id in ids), default=as_of)
    saved = balances.total_on(ids, day)
    start = balances.total_on(ids, goal.created_on)
    cur = goal.currency
    names = tuple(sorted(balances.names[account_id] for account_id in ids))
    closed = tuple(
        sorted(
            (balances.names[account_id], closed_on)
            for account_id in ids
            if (closed_on := balances.closed_on.get(account_id)) is not None and closed_on <= day
        )
    )
    if saved is None or start is None:
        return _Measured(goal, day, saved, None, names, (), closed)
    plan = GoalPlan(goal.target_minor, goal.created_on, goal.target_date, start)
    months = tuple(
        MonthSaved(end.strftime("%Y-%m"), from_minor(balances.total_on(ids, end) or 0, cur))
        for end in month_ends(goal.created_on, day)
    )
    return _Measured(goal, day, saved, plan, names, months, closed)


@dataclass(frozen=True, slots=True)
class _Share:
    """A goal's part of the household's surplus, in the goal's minor units."""

    surplus: Surplus
    left_minor: int
    sooner: tuple[str, ...]


def _shares(measured: Sequence[_Measured], surplus: Surplus, as_of: date) -> dict[int, _Share]:
    """Each goal's share of ``surplus`` (all in its currency): served by target date, then by
    the day it was set (see the module doc); a goal needing nothing takes nothing."""
    order = sorted(measured, key=lambda m: (m.goal.target_date, m.goal.created_on, m.goal.id))
    claiming = [m for m in order if m.needed_minor(as_of) > 0]
    lefts = surplus_left([m.needed_minor(as_of) for m in claiming], surplus.monthly_minor)
    shares = {}
    for position, (m, left) in enumerate(zip(claiming, lefts, strict=True)):
        sooner = tuple(earlier.goal.name for earlier in claiming[:position])
        shares[m.goal.id] = _Share(surplus, left, sooner)
    for m in order:  # reached, past its date or not measured: takes none, is shown the whole
        shares.setdefault(m.goal.id, _Share(surplus, surplus.monthly_minor, ()))
    return shares


def _status(m: _Measured, as_of: date, share: _Share | None = None) -> GoalStatus:
    goal, day, saved = m.goal, m.day, m.saved
    cur = goal.currency
    state, needed = GoalState.UNKNOWN, None
    if saved is not None and m.plan is not None:
        state = m.plan.state(saved, day, as_of, share.left_minor if share else None)
        needed = from_minor(
            needed_per_month(goal.target_minor, saved, as_of, goal.target_date), cur
        )
    surplus = share.surplus if share else None
    return GoalStatus(
        id=goal.id,
        name=goal.name,
        currency=cur,
        target=from_minor(goal.target_minor, cur),
        target_date=goal.target_date,
        created_on=goal.created_on,
        accounts=m.names,
        state=state,
        judged_on=day,
        saved=None if saved is None else from_minor(saved, cur),
        needed_per_month=needed,
        months=m.months,
        surplus_per_month=from_minor(surplus.monthly_minor, cur) if surplus else None,
        surplus_months=len(surplus.months) if surplus else 0,
        surplus_left_per_month=from_minor(share.left_minor, cur) if share else None,
        sooner_goals=share.sooner if share else (),
        closed=m.closed,
    )


def goals_status(session: Session, as_of: date) -> list[GoalStatus]:
    """Every goal and how far it is as of ``as_of``, by name; the goals in one currency share
    its surplus (see the module doc)."""
    goals = session.scalars(
        select(Goal).options(selectinload(Goal.accounts)).order_by(Goal.name)
    ).all()
    if not goals:
        return []
    balances = _Balances(session)
    measured = [_measure(goal, balances, as_of) for goal in goals]
    shares: dict[int, _Share] = {}
    for cur in {goal.currency for goal in goals}:
        surplus = monthly_surplus(session, as_of, cur)
        if surplus is not None:
            in_currency = [m for m in measured if m.goal.currency == cur]
            shares |= _shares(in_currency, surplus, as_of)
    return [_status(m, as_of, shares.get(m.goal.id)) for m in measured]


def list_goals(store: Store, as_of: date | None = None) -> list[GoalStatus]:
    with store.read() as session:
        return goals_status(session, as_of or date.today())


def _linked_accounts(session: Session, accounts: Sequence[str]) -> list[Account]:
    """The accounts named, each able to hold savings: a credit card's or a loan's balance is
    money owed, and a goal on one showed its debt as "saved" (-292.62) and "on track"; a
    closed account holds nothing."""
    if not accounts:
        english = "A goal needs at least one account whose balance counts"
        raise InvalidInputError(Problem("goal.no_account", english))
    from finapp.services.accounts import require_account  # alerts run only the check here

    found: dict[int, Account] = {}
    for name in accounts:
        row = require_account(session, name)
        if row.type in OWED_TYPES:
            english = (
                f"{row.name} holds money owed, not saved: link a savings or checking account "
                "to a goal"
            )
            raise InvalidInputError(Problem("goal.owed_account", english, name=row.name))
        if row.closed_on is not None:
            english = f"{row.name} is closed: a goal counts the money an open account holds"
            raise InvalidInputError(Problem("goal.closed_account", english, name=row.name))
        found[row.id] = row
    return list(found.values())


def _check_new(
    session: Session, name: str, target: Decimal, target_date: date, today: date
) -> None:
    if not name:
        raise InvalidInputError(Problem("goal.no_name", "A goal needs a name"))
    if target <= 0:
        english = f"A goal's target must be above zero, got {target}"
        raise InvalidInputError(Problem("goal.not_positive", english, amount=target))
    if target_date <= today:
        english = f"A goal's date must be after today ({today.isoformat()}), got {target_date}"
        facts = {"today": today, "day": target_date}
        raise InvalidInputError(Problem("goal.not_ahead", english, **facts))
    names = {existing.casefold() for existing in session.scalars(select(Goal.name))}
    if name.casefold() in names:
        english = f"There is already a goal named {name!r}"
        raise InvalidInputError(Problem("goal.exists", english, name=name))


@undoable("goal_add", lambda goal, *_, **__: {"name": goal.name})
def add_goal(
    store: Store,
    name: str,
    target: Decimal,
    target_date: date,
    accounts: Sequence[str],
    *,
    currency: str | None = None,
    today: date | None = None,
) -> GoalStatus:
    """Set a goal of ``target`` by ``target_date`` on the balances of ``accounts`` (names or
    numbers). Its currency is the accounts' own; an account in another currency than the goal
    is refused, as is a duplicate name, a target not above zero or a date not after today.
    """
    today = today or date.today()
    name = name.strip()
    with store.write() as session:
        _check_new(session, name, target, target_date, today)
        rows = _linked_accounts(session, accounts)
        cur = (currency or rows[0].currency).strip().upper()
        other = [row.name for row in rows if row.currency != cur]
        if other:
            english = f"The goal is in {cur}; {', '.join(other)} is in another currency"
            names = problem_list(other, ", ", code="names")
            raise InvalidInputError(Problem("goal.currencies", english, currency=cur, names=names))
        goal = Goal(
            name=name,
            target_minor=exact_minor(target, cur),
            currency=cur,
            target_date=target_date,
            created_on=today,
            accounts=[GoalAccount(account_id=row.id) for row in rows],
        )
        session.add(goal)
        session.flush()
        return _status(_measure(goal, _Balances(session), today), today)


def _find_goal(session: Session, name_or_id: str) -> Goal:
    goal = session.scalars(select(Goal).where(Goal.name == name_or_id)).first()
    if goal is None and name_or_id.strip().isdigit():
        goal = session.get(Goal, int(name_or_id))
    if goal is None:
        english = f"No goal named or numbered {name_or_id!r}"
        raise NotFoundError(Problem("goal.missing", english, name=name_or_id))
    return goal


@undoable("goal_remove", lambda name, *_, **__: {"name": name})
def remove_goal(store: Store, name_or_id: str) -> str:
    """Remove a goal (by name, else by id); returns its name. Its accounts stay as they are."""
    with store.write() as session:
        goal = _find_goal(session, name_or_id)
        session.delete(goal)
        return goal.name


#: the alert a goal's state raises, once a month
_STATE_ALERTS = {
    GoalState.BEHIND: Kind.GOAL_BEHIND,
    GoalState.BEYOND_SURPLUS: Kind.GOAL_BEYOND_SURPLUS,
}


def goal_behind_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """A ``goal_behind`` alert for each goal behind as of ``as_of``, a ``goal_beyond_surplus``
    one for each needing more than is left over for it (the goals due sooner served first),
    once a month per goal (goals carry their own targets: no setting shapes it)."""
    found = []
    for status in goals_status(session, as_of):
        kind = _STATE_ALERTS.get(status.state)
        if kind is None:
            continue
        cur = status.currency
        params = {
            "name": status.name,
            "saved": f"{status.saved} {cur}",
            "target": f"{status.target} {cur}",
            "needed": f"{status.needed_per_month} {cur}",
            "date": status.target_date.isoformat(),
        }
        if kind is Kind.GOAL_BEYOND_SURPLUS:
            params |= {
                "surplus": f"{status.surplus_per_month} {cur}",
                "months": str(status.surplus_months),
                "short": f"{status.short_per_month} {cur}",
            }
            if (status.surplus_per_month or 0) < 0:  # spent more than came in: said so
                params["overspent"] = f"{-(status.surplus_per_month or 0)} {cur}"
            if status.taken_by_sooner is not None:
                params |= {
                    "sooner": ", ".join(status.sooner_goals),
                    "taken": f"{status.taken_by_sooner} {cur}",
                }
        found.append(
            Candidate(
                kind=kind,
                key=f"{kind}:{status.id}:{status.judged_on.strftime('%Y-%m')}",
                date=status.judged_on,
                severity=Severity.WARNING,
                currency=cur,
                params=params,
            )
        )
    return found
