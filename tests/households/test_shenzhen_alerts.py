"""What finapp tells 王芳 and 陈浩 of their fourteen months in Shenzhen
(:mod:`tests.households.shenzhen_household`): alerts and what an import found are news of
their money, not of the way their banks write it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from finapp.core.alert_kinds import Kind
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.history_findings import history_findings
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.households.shenzhen_household import MONTHS, write_all

#: the kinds that tell of one charge by its size
_BY_SIZE = (Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE)


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    """The store after the family dropped the folder of every file at once (imported once a
    test run, each test given a copy)."""

    def fill(store: Store) -> None:
        files = write_all(store.data_dir.parent / "exports")
        import_files(store, [p for paths in files.values() for p in paths])

    return made_store("王芳 and 陈浩's fourteen months, every file at once", fill)


def test_the_watch_returned_to_jd_is_no_large_charge(store: Store, tmp_path: Path) -> None:
    """陈浩's ¥1,498 children's watch, bought from 京东 on his 交通银行 card on 2 April and
    returned on 9 April, reads on the card's list ``消费 京东商城平台商户`` then ``退货 京东商城
    平台商户``: a matter settled, yet the import listed it among the large and unusual charges
    and the alerts of that week told "A large charge of 1498.00 CNY: 京东". The ¥899 bike
    returned only in part (¥299 back) stays large."""
    files = write_all(tmp_path / "exports")
    result = import_files(store, [p for paths in files.values() for p in paths])

    parts = history_findings(store, result, date(2026, 12, 6))
    large = {f.params["amount"] for p in parts for f in p.shown if f.kind in _BY_SIZE}
    assert "1498.00 CNY" not in large
    assert "899.00 CNY" in large

    evaluate_alerts(store, date(2026, 4, 10))
    told = [a for a in list_alerts(store, as_of=date(2026, 4, 10)) if a.kind in _BY_SIZE]
    assert told == []


def test_a_quarters_interest_a_few_yuan_more_is_no_news(household: Store) -> None:
    """农业银行 pays 王芳 结息 and 交通银行 pays 陈浩 存款利息 on the 21st of each quarter's last
    month, a little more each time as their savings grow: the inbox told "Good news: Interest
    (BOCOM 交通银行) rose from 2.36 CNY to 2.96 CNY (2.40 CNY more a year)" and the same of
    农业银行's 1.57 to 2.17. Interest follows the balance: no change of it is news."""
    for y, m in MONTHS:
        evaluate_alerts(household, date(y, m, 25))
    told = list_alerts(household, as_of=date(2026, 12, 6), include_closed=True)
    assert [a.message for a in told if a.kind == Kind.INCOME_CHANGE] == []
