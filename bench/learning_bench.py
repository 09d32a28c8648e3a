"""Categorization that learns, measured on synthetic households.

Each household (``finapp.demo``: two years of checking, savings, card and sometimes Alipay
statements, descriptors written the way banks print them) is imported into a fresh encrypted
store, so shipped rules and transfer matching run as they do for a user. The user then reviews
one transaction per merchant (as finapp groups them: ``merchant_key``) in the first three months
and corrects its category when it is wrong (``set_category``: the manual choice teaches the
merchant). The figure is the share of
all *other* transactions that end up in the category the user wants — including merchants first
seen after the review period, which only shipped rules can catch.

The categories a user wants are this bench's own table below, by demo merchant; transfers count
as right when finapp marks them as transfers (they leave spending and income either way).

The *split merchants* variant mixes into the same households services that share a merchant
identity with one the household already uses (:data:`SPLIT_SERVICES`: Uber Eats beside Uber
trips, 美团外卖 beside 美团单车, 滴滴 rides beside 滴滴加油; Apple's iCloud, Music and App Store
share ``APPLE.COM/BILL`` in every demo household). There the user corrects the first wrong line
of each service, as someone filing a trip and a delivery does.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from bench.table import Figure, timed
from finapp.core.merchant import merchant_key
from finapp.core.rules import RuleBook, RuleSpec, RuleSubject
from finapp.demo import shops
from finapp.demo.generator import generate_household
from finapp.demo.model import Household
from finapp.importers.base import ParsedFile, ParsedTransaction
from finapp.services.categorize import set_category
from finapp.services.imports import import_parsed
from finapp.services.opening import open_store
from finapp.services.rules import LEARNED_PRIORITY
from finapp.services.shipped_rules import shipped_specs
from finapp.services.transactions import TransactionView, list_transactions

SEEDS = (1, 2, 3, 4, 5)
#: The split variant: the same five and two more with an Alipay wallet (4, 7 and 8 have one).
SPLIT_SEEDS = (1, 2, 3, 4, 5, 7, 8)
REVIEW_DAYS = 91  # "the first months"
TRANSFER = "Transfers"

#: What a user files each demo merchant under (recurring streams by name, everyday by shop).
WANTED: dict[str, str] = {
    **dict.fromkeys(
        ("Netflix", "Hulu", "Disney+", "YouTube Premium", "Amazon Prime",
         "Amazon Prime (annual)", "腾讯视频VIP", "爱奇艺VIP"),
        "Entertainment:Streaming",
    ),
    **dict.fromkeys(("Spotify", "Apple Music", "网易云音乐", "Audible"), "Entertainment:Music"),
    **dict.fromkeys(
        ("Apple iCloud+", "Google One", "Adobe Creative Cloud", "Microsoft 365", "Dropbox",
         "ChatGPT Plus", "Antivirus", "Duolingo", "app store"),
        "Software & Apps",
    ),
    "The New York Times": "Entertainment:News",
    "Patreon": "Entertainment",
    "PlayStation Plus": "Entertainment:Games",
    **dict.fromkeys(("Planet Fitness", "Planet Fitness annual fee", "Peloton App"),
                    "Health:Fitness"),
    **dict.fromkeys(("Costco membership", "京东PLUS"), "Shopping"),
    "Kids music lessons": "Children",
    "Meal kit": "Food:Groceries",
    "Electricity": "Bills & Utilities:Electricity",
    "Water": "Bills & Utilities:Water",
    "Gas utility": "Bills & Utilities:Gas & Heating",
    "Internet": "Bills & Utilities:Internet",
    "Mobile phone": "Bills & Utilities:Phone",
    **dict.fromkeys(("Car insurance", "Car insurance (monthly)", "Renters insurance"),
                    "Insurance"),
    "HOA dues": "Housing:Maintenance",
    "Rent": "Housing:Rent",
    "Mortgage": "Housing:Mortgage",
    "Salary": "Income:Salary",
    "Savings interest": "Income:Interest",
    **dict.fromkeys(("coffee", "cafe", "瑞幸咖啡"), "Food:Coffee"),
    **dict.fromkeys(("groceries", "supermarket", "whole foods", "便利店"), "Food:Groceries"),
    **dict.fromkeys(("fuel", "fuel 2"), "Transport:Fuel"),
    **dict.fromkeys(("rides", "rides 2", "滴滴出行"), "Transport:Rides & Taxis"),
    "amazon": "Shopping:Online",
    "pharmacy": "Health:Pharmacy",
    "target": "Shopping",
    **dict.fromkeys(("lunch", "restaurants"), "Food:Dining"),
    **dict.fromkeys(("delivery", "美团外卖"), "Food:Delivery"),
    "hardware": "Shopping:Home",
    "haircut": "Personal Care",
    "parking": "Transport:Parking & Tolls",
    "atm": "Cash",
    "venmo": "Personal:Payments to friends",
}  # fmt: skip


@dataclass(frozen=True)
class Service:
    """A service billed under a merchant identity the household already uses, and where the
    user files it: lines are added to every account of ``account_type``."""

    category: str
    account_type: str
    per_month: float
    low: int  # minor units
    high: int
    payee: tuple[str, ...]  # {ref}: a fresh reference code
    memo: tuple[str, ...] = ("",)


#: Services a household's statements mix into merchants it already has (the split variant):
#: Uber Eats beside Uber trips, Amazon Fresh beside Marketplace orders and Prime; 美团 and 滴滴
#: lines whose memo names the service (Apple's iCloud, Music and App Store are in every demo
#: household already).
SPLIT_SERVICES: tuple[Service, ...] = (
    Service("Food:Delivery", "credit_card", 4, 1800, 6500,
            ("UBER   *EATS PENDING", "UBER   *EATS HELP.UBER.COM", "UBER *EATS")),
    Service("Food:Groceries", "credit_card", 2, 3500, 14000,
            ("Amazon Fresh*{ref}", "AMAZON FRESH*{ref} Amzn.com/bill WA")),
    Service("Food:Delivery", "payment_app", 5, 2200, 8800, ("美团",), ("美团外卖订单",)),
    Service("Transport:Bike Share", "payment_app", 3, 150, 450, ("美团",), ("美团单车骑行费",)),
    Service("Transport:Rides & Taxis", "payment_app", 3, 1400, 6200, ("滴滴出行",),
            ("快车-行程订单", "滴滴快车")),
    Service("Transport:Fuel", "payment_app", 1, 20000, 40000, ("滴滴出行",),
            ("滴滴加油-中石化(北四环站)", "滴滴加油-中石油")),
)  # fmt: skip


def split_household(seed: int) -> tuple[Household, dict[str, str]]:
    """A demo household with :data:`SPLIT_SERVICES` mixed in; the wanted category by fitid."""
    household = generate_household(seed)
    rng = random.Random(seed * 7919)
    wanted: dict[str, str] = {}
    statements = []
    for statement in household.statements:
        added = [
            txn
            for service in SPLIT_SERVICES
            if service.account_type == statement.account.type
            for txn in _service_lines(household, service, rng, wanted)
        ]
        lines = sorted((*statement.transactions, *added), key=lambda t: t.posted)
        statements.append(replace(statement, transactions=tuple(lines)))
    return replace(household, statements=tuple(statements)), wanted


def _service_lines(
    household: Household, service: Service, rng: random.Random, wanted: dict[str, str]
) -> Iterator[ParsedTransaction]:
    days = (household.end - household.start).days
    for _ in range(round(service.per_month * days / 30.44)):
        fitid = f"split-{len(wanted)}"
        wanted[fitid] = service.category
        ref = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(9))
        yield ParsedTransaction(
            household.start + timedelta(days=rng.randrange(days)),
            -Decimal(rng.randrange(service.low, service.high)) / 100,
            rng.choice(service.payee).format(ref=ref),
            rng.choice(service.memo),
            fitid,
        )


def _template(descriptor: str) -> re.Pattern[str]:
    """A demo descriptor as a pattern: ``{n}`` and ``{ref}`` stand for any code."""
    parts = re.split(r"(\{n\}|\{ref\})", descriptor)
    body = "".join(r"\S+" if p in ("{n}", "{ref}") else re.escape(p) for p in parts)
    return re.compile(f"^{body}$")


_SHOPS = [
    (shop.name, _template(d))
    for shop in (*shops.EVERYDAY, *shops.CHECKING_EVERYDAY, *shops.CHINESE_EVERYDAY)
    for d in shop.descriptors
]


def _wanted(household: Household, txn: TransactionView) -> str | None:
    """The category the user wants for ``txn``; None when the demo's origin is unknown."""
    for stream in household.truth:
        if txn.fitid in stream.fitids:
            return TRANSFER if stream.kind == "transfer" else WANTED[stream.name]
    text = txn.memo or txn.payee  # a truncated payee keeps the full descriptor in the memo
    for name, pattern in _SHOPS:
        if pattern.match(text) or pattern.match(txn.payee):
            return WANTED[name]
    return None


def _right(txn: TransactionView, wanted: str) -> bool:
    if wanted == TRANSFER:
        return txn.is_transfer or (txn.category or "").startswith(TRANSFER)
    return txn.category == wanted


@dataclass(frozen=True)
class Outcome:
    right: int  # after the review
    right_before: int  # shipped rules alone, on the same transactions
    measured: int
    corrections: int
    unknown: int  # transactions whose demo origin the bench cannot tell (left out)


def _household_accuracy(workdir: Path, seed: int, split: bool = False) -> Outcome:
    """One household imported and reviewed. The user corrects the first wrong line of each
    merchant in the review period; in the ``split`` variant, of each service the user tells
    apart within a merchant (a trip and an Eats order are two corrections)."""
    household, extra = split_household(seed) if split else (generate_household(seed), {})
    name = f"learning-{'split-' if split else ''}{seed}"
    store = open_store(Path(workdir) / name, passphrase="bench passphrase")
    try:
        parsed = ParsedFile(f"household-{seed}.ofx", "demo", household.statements)
        import_parsed(store, parsed)
        txns = list_transactions(store)
        wanted = {t.id: extra.get(t.fitid or "") or _wanted(household, t) for t in txns}
        review_until = household.start + timedelta(days=REVIEW_DAYS)
        reviewed: dict[tuple[str, str | None], int] = {}
        corrections = 0
        current = {t.id: t.category for t in txns}
        for txn in txns:  # oldest first: the user goes through the first months
            label = wanted[txn.id]
            if label is None or label == TRANSFER or txn.date > review_until:
                continue
            key = (txn.merchant or txn.payee, label if split else None)
            if key not in reviewed:
                reviewed[key] = txn.id
                if current[txn.id] != label:
                    set_category(store, txn.id, label)
                    corrections += 1
                    current = {t.id: t.category for t in list_transactions(store)}
        seen = set(reviewed.values())
        final = [t for t in list_transactions(store) if t.id not in seen and wanted[t.id]]
        before = [t for t in txns if t.id not in seen and wanted[t.id]]
        return Outcome(
            right=sum(_right(t, wanted[t.id]) for t in final),  # type: ignore[arg-type]
            right_before=sum(_right(t, wanted[t.id]) for t in before),  # type: ignore[arg-type]
            measured=len(final),
            corrections=corrections,
            unknown=sum(1 for w in wanted.values() if w is None),
        )
    finally:
        store.close()


def run(workdir: str) -> Iterator[Figure]:
    results, seconds = timed(lambda: [_household_accuracy(Path(workdir), s) for s in SEEDS])
    yield from _accuracy_figures(results, seconds, "")
    split, seconds = timed(
        lambda: [_household_accuracy(Path(workdir), s, split=True) for s in SPLIT_SEEDS]
    )
    yield from _accuracy_figures(split, seconds, "split merchants: ")
    yield Figure(
        "categorize", "rule matching, 100k lines (shipped + 1000 learned)", _matching(), "s"
    )


def _accuracy_figures(results: list[Outcome], seconds: float, variant: str) -> Iterator[Figure]:
    measured = sum(r.measured for r in results)
    yield Figure(
        "categorize",
        f"{variant}accuracy after 1 review per merchant ({len(results)} households, "
        f"{measured} txns)",
        sum(r.right for r in results) / measured,
        "ratio",
        ">= 0.97",
    )
    yield Figure(
        "categorize",
        f"{variant}accuracy of shipped rules alone (same txns)",
        sum(r.right_before for r in results) / measured,
        "ratio",
    )
    yield Figure(
        "categorize",
        f"{variant}corrections made per household",
        sum(r.corrections for r in results) / len(results),
        "count",
    )
    yield Figure(
        "categorize",
        f"{variant}transactions of unknown origin (not measured)",
        sum(r.unknown for r in results),
        "count",
    )
    yield Figure("categorize", f"{variant}import + review of the households", seconds, "s")


def _matching() -> float:
    """Seconds to find the winning rule for 100k lines, as a ten-year import would."""
    shipped = shipped_specs()
    learned = [
        RuleSpec(
            10_000 + i,
            1,
            f"SHOP {i}",
            match_type="equals",
            match_field="merchant",
            priority=LEARNED_PRIORITY,
            origin="learned",
        )
        for i in range(1000)
    ]
    book = RuleBook([*shipped, *learned])
    rng = random.Random(5)
    payees = [d for shop in shops.EVERYDAY for d in shop.descriptors] + [
        f"SHOP {i}" for i in range(2000)
    ]
    lines = [
        RuleSubject(p, "", merchant_key(p), -rng.randint(100, 20_000), 1)
        for p in (rng.choice(payees) for _ in range(100_000))
    ]
    return timed(lambda: [book.first_match(line) for line in lines])[1]
