"""A WeChat Pay refund stored apart from its purchase is filed with it: when the purchase's
statement comes after the refund's, and once, on the first open, in a store an older finapp
filled (it wrote the lines and filed each by its words alone).

The bills are those of :mod:`tests.importers.test_wechat_refunds`: April's holds a 90-day
bike pass for ¥60.00 whose status says ¥20.00 came back (``已退款(￥20.00)``), a meal from
the same shop (美团平台商户) and a pass refunded whole; May's holds the ¥20.00 refund.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import delete

from finapp.importers.registry import read_statement_file
from finapp.services import wallet_refunds
from finapp.services.imports import import_files, write_parsed
from finapp.services.opening import open_store
from finapp.services.refund_filing_record import REFUND_FILING_SETTING
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Setting

HERE = Path(__file__).parent / "wallet_refunds"
APRIL, MAY = HERE / "wechat_2024_04.csv", HERE / "wechat_2024_05.csv"


def _refund_category(store: Store) -> str:
    (refund,) = [t for t in list_transactions(store) if t.amount == Decimal("20.00")]
    return refund.category


def _as_older_finapp_filled_it(store: Store) -> None:
    """Both bills written and filed by the rules, no refund filed with its purchase, nothing
    recorded of the refunds' filing (no finapp before this one recorded it)."""
    with store.write() as session:
        for bill in (APRIL, MAY):
            write_parsed(session, read_statement_file(bill))
        session.execute(delete(Setting).where(Setting.key == REFUND_FILING_SETTING))


def _reopened(store: Store) -> Store:
    store.close()
    return open_store(store.data_dir, key=store.key)


def test_a_refund_imported_before_its_purchase_is_filed_with_it(store: Store) -> None:
    import_files(store, [MAY])
    assert _refund_category(store) != "Transport"  # no purchase yet: filed by its words

    import_files(store, [APRIL])
    assert _refund_category(store) == "Transport"  # the pass's, not the meal's


def test_an_older_store_files_its_stored_refunds_when_first_opened(store: Store) -> None:
    _as_older_finapp_filled_it(store)
    assert _refund_category(store) != "Transport"

    store = _reopened(store)
    try:
        assert _refund_category(store) == "Transport"
    finally:
        store.close()


def test_opening_again_reads_no_line(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    _as_older_finapp_filled_it(store)
    store = _reopened(store)

    def never(*_args: object) -> int:
        raise AssertionError("the refunds were filed again")

    monkeypatch.setattr(wallet_refunds, "file_refunds_like_purchases", never)
    store = _reopened(store)
    try:
        assert _refund_category(store) == "Transport"
    finally:
        store.close()
