"""finapp judged from outside, on households of ``tests/households`` (not ``finapp.demo``).

``python -m bench households``. Each household (seeds and variants in ``HOUSEHOLDS``: two years
of monthly statements ending 31 October 2024, asked about on 30 November, a month later) is
written as the files a user downloads — checking and savings as OFX, a credit card as OFX and,
for its last three months, also as the issuer's CSV, plus Alipay and WeChat Pay CSV exports for
the ``cn`` variant — and imported through ``finapp.services.imports.import_files``, every file
in the order it became available. Every generated line knows its true category, the merchant as
the user tells it apart and its stream; a stored transaction is traced back to its line by FITID
(OFX, wallets) or by purchase date, amount and payee (the card CSV). The definitions, so that
another generator can reproduce the figures:

* **True streams**: every generated recurring stream with at least three charges (two for an
  annual one) — income, bills, subscriptions and both sides of transfers. *Live* streams are
  those still charged after the data ends (all but the one the user cancelled).
* **Subscription precision/recall**: ``list_subscriptions(as_of=30 Nov)`` (dismissed ones
  left out). A detected subscription matches a true stream when more than half of its charges
  are that stream's lines (same account and merchant) and its cadence is the stream's
  (semimonthly, monthly, four_weekly, quarterly, annual). Each stream matches at most once; a
  second detection of the same stream (a doubled account) is a false one.
* **Status as of the as-of date**: of the matched live streams, the share whose status is
  ``active`` on 30 November, a month after the data ends.
* **Doubled lines**: stored transactions beyond the first that trace back to the same line.
* **Category accuracy after one correction per merchant**: going through the lines oldest
  first, for each merchant as the user tells them apart (Uber rides and Uber Eats are two,
  though both print ``UBER *…``), the first line whose category is then wrong is corrected with
  ``finapp.services.categorize.set_category`` (categories re-read after each correction); then
  every stored line is judged. A transfer counts as right when it is marked a transfer or filed
  under ``Transfers``; a refund when under its purchase's category or ``Income:Refunds``.
* **Alerts**: low-balance threshold 500 on checking; the cancelled subscription is marked
  cancelled (``subscriptions.cancel`` on its cancel date) when the first as-of date after it
  comes. ``refresh_alerts`` runs at weekly as-of dates over the data's last year and at 30 Nov
  (53 dates); *predicted* are the alerts raised at a date or listed open at it (dismissed,
  resolved and, where finapp gives it, state other than ``open`` left out). *True* alerts:

  - renewal reminders: at as-of date D, for each live money-out stream (bill or subscription)
    with enough charges by D to be known, its next charge N after D when N − D is at most the
    reminder window (7 days for monthly and shorter cadences, 30 for quarterly and annual:
    finapp's default offsets 30/7/1 without those as long as the cadence). Counted per as-of date
    as (stream, N); a listed reminder matches when its subscription is the stream and its
    renewal date is within 4 days of N; reminders for a renewal already past are false ones;
  - price increases: at the first charge above a stream's old price (Netflix, Xbox, NYT after
    its intro rate, 爱奇艺); matched by a ``price_increase`` alert of that stream dated within
    3 days of it and first raised within 10 days of it (a pay raise must not be one);
  - charges after cancellation: the cancelled stream's charge after the cancel date, matched by
    its transaction, raised within 10 days;
  - low balance: each run of days whose end-of-day checking balance is below 500, matched by a
    ``low_balance`` alert on checking dated within the run (± 1 day), raised within 8 days;
  - lapsed: none (no live stream lapses): every ``lapsed`` alert is a false one.

  Precision = matched predicted / predicted, recall = matched true / true, over all households
  and as-of dates. Alerts of other kinds (large, unusual, new merchant, …) are not judged.
"""

from __future__ import annotations

import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from bench.table import Figure, timed
from finapp.services import alerts as alert_service
from finapp.services import subscriptions as subs
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from tests.households.files import Truth, write_statements
from tests.households.generator import LOW_BALANCE, Household, Stream, generate

HOUSEHOLDS = ((11, "us"), (12, "us"), (13, "cn"), (14, "us"), (15, "cn"))
PASSPHRASE = "bench passphrase"
JUDGED_KINDS = ("renewal", "price_increase", "charged_after_cancel", "low_balance", "lapsed")
OLD_KINDS = {
    "low_balance",
    "budget",
    "large_charge",
    "unusual_charge",
    "duplicate_charge",
    "new_merchant",
    "renewal",
    "price_increase",
    "charged_after_cancel",
    "lapsed",
    "income_change",
}


@dataclass
class Tally:
    tp_pred: int = 0
    pred: int = 0
    tp_true: int = 0
    true: int = 0

    def add(self, other: Tally) -> None:
        self.tp_pred += other.tp_pred
        self.pred += other.pred
        self.tp_true += other.tp_true
        self.true += other.true

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 1.0

    @property
    def recall(self) -> float:
        return self.tp_true / self.true if self.true else 1.0


@dataclass
class Result:
    subs: Tally = field(default_factory=Tally)
    live_matched: int = 0
    live_active: int = 0
    lapsed_live: int = 0
    doubled: int = 0
    lines: int = 0
    right: int = 0
    corrections: int = 0
    alerts: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    stale_renewals: int = 0
    listed_old: int = 0
    listed: int = 0
    freshness: int = 0
    accounts: int = 0
    missed: list[str] = field(default_factory=list)


def _stream_of(sub_txns: tuple[int, ...], owner: dict[int, str | None]) -> str | None:
    names = Counter(owner.get(t) for t in sub_txns)
    best, count = names.most_common(1)[0] if names else (None, 0)
    return best if best is not None and count * 2 > len(sub_txns) else None


def _right(line_cat: str, also: tuple[str, ...], txn: object) -> bool:
    cat = getattr(txn, "category", None) or ""
    if line_cat.startswith("Transfers"):
        return bool(getattr(txn, "is_transfer", False)) or cat.startswith("Transfers")
    return cat == line_cat or cat in also


def _is_open(alert: object, day: date) -> bool:
    state = getattr(alert, "state", None)
    if state is not None and state != "open":
        return False
    resolved = getattr(alert, "resolved_on", None)
    return not getattr(alert, "dismissed", False) and (resolved is None or resolved > day)


def open_alerts(store: object, day: date) -> list:  # type: ignore[type-arg]
    return [a for a in alert_service.list_alerts(store, as_of=day) if _is_open(a, day)]  # type: ignore[arg-type]


def import_household(hh: Household, folder: Path, *, card_csv: bool = True):  # type: ignore[no-untyped-def]
    """A fresh store holding every statement of ``hh``, imported in the order they came."""
    shutil.rmtree(folder, ignore_errors=True)
    files = write_statements(hh, folder / "files", card_csv=card_csv)
    store = open_store(folder / "data", passphrase=PASSPHRASE)
    for f in files:
        import_files(store, [f.path])
    return store, files


def _judge_subscriptions(hh: Household, store, owner: dict[int, str | None], res: Result) -> None:  # type: ignore[no-untyped-def]
    found = subs.list_subscriptions(store, hh.as_of)
    true = {s.name: s for s in hh.detectable()}
    matched: set[str] = set()
    for sub in found:
        if sub.manual:
            continue
        res.subs.pred += 1
        name = _stream_of(sub.transaction_ids, owner)
        if name in true and name not in matched and sub.cadence == true[name].cadence:
            matched.add(name)
            res.subs.tp_pred += 1
            if true[name].live:
                res.live_matched += 1
                res.live_active += sub.status == "active"
                res.lapsed_live += "lapsed" in sub.flags or sub.status != "active"
    res.subs.true += len(true)
    res.subs.tp_true += len(matched)
    res.missed += sorted(set(true) - matched)


def _judge_categories(hh: Household, store, truth: Truth, res: Result) -> None:  # type: ignore[no-untyped-def]
    done: set[str] = set()
    txns = list_transactions(store)
    current = {t.id: t for t in txns}
    for txn in txns:  # oldest first
        line = truth.line(txn)
        if line is None or line.merchant in done:
            continue
        if not _right(line.category, line.also, current[txn.id]):
            set_category(store, txn.id, line.category)
            res.corrections += 1
            done.add(line.merchant)
            current = {t.id: t for t in list_transactions(store)}
    for txn in current.values():
        line = truth.line(txn)
        if line is not None:
            res.lines += 1
            res.right += _right(line.category, line.also, txn)


def _charges_by_stream(hh: Household) -> dict[str, list[date]]:
    out = {}
    for s in hh.streams.values():
        out[s.name] = sorted([hh.lines[i].posted for i in s.line_ids] + list(s.upcoming))
    return out


def _window(stream: Stream) -> int:
    return 30 if stream.cadence in ("quarterly", "annual") else 7


def _true_renewals(
    hh: Household, day: date, charges: dict[str, list[date]]
) -> set[tuple[str, date]]:
    out = set()
    for s in hh.streams.values():
        if not s.money_out or (s.cancelled_on is not None and s.cancelled_on <= day):
            continue
        if not s.live and s.cancelled_on is None:
            continue
        known = [c for c in charges[s.name] if c <= day and c <= hh.end]
        if len(known) < (2 if s.cadence == "annual" else 3):
            continue
        nxt = next((c for c in charges[s.name] if c > day), None)
        due = nxt is not None and (nxt - day).days <= _window(s)
        if due and (s.cancelled_on is None or nxt <= s.cancelled_on):  # type: ignore[operator]
            out.add((s.name, nxt))  # type: ignore[arg-type]
    return out


def _judge_alerts(
    hh: Household,
    store,
    owner: dict[int, str | None],
    truth: Truth,  # type: ignore[no-untyped-def]
    res: Result,
) -> None:
    checking = next(a for a in list_accounts(store) if a.type == "checking")
    set_low_balance_threshold(store, checking.name, LOW_BALANCE)
    days = [hh.end - timedelta(days=357 - 7 * k) for k in range(52)] + [hh.as_of]
    charges = _charges_by_stream(hh)
    hulu = next((s for s in hh.streams.values() if s.cancelled_on), None)
    cancelled = False
    told: dict[int, tuple[object, date]] = {}  # alert id -> (alert, first day told)
    for day in days:
        if hulu and not cancelled and day >= hulu.cancelled_on:
            for sub in subs.list_subscriptions(store, day):
                if _stream_of(sub.transaction_ids, owner) == hulu.name:
                    subs.cancel(store, sub.id, on=hulu.cancelled_on)
                    cancelled = True
        new = alert_service.refresh_alerts(store, day)
        listed = open_alerts(store, day)
        for a in [*new, *listed]:
            told.setdefault(a.id, (a, day))
        # the inbox at this date: renewals judged against the truth of the date
        truth_r = _true_renewals(hh, day, charges)
        sub_stream = {
            s.id: _stream_of(s.transaction_ids, owner)
            for s in subs.stored_subscriptions(store, include_dismissed=True)
        }
        pred_r = {
            (a.subscription_id, a.params.get("date", "")) for a in listed if a.kind == "renewal"
        }
        t = res.alerts["renewal"]
        hit_true = set()
        for sub_id, when in pred_r:
            t.pred += 1
            stream = sub_stream.get(sub_id)
            renewal = date.fromisoformat(when) if when else None
            if renewal is not None and renewal < day:
                res.stale_renewals += 1
            match = next(
                (
                    u
                    for u in truth_r
                    if u[0] == stream and renewal is not None and abs((u[1] - renewal).days) <= 4
                ),
                None,
            )
            if match is not None:
                t.tp_pred += 1
                hit_true.add(match)
        t.true += len(truth_r)
        t.tp_true += len(hit_true)
        res.listed += len(listed)
        res.listed_old += sum(1 for a in listed if (day - a.date).days > 45)
    final = open_alerts(store, hh.as_of)
    res.freshness += sum(1 for a in final if a.kind == "stale_statements")
    res.accounts += len(list_accounts(store))  # as finapp holds them (a doubled card too)
    _judge_events(hh, store, owner, truth, told, days, res)


def _judge_events(hh: Household, store, owner, truth: Truth, told, days, res: Result) -> None:  # type: ignore[no-untyped-def]
    first, last = days[0], days[-1]
    sub_stream = {
        s.id: _stream_of(s.transaction_ids, owner)
        for s in subs.stored_subscriptions(store, include_dismissed=True)
    }
    txn_line = {t.id: truth.line(t) for t in list_transactions(store)}
    by_kind: dict[str, list[tuple[object, date]]] = defaultdict(list)
    for alert, day in told.values():
        by_kind[alert.kind].append((alert, day))  # type: ignore[attr-defined]
    # price increases
    rises = [
        (s.name, r[0])
        for s in hh.streams.values()
        if s.money_out
        for r in s.rises
        if first - timedelta(days=14) <= r[0] <= last
    ]
    _events(
        res.alerts["price_increase"],
        rises,
        by_kind["price_increase"],
        lambda a, ev: (
            sub_stream.get(a.subscription_id) == ev[0] and abs((a.date - ev[1]).days) <= 3
        ),
        lambda ev: ev[1],
        10,
    )
    # charges after cancelling
    after = [
        (s.name, hh.lines[i])
        for s in hh.streams.values()
        for i in s.after_cancel
        if first <= hh.lines[i].posted <= last
    ]
    _events(
        res.alerts["charged_after_cancel"],
        after,
        by_kind["charged_after_cancel"],
        lambda a, ev: txn_line.get(a.transaction_id) is ev[1],
        lambda ev: ev[1].posted,
        10,
    )
    # low balance
    checking = next(a for a in list_accounts(store) if a.type == "checking").name
    dips = [d for d in hh.dips() if first - timedelta(days=7) <= d[0] <= last]
    _events(
        res.alerts["low_balance"],
        dips,
        by_kind["low_balance"],
        lambda a, ev: (
            a.account == checking
            and ev[0] - timedelta(days=1) <= a.date <= ev[1] + timedelta(days=1)
        ),
        lambda ev: ev[0],
        8,
    )
    lapsed = res.alerts["lapsed"]
    lapsed.pred += len(by_kind["lapsed"])


def _events(t: Tally, events, told, same, when, within: int) -> None:  # type: ignore[no-untyped-def]
    hit = set()
    for alert, day in told:
        t.pred += 1
        ok = [
            i for i, ev in enumerate(events) if same(alert, ev) and (day - when(ev)).days <= within
        ]
        if ok:
            t.tp_pred += 1
            hit.update(ok)
    t.true += len(events)
    t.tp_true += len(hit)


def judge_household(workdir: Path, seed: int, variant: str) -> Result:
    hh = generate(seed, variant)
    store, _ = import_household(hh, workdir / f"households-{seed}-{variant}")
    try:
        truth = Truth(hh)
        txns = list_transactions(store)
        owner: dict[int, str | None] = {}
        seen: Counter[int] = Counter()
        for t in txns:
            line = truth.line(t)
            owner[t.id] = line.stream if line else None
            if line is not None:
                seen[line.id] += 1
        res = Result(doubled=sum(n - 1 for n in seen.values()))
        _judge_subscriptions(hh, store, owner, res)
        _judge_alerts(hh, store, owner, truth, res)
        _judge_categories(hh, store, truth, res)
        return res
    finally:
        store.close()


def run(workdir: str) -> Iterator[Figure]:
    results, seconds = timed(lambda: [judge_household(Path(workdir), s, v) for s, v in HOUSEHOLDS])
    n = len(results)
    total = Result()
    for r in results:
        total.subs.add(r.subs)
        for k, t in r.alerts.items():
            total.alerts[k].add(t)
        for name in (
            "live_matched",
            "live_active",
            "lapsed_live",
            "doubled",
            "lines",
            "right",
            "corrections",
            "stale_renewals",
            "listed_old",
            "listed",
            "freshness",
            "accounts",
        ):
            setattr(total, name, getattr(total, name) + getattr(r, name))
        total.missed += r.missed
    area = "households"
    yield Figure(area, f"subscription precision ({n} households)", total.subs.precision, "ratio")
    yield Figure(
        area, f"subscription recall ({total.subs.true} true streams)", total.subs.recall, "ratio"
    )
    missed = Counter(total.missed)
    yield Figure(
        area,
        "streams missed: " + (", ".join(f"{k}×{v}" for k, v in missed.most_common(4)) or "none"),
        sum(missed.values()),
        "count",
    )
    yield Figure(
        area,
        "live streams active a month after the data ends",
        total.live_active / max(1, total.live_matched),
        "ratio",
        "1.000",
    )
    yield Figure(
        area, "live streams lapsed/inactive at the as-of date", total.lapsed_live, "count", "0"
    )
    yield Figure(area, "lines doubled (card as OFX and CSV)", total.doubled, "count", "0")
    yield Figure(
        area,
        f"category accuracy after 1 correction per merchant ({total.lines} lines)",
        total.right / max(1, total.lines),
        "ratio",
        ">= 0.97",
    )
    yield Figure(area, "corrections per household", total.corrections / n, "count")
    judged = Tally()
    for kind in JUDGED_KINDS:
        t = total.alerts[kind]
        judged.add(t)
        if kind == "lapsed":
            yield Figure(area, "alerts: lapsed (all false)", t.pred, "count", "0")
            continue
        yield Figure(area, f"alerts: {kind} precision ({t.pred} predicted)", t.precision, "ratio")
        yield Figure(area, f"alerts: {kind} recall ({t.true} true)", t.recall, "ratio")
    yield Figure(area, "alerts: judged kinds precision", judged.precision, "ratio")
    yield Figure(area, "alerts: judged kinds recall", judged.recall, "ratio")
    yield Figure(
        area, "renewal reminders listed for a past renewal", total.stale_renewals, "count", "0"
    )
    yield Figure(
        area, f"listed alerts older than 45 days (of {total.listed})", total.listed_old, "count"
    )
    yield Figure(
        area,
        f"freshness notices at the as-of date ({total.accounts} accounts)",
        total.freshness,
        "count",
        "1 per account",
    )
    yield Figure(area, "generate + import + judge the households", seconds, "s")
