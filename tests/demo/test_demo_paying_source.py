"""The demo's Alipay lines name what paid them, as a real Alipay export's 收/付款方式 does, so the
subscriptions page tells which card or balance pays a yuan subscription."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from finapp.services.demo import fill_demo_store
from finapp.services.subscription_groups import place
from finapp.services.subscriptions import stored_subscriptions
from finapp.store.schema import Account, Transaction

SOURCES = {"招商银行信用卡(4386)", "余额宝", "花呗", "余额"}


def test_alipay_subscriptions_are_paid_from_a_named_source(store) -> None:  # type: ignore[no-untyped-def]
    today = date(2026, 11, 30)
    fill_demo_store(store, today)
    yuan = [p for p in place(store, stored_subscriptions(store), today) if p.view.currency == "CNY"]
    assert yuan
    for placed in yuan:
        wallet, _, source = placed.paid_from.partition(" · ")
        assert wallet == "支付宝" and source in SOURCES, placed.paid_from


def test_every_alipay_line_keeps_its_paying_source_as_the_importer_does(store) -> None:  # type: ignore[no-untyped-def]
    fill_demo_store(store, date(2026, 11, 30))
    with store.read() as session:
        rows = session.execute(
            select(Transaction.amount_minor, Transaction.source_kind)
            .join(Account, Account.id == Transaction.account_id)
            .where(Account.name == "支付宝")
        ).all()
    assert rows
    spent = {kind for amount, kind in rows if amount < 0}
    assert spent <= {f"收/付款方式: {s}" for s in SOURCES}
    assert {"收/付款方式: 余额宝", "收/付款方式: 花呗"} <= spent  # not all from one place
    assert {kind for amount, kind in rows if amount > 0} <= {"收/付款方式: 余额"}
