"""A card replaced by a new number, in the window: the new card's first statement dropped on it,
the Subscriptions page goes on listing each subscription once, now paid from the new card, and
its totals count each once; the Health page says the old card's statements end because the new
one took over, in English and in Chinese."""

from __future__ import annotations

import random
from datetime import date

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.pages.health_accounts import AccountsSection
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services.imports import import_files
from tests.gui.answering import escape, opened
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.shell_support import make_shell
from tests.gui.test_page_health import grades, shown
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


def _health_of_both_cards(qtbot, store, tmp_path) -> tuple[dict[str, tuple[str, str]], list[str]]:  # type: ignore[no-untyped-def]
    """Each card's grade and reasons on the Health page, opened from the Go menu, and every
    text the page shows."""
    rnd = random.Random(11)
    old = write(tmp_path, "Visa1111.ofx", OLD_CARD, months(date(2026, 1, 1), 6, rnd))
    new = write(tmp_path, "Visa2222.ofx", NEW_CARD, months(date(2026, 7, 1), 5, rnd))
    import_files(store, [old, new])
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.window.show()
    (go_health,) = [a for a in shell.window.page_actions if a.shortcut() == QKeySequence("Ctrl+7")]
    go_health.trigger()  # Go → Health, in whichever language the menu speaks
    qtbot.waitUntil(lambda: shell.window.current_page_name() == "health")
    page = shell.window.page("health")
    accounts = page.findChild(AccountsSection)
    qtbot.waitUntil(lambda: len(grades(accounts)) == 2)
    reasons = [label.text() for label in shown(accounts, QLabel, "health-reasons")]
    by_card = {
        name[-4:]: (grade, reason)
        for (name, grade), reason in zip(grades(accounts).items(), reasons, strict=True)
    }
    texts = [label.text() for label in shown(page, QLabel, "")]
    shell.close()
    return by_card, texts


def test_the_health_page_says_the_old_card_was_followed_by_the_new(
    store, tmp_path, qtbot, us_locale
) -> None:  # type: ignore[no-untyped-def]
    """Its statements ended in June, and that is no fault: its subscriptions carry on from the
    new card. Not "import newer ones", which no bank can give."""
    cards, _ = _health_of_both_cards(qtbot, store, tmp_path)
    grade, reason = cards["1111"]
    assert grade == "Healthy"
    assert reason.startswith("The statements of Chase …1111 end on ")
    assert reason.endswith(
        "; its subscriptions carry on from Chase …2222. If it was replaced, close it: its last "
        "balance still counts."
    )
    assert cards["2222"] == ("Healthy", "")


def test_the_health_page_says_it_in_chinese(store, tmp_path, qtbot, chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    cards, texts = _health_of_both_cards(qtbot, store, tmp_path)
    grade, reason = cards["1111"]
    assert grade == "健康"
    assert "全部卡片" in texts and "All cards" not in texts  # the cards' total line
    assert reason.startswith("Chase …1111 的账单截止于 ")
    assert reason.endswith(
        "；它的订阅已改由 Chase …2222 继续扣款。如果它已被换掉，请将其销户：它最后的余额仍被计入。"
    )
