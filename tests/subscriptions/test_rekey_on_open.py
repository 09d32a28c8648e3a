"""A store whose lines an older finapp keyed is keyed again when opened, and keeps the user's work.

Before references glued to Chinese text were left out of a payee's key, 招商银行's "房贷还款
流水号2025010841939071" was keyed by its first twelve characters, "房贷还款流水号20250": the
mortgage was a payee per year of serial numbers, one stream for 2025 and two lines for 2026.
The tests write those old keys into the store, as the older finapp left them.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import Connection, delete, select, update

from finapp.services import merchant_rekey
from finapp.services import subscriptions as subs
from finapp.services.edit_history import next_undo
from finapp.services.imports import import_files
from finapp.services.merchant_key_record import KEY_VERSION_SETTING
from finapp.services.opening import open_store
from finapp.services.payee_list import list_payees
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.store.engine import Store
from finapp.store.schema import MerchantAlias, Setting, Transaction
from tests.cli_in_process import run_main
from tests.subscriptions.test_mortgage_cn import _AS_OF, _cmb

OLD_2025, OLD_2026 = "房贷还款流水号20250", "房贷还款流水号20260"
MORTGAGE = Decimal("-7800.00")


def _as_older_finapp_keyed_it(store: Store, tmp_path: Path) -> None:
    """The statement imported, its mortgage lines keyed the old way, no key version recorded
    (no finapp before this one recorded it); detection run on the old keys at the end of 2025."""
    import_files(store, [_cmb(tmp_path)])
    with store.write() as session:
        for year, old in ((2025, OLD_2025), (2026, OLD_2026)):
            session.execute(
                update(Transaction)
                .where(
                    Transaction.merchant == "房贷还款",
                    Transaction.posted.between(date(year, 1, 1), date(year, 12, 31)),
                )
                .values(merchant=old)
            )
        session.execute(delete(Setting).where(Setting.key == KEY_VERSION_SETTING))
    subs.detect_subscriptions(store, date(2025, 12, 31), full=True)


def _reopened(store: Store) -> Store:
    store.close()
    return open_store(store.data_dir)


def _never(conn: Connection) -> merchant_rekey.Flows:
    raise AssertionError("the lines were read again")


def _mortgages(store: Store) -> list[subs.SubscriptionView]:
    views = subs.list_subscriptions(store, _AS_OF, include_dismissed=True)
    return [v for v in views if v.amount == MORTGAGE]


def test_an_older_store_finds_the_monthly_mortgage_under_the_users_name(
    store: Store, tmp_path: Path
) -> None:
    _as_older_finapp_keyed_it(store, tmp_path)
    rename_payee(store, OLD_2025, "我家房贷")
    assert [len(v.transaction_ids) for v in _mortgages(store)] == [12]  # 2025's alone

    store = _reopened(store)
    try:
        (loan,) = _mortgages(store)
        assert (loan.kind, loan.cadence, len(loan.transaction_ids)) == ("bill", "monthly", 14)
        assert loan.name == "我家房贷"
        payees = {p.name: p.transactions for p in list_payees(store)}
        assert payees["我家房贷"] == 14
        assert not any(name.startswith("房贷还款") for name in payees)
    finally:
        store.close()


def test_a_cancelled_subscription_stays_cancelled_with_the_charges_after(
    store: Store, tmp_path: Path
) -> None:
    """Named by the user, 2025's payee was a stream of its own, which the user marked
    cancelled: keyed again, the stream of all 14 debits is that subscription, still cancelled,
    the debits after the day the user gave listed as charged after cancelling."""
    _as_older_finapp_keyed_it(store, tmp_path)
    rename_payee(store, OLD_2025, "我家房贷")
    (old,) = _mortgages(store)
    subs.cancel(store, old.id, date(2025, 12, 20))

    store = _reopened(store)
    try:
        (loan,) = _mortgages(store)
        assert (loan.id, loan.user_state, loan.cancelled_on) == (
            old.id,
            "cancelled",
            date(2025, 12, 20),
        )
        assert (loan.name, len(loan.transaction_ids)) == ("我家房贷", 14)
        with store.read() as session:
            after = session.scalars(
                select(Transaction.posted).where(Transaction.id.in_(loan.charged_after_cancel))
            ).all()
        assert sorted(d.month for d in after) == [1, 2]  # January's and February's 2026
    finally:
        store.close()


def test_payees_the_user_merged_stay_one(store: Store, tmp_path: Path) -> None:
    """The user had merged the mortgage's two payees by hand: they stay one, by the user's
    name, and the merge is kept for the key its lines took."""
    _as_older_finapp_keyed_it(store, tmp_path)
    merge_payees(store, OLD_2026, OLD_2025)

    store = _reopened(store)
    try:
        payees = {p.name: p.transactions for p in list_payees(store) if "房贷" in p.name}
        assert payees == {"房贷": 14}  # a home loan is shown as 房贷, whichever bank lent it
        with store.read() as session:
            targets = set(session.scalars(select(MerchantAlias.target)))
        assert targets == {"房贷还款"}
        (loan,) = _mortgages(store)
        assert len(loan.transaction_ids) == 14
    finally:
        store.close()


def test_opening_again_keys_nothing_and_keeps_undo(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every open but the first after an update: the lines are not read again, so the edit
    made before closing can still be taken back."""
    _as_older_finapp_keyed_it(store, tmp_path)
    store = _reopened(store)
    try:
        rename_payee(store, "房贷还款", "Mortgage")
        monkeypatch.setattr(merchant_rekey, "_rekey_lines", _never)
        store = _reopened(store)
        edit = next_undo(store)
        assert edit is not None and edit.action == "rename_payee"
        assert [v.name for v in _mortgages(store)] == ["Mortgage"]
    finally:
        store.close()


def test_the_first_command_after_an_update_says_why_it_takes_a_while_once(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Seconds on years of history before the command's own output: said, on stderr, so a
    `--json` reader still gets only the document; the next command says nothing of it."""
    _as_older_finapp_keyed_it(store, tmp_path)
    store.close()
    argv = ["--data-dir", str(store.data_dir), "payees", "--json"]
    code, out, err = run_main(argv, capsys)
    assert code == 0 and out.lstrip().startswith("[")
    assert err.count("the first use after an update files your history again") == 1
    code, _, err = run_main(argv, capsys)
    assert code == 0 and "update" not in err
