"""A card whose export names no type is made a credit card by the user.

CommBank's CSV download has no header and no account details: date, amount, description and
the balance after each line. A freelancer's Mastercard exported so becomes a checking account
whose balance of -5,901.67 reads as overdrawn ("at risk"), with no limit to set and no
utilisation. Said to be a credit card (``finapp accounts type``, the Accounts page's Account
type…), its balance is what is owed: the limit can be set, the card is 98% used and says so,
and undo makes it checking again.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QInputDialog

from finapp.errors import InvalidInputError
from finapp.services.accounts import list_accounts, set_account_type
from finapp.services.cards import set_credit_limit
from finapp.services.edit_history import undo
from finapp.services.health import health_report
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli

AS_OF = date(2026, 11, 6)
#: newest first, as CommBank writes it; the balance is the card's, owed money negative
MASTERCARD = """\
05/11/2026,"-45.20","WOOLWORTHS 1234 SYDNEY NS AUS Card xx4821 Value Date: 03/11/2026","-5901.67"
01/11/2026,"-129.99","ADOBE *CREATIVE CLOUD SYDNEY AUS Card xx4821","-5856.47"
28/10/2026,"500.00","PAYMENT RECEIVED, THANK YOU","-5726.48"
20/10/2026,"-38.50","XERO AUSTRALIA PTY LTD MELBOURNE AUS Card xx4821","-6226.48"
12/10/2026,"-2150.00","QANTAS AIRWAYS SYDNEY AUS Card xx4821","-6187.98"
05/10/2026,"-84.10","COLES 0456 NEWTOWN AUS Card xx4821","-4037.98"
"""


def _card_export(folder: Path) -> Path:
    path = folder / "CSVData.csv"
    path.write_text(MASTERCARD, encoding="utf-8")
    return path


def _reasons(store: Store) -> list[str]:
    (account,) = health_report(store, AS_OF).accounts
    return [reason.message for reason in account.reasons]


def test_a_card_read_as_checking_is_a_credit_card_once_the_user_says_so(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_card_export(tmp_path)])
    (account,) = list_accounts(store)
    assert account.type == "checking"
    assert any("overdrawn" in reason for reason in _reasons(store))
    with pytest.raises(InvalidInputError, match="is not a credit card"):
        set_credit_limit(store, account.name, Decimal(6000))

    assert set_account_type(store, account.name, "credit_card").type == "credit_card"
    set_credit_limit(store, account.name, Decimal(6000))

    (card,) = health_report(store, AS_OF).cards
    assert (card.owed_minor, card.limit_minor, card.percent) == (590167, 600000, 98)
    reasons = _reasons(store)
    assert not any("overdrawn" in reason for reason in reasons)
    assert any("98% of its 6000.00 AUD limit" in reason for reason in reasons)


def test_undo_makes_it_checking_again_and_a_type_finapp_has_not_is_refused(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_card_export(tmp_path)])
    (account,) = list_accounts(store)
    set_account_type(store, account.name, "credit_card")

    undo(store)
    assert [a.type for a in list_accounts(store)] == ["checking"]
    with pytest.raises(InvalidInputError, match="No account type 'mastercard'"):
        set_account_type(store, account.name, "mastercard")
    assert [a.type for a in list_accounts(store)] == ["checking"]


def test_the_command_line_says_what_an_account_is(tmp_path: Path) -> None:
    data = tmp_path / "d"
    run_cli(data, "import", str(_card_export(tmp_path)))
    (account,) = cli_json(data, "accounts")

    changed = cli_json(data, "accounts", "type", account["name"], "credit_card")

    assert changed["type"] == "credit_card"
    refused = run_cli(data, "accounts", "type", account["name"], "mastercard")
    assert refused.returncode == 2 and "credit_card" in refused.stderr


def test_the_accounts_page_makes_the_selected_account_a_credit_card(
    store: Store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    from finapp.gui.pages.accounts import AccountsPage
    from tests.gui.answering import opened, pick
    from tests.gui.shell_support import make_shell

    import_files(store, [_card_export(tmp_path)])
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.window.show()
    page = shell.window.page("accounts")
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: len(page.model.rows()) == 1)
    page.table.setFocus()
    page.table.selectRow(0)
    (action,) = [a for a in page.menu.actions if a.objectName() == "account-type"]
    action.trigger()
    dialog = opened(page, QInputDialog, "account-type")
    assert dialog.textValue() == "Checking"
    pick(qtbot, dialog, "Credit card")  # typed into the list, as a person picks, then Enter
    qtbot.waitUntil(lambda: list_accounts(store)[0].type == "credit_card")
    shell.close()
