"""The demo household: a generated store beside the user's own, for exploring finapp.

It lives in its own data directory (``<data dir>-demo``), so nothing done in the demo can touch
the user's data, and it is encrypted like any store, but never with the user's key: the demo has
a key of its own, whichever way it is opened (the first-run screen or ``finapp-gui --demo``), so
both ways open the same demo. That key is kept in the system keyring, in an entry of the demo's
own, when there is one (as the user's own key is); without a keyring it is a random key that
lasts as long as this run of finapp, and the next start builds the demo afresh. The user's key
is never used: it would tie the demo to how the user's store is unlocked (a passphrase given
once, a recovery key), and two entry points with different keys threw each other's demo away.
What the user changes in the demo is kept for the next visit whenever its key lasts;
:class:`DemoVisit` says whether it does and whether an earlier demo had to be made afresh, so the
window can say so rather than start over in silence.
"""

from __future__ import annotations

import dataclasses
import logging
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.balance_kinds import BalanceKind
from finapp.demo import Household, generate_household, showcase
from finapp.errors import (
    PassphraseRequiredError,
    Problem,
    StorageError,
    StoreError,
    WrongKeyError,
)
from finapp.importers.base import Balance, ParsedFile, ParsedStatement
from finapp.paths import DEMO_MARK_FILE, db_path
from finapp.progress import ProgressFn, no_progress
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.alerts import refresh_alerts
from finapp.services.annotations import add_tags, set_note
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.demo_splits import split_demo_receipt
from finapp.services.encrypted_file import connect
from finapp.services.goals import add_goal
from finapp.services.imports import import_parsed
from finapp.services.opening import open_store, store_exists
from finapp.services.rates import set_rate
from finapp.services.reconciliation import mark_reconciled
from finapp.services.subscriptions import cancel, detect_subscriptions, stored_subscriptions
from finapp.services.transactions import list_transactions
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, delete_keyring_key, load_keyring_key, new_raw_key

log = logging.getLogger("finapp.demo")

#: same household on every machine, so screenshots and support talk about the same data
DEMO_SEED = 20_240_101
DEMO_MONTHS = 14
#: monthly budgets of the demo household, so the budget page has something to show; the two
#: most spent on this month are then set so one is nearly used and one is over (see
#: :func:`_stage_budgets`)
DEMO_BUDGETS = {
    "Food:Groceries": Decimal("1500"),
    "Food:Dining": Decimal("450"),
    "Food:Coffee": Decimal("200"),
    "Shopping:Online": Decimal("350"),
    "Transport:Fuel": Decimal("350"),
    "Entertainment:Streaming": Decimal("30"),
}

#: the demo's checking warns below this, so the low-balance alert and the forecast have a line
DEMO_THRESHOLDS = {"Everyday Checking": Decimal("500")}
#: the account whose books the demo household has reconciled to last month's end
DEMO_RECONCILED = "Everyday Checking"
#: a savings goal on the demo's savings account, so the Health page shows one in progress:
#: its target is this many times what the account holds, in whole thousands
DEMO_GOAL = ("Summer holiday", "Rainy Day Savings")
DEMO_GOAL_DAYS = 240
DEMO_GOAL_SHARE = Decimal("1.6")
#: the yuan wallet's rate as its user typed it when the statements begin (1 CNY in dollars), so
#: the dashboard's totals hold both currencies, converted
DEMO_RATE = ("CNY", "0.1381")


#: the format the demo's generated statements are imported under
DEMO_FORMAT = "demo"
_DEMO_MARK_TEXT = (
    "This folder holds finapp's demo household, made by finapp beside the store whose folder\n"
    "has this one's name without '-demo'. Erasing that store erases this demo too.\n"
)


def demo_dir_for(data_dir: Path) -> Path:
    """The demo's data directory: a sibling of the user's, never inside it."""
    return data_dir.parent / f"{data_dir.name}-demo"


def is_finapps_demo(demo_dir: Path) -> bool:
    """Whether ``demo_dir`` holds finapp's demo household rather than a store someone keeps
    under that name (another household's, given ``--data-dir money-demo``), which a wipe of the
    store beside it must never erase. The demo marks its folder; one made before the mark is
    known by its own keyring key opening a store of the demo's generated statements. An
    unmarked demo of a run without a keyring cannot be told from a store: it is kept."""
    return (demo_dir / DEMO_MARK_FILE).is_file() or _unmarked_demo(demo_dir)


def _unmarked_demo(demo_dir: Path) -> bool:
    """A demo from before the mark: its keyring key opens it and it holds the demo's imports."""
    raw = load_keyring_key(demo_dir)
    store_file = db_path(demo_dir)
    if raw is None or not store_file.is_file():
        return False
    try:
        with connect(store_file, StoreKey.from_raw(raw), readonly=True) as conn:
            found = conn.execute(
                "SELECT 1 FROM import_batches WHERE format = ? LIMIT 1", (DEMO_FORMAT,)
            ).fetchone()
    except StoreError:
        return False
    return found is not None


def _refuse_anothers_folder(demo_dir: Path) -> None:
    """Refuse a demo folder that holds something finapp's demo did not put there (another
    household's store kept as ``money-demo``, the user's own files): building the demo in it,
    or leaving a demo of one run, would delete it with the folder. It is left as it is, and
    named, so the user can move it."""
    taken = demo_dir.is_dir() and any(demo_dir.iterdir()) and not is_finapps_demo(demo_dir)
    if taken or (demo_dir.exists() and not demo_dir.is_dir()):
        english = (
            f"{demo_dir} is not finapp's demo, so the demo cannot be made there: move it "
            "elsewhere or rename it to explore the demo"
        )
        raise StorageError(Problem("demo.folder_taken", english, path=str(demo_dir)))


def _mark_as_demo(demo_dir: Path) -> None:
    """Mark the folder as finapp's demo (one from before the mark too, once it opened with the
    demo's key), so that a wipe of the store beside it knows it may erase it."""
    mark = demo_dir / DEMO_MARK_FILE
    if not mark.is_file():
        mark.write_text(_DEMO_MARK_TEXT, encoding="utf-8")


def _months_back(today: date, months: int) -> date:
    year, month = today.year, today.month - months + 1
    while month < 1:
        year, month = year - 1, month + 12
    return date(year, month, 1)


def _up_to(statement: ParsedStatement, today: date) -> ParsedStatement:
    """The statement as downloaded today: without what the generator dated after today (its
    months are whole), and stating today's balance like a bank's download does."""
    lines = tuple(t for t in statement.transactions if t.posted <= today)
    balances = tuple(b for b in statement.balances if b.as_of <= today)
    if balances and balances[-1].as_of < today:
        last = balances[-1]
        now = last.amount + sum((t.amount for t in lines if t.posted > last.as_of), Decimal(0))
        balances += (Balance(BalanceKind.LEDGER, now, today),)
    return dataclasses.replace(statement, transactions=lines, balances=balances)


def demo_household(today: date) -> Household:
    """The demo's household as generated for ``today`` (before it is cut at ``today``)."""
    start = _months_back(today, DEMO_MONTHS)
    return generate_household(DEMO_SEED, start, DEMO_MONTHS, showcase_on=today)


def fill_demo_store(
    store: Store, today: date | None = None, progress: ProgressFn = no_progress
) -> int:
    """Import a generated household's statements ending at ``today``; returns transactions.

    Goes through the same import, rules and alert services as real statements, so the demo
    shows what finapp makes of a household, not hand-placed results. ``progress`` hears one step
    for the generation, one per statement (labelled with its account) and one for budgets and
    alerts, so a window can show how far the few seconds have got.
    """
    today = today or date.today()
    progress(0, 0, "")
    household = demo_household(today)
    steps = len(household.statements) + 2
    added = 0
    for number, statement in enumerate(household.statements, start=1):
        progress(number, steps, statement.account.name)
        parsed = ParsedFile(
            path=f"demo-statement-{number}.ofx",
            format=DEMO_FORMAT,
            statements=(_up_to(statement, today),),
        )
        added += import_parsed(store, parsed).new
    progress(steps - 1, steps, "")
    split_demo_receipt(store)  # before the budgets: they are staged on spending by parts
    for category, amount in DEMO_BUDGETS.items():
        set_budget(store, category, amount, today=today)
    _stage_budgets(store, today)
    detect_subscriptions(store, today)
    _cancel_yet_charged(store, household, today)
    for account, amount in DEMO_THRESHOLDS.items():
        set_low_balance_threshold(store, account, amount)
    _add_goal(store, today)
    # as a careful household would have: the Accounts page shows the books accepted
    mark_reconciled(store, DEMO_RECONCILED, today.replace(day=1) - timedelta(days=1))
    _annotate(store)
    set_rate(store, *DEMO_RATE, _months_back(today, DEMO_MONTHS))
    refresh_alerts(store, today)  # detects the subscriptions too
    forget_edits(store)  # the demo is met as it is, with no staging of it to undo
    progress(steps, steps, "")
    return added


#: what the staged budgets' spending so far is of them: over, nearly used (the 80 % warning),
#: and for the others at most this much
OVER, NEARLY_USED, AT_MOST = Decimal("1.25"), Decimal("0.84"), Decimal("0.6")
#: less spent this month than this, and a budget is not made to be over or nearly used: a budget
#: of a few dollars, the first days of a month, would look like a mistake rather than a warning
STAGED_FROM = Decimal(50)


def _stage_budgets(store: Store, today: date) -> None:
    """The budget spent most on this month goes over, the next is nearly used, the rest not.

    The demo is opened on any day of a month, so fixed amounts would show every budget unused
    on the 2nd and all over by the 28th; amounts set from this month's spending so far show
    both warnings on most days of a month (whole dollars, tens from 500 on).
    """
    views = sorted(list_budgets(store, as_of=today), key=lambda v: v.spent, reverse=True)
    for rank, view in enumerate(views):
        if view.spent <= 0 or (rank < 2 and view.spent < STAGED_FROM):
            continue
        share = (OVER, NEARLY_USED)[rank] if rank < 2 else AT_MOST
        step = Decimal(10) if view.spent >= 500 else Decimal(1)
        rounding = "ROUND_FLOOR" if share > 1 else "ROUND_CEILING"
        amount = (view.spent / share / step).to_integral_value(rounding=rounding) * step
        if share is AT_MOST:
            amount = max(amount, view.amount)
        set_budget(store, view.category, max(amount, step), today=today)


def _add_goal(store: Store, today: date) -> None:
    name, account = DEMO_GOAL
    held = next(a.balance for a in list_accounts(store) if a.name == account) or Decimal(0)
    target = max(Decimal(1), (held * DEMO_GOAL_SHARE / 1000).to_integral_value("ROUND_CEILING"))
    due = today + timedelta(days=DEMO_GOAL_DAYS)
    add_goal(store, name, target * 1000, due, [account], today=today)


#: what the demo household tagged (a payee's words on the statement → the tags), and the note
#: it wrote on its largest payment
DEMO_TAGS = {"HARMONY MUSIC": ("#kids", "#tax"), "GEICO": ("#car",), "SHELL OIL": ("#car",)}
DEMO_NOTE = "Down payment for the flat: closing papers in the blue folder"


def _annotate(store: Store) -> None:
    """Tags on a few payees' lines and a note on the largest payment, so the Transactions page's
    Tags and Note columns, the search by #tag and Go → Tags… have something to show."""
    lines = list_transactions(store)
    for words, tags in DEMO_TAGS.items():
        ids = [t.id for t in lines if words in t.payee.upper()]
        if ids:
            add_tags(store, tags, ids)
    dollars = [t for t in lines if t.currency == "USD"]  # the household's own currency
    largest = min(dollars, key=lambda t: t.amount, default=None)
    if largest is not None and largest.amount < 0:
        set_note(store, [largest.id], DEMO_NOTE)


def _cancel_yet_charged(store: Store, household: Household, today: date) -> None:
    """Mark cancelled the staged subscription that goes on charging, as its user would have."""
    name, days = showcase.CANCELLED_YET_CHARGED
    truth = next(t for t in household.truth if t.name == name)
    ids = {t.id for t in list_transactions(store, account=truth.account) if t.fitid in truth.fitids}
    for view in stored_subscriptions(store):
        if ids & set(view.transaction_ids):
            cancel(store, view.id, on=today - timedelta(days=days))


@dataclasses.dataclass(frozen=True, slots=True)
class DemoVisit:
    """The demo store opened, and what the user should be told about its lifetime."""

    store: Store
    #: the next start opens the demo as it is left (False: encrypted with a key for this run)
    kept: bool
    #: an earlier demo could not be opened with this key, so this one was made afresh
    started_over: bool


def open_demo_store(
    demo_dir: Path, today: date | None = None, progress: ProgressFn = no_progress
) -> Store:
    """The demo store of :func:`visit_demo`, for callers with nothing to tell a user."""
    return visit_demo(demo_dir, today, progress).store


def visit_demo(
    demo_dir: Path,
    today: date | None = None,
    progress: ProgressFn = no_progress,
    *,
    this_run_key: StoreKey | None = None,
) -> DemoVisit:
    """Open the demo store in ``demo_dir`` with the demo's own key, (re)building it when it is
    missing or that key does not open it.

    ``this_run_key`` is the random key an earlier visit in this run of finapp made for a demo
    that could not be kept in a keyring (:attr:`DemoVisit.store`'s key), so leaving the demo and
    coming back before quitting finds it as it was left. ``progress`` hears the building's steps
    (see :func:`fill_demo_store`); reopening reports none.
    """
    _refuse_anothers_folder(demo_dir)
    started_over = False
    if store_exists(demo_dir):
        try:
            store = _open_existing(demo_dir, this_run_key)
            _mark_as_demo(demo_dir)
            return DemoVisit(store, kept=store.key.source == "keyring", started_over=False)
        except PassphraseRequiredError:  # a demo of an earlier run without a keyring: expected
            log.info("demo: the earlier run's demo had a key of that run; building afresh")
        except WrongKeyError:  # a demo its own key does not open: worth saying
            log.info("demo: existing demo store unreadable with its key; rebuilding")
            started_over = True
        _remove_demo(demo_dir)
    try:
        store = open_store(demo_dir)  # a new key in the keyring, in the demo's own entry
    except PassphraseRequiredError:  # no keyring: a random key for this run of finapp
        store = open_store(demo_dir, key=StoreKey.from_raw(new_raw_key()))
    try:
        _mark_as_demo(demo_dir)
        fill_demo_store(store, today, progress)
    except BaseException:
        store.close()
        _remove_demo(demo_dir, ignore_errors=True)
        raise
    return DemoVisit(store, kept=store.key.source == "keyring", started_over=started_over)


def _open_existing(demo_dir: Path, this_run_key: StoreKey | None) -> Store:
    """The demo with its keyring key (never a passphrase: none is passed), else this run's."""
    try:
        return open_store(demo_dir)
    except PassphraseRequiredError:
        if this_run_key is None:
            raise
        return open_store(demo_dir, key=this_run_key)


def discard_demo(demo_dir: Path) -> None:
    """Delete a demo whose key lasted one run of finapp, as finapp quits: nothing could open it
    again, and its strip told the user it lasts until then."""
    _remove_demo(demo_dir, ignore_errors=True)


def _remove_demo(demo_dir: Path, *, ignore_errors: bool = False) -> None:
    """Delete the demo's folder and its keyring entry, which no store would use again."""
    problem = delete_keyring_key(demo_dir)
    if problem:
        log.warning("demo: %s", problem)
    shutil.rmtree(demo_dir, ignore_errors=ignore_errors)
