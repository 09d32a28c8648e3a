"""An account whose currency the import had to guess is put right by the user.

American Express's US download (``Date,Description,Card Member,Account #,Amount``) names no
currency, and neither does anything else in it. Dropped together with a Sparkasse statement (in
euros, as its IBAN says), it is read in the household's currency: euros. The card's dollars then
count as euros in every total. Said to be in dollars (the Accounts page's Currency…, ``finapp
accounts currency``), the account, its lines and its subscriptions are in dollars, the amounts as
the bank wrote them; the alerts about it say dollars; undo puts the euros back; a later download
of the card stays in dollars and adds nothing twice.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from finapp.errors import InvalidInputError
from finapp.services.account_currency import set_account_currency
from finapp.services.accounts import list_accounts
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.edit_history import undo
from finapp.services.imports import import_files
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli

CARD = "American Express Credit Card"
#: newest first, charges positive and payments negative, as American Express writes them
AMEX = """\
Date,Description,Card Member,Account #,Amount
11/28/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,15.49
11/27/2026,WHOLEFDS SFO 10234 SAN FRANCISCO CA,JANE DOE,-71004,87.12
11/25/2026,AUTOPAY PAYMENT - THANK YOU,JANE DOE,-71004,-1250.00
11/22/2026,UBER   *TRIP HELP.UBER.COM CA,JANE DOE,-71004,23.80
11/18/2026,SPOTIFY USA NEW YORK NY,JANE DOE,-71004,11.99
10/28/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,15.49
10/27/2026,WHOLEFDS SFO 10234 SAN FRANCISCO CA,JANE DOE,-71004,64.30
10/18/2026,SPOTIFY USA NEW YORK NY,JANE DOE,-71004,11.99
09/28/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,15.49
09/18/2026,SPOTIFY USA NEW YORK NY,JANE DOE,-71004,10.99
08/28/2026,NETFLIX.COM NETFLIX.COM CA,JANE DOE,-71004,15.49
08/18/2026,SPOTIFY USA NEW YORK NY,JANE DOE,-71004,10.99
"""
_SPARKASSE_HEADER = (
    '"Auftragskonto";"Buchungstag";"Valutadatum";"Buchungstext";"Verwendungszweck";'
    '"Beguenstigter/Zahlungspflichtiger";"Kontonummer/IBAN";"BIC (SWIFT-Code)";"Betrag";'
    '"Waehrung";"Info"'
)
_SPARKASSE_LINE = (
    '"DE44500105175407324931";"{day}.{month}.26";"{day}.{month}.26";"{kind}";"{purpose}";'
    '"{who}";"{iban}";"{bic}";"{amount}";"EUR";"Umsatz gebucht"'
)


def _sparkasse(folder: Path) -> Path:
    """A Sparkasse CSV-CAMT export of four months, in Windows-1252 as the bank writes it."""
    lines = [_SPARKASSE_HEADER]
    for month in ("08", "09", "10", "11"):
        lines += [
            _SPARKASSE_LINE.format(
                day="28", month=month, kind="GUTSCHR. UEBERWEISUNG",
                purpose=f"LOHN/GEHALT {month}/2026", who="Müller & Söhne GmbH",
                iban="DE89370400440532013000", bic="COBADEFFXXX", amount="2.845,12",
            ),
            _SPARKASSE_LINE.format(
                day="04", month=month, kind="KARTENZAHLUNG",
                purpose=f"REWE Markt GmbH//Berlin/DE 2026-{month}-03", who="REWE Markt GmbH",
                iban="DE07370100500004478507", bic="PBNKDEFF", amount=f"-{40 + int(month)},37",
            ),
        ]  # fmt: skip
    path = folder / "20261130-DE44500105175407324931-umsatz.CSV"
    path.write_bytes("\r\n".join(lines).encode("cp1252") + b"\r\n")
    return path


def _amex(folder: Path, months: tuple[str, ...] = ("08", "09", "10", "11")) -> Path:
    """The card's download of ``months`` (each its lines dated in that month of 2026)."""
    header, *lines = AMEX.splitlines()
    path = folder / f"activity-{'-'.join(months)}.csv"
    kept = [line for line in lines if line[:2] in months]
    path.write_text("\n".join([header, *kept]) + "\n", encoding="utf-8")
    return path


def _household(store: Store, folder: Path) -> None:
    """The bank's statement first, then the card's, in one import, as dropped together."""
    result = import_files(store, [_sparkasse(folder), _amex(folder)])
    assert not result.failed


def _currencies(store: Store) -> dict[str, str]:
    return {account.name: account.currency for account in list_accounts(store)}


def _card_lines(store: Store) -> list[tuple[Decimal, str]]:
    return [(t.amount, t.currency) for t in list_transactions(store) if t.account == CARD]


def test_the_card_said_to_be_in_dollars_keeps_its_amounts_in_dollars(
    store: Store, tmp_path: Path
) -> None:
    _household(store, tmp_path)
    assert _currencies(store) == {CARD: "EUR", "Sparkasse": "EUR"}  # the guess
    amounts = [amount for amount, _ in _card_lines(store)]

    set_account_currency(store, CARD, "usd")

    assert _currencies(store) == {CARD: "USD", "Sparkasse": "EUR"}
    assert _card_lines(store) == [(amount, "USD") for amount in amounts]
    spotify = next(s for s in list_subscriptions(store) if s.name == "Spotify")
    assert (spotify.amount, spotify.currency) == (Decimal("-11.99"), "USD")
    again = import_files(store, [_amex(tmp_path)])  # next month's download overlaps this one
    assert again.new == 0
    assert _currencies(store)[CARD] == "USD"


def test_next_months_download_goes_on_in_the_account_in_dollars(
    store: Store, tmp_path: Path
) -> None:
    assert not import_files(
        store, [_sparkasse(tmp_path), _amex(tmp_path, ("08", "09", "10"))]
    ).failed
    set_account_currency(store, CARD, "USD")

    november = import_files(store, [_amex(tmp_path, ("11",))])  # read as a guess again

    assert november.new == 5
    assert _currencies(store) == {CARD: "USD", "Sparkasse": "EUR"}  # no second card in euros
    assert {currency for _, currency in _card_lines(store)} == {"USD"}
    assert len(_card_lines(store)) == 12


def test_the_price_rise_is_told_in_dollars_and_undo_puts_the_euros_back(
    store: Store, tmp_path: Path
) -> None:
    _household(store, tmp_path)
    evaluate_alerts(store)
    (rise,) = [a for a in list_alerts(store) if a.kind == "price_increase"]
    assert rise.message == "Spotify went up from 10.99 EUR to 11.99 EUR (12.00 EUR more a year)."

    set_account_currency(store, CARD, "USD")
    evaluate_alerts(store)
    (rise,) = [a for a in list_alerts(store) if a.kind == "price_increase"]
    assert rise.message == "Spotify went up from 10.99 USD to 11.99 USD (12.00 USD more a year)."
    assert rise.params["yearly"] == "12.00 USD"

    undo(store)
    assert _currencies(store)[CARD] == "EUR"
    assert {currency for _, currency in _card_lines(store)} == {"EUR"}
    (rise,) = [a for a in list_alerts(store) if a.kind == "price_increase"]
    assert rise.message == "Spotify went up from 10.99 EUR to 11.99 EUR (12.00 EUR more a year)."


@pytest.mark.parametrize(
    ("code", "refusal"),
    [
        ("JPY", "cannot change from EUR to JPY"),  # no cents: 15.49 would be another amount
        (
            "XOF",
            "transactions of American Express Credit Card have cents, which XOF",
        ),  # counted in hundredths, paid whole
        ("RMB", "'RMB' is not a currency code"),  # what people say, not the code (CNY)
    ],
)
def test_a_currency_the_amounts_cannot_be_in_is_refused_and_changes_nothing(
    store: Store, tmp_path: Path, code: str, refusal: str
) -> None:
    _household(store, tmp_path)
    lines = _card_lines(store)

    with pytest.raises(InvalidInputError, match=refusal):
        set_account_currency(store, CARD, code)

    assert _currencies(store)[CARD] == "EUR" and _card_lines(store) == lines


def test_the_command_line_sets_the_currency_and_names_the_edit(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_cli(data, "import", str(_sparkasse(tmp_path)), str(_amex(tmp_path)))

    changed = cli_json(data, "accounts", "currency", CARD, "USD")

    assert (changed["name"], changed["currency"]) == (CARD, "USD")
    assert f"currency of account {CARD} (USD)" in run_cli(data, "edits").stdout
    refused = run_cli(data, "accounts", "currency", CARD, "JPY")
    assert refused.returncode == 2 and "cannot change from USD to JPY" in refused.stderr


def test_dropped_on_the_window_the_summary_says_the_guess_and_the_accounts_page_corrects_it(
    store: Store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from finapp.gui.dialogs.import_summary import ImportSummaryDialog
    from finapp.gui.pages.accounts import AccountsPage
    from tests.gui.answering import opened, pick
    from tests.gui.page_fixtures import en_us
    from tests.gui.shell_support import make_shell
    from tests.gui.test_shell_import import _drop

    with en_us():
        shell = make_shell(store, tmp_path, opening_page="accounts")
        window = shell.window
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
            assert _drop(window, [_sparkasse(tmp_path), _amex(tmp_path)]) == (True, True)
        (summary,) = [d for d in window.findChildren(ImportSummaryDialog) if d.isVisible()]
        card = summary.tree.topLevelItem(1)
        lines = [card.child(i).text(0) for i in range(card.childCount())]
        assert lines == [
            f"{CARD}: 12 new, 0 already there, a new account",
            "The file names no currency: its amounts were taken as EUR. If they are in another, "
            "choose Currency… on the account's row in Accounts.",
        ]
        bank = summary.tree.topLevelItem(0)  # its IBAN says euros: nothing was guessed
        assert bank.childCount() == 1
        qtbot.keyClick(summary, Qt.Key.Key_Escape)

        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        page = window.page("accounts")
        assert isinstance(page, AccountsPage)
        qtbot.waitUntil(lambda: len(page.model.rows()) == 2)
        model = page.model
        row = next(n for n, r in enumerate(model.rows()) if r.account.name == CARD)
        page.table.setFocus()
        page.table.selectRow(row)
        assert "· amounts in EUR ·" in page.summary.text()  # the selected account's
        qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and "C&urrency…" in [a.text() for a in menu.actions()]
        qtbot.keyClick(menu, Qt.Key.Key_U)  # the menu's letter for Currency…
        dialog = opened(page, QInputDialog, "account-currency")
        assert dialog.textValue() == "EUR — Euro"
        assert "They stay as the bank wrote them" in dialog.labelText()
        pick(qtbot, dialog, "USD")

        qtbot.waitUntil(lambda: _currencies(store)[CARD] == "USD")
        qtbot.waitUntil(lambda: "· amounts in USD ·" in page.summary.text())
        assert page.selected_account().name == CARD  # still the row chosen
        assert _currencies(store)["Sparkasse"] == "EUR"
        undo_action = window.edit_menu.undo_action
        assert undo_action.text().replace("&", "") == f"Undo Currency of Account {CARD}"
        undo_action.trigger()
        qtbot.waitUntil(lambda: _currencies(store)[CARD] == "EUR")
        shell.close()
