"""Closing an account the household left: its last balance stops counting, finapp stops asking
for its statements and warning of its balance, and a subscription it paid that went nowhere
else has stopped; every day before the closing keeps what it had, and undo opens it again."""

from __future__ import annotations

import csv
import random
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.cli.commands.health_cmd import text_lines
from finapp.core.alert_kinds import Kind
from finapp.errors import InvalidInputError
from finapp.services import subscriptions as subs
from finapp.services.account_closing import close_account, reopen_account
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.cards import list_cards
from finapp.services.edit_history import undo
from finapp.services.export import export_all
from finapp.services.forecast import forecast
from finapp.services.goals import add_goal, list_goals
from finapp.services.health import health_report
from finapp.services.health_export import write_report
from finapp.services.imports import import_files
from finapp.services.net_worth import net_worth
from finapp.services.reports import balance_over_time
from finapp.store.engine import Store
from tests.accounts.statements import (
    GYM,
    NEW_ENDS,
    OLD_ACCOUNT,
    OLD_LAST_BALANCE,
    MovedBanks,
    write_moved_banks,
)
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.old_schemas import undo_schema_14, upgraded
from tests.subscriptions.test_incremental_detection import _check
from tests.subscriptions.test_replaced_card import NEW_CARD, OLD_CARD, months, write

AS_OF = NEW_ENDS


@pytest.fixture
def banks(store: Store, tmp_path: Path) -> MovedBanks:
    """Both banks' statements imported, the old account watched for a balance under $500."""
    written = write_moved_banks(tmp_path)
    import_files(store, [written.old, written.new])
    set_low_balance_threshold(store, _old(store), Decimal("500"))
    refresh_alerts(store, AS_OF)
    return written


def _old(store: Store) -> str:
    (name,) = [v.name for v in list_accounts(store) if v.number == "5563"]
    return name


def _open_alerts(store: Store, kind: str) -> list[str]:
    return [a.account or "" for a in list_alerts(store, as_of=AS_OF) if a.kind == kind]


def _gym(store: Store) -> subs.SubscriptionView:
    (gym,) = [
        v
        for v in subs.list_subscriptions(store, AS_OF)
        if any(GYM.split()[0] in n.upper() for n in (v.name, v.merchant))
    ]
    return gym


def test_left_open_the_old_account_is_still_asked_for(store: Store, banks: MovedBanks) -> None:
    """What the household meets before closing it: its balance warned of, its statements asked
    for (the gym looks due on it), its $12.37 in the net worth to this day."""
    old = _old(store)
    assert old in _open_alerts(store, Kind.LOW_BALANCE)
    assert old in _open_alerts(store, Kind.STALE_STATEMENTS)
    assert _gym(store).status == "active"
    latest = net_worth(store, today=AS_OF).months[-1]
    assert OLD_LAST_BALANCE in [a.balance for a in latest.accounts if a.account == old]


def test_a_closed_account_stops_counting_and_asking(store: Store, banks: MovedBanks) -> None:
    old = _old(store)
    before = net_worth(store, today=AS_OF)
    view = close_account(store, old, date(2026, 6, 30))
    refresh_alerts(store, AS_OF)
    assert view.closed_on == date(2026, 6, 30)
    assert [v.closed_on for v in list_accounts(store) if v.name == old] == [date(2026, 6, 30)]
    # no warning of its balance, no request for its statements
    assert old not in _open_alerts(store, Kind.LOW_BALANCE)
    assert old not in _open_alerts(store, Kind.STALE_STATEMENTS)
    # the gym it alone paid has stopped
    assert _gym(store).status == "inactive"
    # its balance is nothing from its closing: the months after leave it out, those before not
    after = net_worth(store, today=AS_OF)
    latest = after.months[-1]
    assert old not in [a.account for a in latest.accounts]
    assert latest.total.amount == before.months[-1].total.amount - OLD_LAST_BALANCE
    may = [m for m in after.months if m.month_end == date(2026, 5, 31)]
    assert may == [m for m in before.months if m.month_end == date(2026, 5, 31)]
    # money health neither grades it nor counts its money; the forecast has nothing of it
    report = health_report(store, AS_OF)
    assert old not in [a.account for a in report.accounts]
    assert old not in [i.institution for i in report.institutions]
    (ally,) = [v for v in list_accounts(store) if v.number == "8274"]
    assert ally.balance is not None
    assert report.emergency_fund.liquid_minor == int(ally.balance * 100)
    assert old not in [f.account for f in forecast(store, AS_OF)]


def test_undo_opens_it_again(store: Store, banks: MovedBanks) -> None:
    old = _old(store)
    close_account(store, old, date(2026, 6, 30))
    refresh_alerts(store, AS_OF)
    outcome = undo(store)
    assert outcome.entry.action == "account_close"
    assert [v.closed_on for v in list_accounts(store) if v.name == old] == [None]
    refresh_alerts(store, AS_OF)
    assert old in _open_alerts(store, Kind.LOW_BALANCE)
    assert _gym(store).status == "active"


def test_reopening_counts_it_again(store: Store, banks: MovedBanks) -> None:
    old = _old(store)
    close_account(store, old, date(2026, 6, 30))
    view = reopen_account(store, old)
    assert view.closed_on is None
    latest = net_worth(store, today=AS_OF).months[-1]
    assert OLD_LAST_BALANCE in [a.balance for a in latest.accounts if a.account == old]


def test_closing_before_its_last_line_is_refused(store: Store, banks: MovedBanks) -> None:
    """Its statements run to 26 June: closing it on the 20th would leave lines after it."""
    old = _old(store)
    with pytest.raises(InvalidInputError, match="2026-06-26"):
        close_account(store, old, date(2026, 6, 20))
    assert [v.closed_on for v in list_accounts(store) if v.name == old] == [None]


def test_reopening_an_open_account_is_refused(store: Store, banks: MovedBanks) -> None:
    with pytest.raises(InvalidInputError, match="is not closed"):
        reopen_account(store, _old(store))


def test_the_day_offered_is_where_its_statements_end(store: Store, banks: MovedBanks) -> None:
    assert close_account(store, _old(store)).closed_on == date(2026, 6, 26)


def test_a_later_statement_of_a_closed_account_is_stored_and_its_lines_told(
    store: Store, banks: MovedBanks, tmp_path: Path
) -> None:
    """The old bank's final statement arrives after the user closed the account on 26 June:
    its closing line of 2 July is stored like any other, the import says it is later than the
    closing, and the account stays closed until the user says otherwise."""
    old = _old(store)
    close_account(store, old, date(2026, 6, 26))
    final = tmp_path / "FirstNational_5563_final.qfx"
    closing = Line(date(2026, 7, 2), "-12.37", "ACCOUNT CLOSED BAL BY OFFICIAL CHECK", "FN2607001")
    final.write_text(
        statement_ofx([closing], account=OLD_ACCOUNT, ledger=("0.00", date(2026, 7, 2)))
    )
    (file,) = import_files(store, [final]).files
    assert file.new == 1
    (told,) = [n for n in file.notes if getattr(n, "code", "") == "import.after_closing"]
    assert "closed on 2026-06-26, and 1 of the lines added are later" in told
    assert [v.closed_on for v in list_accounts(store) if v.name == old] == [date(2026, 6, 26)]


def test_the_closing_day_is_exported(store: Store, banks: MovedBanks, tmp_path: Path) -> None:
    """Everything the household told finapp leaves with an export: which account it closed."""
    close_account(store, _old(store), date(2026, 6, 30))
    export_all(store, tmp_path / "export")
    with (tmp_path / "export" / "accounts.csv").open(encoding="utf-8-sig") as fh:
        closed = {row["number"][-4:]: row["closed_on"] for row in csv.DictReader(fh)}
    assert closed == {"5563": "2026-06-30", "8274": ""}


def test_a_store_of_the_version_before_opens_with_every_account_open(
    store: Store, banks: MovedBanks
) -> None:
    """A store written before accounts could be closed gains the column, every account open,
    and an account of it closes as any other."""
    with upgraded(store, undo_schema_14, PASSPHRASE) as reopened:
        assert [v.closed_on for v in list_accounts(reopened)] == [None, None]
        assert close_account(reopened, _old(reopened), date(2026, 6, 30)).closed_on is not None


def test_a_replaced_card_closed_leaves_the_cards_and_the_net_worth(
    store: Store, tmp_path: Path
) -> None:
    """The card replaced in July by a new number, closed on the day its statements end: the
    cards list and the net worth hold the new card alone, the subscriptions carry on from it."""
    rnd = random.Random(11)
    old = write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd))
    new = write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd))
    import_files(store, [old, new])
    (old_card,) = [v.name for v in list_accounts(store) if v.number == "1111"]
    assert len(list_cards(store, AS_OF)) == 2
    before = net_worth(store, today=AS_OF).months[-1].accounts
    assert sorted(a.account[-4:] for a in before) == ["1111", "2222"]  # its last balance, kept
    drawn = [b for b in balance_over_time(store) if b.account == old_card]
    close_account(store, old_card)
    refresh_alerts(store, AS_OF)
    # its months as they were: the balance chart draws what it owed, day by day, as before
    assert [b for b in balance_over_time(store) if b.account == old_card] == drawn
    assert drawn[-1].balance_minor == -138422  # the statement's own last balance
    (view,) = [v for v in list_accounts(store) if v.name == old_card]
    assert view.balance == Decimal("-1384.22")  # what it owed when closed, as the list shows
    assert view.closed_on == view.covered_until  # closed where its statements end
    assert [c.account[-4:] for c in list_cards(store, AS_OF)] == ["2222"]
    assert [a.account[-4:] for a in net_worth(store, today=AS_OF).months[-1].accounts] == ["2222"]
    running = [v for v in subs.list_subscriptions(store, AS_OF) if v.kind == "subscription"]
    assert [(v.account[-4:], v.status) for v in running] == [("2222", "active")] * 3


def test_a_new_goal_cannot_count_a_closed_account(store: Store, banks: MovedBanks) -> None:
    old = _old(store)
    close_account(store, old, date(2026, 6, 30))
    with pytest.raises(InvalidInputError, match="is closed"):
        add_goal(store, "House", Decimal("20000"), date(2028, 1, 1), [old], today=AS_OF)
    assert list_goals(store, AS_OF) == []


def test_a_day_still_to_come_is_refused(store: Store, banks: MovedBanks) -> None:
    """Closing at the end of next month is not closed yet: it would read "Closed" meanwhile."""
    old = _old(store)
    with pytest.raises(InvalidInputError, match="after today"):
        close_account(store, old, date(2027, 1, 31), today=date(2026, 12, 5))
    assert [v.closed_on for v in list_accounts(store) if v.name == old] == [None]


@pytest.mark.parametrize("step", ["close", "close and reopen"])
def test_detection_after_closing_leaves_what_a_full_run_leaves(
    store: Store, banks: MovedBanks, step: str
) -> None:
    """Closing (or opening again) judges only what changed; the rows and alerts it leaves are
    those a full detection makes."""
    old = _old(store)
    close_account(store, old, date(2026, 6, 30))
    if step == "close and reopen":
        _check(store, AS_OF)
        reopen_account(store, old)
    _check(store, AS_OF)


def test_money_health_names_the_closed_account_once(
    store: Store, banks: MovedBanks, tmp_path: Path
) -> None:
    """Not graded, nothing of it counted, and still named, in the JSON, the terminal's words
    and the report the user keeps: an account never just vanishes."""
    old = _old(store)
    close_account(store, old, date(2026, 6, 30))
    report = health_report(store, AS_OF)
    assert report.as_json()["closed_accounts"] == [{"account": old, "closed_on": "2026-06-30"}]
    assert f"  {old}: closed on 2026-06-30, not graded" in text_lines(report)
    page = write_report(store, tmp_path / "health.html", AS_OF).read_text(encoding="utf-8")
    assert f"Closed, not graded and not counted: {old} (closed on 2026-06-30)." in page
    assert health_report(store, date(2026, 6, 29)).closed == ()  # asked before: still open


def test_a_goal_counting_a_closed_account_says_why_its_money_fell(
    store: Store, banks: MovedBanks
) -> None:
    """Set in March on the old account; once it is closed the goal counts nothing of it, and
    says which account closed when, rather than show the savings as lost."""
    old = _old(store)
    add_goal(store, "Car", Decimal("5000"), date(2027, 6, 1), [old], today=date(2026, 3, 1))
    (goal,) = list_goals(store, AS_OF)
    assert goal.closed == () and goal.saved is not None and goal.saved > 0
    close_account(store, old, date(2026, 6, 30))
    (goal,) = list_goals(store, AS_OF)
    assert goal.closed == ((old, date(2026, 6, 30)),)
    assert goal.saved == 0
    assert goal.as_json()["closed_accounts"] == [{"account": old, "closed_on": "2026-06-30"}]


def test_closing_an_account_leaves_the_months_of_essentials_as_they_were(
    store: Store, banks: MovedBanks
) -> None:
    """The emergency fund averages the months the statements wholly cover: the new account's
    end on 25 November, so November is not one of them, closed account or not (counted, its
    last days would make the month's spending look smaller than it was)."""
    before = health_report(store, AS_OF).emergency_fund
    close_account(store, _old(store), date(2026, 6, 30))
    after = health_report(store, AS_OF).emergency_fund
    assert after.months_averaged == before.months_averaged
    assert after.months_averaged[-1] == date(2026, 10, 1)
    assert after.monthly_minor == before.monthly_minor
