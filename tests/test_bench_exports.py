"""The benchmark's CSV exports are files finapp reads like the bank's and the apps' own: every
row imported or left out for the reason the export gives, and each refund filed where its
purchase is. A bench input finapp half rejects, or whose refunds it never files, would time
nothing the user waits for."""

from __future__ import annotations

from pathlib import Path

from bench.realistic_exports import write_export
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store


def test_same_seed_same_file_and_another_seed_another(tmp_path: Path) -> None:
    for kind in ("chase", "alipay", "wechat"):
        one = write_export(tmp_path / "a.csv", kind, 500, seed=3).read_bytes()
        assert one == write_export(tmp_path / "b.csv", kind, 500, seed=3).read_bytes()
        assert one != write_export(tmp_path / "c.csv", kind, 500, seed=4).read_bytes()


def test_every_line_of_the_chase_file_is_imported(store: Store, tmp_path: Path) -> None:
    result = import_files(store, [write_export(tmp_path / "chase.csv", "chase", 2_000)])
    assert result.new == 2_000 and not result.failed


def test_each_alipay_refund_is_filed_with_its_order(store: Store, tmp_path: Path) -> None:
    result = import_files(store, [write_export(tmp_path / "alipay.csv", "alipay", 2_000)])
    (file,) = result.files
    assert file.new + file.left_out == 2_000 and not file.refused_rows
    lines = list_transactions(store)
    orders = {t.fitid: t.category for t in lines if t.amount < 0}
    refunds = [t for t in lines if t.amount > 0 and "_" in (t.fitid or "")]
    assert len(refunds) >= 50
    for refund in refunds:
        purchase = orders[(refund.fitid or "").partition("_")[0]]
        assert purchase is not None and refund.category == purchase, refund


def test_each_wechat_refund_is_filed_with_a_purchase_of_its_shop(
    store: Store, tmp_path: Path
) -> None:
    result = import_files(store, [write_export(tmp_path / "wechat.csv", "wechat", 2_000)])
    assert not result.failed and result.files[0].new > 1_800
    lines = list_transactions(store)
    refunded: dict[str, set[str]] = {}  # shop -> categories of purchases said refunded
    for t in lines:
        if t.amount < 0 and "退款" in t.memo and t.category is not None:
            refunded.setdefault(t.payee, set()).add(t.category)
    refunds = [t for t in lines if t.amount > 0 and t.memo.endswith("-退款")]
    filed = [t for t in refunds if t.payee in refunded]  # a shop the rules know
    assert len(filed) >= 50
    for refund in filed:
        assert refund.category in refunded[refund.payee], refund
    assert all(t.category == "Refunds" for t in refunds if t.payee not in refunded)
