"""Cheques paid on a schedule are named by their amount, worded as the window words money.

The lawn service is paid by cheque every other month, 180.00 each (Chase prints "CHECK 1041",
"CHECK 1043", …): the bill they make is named by its amount, and the Subscriptions page read
"Check for 180.00", the figure raw beside "$180.00" in the Amount column. It reads "Check for
$180.00" in English and "支票 US$180.00" in Chinese, as every other amount on the page.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.gui.pages.subscriptions import COL_NAME, SubscriptionsPage
from finapp.importers.base import ParsedTransaction
from finapp.services.subscriptions import refresh_subscriptions
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell
from tests.subscriptions.test_payee_list_grouped import CHECKING, _load

#: the lawn service's cheques, every other month on the 26th, and the month's groceries
LINES = (
    *(
        ParsedTransaction(
            date(2026, month, 26), Decimal("-180.00"), f"CHECK {1039 + month}", fitid=f"ck{month}"
        )
        for month in (1, 3, 5, 7, 9)
    ),
    *(
        ParsedTransaction(
            date(2026, month, 12), Decimal("-86.40"), "KROGER #512 COLUMBUS OH", fitid=f"kr{month}"
        )
        for month in range(1, 11)
    ),
)


@pytest.mark.parametrize(
    ("language", "name"),
    [("us_locale", "Check for $180.00"), ("chinese", "支票 US$180.00")],
)
def test_a_run_of_cheques_is_named_by_its_amount_as_money(  # type: ignore[no-untyped-def]
    store,
    tmp_path: Path,
    qtbot,
    us_locale,
    request: pytest.FixtureRequest,
    language: str,
    name: str,
) -> None:
    request.getfixturevalue(language)
    _load(store, CHECKING, *LINES)
    refresh_subscriptions(store, date(2026, 10, 20))
    shell = make_shell(store, tmp_path, opening_page="subscriptions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    model = page.model
    groups = [model.index(n, 0) for n in range(model.rowCount())]
    names = [model.index(r, COL_NAME, g).data() for g in groups for r in range(model.rowCount(g))]
    assert name in names, names
    shell.close()
