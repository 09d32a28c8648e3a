"""Judging again only the merchants whose charges changed leaves the alerts a full run leaves.

Two stores go through the same steps a user takes — generated households imported statement
by statement, an import undone and imported again, categories set by hand (which files the
merchant's other charges too), a payee renamed, decisions on subscriptions, a limit changed —
and after every step one store's alerts are evaluated the usual way and the other's afresh
(``full``), on the day the latest statement ends (where charge alerts have work) and on an
earlier day. Every stored alert, column by column, is the same in both.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.core.alert_model import Candidate, Facts
from finapp.core.merchant import merchant_key
from finapp.importers.base import ParsedStatement
from finapp.services import alert_scope
from finapp.services import subscriptions as subs
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts, list_alerts, refresh_alerts
from finapp.services.budgets import set_budget
from finapp.services.categorize import set_category
from finapp.services.edit_history import undo
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.settings import set_setting
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.conftest import new_passphrase_store
from tests.helpers import cli_json
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.subscriptions.statements import write_ofx
from tests.subscriptions.test_service import CARD, HULU, NETFLIX, load, monthly

SHELL = "SHELL OIL 57444 AUSTIN TX"
_COLUMNS = [column for column in Alert.__table__.columns if column.name != "created_at"]


def _stored(store: Store) -> list[tuple[object, ...]]:
    """Every alert, every column but when it was written."""
    with store.read() as session:
        return [tuple(row) for row in session.execute(select(*_COLUMNS).order_by(Alert.id))]


class _Pair:
    """The same steps in two stores: one evaluated the usual way, one afresh."""

    def __init__(self, folder: Path) -> None:
        self.usual = new_passphrase_store(folder / "usual")
        self.afresh = new_passphrase_store(folder / "afresh")

    def both(self, step: Callable[[Store], object]) -> None:
        step(self.usual)
        step(self.afresh)

    def check(self, day: date) -> None:
        refresh_alerts(self.usual, day)
        refresh_alerts(self.afresh, day, full=True)
        assert _stored(self.usual) == _stored(self.afresh)

    def close(self) -> None:
        self.usual.close()
        self.afresh.close()


def _decide(store: Store, rnd: random.Random, day: date) -> None:
    """One decision on a detected subscription, the same in both stores (same seed)."""
    views = [v for v in subs.stored_subscriptions(store, include_dismissed=True) if not v.manual]
    if not views:
        return
    view = rnd.choice(views)
    action = rnd.choice(["confirm", "dismiss", "cancel"])
    if action == "confirm":
        subs.confirm(store, view.id)
    elif action == "dismiss":
        subs.dismiss(store, view.id)
    else:
        subs.cancel(store, view.id, day - timedelta(days=rnd.randint(0, 40)))


@pytest.mark.parametrize("seed", [5, 23])
def test_judging_what_changed_leaves_what_a_full_evaluation_leaves(
    tmp_path: Path, seed: int
) -> None:
    files = write_statements(generate(seed, months=8), tmp_path / "files", card_csv=True)
    pair = _Pair(tmp_path)
    rnd = random.Random(seed)
    batches: dict[Store, list[tuple[int, Path]]] = {pair.usual: [], pair.afresh: []}
    undone: list[Path] = []
    latest = files[0].end

    def imported(path: Path) -> Callable[[Store], None]:
        def step(store: Store) -> None:
            result = import_files(store, [path])
            batches[store] += [(f.batch_id, path) for f in result.files if f.batch_id]

        return step

    try:
        for step, statement in enumerate(files):
            latest = max(latest, statement.end)
            pair.both(imported(statement.path))
            pair.check(latest)
            if step % 4 == 3:
                pick = rnd.randrange(len(batches[pair.usual]))
                undone.append(batches[pair.usual][pick][1])
                pair.both(lambda store, pick=pick: undo_import(store, batches[store].pop(pick)[0]))
                pair.check(latest)
            if step % 5 == 1 and undone:
                pair.both(imported(undone.pop(0)))
                pair.check(latest)
            if step % 3 == 2:
                spending = [t for t in list_transactions(pair.usual) if t.amount < 0]
                line = spending[-rnd.randrange(1, min(40, len(spending)) + 1)].id
                path = rnd.choice(["Shopping:Gifts", "Food:Groceries", "Travel"])
                pair.both(lambda store, line=line, path=path: set_category(store, line, path))
                pair.check(latest)
            if step % 4 == 1:
                for store in (pair.usual, pair.afresh):
                    _decide(store, random.Random(seed + step), latest)
                pair.check(latest)
            if step == 6:
                pair.both(lambda store: set_setting(store, "large_charge_limit", "150"))
                pair.check(latest)
            if step == 8:
                name = list_transactions(pair.usual)[0].account
                pair.both(
                    lambda store, name=name: set_low_balance_threshold(store, name, Decimal(900))
                )
                pair.check(latest)
            if step % 6 == 5:
                pair.check(latest - timedelta(days=rnd.randint(1, 45)))
                pair.check(latest)
    finally:
        pair.close()


def test_only_the_merchants_whose_charges_changed_are_judged_again(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A budget set, and no charge changed: no merchant is judged again (nothing changed at
    all: nothing is evaluated); a new charge at the fuel station: only it; at one streaming
    service: it and the other filed in the same category; a full run, or another day: every
    merchant."""
    load(store, *monthly(NETFLIX, date(2024, 1, 9), 7, "-15.49"))
    load(store, *monthly(HULU, date(2024, 1, 5), 7, "-7.99"))
    load(store, *monthly(SHELL, date(2024, 1, 3), 7, "-40.00"))
    day = date(2024, 7, 12)
    evaluate_alerts(store, day)
    judged: list[set[str]] = []
    judge = alert_scope.charge_alerts.charge_alerts

    def watched(facts: Facts) -> list[Candidate]:
        judged.append({charge.merchant for charge in facts.charges})
        return judge(facts)

    monkeypatch.setattr(alert_scope.charge_alerts, "charge_alerts", watched)
    evaluate_alerts(store, day)
    set_budget(store, "Food:Groceries", Decimal(500), today=day)
    evaluate_alerts(store, day)
    load(store, *monthly(SHELL, date(2024, 7, 10), 1, "-400.00"))
    fuel = evaluate_alerts(store, day)
    load(store, *monthly(HULU, date(2024, 7, 11), 1, "-79.90"))
    streaming = evaluate_alerts(store, day)
    evaluate_alerts(store, day, full=True)
    evaluate_alerts(store, day + timedelta(days=1))
    shell, hulu, netflix = (merchant_key(payee) for payee in (SHELL, HULU, NETFLIX))
    everyone = {shell, hulu, netflix}
    assert judged == [set(), {shell}, {hulu, netflix}, everyone, everyone]
    assert [(a.kind, a.amount) for a in fuel] == [("unusual_charge", Decimal("-400.00"))]
    assert [(a.kind, a.amount) for a in streaming] == [("unusual_charge", Decimal("-79.90"))]


def test_alerts_rebuild_judges_afresh_and_lists_the_same(tmp_path: Path) -> None:
    """``finapp alerts --rebuild`` lists what the usual check lists, charge alerts included."""
    data = tmp_path / "data"
    lines = [
        *monthly(SHELL, date(2024, 1, 3), 8, "-40.00"),
        *monthly(HULU, date(2024, 1, 5), 8, "-7.99"),
    ]
    lines += monthly(SHELL, date(2024, 8, 10), 1, "-400.00")
    ofx = write_ofx(tmp_path / "card.ofx", ParsedStatement(CARD, tuple(lines)))
    assert cli_json(data, "import", str(ofx))["new"] == 17
    listed = cli_json(data, "alerts", "--as-of", "2024-08-12")
    assert "unusual_charge" in [alert["kind"] for alert in listed]
    assert cli_json(data, "alerts", "--as-of", "2024-08-12", "--rebuild") == listed


def test_a_cancellation_marked_after_the_charge_tells_it_as_charged_after(
    tmp_path: Path,
) -> None:
    """Hulu at 7.99 a month on the 5th, then 89.99 on 19 July: the household had cancelled in
    June and Hulu sold it a year instead. Imported, the 89.99 is an "unusual charge"; once Hulu
    is marked cancelled from 20 June, with nothing imported since, it is "charged after you
    cancelled it" and no longer unusual, as a full evaluation says; the cancellation undone,
    it is unusual again."""
    lines = [
        *monthly(NETFLIX, date(2026, 1, 9), 7, "-15.49"),
        *monthly(HULU, date(2026, 1, 5), 6, "-7.99"),
        *monthly(HULU, date(2026, 7, 19), 1, "-89.99"),
        *monthly(SHELL, date(2026, 1, 3), 7, "-41.20"),
    ]
    day = date(2026, 7, 24)
    pair = _Pair(tmp_path)
    try:
        pair.both(lambda store: load(store, *lines))
        pair.check(day)
        assert _told(pair.usual, day, "Hulu") == [("unusual_charge", Decimal("-89.99"))]
        hulu = merchant_key(HULU)
        for store in (pair.usual, pair.afresh):
            (view,) = [v for v in subs.stored_subscriptions(store) if v.merchant == hulu]
            subs.cancel(store, view.id, date(2026, 6, 20))
        pair.check(day)
        assert _told(pair.usual, day, "Hulu") == [("charged_after_cancel", Decimal("-89.99"))]
        pair.both(undo)
        pair.check(day)
        assert _told(pair.usual, day, "Hulu") == [("unusual_charge", Decimal("-89.99"))]
    finally:
        pair.close()


def test_a_charge_its_cancelled_stream_tells_is_not_told_by_its_size_too(
    store: Store,
) -> None:
    """Hulu cancelled from 20 June charges 89.99 on its billing day, 5 July: the stream holds
    it and tells it as charged after cancelling; "unusual charge" would tell it twice."""
    load(store, *monthly(HULU, date(2026, 1, 5), 6, "-7.99"))
    june = subs.list_subscriptions(store, date(2026, 6, 30))
    (view,) = [v for v in june if v.merchant == merchant_key(HULU)]
    subs.cancel(store, view.id, date(2026, 6, 20))
    load(store, *monthly(HULU, date(2026, 7, 5), 1, "-89.99"))
    refresh_alerts(store, date(2026, 7, 12))
    kinds = [kind for kind, _ in _told(store, date(2026, 7, 12), "Hulu")]
    assert "charged_after_cancel" in kinds and "unusual_charge" not in kinds


def _told(store: Store, day: date, name: str) -> list[tuple[str, Decimal | None]]:
    """The open alerts of ``day`` whose message names ``name``: what the inbox shows of it."""
    return [(a.kind, a.amount) for a in list_alerts(store, as_of=day) if name in a.message]
