"""A household exported, erased and imported back from its export is the household it was.

The files in ``tests/importers/wallet_funding/`` are a Shanghai household's March 2024 as
Alipay, WeChat Pay and 招商银行 export them: card lines (``支付宝-爱奇艺``, ``财付通-中国石化``)
that paid wallet purchases, and two moves of the household's own wallet money (花呗还款,
零钱提现). Imported, each purchase counts once (spending 2,750.62); the export says which
lines were transfers, and importing the export must count them once again, not twice.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.coverage import coverage_by_account
from finapp.services.export import export_all
from finapp.services.import_undo import undo_imports
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot
from tests.conftest import another_store

WALLETS = Path(__file__).parent.parent / "importers" / "wallet_funding"
MARCH = [
    WALLETS / "alipay_2024_03.csv",
    WALLETS / "wechat_2024_03.csv",
    WALLETS / "cmb_credit_2024_03.csv",
    WALLETS / "cmb_debit_2024_03.csv",
]


@pytest.fixture
def erased(tmp_path: Path) -> Iterator[Store]:
    """The empty store the export is imported back into (the household after ``wipe``)."""
    fresh = another_store(tmp_path / "erased")
    yield fresh
    fresh.close()


def _spending(store: Store) -> Decimal:
    (total,) = month_report(store, date(2024, 3, 1)).totals
    return total.expenses


def _transfers(store: Store) -> list[tuple[str, date, Decimal, str]]:
    return sorted(
        (t.account, t.date, t.amount, t.payee) for t in list_transactions(store) if t.is_transfer
    )


def _covered(store: Store) -> dict[str, tuple[date, date]]:
    with store.read() as session:
        names = dict(session.query(Account.id, Account.name).all())
        return {
            names[c.account_id]: (c.covered_from, c.covered_until)
            for c in coverage_by_account(session).values()
        }


def test_card_lines_that_paid_wallet_purchases_stay_transfers_after_the_round_trip(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    import_files(store, MARCH)
    assert _spending(store) == Decimal("2750.62")
    transfers = _transfers(store)
    assert len(transfers) == 9  # seven card lines that paid wallet purchases, two own moves

    export_all(store, tmp_path / "export")
    result = import_files(erased, [tmp_path / "export" / "transactions.csv"])

    assert not result.failed, result.failed
    assert _spending(erased) == Decimal("2750.62")  # 爱奇艺, 中国石化, the rides: once each
    assert _transfers(erased) == transfers


def test_importing_the_export_twice_adds_and_pairs_nothing_twice(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    import_files(store, MARCH)
    export_all(store, tmp_path / "export")
    import_files(erased, [tmp_path / "export" / "transactions.csv"])
    before = [(t.id, t.is_transfer) for t in list_transactions(erased)]

    again = import_files(erased, [tmp_path / "export" / "transactions.csv"])

    assert again.new == 0
    assert [(t.id, t.is_transfer) for t in list_transactions(erased)] == before
    assert _spending(erased) == Decimal("2750.62")


def test_the_days_the_statements_covered_come_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """WeChat Pay's export states 1 to 31 March though its last line is of the 30th: after the
    round trip its statements still end on 31 March, not on the last line's day."""
    import_files(store, MARCH)
    covered = _covered(store)
    assert covered["WeChat Pay 微信支付"] == (date(2024, 3, 1), date(2024, 3, 31))

    export_all(store, tmp_path / "export")
    import_files(erased, [tmp_path / "export" / "transactions.csv"])

    assert _covered(erased) == covered


def test_undoing_the_import_of_the_export_takes_its_periods_and_balances_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    import_files(store, MARCH)
    export_all(store, tmp_path / "export")
    (imported,) = import_files(erased, [tmp_path / "export" / "transactions.csv"]).files
    assert _covered(erased)
    with erased.read() as session:
        assert session.query(BalanceSnapshot).count() > 0  # the CMB statements' balances

    undo_imports(erased, [imported.batch_id])

    assert list_transactions(erased) == [] and _covered(erased) == {}
    with erased.read() as session:
        assert session.query(BalanceSnapshot).count() == 0
