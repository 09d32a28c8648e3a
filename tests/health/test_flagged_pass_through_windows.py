"""Pass-through reads only the days within reach of each large inflow: on varied generated
accounts — dense days, sums pooled from many senders, lines with and without times of day, the
money leaving the same day, two days or three days later — it finds exactly what reading the
whole lookback for every inflow finds, as the alerts inbox showed before."""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from finapp.core import flagged_activity as fa
from finapp.core.flagged_activity import AccountActivity, Movement

JUDGED = date(2026, 10, 31)
THRESHOLD = fa.Decimal(10000)


def _full_scan(account: AccountActivity, scale: fa._Scale) -> list[tuple[str, int, str, str]]:
    """The rule read the plain way: every ordinary movement looked at for every inflow."""
    ordinary = [m for m in account.movements if m.ordinary]
    used: set[int] = set()
    found: list[tuple[str, int, str, str]] = []
    for first in ordinary:
        if first.amount_minor <= 0 or first.id in used or first.posted < scale.window_start:
            continue
        came = [
            m
            for m in ordinary
            if m.amount_minor > 0 and m.id not in used and fa._within(first, m, fa.POOL_HOURS)
        ]
        came.sort(key=lambda m: (m.posted, m.time or time.min))
        least = max(scale.usual + 1, sum(m.amount_minor for m in came) // fa.PASS_SHARE_OF_INFLOW)
        went = [
            m
            for m in ordinary
            if -m.amount_minor >= least
            and m.id not in used
            and (fa._within(first, m) or fa._within(came[-1], m))
        ]
        episode = fa._Episode(came, went)
        incoming, spent = episode.incoming, episode.spent
        if incoming < scale.large or spent < fa.PASS_MOST * incoming or episode.settlement:
            continue
        net = sum(m.amount_minor for m in ordinary if episode.around(m))
        day = episode.largest.posted
        if abs(net) > fa.PASS_NEAR * incoming or any(f[0] == day.isoformat() for f in found):
            continue
        used |= {m.id for m in episode.came + episode.went}
        hours = str(episode.hours())
        found.append((day.isoformat(), incoming, hours, str(len({m.party for m in went}))))
    return found


def _at(rng: random.Random) -> time | None:
    return None if rng.random() < 0.4 else time(rng.randint(0, 23), rng.randint(0, 59))


def _account(seed: int) -> AccountActivity:
    """Four hundred days of everyday spending, and in the last month large sums come in (one
    wire or many senders) that mostly leave again within hours or days, or stay."""
    rng = random.Random(seed)
    lines: list[tuple[date, int, str, time | None, bool, bool]] = []
    for _ in range(rng.randint(300, 1200)):
        day = JUDGED - timedelta(days=rng.randint(0, 400))
        party = f"SHOP {rng.randint(1, 60)}"
        routine, own = rng.random() < 0.05, rng.random() < 0.05
        lines.append((day, -rng.randint(300, 30_000), party, _at(rng), own, routine))
    for _ in range(rng.randint(2, 8)):
        day = JUDGED - timedelta(days=rng.randint(0, 20))
        parts = [rng.randint(100_000, 900_000) for _ in range(rng.choice([1, 1, 2, 4]))]
        for k, part in enumerate(parts):
            lines.append((day + timedelta(days=rng.randint(0, 1)), part, f"SENDER {k}", _at(rng),
                          False, False))  # fmt: skip
        payees = rng.randint(1, 4)
        left = sum(parts) * rng.choice([0.5, 0.85, 0.95, 1.0, 1.3]) // payees
        for _ in range(payees):
            then = day + timedelta(days=rng.randint(0, 3))
            lines.append((then, -int(left), f"PAYEE {rng.randint(1, 9)}", _at(rng), False, False))
    lines.sort(key=lambda x: (x[0], x[3] or time(0)))
    movements = [
        Movement(n, day, amount, party, party.lower(), at, own, routine)
        for n, (day, amount, party, at, own, routine) in enumerate(lines, 1)
    ]
    return AccountActivity(1, "Everyday", "USD", JUDGED, movements)


def test_pass_through_reading_nearby_days_finds_what_reading_all_of_them_finds() -> None:
    found_any = 0
    for seed in range(60):
        account = _account(seed)
        scale = fa._scale(account, THRESHOLD, 14)
        fast = [
            (c.date.isoformat(), c.amount_minor, c.params["hours"], c.params["parties"])
            for c in fa.pass_through(account, scale)
        ]
        assert fast == _full_scan(account, scale), seed
        found_any += len(fast)
    assert found_any > 20  # the accounts do pass money through, many times
