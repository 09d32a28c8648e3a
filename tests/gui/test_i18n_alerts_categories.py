"""Chinese users read alerts and the default categories in Chinese; stored data stays English."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from finapp.core import alerts as core
from finapp.gui.alert_texts import alert_text
from finapp.gui.category_names import DEFAULT_NAMES, display_category, real_path
from finapp.gui.models.alerts_model import AlertsModel
from finapp.gui.models.transactions_model import COL_CATEGORY, IdRole
from finapp.gui.pages.alerts import COL_MESSAGE
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.resources import resource_dir
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.notifications import AlertNote
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.gui.chinese import speaking
from tests.gui.locale_money import qt_money

AS_OF = date(2024, 6, 1)
HAN = re.compile(r"[\u4e00-\u9fff]")
MONEY = re.compile(r"-?\d+\.\d\d [A-Z]{3}")


@pytest.fixture
def zh_cn(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    with speaking(qapp, "zh_CN") as translators:
        assert translators
        yield


def _charge(id_: int, days_ago: int, minor: int, merchant: str) -> core.Charge:
    return core.Charge(
        id_, 1, AS_OF - timedelta(days=days_ago), minor, "USD", merchant, merchant, None
    )


def _subscription(id_: int, name: str, **fields) -> core.SubscriptionFacts:  # type: ignore[no-untyped-def]
    values = dict(
        id=id_, key=f"k{id_}", name=name, status="active", user_state="active", next_date=None,
        amount_minor=-1599, currency="USD", account_id=1, offsets=None,
    )  # fmt: skip
    return core.SubscriptionFacts(**(values | fields))


def _health(kind: core.Kind, **params: str) -> core.Candidate:
    return core.Candidate(kind, f"{kind}:sample", AS_OF, "warning", params=params)


#: money-health alerts come evaluated by their own modules: one of each, as they word them
HEALTH_SAMPLES = [
    _health(core.Kind.PASS_THROUGH, inflow="20000.00 USD", account="Everyday",
            date="2024-05-30", outflow="19950.00 USD", hours="3", parties="4"),
    _health(core.Kind.STRUCTURING, count="3", account="Everyday", first="2024-05-27",
            last="2024-05-29", threshold="10000.00 USD", total="29550.00 USD"),
    _health(core.Kind.LATE_NIGHT, amount="8000.00 USD", account="Everyday", name="J SMITH",
            time="02:30", date="2024-05-31"),
    _health(core.Kind.NEW_COUNTERPARTIES, account="Everyday", count="7", days="3",
            first="2024-05-28", last="2024-05-30", total="4200.00 USD"),
    _health(core.Kind.EMERGENCY_FUND, months="1.5", liquid="4500.00 USD",
            monthly="3000.00 USD", target="6"),
    _health(core.Kind.GOAL_BEHIND, name="New car", saved="2000.00 USD", target="12000.00 USD",
            needed="850.00 USD", date="2025-06-30"),
    _health(core.Kind.GOAL_BEYOND_SURPLUS, name="Kitchen", saved="13000.00 USD",
            target="20000.00 USD", needed="1000.00 USD", date="2027-06-30",
            surplus="277.70 USD", months="6", short="722.30 USD"),
    _health(core.Kind.CARD_UTILISATION, account="Visa", percent="82", limit="5000.00 USD",
            owed="4100.00 USD"),
    _health(core.Kind.CARD_PAYMENT_DUE, account="Visa", amount="135.00 USD", days="7",
            date="2024-06-08"),
    _health(core.Kind.SUBSCRIPTION_CAP, count="9", total="142.50 USD", cap="100.00 USD"),
    _health(core.Kind.REVIEW_DUE, name="StreamFlix", date="2024-06-01"),
    _health(core.Kind.UNREVIEWED, name="StreamFlix", since="2023-05-01"),
    _health(core.Kind.FORECAST_LOW_BALANCE, account="Everyday", balance="120.00 USD",
            date="2024-06-14", after="RENT", threshold="500.00 USD"),
]  # fmt: skip


def every_kind() -> dict[str, core.Candidate]:
    """One candidate of each kind, from the real evaluation, by kind."""
    charges = [
        *(_charge(i, 40 - i, -4800, "CITY GYM") for i in range(1, 4)),
        _charge(10, 3, -19000, "CITY GYM"),  # about four times the usual
        _charge(11, 4, -62000, "HARDWARE BARN"),  # above the 500 limit
        _charge(12, 5, -15000, "NEW TAILOR"),  # first charge, above 100
        _charge(13, 6, -2500, "PIZZA PLACE"),
        _charge(14, 5, -2500, "PIZZA PLACE"),  # the same again the next day
    ]
    subscriptions = [
        _subscription(
            1, "StreamFlix", next_date=AS_OF + timedelta(days=5), per_year=12,
            charges=[(AS_OF - timedelta(days=d), -1299, 30 + d) for d in (93, 63, 33)]
            + [(AS_OF - timedelta(days=3), -1599, 40)],
        ),
        _subscription(
            4, "Acme Payroll", kind="income", amount_minor=331000, per_year=12,
            charges=[(AS_OF - timedelta(days=d), 315000, 50 + d) for d in (92, 62, 32)]
            + [(AS_OF - timedelta(days=2), 331000, 60)],
        ),
        _subscription(2, "GymPass", user_state="cancelled", after_cancel=[
            _charge(20, 2, -3000, "GYMPASS")
        ]),
        _subscription(3, "Newsly", next_date=AS_OF - timedelta(days=4), lapsed=True),
    ]  # fmt: skip
    facts = core.Facts(
        as_of=AS_OF,
        charges=charges,
        seen_before=frozenset(),
        history_start=AS_OF - timedelta(days=200),
        balances=[core.AccountBalance(1, "Everyday", "USD", 50000, [(AS_OF, 12345)], [])],
        budgets=[core.BudgetMonth(5, "Food:Groceries", "USD", 40000, [(AS_OF, 36000)])],
        subscriptions=subscriptions,
        coverage=[core.Covered(2, "Visa", AS_OF - timedelta(days=31))],
        health=HEALTH_SAMPLES,
    )
    visa_streams = [
        _subscription(5, "Spotify", account_id=2, next_date=AS_OF - timedelta(days=20),
                      grace_days=16),
    ]  # fmt: skip
    facts = replace(facts, subscriptions=[*subscriptions, *visa_streams])
    return {c.kind.value: c for c in core.evaluate(facts)}


#: what each kind's Chinese sentence must still say (names, amounts as stored: each is looked
#: for in the locale's money format)
EXPECTED = {
    "low_balance": ("Everyday", "123.45 USD", "500.00 USD"),
    "budget": ("饮食：超市买菜", "90%", "360.00 USD", "400.00 USD"),
    "large_charge": ("HARDWARE BARN", "620.00 USD"),
    "unusual_charge": ("CITY GYM", "190.00 USD", "48.00 USD"),
    "new_merchant": ("NEW TAILOR", "150.00 USD"),
    "duplicate_charge": ("PIZZA PLACE", "25.00 USD"),
    "renewal": ("StreamFlix", "5 天后", "15.99 USD"),
    "price_increase": ("StreamFlix", "12.99 USD", "15.99 USD", "36.00 USD"),
    "income_change": ("Acme Payroll", "3150.00 USD", "3310.00 USD", "1920.00 USD"),
    "stale_statements": ("Visa", "2024"),
    "charged_after_cancel": ("GymPass", "30.00 USD"),
    "lapsed": ("Newsly",),
    "pass_through": ("20000.00 USD", "Everyday", "19950.00 USD", "4"),
    "structuring": ("Everyday", "10000.00 USD", "29550.00 USD"),
    "late_night": ("8000.00 USD", "J SMITH", "02:30"),
    "new_counterparties": ("Everyday", "7", "4200.00 USD"),
    "emergency_fund": ("1.5", "4500.00 USD", "3000.00 USD"),
    "goal_behind": ("New car", "2000.00 USD", "12000.00 USD", "850.00 USD"),
    "goal_beyond_surplus": ("Kitchen", "1000.00 USD", "20000.00 USD", "277.70 USD", "722.30 USD"),
    "card_utilisation": ("Visa", "82%", "5000.00 USD", "4100.00 USD"),
    "card_payment_due": ("Visa", "135.00 USD", "7 天后"),
    "subscription_cap": ("9", "142.50 USD", "100.00 USD"),
    "review_due": ("StreamFlix",),
    "unreviewed": ("StreamFlix",),
    "forecast_low_balance": ("Everyday", "120.00 USD", "RENT", "500.00 USD"),
}


def _note(candidate: core.Candidate) -> AlertNote:
    return AlertNote(1, candidate.kind.value, candidate.severity, candidate.date,
                     candidate.message, dict(candidate.params))  # fmt: skip


def test_every_alert_kind_reads_in_chinese_with_its_facts(zh_cn) -> None:
    found = every_kind()
    assert sorted(found) == sorted(core.Kind)
    for kind, wanted in EXPECTED.items():
        candidate = found[kind]
        text = alert_text(_note(candidate))
        assert HAN.search(text) and "charge" not in text, (kind, text)
        for fact in wanted:
            part = qt_money(fact) if MONEY.match(fact) else fact  # "US$1,218.50" in zh_CN
            assert part in text, (kind, part, text)
        assert not MONEY.search(text), (kind, text)  # no raw "1218.50 USD" left
        assert HAN.search(candidate.message) is None  # the CLI's message stays English


def test_alert_without_facts_shows_its_english_message(zh_cn) -> None:
    old = AlertNote(1, "large_charge", "warning", AS_OF, "A large charge of 9.00 USD from X.", {})
    assert alert_text(old) == old.message
    broken = AlertNote(2, "large_charge", "warning", AS_OF, "A large charge.", {"name": "X"})
    assert alert_text(broken) == broken.message


def test_stored_alert_keeps_its_facts_and_the_alerts_table_shows_chinese(
    zh_cn, store, tmp_path: Path, qtbot
) -> None:
    start = date(2024, 1, 1)
    lines = [(start + timedelta(days=i * 10), "-20.00", "CORNER SHOP") for i in range(12)]
    load(store, tmp_path, "111", [*lines, (date(2024, 5, 20), "-640.00", "HARDWARE BARN")])
    evaluate_alerts(store, date(2024, 5, 25))
    (large,) = [a for a in list_alerts(store) if a.kind == "large_charge"]
    # the payee as the app names it ("Hardware Barn"), whatever the statement's capitals
    assert large.params == {"name": "Hardware Barn", "amount": "640.00 USD"}
    assert large.message == "A large charge of 640.00 USD: Hardware Barn."
    model = AlertsModel()
    model.set_rows([large])
    shown = model.index(0, COL_MESSAGE).data(Qt.ItemDataRole.DisplayRole)
    assert shown == f"大额支出 {qt_money('640.00 USD')}：Hardware Barn。"


def test_default_categories_table_covers_the_shipped_json_exactly() -> None:
    shipped = json.loads((resource_dir() / "categories.json").read_text(encoding="utf-8"))
    names = {part for c in shipped["categories"] for part in c["path"].split(":")}
    assert names == DEFAULT_NAMES


def test_default_category_paths_read_in_chinese_and_user_names_stay(zh_cn) -> None:
    assert display_category("Food:Groceries") == "饮食：超市买菜"
    assert display_category("Transfers:Card Payment") == "转账：信用卡还款"
    assert display_category("Uncategorized") == "未分类"
    assert display_category("Food:Bakery") == "饮食：Bakery"  # the user's own sub-category
    assert display_category("Hobbies:Pottery") == "Hobbies：Pottery"  # names as typed
    paths = ["Food:Coffee", "Hobbies:Pottery"]
    assert real_path("饮食:咖啡", paths) == "Food:Coffee"
    assert real_path("饮食：咖啡", paths) == "Food:Coffee"  # either colon, as the user types it
    assert real_path("Food:Coffee", paths) == "Food:Coffee"
    assert real_path("Hobbies:Kites", paths) == "Hobbies:Kites"  # new: created as typed


def test_transactions_show_chinese_categories_but_edits_save_real_paths(
    zh_cn, qtbot, household_ctx
) -> None:
    page = TransactionsPage(household_ctx)
    qtbot.addWidget(page)
    page.apply_filter({"text": "blue bottle"})
    index = page.model.index(0, COL_CATEGORY)
    assert index.data(Qt.ItemDataRole.DisplayRole) == "饮食：咖啡"
    assert index.data(Qt.ItemDataRole.EditRole) == "Food:Coffee"
    box = page.category_box
    assert "饮食：超市买菜" in [box.itemText(i) for i in range(box.count())]
    assert "Food:Groceries" in [box.itemData(i) for i in range(box.count())]

    page.table.edit(index)
    editor = page.table.findChild(QComboBox)
    assert editor is not None and editor.currentText() == "饮食：咖啡"
    editor.setCurrentText("饮食：外出就餐")  # picked from the list, as shown in Chinese
    page.delegate.commitData.emit(editor)
    edited = next(t for t in list_transactions(household_ctx.store) if t.id == index.data(IdRole))
    assert edited.category == "Food:Dining"
    assert page.model.index(0, COL_CATEGORY).data() == "饮食：外出就餐"
