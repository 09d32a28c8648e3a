"""How well activity a bank would flag is found: ``python -m bench flagged``.

Synthetic accounts, each a few months of a household's ordinary money drawn at random — a US
checking account written as monthly OFX (with times of day, or, for some banks, without), or
an Alipay 支付宝 wallet export in CNY — get one pattern injected in their last weeks, drawn from
how such activity looks rather than from the detector's numbers (sizes, how many parties, how
many hours or days, the hour of the night all vary, and some fall outside what the detector
calls the pattern). Clean accounts get the things real people do that look a little like the
patterns instead: a holiday trip, furnishing a new flat, a bonus that pays off a loan, a late
snack ordered after midnight, a builder paid in the morning, two deposits under the threshold,
a gift kept in the account. Every case is imported through the real import path and asked the
way ``finapp alerts`` asks; then generated households (tests/households) are checked weekly.

The table per kind: cases injected, found, missed, false alarms on clean cases and households,
and alerts of that kind on other patterns' cases (a pass-through paid to five new parties is
also a burst of new counterparties: told, not counted as false).

``FLAGGED_CASES`` sets the cases per pattern (default 20), ``FLAGGED_SEED`` the first seed.
"""

from __future__ import annotations

import os
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from pathlib import Path

from bench.table import Figure
from finapp.services.alerts import refresh_alerts
from finapp.services.flagged_activity import flagged_activity_check
from finapp.services.opening import open_store
from finapp.services.settings import load_settings
from finapp.store.keys import StoreKey, new_raw_key
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.households.generator import generate
from tests.households.support import imported

KINDS = ("pass_through", "structuring", "late_night", "new_counterparties")
CENT = Decimal("0.01")
THRESHOLD = {"USD": 10000, "CNY": 50000}


def _money(x: float) -> Decimal:
    return Decimal(str(x)).quantize(CENT)


def _logu(r: random.Random, lo: float, hi: float) -> float:
    return lo * (hi / lo) ** r.random()


@dataclass
class Case:
    currency: str
    end: date
    entries: list[Entry] = field(default_factory=list)
    timed: bool = True  # whether the bank writes a time of day
    injected: str | None = None
    window: tuple[date, date] | None = None
    note: str = ""  # what was injected, to tell a miss


# --- ordinary months --------------------------------------------------------------------------

_US_CARD_PAYMENT = (
    "CAPITAL ONE CRCARDPMT",
    "CHASE CREDIT CRD AUTOPAY PPD ID: 4760039224",
    "CITI CARD ONLINE PAYMENT",
    "AMEX EPAYMENT ACH PMT",
    "DISCOVER E-PAYMENT 6420",
)
_US_FRIENDS = (
    "VENMO PAYMENT",
    "ZELLE TO GARCIA MARIA",
    "ZELLE TO LEE KEVIN",
    "ZELLE TO PATEL ANJALI",
    "VENMO CASHOUT",
)
_US_SHOPS = (
    "HARRIS TEETER #0123",
    "TRADER JOE S #552",
    "TARGET 00012345",
    "CVS/PHARMACY #04512",
    "SHELL OIL 57442",
    "CHIPOTLE 2231",
    "AMZN Mktp US*2K4",
    "COSTCO WHSE #0347",
)


def _clock(r: random.Random, lo: int, hi: int) -> time:
    """A time between ``lo`` and ``hi`` o'clock (hours may pass midnight: 22-26)."""
    minutes = r.randint(lo * 60, hi * 60 - 1) % (24 * 60)
    return time(minutes // 60, minutes % 60, r.randint(0, 59))


def _us_months(r: random.Random, case: Case, start: date) -> None:
    noise = r.uniform(0.5, 1.5)
    pay = _money(r.uniform(1400, 6500))
    rent = _money(r.choice((1250, 1675, 1850, 2150, 2400, 3100)))
    landlord = r.choice(
        (
            "OAKWOOD APTS WEB PMTS",
            "GREYSTAR PROP WEB PMTS",
            "WELLS FARGO HOME MTG",
            "AVALON COMMUN ACH",
        )
    )
    card = r.choice(_US_CARD_PAYMENT)
    batch = _clock(r, 1, 6)  # the bank's overnight ACH run
    add = case.entries.append
    d = start
    while d <= case.end:
        last_day = (d + timedelta(days=1)).month != d.month
        if d.day == 15 or last_day:
            add(Entry(d, pay, f"ACME CORP PAYROLL PPD ID: {9000000000 + r.randint(1, 99)}", batch))
        if d.day == 1:
            add(Entry(d, -rent, f"{landlord} {r.randint(100000, 999999)}", batch))
        if d.day == 12:
            add(Entry(d, -_money(r.uniform(60, 260)), "DUKE ENERGY PAYMENT", batch))
        if d.day == 8 and d.month % 3 == 0:
            add(Entry(d, -_money(r.uniform(380, 460)), "GEICO *AUTO", batch))
        if d.day == 16:
            add(
                Entry(
                    d,
                    -_money(r.choice((200, 500, 800, 1500))),
                    f"ONLINE TRANSFER TO SAV XXXXX{r.randint(1000, 9999)}",
                    _clock(r, 7, 23),
                )
            )
        if d.day == 25:
            add(Entry(d, -_money(r.uniform(400, 3800)), card, batch))
        if r.random() < 0.35 * noise:
            add(Entry(d, -_money(_logu(r, 4, 260)), r.choice(_US_SHOPS), _clock(r, 7, 25)))
        if r.random() < 0.06 * noise:
            add(
                Entry(
                    d,
                    -_money(r.choice((60, 100, 200, 300))),
                    "ATM WITHDRAWAL 5TH AVE",
                    _clock(r, 8, 23),
                )
            )
        if r.random() < 0.07 * noise:
            add(Entry(d, -_money(_logu(r, 10, 400)), r.choice(_US_FRIENDS), _clock(r, 8, 24)))
        if r.random() < 0.02:
            add(Entry(d, _money(_logu(r, 15, 300)), "AMAZON.COM REFUND", _clock(r, 6, 22)))
        d += timedelta(days=1)


_CN_FRIENDS = ("妈妈", "张伟", "李娜", "王磊", "刘芳")
_CN_SHOPS = (
    ("瑞幸咖啡", 9.9, 32),
    ("美团外卖", 18, 90),
    ("天猫超市", 30, 400),
    ("滴滴出行", 12, 80),
    ("盒马鲜生", 40, 300),
    ("京东商城", 50, 1500),
    ("拼多多", 9, 200),
)


def _cn_months(r: random.Random, case: Case, start: date) -> None:
    noise = r.uniform(0.5, 1.5)
    rent = _money(r.choice((2800, 3500, 4200, 5600, 7800)))
    add = case.entries.append
    d = start
    while d <= case.end:
        if d.day == r.choice((9, 10)):
            add(
                Entry(
                    d,
                    _money(r.choice((2000, 5000, 8000))),
                    "余额宝",
                    _clock(r, 8, 23),
                    "余额宝-转出到余额",
                )
            )
        if d.day == 3:
            add(Entry(d, -rent, "自如房租", _clock(r, 9, 21), "房租 月付"))
        if d.day == 6:
            add(
                Entry(d, -_money(r.choice((50, 100, 58))), "中国移动", _clock(r, 9, 22), "话费充值")
            )
        for shop, lo, hi in _CN_SHOPS:
            if r.random() < 0.12 * noise:
                add(Entry(d, -_money(_logu(r, lo, hi)), shop, _clock(r, 7, 25), "订单"))
        if r.random() < 0.05 * noise:
            amount = _money(r.choice((66, 88, 200, 520, 1000, 2000)))
            add(Entry(d, -amount, r.choice(_CN_FRIENDS), _clock(r, 8, 24), "转账", "转账红包"))
        if r.random() < 0.03:
            add(
                Entry(
                    d,
                    _money(r.choice((50, 200, 500))),
                    r.choice(_CN_FRIENDS),
                    _clock(r, 8, 23),
                    "转账",
                    "转账红包",
                )
            )
        d += timedelta(days=1)


def _ordinary(r: random.Random, currency: str) -> Case:
    end = date(2026, r.randint(3, 11), 28) + timedelta(days=r.randint(0, 3))
    start = date(end.year, end.month, 1) - timedelta(days=r.randint(95, 150))
    case = Case(currency, end, timed=currency == "CNY" or r.random() < 0.7)
    (_us_months if currency == "USD" else _cn_months)(r, case, start)
    return case


# --- the patterns -----------------------------------------------------------------------------

_US_PARTIES = (
    "ZELLE TO KOWALSKI MAREK",
    "WIRE OUT BRIGHTPATH TRADING",
    "ZELLE TO NGUYEN THANH",
    "ZELLE TO OKAFOR CHIDI",
    "WIRE OUT SILVA IMPORTS LLC",
    "ZELLE TO IVANOVA OLGA",
    "CASH APP*R DIAZ",
    "WIRE OUT HK GOLDEN BRIDGE LTD",
    "ZELLE TO ABARA TUNDE",
    "ZELLE TO HOLM ERIK",
    "CASH APP*J WU",
    "ZELLE TO MORALES ANA",
)
_CN_PARTIES = (
    "王芳",
    "刘洋",
    "深圳市恒通贸易有限公司",
    "周杰",
    "吴桂兰",
    "郑浩",
    "冯晓燕",
    "何志强",
    "许静",
    "邓超",
    "曹丽娟",
    "义乌市宏达商行",
)
_SENDERS = {
    "USD": tuple(
        f"ZELLE FROM {n}"
        for n in (
            "BAKER TOM",
            "CRUZ ELENA",
            "DUBOIS MARC",
            "EVANS KIM",
            "FOSTER JOE",
            "GRANT AMY",
            "HAYES OMAR",
            "ITO YUKI",
            "JONES RAY",
            "KHAN SARA",
            "LOPEZ IAN",
            "MILLER JO",
            "NOVAK EVA",
            "ORTIZ LUIS",
            "PARK MIN",
        )
    ),
    "CNY": (
        "杨帆",
        "朱丹",
        "秦岚",
        "尤勇",
        "许晴",
        "何洁",
        "吕方",
        "施红",
        "张强",
        "孔丽",
        "曹伟",
        "严明",
        "华英",
        "金涛",
        "魏芳",
    ),
}
_INFLOW = {
    "USD": (
        "WIRE TRANSFER IN HENDERSON HOLDINGS",
        "ZELLE FROM CHEN WEI",
        "DEPOSIT BRANCH 0412",
        "MOBILE DEPOSIT REF 3318",
    ),
    "CNY": ("陈建国", "孙丽", "赵磊", "黄晓明"),
}


def _parties(case: Case, r: random.Random, k: int) -> list[str]:
    return r.sample(_US_PARTIES if case.currency == "USD" else _CN_PARTIES, k)


def _entry(case: Case, day: date, amount: Decimal, payee: str, at: time) -> Entry:
    return Entry(day, amount, payee, at, *(("转账", "转账红包") if case.currency == "CNY" else ()))


def _pass_through(r: random.Random, case: Case) -> None:
    scale = 1 if case.currency == "USD" else 6
    inflow = _money(_logu(r, 1500, 50000) * scale)
    day = case.end - timedelta(days=r.randint(3, 10))
    came = _clock(r, 0, 24)
    out, hours_after = [], []
    parties = _parties(case, r, r.randint(1, 6))
    share = Decimal(str(r.uniform(0.85, 1.0)))
    weights = [r.uniform(0.5, 2) for _ in parties]
    for party, w in zip(parties, weights, strict=True):
        part = _money(float(inflow * share) * w / sum(weights))
        hours = r.uniform(0.2, 47)
        hours_after.append(hours)
        moment = (came.hour * 60 + came.minute) + int(hours * 60)
        when = day + timedelta(days=moment // (24 * 60))
        minute = moment % (24 * 60)
        out.append(_entry(case, when, -part, party, time(minute // 60, minute % 60)))
    if r.random() < 0.3:  # collected from many senders over the day, then sent on
        k = r.randint(4, 15)
        cuts = sorted(r.random() for _ in range(k - 1))
        shares = [b - a for a, b in zip([0.0, *cuts], [*cuts, 1.0], strict=True)]
        senders = r.sample(_SENDERS[case.currency], k)
        start = (came.hour * 60 + came.minute) - r.randint(30, 20 * 60)
        for sender, part in zip(senders, shares, strict=True):
            moment = start + r.randint(0, came.hour * 60 + came.minute - start)
            when = day + timedelta(days=moment // (24 * 60))
            minute = moment % (24 * 60)
            case.entries.append(
                _entry(
                    case,
                    when,
                    _money(float(inflow) * part),
                    sender,
                    time(minute // 60, minute % 60),
                )
            )
        case.entries += out
        case.window = (day - timedelta(days=1), day)
        case.note = f"{inflow} in from {k} senders, {share:.0%} out to {len(parties)}"
        return
    case.entries += [_entry(case, day, inflow, r.choice(_INFLOW[case.currency]), came), *out]
    case.window = (day, day)
    case.note = f"{inflow} in, {share:.0%} out to {len(parties)} within {max(hours_after):.0f} h"


def _structuring(r: random.Random, case: Case) -> None:
    threshold = THRESHOLD[case.currency]
    k = r.randint(3, 5)
    span = r.randint(1, 8)
    first = case.end - timedelta(days=span + r.randint(0, 4))
    days = sorted(first + timedelta(days=r.randint(0, span)) for _ in range(k))
    out = r.random() < 0.3  # split payments out instead of deposits in
    shares: list[Decimal] = []
    for d in days:
        amount = _money(threshold * r.uniform(0.86, 0.999))
        shares.append(amount / threshold)
        payee = _parties(case, r, 1)[0] if out else r.choice(_INFLOW[case.currency])
        case.entries.append(_entry(case, d, -amount if out else amount, payee, _clock(r, 9, 18)))
    case.window = (days[0], days[-1])
    case.note = (
        f"{k} at {min(shares):.1%}-{max(shares):.1%} of the threshold "
        f"over {(days[-1] - days[0]).days + 1} days"
    )


def _late_night(r: random.Random, case: Case) -> None:
    scale = 1 if case.currency == "USD" else 6
    day = case.end - timedelta(days=r.randint(1, 12))
    amount = _money(_logu(r, 1500, 15000) * scale)
    at = _clock(r, 0, 5)
    case.entries.append(_entry(case, day, -amount, _parties(case, r, 1)[0], at))
    case.window = (day, day)
    case.note = f"{amount} at {at:%H:%M}"


def _new_counterparties(r: random.Random, case: Case) -> None:
    scale = 1 if case.currency == "USD" else 6
    first = case.end - timedelta(days=r.randint(4, 10))
    span = r.randint(1, 4)
    days, amounts = [], []
    for party in _parties(case, r, r.randint(5, 10)):
        day = first + timedelta(days=r.randint(0, span - 1))
        amount = _money(_logu(r, 150, 2000) * scale)
        case.entries.append(_entry(case, day, -amount, party, _clock(r, 8, 23)))
        days.append(day)
        amounts.append(amount)
    case.window = (min(days), max(days))
    case.note = (
        f"{len(days)} parties over {(max(days) - min(days)).days + 1} days, "
        f"{min(amounts)}-{max(amounts)} each"
    )


INJECT: dict[str, Callable[[random.Random, Case], None]] = {
    "pass_through": _pass_through,
    "structuring": _structuring,
    "late_night": _late_night,
    "new_counterparties": _new_counterparties,
}


# --- what real people do that looks a little like them ----------------------------------------


def _lookalikes(r: random.Random, case: Case) -> None:
    scale = 1 if case.currency == "USD" else 6
    base = case.end - timedelta(days=r.randint(3, 12))
    add = case.entries.append
    usd = case.currency == "USD"
    for _ in range(r.randint(1, 3)):
        what = r.randrange(7)
        case.note += (
            "trip",
            "furnishing",
            "bonus and payoff",
            "night snack",
            "builder",
            "two deposits",
            "gift",
        )[what] + " "
        if what == 0:  # a holiday trip: hotel, restaurants, tickets, a few days
            for i, shop in enumerate(
                r.sample(
                    (
                        "MARRIOTT ORLANDO",
                        "DISNEY RESORT TICKETS",
                        "OLIVE GARDEN 0412",
                        "HERTZ RENT A CAR",
                        "SEAWORLD ORLANDO",
                        "CHEESECAKE FACTORY",
                        "UNIVERSAL STUDIOS",
                    )
                    if usd
                    else (
                        "三亚亚龙湾酒店",
                        "携程旅行",
                        "海底捞",
                        "南航机票",
                        "免税店",
                        "椰子鸡",
                        "蜈支洲岛门票",
                    ),
                    r.randint(4, 7),
                )
            ):
                add(
                    Entry(
                        base + timedelta(days=i // 2),
                        -_money(_logu(r, 15, 900) * scale),
                        shop,
                        _clock(r, 8, 24),
                    )
                )
        elif what == 1:  # furnishing a new flat within a week
            for shop in r.sample(
                (
                    "IKEA 0211",
                    "BEST BUY 00004521",
                    "HOME DEPOT #1234",
                    "WAYFAIR*ORDER",
                    "ASHLEY FURNITURE",
                    "LOWE'S #0881",
                ),
                r.randint(3, 6),
            ):
                add(
                    Entry(
                        base + timedelta(days=r.randint(0, 6)),
                        -_money(_logu(r, 150, 2500) * scale),
                        shop,
                        _clock(r, 9, 21),
                    )
                )
        elif what == 2:  # a year-end bonus that pays off a car loan the next morning
            bonus = _money(r.uniform(6000, 25000) * scale)
            add(
                Entry(
                    base,
                    bonus,
                    "ACME CORP PAYROLL PPD ID: 9000000123" if usd else "工资",
                    _clock(r, 1, 6),
                    "BONUS" if usd else "年终奖",
                )
            )
            add(
                Entry(
                    base + timedelta(days=1),
                    -_money(float(bonus) * r.uniform(0.8, 0.97)),
                    "ALLY AUTO LOAN PAYOFF" if usd else "汽车金融还款",
                    _clock(r, 8, 12),
                )
            )
        elif what == 3:  # a snack or an app bought after midnight
            add(
                Entry(
                    base,
                    -_money(_logu(r, 3, 120) * scale),
                    "UBER *EATS" if usd else "美团外卖",
                    _clock(r, 0, 5),
                )
            )
        elif what == 4:  # the builder paid in the morning
            add(
                Entry(
                    base,
                    -_money(_logu(r, 2000, 9000) * scale),
                    "ZELLE TO RIVERA CONSTRUCTION" if usd else "装修公司",
                    _clock(r, 8, 18),
                )
            )
        elif what == 5:  # two deposits under the threshold, a week apart or close
            for i in range(2):
                add(
                    Entry(
                        base + timedelta(days=i * r.randint(1, 7)),
                        _money(THRESHOLD[case.currency] * r.uniform(0.9, 0.999)),
                        "MOBILE DEPOSIT REF 3318" if usd else "黄晓明",
                        _clock(r, 9, 18),
                    )
                )
        else:  # a gift kept in the account, a little spent
            gift = _money(_logu(r, 3000, 40000) * scale)
            add(Entry(base, gift, "ZELLE FROM CHEN WEI" if usd else "爸爸", _clock(r, 9, 22)))
            add(
                Entry(
                    base + timedelta(days=1),
                    -_money(float(gift) * r.uniform(0.05, 0.4)),
                    "TARGET 00012345" if usd else "京东商城",
                    _clock(r, 9, 22),
                )
            )


# --- running the cases ------------------------------------------------------------------------


def _raised(workdir: Path, name: str, case: Case) -> list[tuple[str, date]]:
    entries = (
        case.entries
        if case.timed
        else [Entry(e.posted, e.amount, e.payee, None, e.memo, e.kind) for e in case.entries]
    )
    entries.sort(key=lambda e: (e.posted, e.at or time(0)))
    store = open_store(workdir / name, key=StoreKey.from_raw(new_raw_key()))
    try:
        import_months(
            store, write_months(workdir / f"{name}-files", entries, wallet=case.currency == "CNY")
        )
        alerts = refresh_alerts(store, case.end + timedelta(days=3))
        return [(a.kind, a.date) for a in alerts if a.kind in KINDS]
    finally:
        store.close()


def _households(workdir: Path, seeds: range) -> Counter[str]:
    """Flagged alerts on generated households, each asked every week of its last year."""
    found: Counter[str] = Counter()
    for seed in seeds:
        hh = generate(seed, "cn" if seed % 2 else "us", months=18)
        store, _ = imported(hh, workdir / f"household-{seed}")
        try:
            with store.read() as session:
                settings = load_settings(session)
                seen = set()
                day = hh.as_of - timedelta(days=365)
                while day <= hh.as_of:
                    seen |= {
                        (c.kind.value, c.key)
                        for c in flagged_activity_check(session, day, settings)
                    }
                    day += timedelta(days=7)
            found.update(kind for kind, _ in seen)
        finally:
            store.close()
    return found


def run(workdir: str) -> Iterator[Figure]:
    n = int(os.environ.get("FLAGGED_CASES", "20"))
    seed = int(os.environ.get("FLAGGED_SEED", "1600"))
    root = Path(workdir) / "flagged"
    injected: Counter[str] = Counter()
    found: Counter[str] = Counter()
    crossed: Counter[str] = Counter()  # raised on another pattern's case
    false: Counter[str] = Counter()  # raised on a clean case or household
    missed_examples: dict[str, list[str]] = {k: [] for k in KINDS}
    false_examples: dict[str, list[str]] = {k: [] for k in KINDS}
    for i in range(n * (len(KINDS) + 1)):
        r = random.Random(seed + i)
        kind = KINDS[i % (len(KINDS) + 1)] if i % (len(KINDS) + 1) < len(KINDS) else None
        case = _ordinary(r, r.choice(("USD", "CNY")))
        if kind is None:
            _lookalikes(r, case)
        else:
            INJECT[kind](r, case)
            injected[kind] += 1
        raised = _raised(root, f"case-{i}", case)
        hit = case.window is not None and any(
            k == kind and case.window[0] <= d <= case.window[1] + timedelta(days=2)
            for k, d in raised
        )
        if kind is not None and hit:
            found[kind] += 1
        elif kind is not None:
            timing = "" if case.timed else ", no times"
            missed_examples[kind].append(f"{case.note} {case.currency}{timing}")
        for other in {k for k, _ in raised if k != kind}:
            (false if kind is None else crossed)[other] += 1
            if kind is None:
                false_examples[other].append(f"{case.note.strip()} {case.currency}")
    clean = n
    households = _households(root, range(seed, seed + max(2, n // 5)))
    false.update(households)
    print(
        f"\nflagged activity: {n} cases per pattern, {clean} clean cases with look-alikes, "
        f"{max(2, n // 5)} households asked weekly for a year"
    )
    head = ("kind", "injected", "found", "missed", "false alarms", "on other patterns")
    print("  ".join(f"{h:>18}" for h in head))
    for kind in KINDS:
        row = (
            kind,
            injected[kind],
            found[kind],
            injected[kind] - found[kind],
            false[kind],
            crossed[kind],
        )
        print("  ".join(f"{v:>18}" for v in row))
    for kind in KINDS:
        if missed_examples[kind]:
            print(f"missed {kind}: " + "; ".join(missed_examples[kind]))
        if false_examples[kind]:
            print(f"false {kind} on clean cases: " + "; ".join(false_examples[kind]))
    print()
    for kind in KINDS:
        yield Figure(
            "flagged", f"{kind}: found of injected", found[kind] / max(1, injected[kind]), "ratio"
        )
        yield Figure("flagged", f"{kind}: false alarms", float(false[kind]), "alerts")
