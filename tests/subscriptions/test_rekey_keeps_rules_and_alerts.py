"""Keyed again on open, a store keeps the rules the user wrote about a payee and the alerts the
user dealt with.

An older finapp keyed 招商银行's "房贷还款 流水号2025010841939071" by its first twelve characters:
the mortgage was "房贷还款流水号20250" in 2025 and "房贷还款流水号20260" in 2026, and its monthly
stream was detected under the 2025 key. The user saw that key in ``finapp payees list`` and wrote
a rule on it; the bill's reminder came, and the user dismissed it or put it off a day. Opened by
this finapp, the lines are keyed "房贷还款": the rule and the reminder must follow them.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from sqlalchemy import delete, select

from finapp.services import alerts
from finapp.services import notification_policy as policy
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.rules import add_rule, list_rules
from finapp.store.engine import Store
from finapp.store.schema import Alert, Subscription, Transaction
from tests.subscriptions.test_rekey_on_open import (
    MORTGAGE,
    OLD_2026,
    _as_older_finapp_keyed_it,
    _reopened,
)

#: the user's own category for the mortgage, none the shipped rules give
LOAN = "住房:招行房贷"
#: the morning the reminder came: the debit is due on 8 January 2026
REMINDED = date(2026, 1, 1)


def _detected_on_old_keys(store: Store, tmp_path: Path) -> None:
    """As the older finapp left the store: its streams detected on the lines' old keys."""
    _as_older_finapp_keyed_it(store, tmp_path)
    with store.write() as session:
        session.execute(delete(Subscription))
    subs.detect_subscriptions(store, date(2025, 12, 31), full=True)


def _march_statement(tmp_path: Path) -> Path:
    """The next statement, downloaded after the update: March's debit of the mortgage."""
    path = tmp_path / "CMB_6214_202603.csv"
    path.write_text(
        "\ufeff记账日期,货币,交易金额,联机余额,交易摘要,对手信息\n"
        "20260309,人民币,-7800.00,301522.13,自动扣款,房贷还款 流水号2026030949723455\n",
        encoding="utf-8",
    )
    return path


def _category_of_march_debit(store: Store) -> str | None:
    with store.read() as session:
        line = session.scalars(
            select(Transaction).where(Transaction.posted == date(2026, 3, 9))
        ).one()
        return None if line.category is None else line.category.name


def test_a_rule_written_on_the_old_key_files_the_next_statement(
    store: Store, tmp_path: Path
) -> None:
    _detected_on_old_keys(store, tmp_path)
    add_rule(store, category=LOAN, pattern=OLD_2026, match_type="equals", match_field="merchant")

    store = _reopened(store)
    try:
        import_files(store, [_march_statement(tmp_path)])
        assert _category_of_march_debit(store) == "招行房贷"
        (rule,) = [r for r in list_rules(store, origin="user")]
        assert (rule.field, rule.match, rule.pattern, rule.category) == (
            "merchant",
            "equals",
            "房贷还款",
            LOAN,
        )
    finally:
        store.close()


def _the_reminder(store: Store) -> int:
    """The reminder of January's debit, raised on the 1st; its id."""
    (raised,) = alerts.refresh_alerts(store, REMINDED)
    assert (raised.kind, raised.amount, raised.params["date"]) == (
        "renewal",
        MORTGAGE,
        "2026-01-08",
    )
    return raised.id


def _reminders(store: Store) -> list[tuple[int, bool]]:
    """Every reminder stored, and whether the user dismissed it."""
    with store.read() as session:
        rows = session.execute(select(Alert.id, Alert.dismissed).where(Alert.kind == "renewal"))
        return [(alert_id, dismissed) for alert_id, dismissed in rows]


def test_a_dismissed_reminder_stays_dismissed(store: Store, tmp_path: Path) -> None:
    _detected_on_old_keys(store, tmp_path)
    reminder = _the_reminder(store)
    alerts.dismiss(store, reminder)

    store = _reopened(store)
    try:
        assert alerts.refresh_alerts(store, date(2026, 1, 5)) == []
        assert _reminders(store) == [(reminder, True)]
    finally:
        store.close()


def test_a_snoozed_reminder_comes_back_once(store: Store, tmp_path: Path) -> None:
    """Put off a day on the 1st, the reminder is handed back on the 2nd, as the same alert,
    and no second reminder of the same debit is raised beside it."""
    _detected_on_old_keys(store, tmp_path)
    reminder = _the_reminder(store)
    until = policy.snooze(store, [reminder], datetime(2026, 1, 1, 9, 30))

    store = _reopened(store)
    try:
        assert alerts.refresh_alerts(store, date(2026, 1, 2)) == []
        assert policy.release_due(store, until) == [reminder]
        assert _reminders(store) == [(reminder, False)]
    finally:
        store.close()
