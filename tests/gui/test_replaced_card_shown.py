"""The new card's first statement dropped on the window: the Subscriptions page goes on listing
each subscription once, now paid from the new card, and its totals count each once."""

from __future__ import annotations

import random
from datetime import date

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services.imports import import_files
from tests.gui.answering import escape, opened
from tests.gui.shell_support import make_shell
from tests.gui.test_shell_import import _drop
from tests.subscriptions.test_replaced_card import NEW_CARD, OLD_CARD, months, write


def _listed(page: SubscriptionsPage) -> list[tuple[str, str]]:
    return sorted((p.view.name, (p.view.account or "")[-4:]) for p in page.model.rows())


def test_the_subscriptions_page_lists_each_once_paid_from_the_new_card(
    store, tmp_path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    rnd = random.Random(11)
    import_files(
        store, [write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd))]
    )
    shell = make_shell(store, tmp_path, opening_page="subscriptions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: ("Netflix", "1111") in _listed(page))
    before = page.totals.text()

    new = write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd))
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        _drop(shell.window, [new])
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))

    each = [
        ("Chase card payment", "2222"),
        ("Netflix", "2222"),
        ("Spotify", "2222"),
        ("The New York Times", "2222"),
    ]
    qtbot.waitUntil(lambda: _listed(page) == each)
    assert "$44.48 a month" in page.totals.text()  # 15.49 + 11.99 + 17.00, once
    assert page.totals.text() == before  # the same three subscriptions as before the new card
    shell.close()
