"""A store an older finapp keyed WeChat Pay's 美团 lines as one payee: opened by this finapp, its
lines are keyed by the service their goods name, and the user's lessons and rules follow them.

The older finapp keyed every WeChat Pay line paid to 美团 (meals, bike rides, the refund row)
as 美团, and Alipay's as 美团外卖 and 美团单车. The user filed a WeChat meal under 餐饮; finapp
learned "美团 / 外卖" (the word telling the meals from the rides), which never reached Alipay's
meals. Keyed again, the WeChat meals are 美团外卖 like Alipay's: the lesson is all of 美团外卖,
and the Alipay meals take it at once, the next export's too.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import delete, update

from finapp.core.category_sources import CategorySource
from finapp.core.rule_origins import RuleOrigin
from finapp.services.categories import ensure_category
from finapp.services.imports import import_files
from finapp.services.merchant_key_record import KEY_VERSION_SETTING
from finapp.services.rules import LEARNED_PRIORITY, add_rule, list_rules
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Rule, Setting, Transaction
from tests.categorize.test_app_services_one_merchant import (
    MEALS,
    RIDES,
    _december,
    _exports,
    _named,
)
from tests.subscriptions.test_rekey_on_open import _reopened

MATCH = "equals"


def _as_older_finapp_left_it(store: Store, tmp_path: Path) -> None:
    """Both apps imported; WeChat Pay's 美团 lines keyed 美团, one meal filed by hand under
    餐饮 and the lesson "美团 / 外卖" learned from it, the other WeChat meals filed by it; no
    key version recorded."""
    import_files(store, _exports(tmp_path))
    with store.write() as session:
        session.execute(
            update(Transaction).where(Transaction.payee == "美团").values(merchant="美团")
        )
        meal = ensure_category(session, "餐饮")
        session.add(
            Rule(
                priority=LEARNED_PRIORITY,
                origin=RuleOrigin.LEARNED,
                match_field="merchant",
                match_type="words",
                pattern="美团 / 外卖",
                category_id=meal.id,
            )
        )
        session.execute(
            update(Transaction)
            .where(Transaction.payee == "美团", Transaction.memo.contains("外卖"))
            .values(category_id=meal.id, category_source=CategorySource.RULE)
        )
        session.execute(
            update(Transaction)
            .where(Transaction.memo.startswith("美团外卖订单-一点点"))
            .values(category_source=CategorySource.MANUAL)
        )
        session.execute(delete(Setting).where(Setting.key == KEY_VERSION_SETTING))


def test_the_lesson_on_wechat_meals_files_the_alipay_meals_once_reopened(
    store: Store, tmp_path: Path
) -> None:
    _as_older_finapp_left_it(store, tmp_path)
    alipay_meals = [t.id for t in _named(store, MEALS) if t.account.startswith("Alipay")]
    assert {t.category for t in list_transactions(store) if t.id in alipay_meals} == {
        "Food:Delivery"
    }
    rides = {t.id: t.category for t in list_transactions(store) if "单车" in t.memo}

    store = _reopened(store)
    try:
        assert {t.category for t in _named(store, MEALS)} == {"餐饮"}
        assert {t.id: t.category for t in _named(store, RIDES)} == rides
        learned = [(r.match, r.pattern, r.category) for r in list_rules(store, origin="learned")]
        assert learned == [("equals", MEALS, "餐饮")]

        import_files(store, [_december(tmp_path)])
        (new,) = [t for t in _named(store, MEALS) if t.amount == Decimal("-38.00")]
        assert new.category == "餐饮"
    finally:
        store.close()


def test_a_rule_the_user_wrote_for_wechat_s_meituan_covers_its_meals_and_rides(
    store: Store, tmp_path: Path
) -> None:
    _as_older_finapp_left_it(store, tmp_path)
    add_rule(store, category="生活:美团", pattern="美团", match_type=MATCH, match_field="merchant")

    store = _reopened(store)
    try:
        mine = {(r.match, r.pattern, r.category) for r in list_rules(store, origin="user")}
        assert mine == {(MATCH, key, "生活:美团") for key in ("美团", MEALS, RIDES)}
        wechat_rides = [t for t in _named(store, RIDES) if t.account.startswith("WeChat")]
        assert len(wechat_rides) == 2
        assert {t.category for t in wechat_rides} == {"生活:美团"}
    finally:
        store.close()
