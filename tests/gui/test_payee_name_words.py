"""A salary, a card payment and a transfer are named in the app's language on every page, and
the CLI keeps their English.

The Chinese is the shipped translation file's (compiled fresh by the ``chinese`` fixture), read
back through the source strings marked in ``finapp/gui/name_words.py``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import QInputDialog, QMenu

from finapp.core.cadence import month_date
from finapp.core.display_names import MADE_NAMES, MadeName
from finapp.gui.models.transactions_model import COL_PAYEE
from finapp.gui.name_words import shown_name
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as service
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.imports import import_files
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.household import add_card_and_raise
from tests.gui.page_fixtures import TODAY
from tests.gui.visible_text import widget_texts
from tests.helpers import cli_json
from tests.subscriptions.statements import write_ofx

#: a monthly move to savings, as Chase prints it
SAVINGS = "ONLINE TRANSFER TO SAV XXXXXX4471 REF #IB0ABC"
_HAN = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture
def name_words(request: pytest.FixtureRequest) -> None:
    """The app in zh_CN, from the shipped translation file."""
    request.getfixturevalue("chinese")


def zh(source: str, subject: str = "") -> str:
    """The Chinese of a made name's words (context "PayeeName"), as the translation file has
    them; Chinese it must be, or the page could show English and pass."""
    text = QCoreApplication.translate("PayeeName", source).replace("%1", subject)
    assert _HAN.search(text), f"{source!r} is not translated"
    return text


def _monthly(payee: str, amount: str, day: int, months: int = 6) -> list[ParsedTransaction]:
    """``payee`` on ``day`` of each of the last ``months`` months up to ``TODAY``'s."""
    days = [month_date(TODAY, -i, day) for i in range(months)]
    return [ParsedTransaction(d, Decimal(amount), payee, fitid=f"{payee[:4]}{d}") for d in days]


@pytest.fixture
def ctx(household_ctx, tmp_path: Path):  # type: ignore[no-untyped-def]
    """The household (salary "ACME PAYROLL") with a card paid from Checking ("CHASE CARD
    AUTOPAY") and a monthly move to savings, detected."""
    store = household_ctx.store
    add_card_and_raise(store, tmp_path, TODAY)
    lines = _monthly(SAVINGS, "-300.00", 3, months=5)
    statement = ParsedStatement(ParsedAccount(number="5550001234"), tuple(lines))
    ofx = write_ofx(tmp_path / "savings.ofx", statement)
    assert import_files(store, [ofx], account_name="Checking").new == len(lines)
    service.detect_subscriptions(store, TODAY)
    return household_ctx


def _shown(page: SubscriptionsPage) -> set[str]:
    """The Name column of every row of every group (folded or not)."""
    model = page.model
    return {
        model.find(lambda p, row=row: p is row).data()
        for group in model.groups()
        for row in group.rows
    }


def test_the_subscriptions_and_transactions_pages_word_made_names_in_chinese(
    qtbot, ctx, name_words
) -> None:
    subscriptions = SubscriptionsPage(ctx, today=TODAY)
    transactions = TransactionsPage(ctx)
    for page in (subscriptions, transactions):
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()

    names = _shown(subscriptions)
    salary, card, savings = (
        zh("Salary — %1", "Acme"),
        zh("%1 card payment", "Chase"),
        zh("Transfer to %1", "Savings"),
    )
    assert {salary, zh("Salary — %1", "Globex"), card, savings} <= names
    assert {"Netflix", "Spotify"} <= names  # a brand's name stays as it is
    assert not any("Salary" in n or "card payment" in n or "Transfer" in n for n in names)

    model = transactions.model
    payees = {model.index(r, COL_PAYEE).data() for r in range(model.rowCount())}
    assert {salary, card, savings, "Netflix"} <= payees
    assert not any("Salary" in n or "Transfer to" in n for n in payees)

    # the search box finds a line by the name it is shown by
    transactions.search.setText(savings)
    qtbot.waitUntil(lambda: 0 < model.rowCount() <= 5)
    assert {model.index(r, COL_PAYEE).data() for r in range(model.rowCount())} == {savings}


def test_the_rename_dialogs_ask_about_the_name_as_shown(qtbot, ctx, name_words) -> None:
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    assert page.table.select(lambda row: "Acme" in row.view.name)
    qtbot.mouseClick(page.buttons["rename"], Qt.MouseButton.LeftButton)
    rename = opened(page, QInputDialog, "rename-subscription")
    salary = zh("Salary — %1", "Acme")
    assert rename.textValue() == salary
    rename.accept()  # kept as shown: the name found stays the app's, worded in any language

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = next(m for m in page.findChildren(QMenu, "subscription-menu") if m.isVisible())
    (payee,) = [a for a in menu.actions() if a.objectName() == "subscription-rename-payee"]
    menu.setActiveAction(payee)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dialog = opened(page, QInputDialog, "rename-payee")
    assert dialog.textValue() == salary
    assert salary in dialog.labelText()
    dialog.accept()
    names = {v.name for v in service.list_subscriptions(ctx.store, TODAY)}
    assert "Salary — Acme" in names and salary not in names  # the CLI's name stays


def test_an_alert_stored_with_a_made_name_reads_in_chinese(
    qtbot, ctx, name_words, tmp_path: Path
) -> None:
    store = ctx.store
    wire = ParsedTransaction(TODAY, Decimal("-9650.00"), "WIRE TRANSFER TO M KOWALSKI", fitid="w1")
    ofx = write_ofx(tmp_path / "wire.ofx", ParsedStatement(ParsedAccount(number="5550001234"),
                                                          (wire,)))  # fmt: skip
    assert import_files(store, [ofx], account_name="Checking").new == 1
    refresh_alerts(store, TODAY)
    (large,) = [a for a in list_alerts(store, as_of=TODAY) if a.kind == "large_charge"]
    assert large.message == "A large charge of 9650.00 USD: Payment to Kowalski."  # the CLI's

    page = AlertsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    wire = zh("Payment to %1", "Kowalski")
    qtbot.waitUntil(lambda: any(wire in t for t in widget_texts(page)))
    assert not any("Payment to" in t for t in widget_texts(page))


def test_the_cli_keeps_the_english_names(tmp_path: Path) -> None:
    data = tmp_path / "data"
    lines = (
        _monthly("ACME PAYROLL", "3200.00", 1)
        + _monthly("CHASE CARD AUTOPAY", "-500.00", 25)
        + _monthly(SAVINGS, "-300.00", 3)
    )
    ofx = write_ofx(tmp_path / "checking.ofx", ParsedStatement(ParsedAccount(number="1234"),
                                                               tuple(lines)))  # fmt: skip
    assert cli_json(data, "import", str(ofx))["new"] == len(lines)
    listed = {item["name"] for item in cli_json(data, "subscriptions", "--as-of", str(TODAY))}
    assert {"Salary — Acme", "Chase card payment", "Transfer to Savings"} <= listed
    payees = {item["name"] for item in cli_json(data, "payees")}
    assert {"Salary — Acme", "Chase card payment", "Transfer to Savings"} <= payees


class Marked(QTranslator):
    """Every PayeeName source it is asked for, answered as itself in brackets."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        return f"[{source}]" if context == "PayeeName" else None


@pytest.mark.parametrize("kind", MADE_NAMES)
@pytest.mark.parametrize("subject", ["", "Globex"])
def test_every_made_name_is_worded_from_its_own_english(qapp, kind: str, subject: str) -> None:
    """Each kind's source string is its English with the subject at %1: what the zh_CN owner
    translates is what the CLI prints."""
    marked = Marked()
    qapp.installTranslator(marked)
    try:
        with_subject, bare = MADE_NAMES[kind]
        expected = f"[{with_subject}]".replace("%1", subject) if subject else f"[{bare}]"
        assert shown_name(MadeName(kind, subject).english()) == expected
    finally:
        qapp.removeTranslator(marked)
