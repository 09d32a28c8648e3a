"""The automatic base currency is decided when an import ends and kept in the store, so the pages
and checks after it read it instead of summing the whole history again. Whatever changes the
lines afterwards (a line filed as a transfer, that edit undone, an import undone, a category's
kind), the currency totals are shown in is the one the whole history gives at that moment,
never the one kept before the change."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.alerts import refresh_alerts
from finapp.services.automatic_currency import STATE_KEY, money_moved
from finapp.services.categorize import set_category
from finapp.services.edit_history import undo
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.rates import get_base_currency
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Setting
from tests.cmb_statements import cmb_debit
from tests.subscriptions.statements import write_ofx

_MONTHS = (date(2026, 8, 1), date(2026, 9, 1), date(2026, 10, 1))


def _chase(workdir: Path) -> Path:
    """A New Jersey couple's checking account: pay, rent and the month's bills in dollars."""
    lines = []
    for n, first in enumerate(_MONTHS):
        month = [
            (1, "PAYROLL ACME CORP DIR DEP", "6800.00"),
            (2, "ZELLE TO HOBOKEN PROPERTY MGMT", "-2450.00"),
            (6, "PSE&G ONLINE PMT", "-142.37"),
            (9, "SHOPRITE HOBOKEN #612", "-187.54"),
            (14, "VERIZON WIRELESS PAYMENTS", "-95.00"),
            (21, "TRADER JOE S #507", "-76.18"),
        ]
        for day, payee, amount in month:
            posted = first.replace(day=day)
            lines.append(ParsedTransaction(posted, Decimal(amount), payee, fitid=f"us{n}{day}"))
    statement = ParsedStatement(ParsedAccount(number="000123456789", currency="USD"), lines)
    return write_ofx(workdir / "chase_checking.ofx", statement)


def _cmb(workdir: Path) -> Path:
    """The same couple's 招商银行 account in Shanghai: a larger wage, rent, 美团 and 淘宝."""
    lines = [
        (first.replace(day=day), amount, kind, memo)
        for first in _MONTHS
        for day, amount, kind, memo in (
            (5, "32000.00", "代发工资", "上海某科技有限公司"),
            (8, "-6500.00", "转账汇款", "房租 徐汇区某小区"),
            (12, "-86.50", "快捷支付", "美团外卖"),
            (18, "-412.30", "快捷支付", "淘宝 天猫超市"),
            (25, "-100.00", "快捷支付", "中国移动 话费充值"),
        )
    ]
    return cmb_debit(workdir, lines, opening="48000.00")


def _from_the_whole_history(store: Store) -> str:
    with store.read() as session:
        volume = money_moved(session)
    return max(sorted(volume), key=volume.__getitem__)


def _shown(store: Store) -> str:
    """The currency totals are shown in, asserted to be what the whole history gives now."""
    shown = get_base_currency(store)
    assert shown == _from_the_whole_history(store)
    return shown


def test_the_kept_currency_follows_every_change_to_the_lines(store: Store, tmp_path: Path) -> None:
    import_files(store, [_chase(tmp_path)], account_name="Chase Checking")
    assert _shown(store) == "USD"
    import_files(store, [_cmb(tmp_path)], account_name="招商银行")
    with store.read() as session:
        assert session.get(Setting, STATE_KEY) is not None  # decided as the import ended
    assert _shown(store) == "CNY"  # 120,000 yuan moved beside 29,700 dollars

    # the "wage" is the couple's own money from another bank: filed as a transfer, every
    # month's follows by the rule learned, and yuan move less than dollars
    wage = next(t for t in list_transactions(store) if "代发工资" in t.payee + t.memo)
    set_category(store, wage.id, "Transfers")
    assert _shown(store) == "USD"
    refresh_alerts(store, date(2026, 10, 31))  # an evaluation keeps the new answer
    assert _shown(store) == "USD"

    undo(store)
    assert _shown(store) == "CNY"

    undo_import(store)  # the yuan account's lines go; the account stays, empty
    assert _shown(store) == "USD"
    import_files(store, [_cmb(tmp_path)], account_name="招商银行")
    assert _shown(store) == "CNY"
