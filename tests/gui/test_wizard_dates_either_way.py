"""A CSV whose dates read either way (``2/8/25``: 8 February or 2 August) is refused by the
summary, which says that closing it brings the mapping wizard; the wizard opens on the way the
user's own dates are written, its rows read in the preview and ready to import, while it still
says the dates fit both; the user can switch to the other. The layout is offered a name no
other bank's saved layout has."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.import_wizard import ImportWizard
from finapp.gui.tasks import TaskRunner
from finapp.importers.csv import CsvMapping
from finapp.services.csv_profiles import list_profiles, save_profile
from finapp.services.transactions import list_transactions
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell, take_suggested_account, transaction_count
from tests.gui.test_import_stopped import monthly_statements, stopped_while_reading

#: a small bank's checking download: no known layout, days and months both at most 12
_EXPORT = (
    "Check Number,Date,Description,Amount\r\n"
    "101,2/8/25,Harbor Credit Union Visa,-54.20\r\n"
    ",2/9/25,Greenleaf Grocers,-83.15\r\n"
    ",2/10/25,Payroll ACME,2100.00\r\n"
)

_MONTH_FIRST = [date(2025, 2, 8), date(2025, 2, 9), date(2025, 2, 10)]
_DAY_FIRST = [date(2025, 8, 2), date(2025, 9, 2), date(2025, 10, 2)]


@pytest.fixture
def locale_of(request: pytest.FixtureRequest) -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    try:
        yield
    finally:
        QLocale.setDefault(before)


def _wizard_for(store, tmp_path: Path, qtbot, name: str = "checking_export.csv"):  # type: ignore[no-untyped-def]
    """The export opened as a double-click hands it over: its summary is closed, and the
    wizard that comes next is returned with the shell."""
    path = tmp_path / name
    path.write_text(_EXPORT, encoding="utf-8")
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.open_files([path])
    summary = shell.window.findChild(ImportSummaryDialog)
    assert "1 file(s) refused" in summary.headline.text()
    file_row = summary.tree.topLevelItem(0)
    told = [file_row.child(n).text(0) for n in range(file_row.childCount())]
    assert told[-1].startswith("When you close this summary, finapp asks which column holds")
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Close: the wizard comes next
    wizard = shell.window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard is not None and wizard.isVisible())
    return shell, wizard


def _saved(shell, wizard: ImportWizard, store, qtbot) -> list[date]:  # type: ignore[no-untyped-def]
    """Save and import, into the account finapp suggests; the days the transactions went in on."""
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    take_suggested_account(qtbot, shell)  # the export names no account: asked which
    qtbot.waitUntil(lambda: transaction_count(store) == 3)
    for later in shell.window.findChildren(ImportSummaryDialog):
        later.close()
    qtbot.waitUntil(lambda: not shell.imports.busy)
    shell.close()
    return sorted(t.date for t in list_transactions(store))


@pytest.mark.parametrize(
    ("locale_of", "offered", "read"),
    [("en_US", "MM/DD/YYYY", _MONTH_FIRST), ("en_GB", "DD/MM/YYYY", _DAY_FIRST),
     ("zh_CN", "MM/DD/YYYY", _MONTH_FIRST)],
    indirect=["locale_of"],
)  # fmt: skip
def test_the_wizard_opens_on_the_users_way_of_writing_dates(
    store, tmp_path: Path, qtbot, locale_of, offered: str, read: list[date]
) -> None:  # type: ignore[no-untyped-def]
    shell, wizard = _wizard_for(store, tmp_path, qtbot)
    assert wizard.problems.isVisible()  # it still says the dates read either way
    assert wizard.date_format.currentData() == offered
    assert [row.posted for row in wizard.preview_model.rows] == read
    assert wizard.save_button.isEnabled()
    assert _saved(shell, wizard, store, qtbot) == read


@pytest.mark.parametrize("locale_of", ["en_US"], indirect=True)
def test_the_other_way_is_one_choice_away(store, tmp_path: Path, qtbot, locale_of) -> None:  # type: ignore[no-untyped-def]
    shell, wizard = _wizard_for(store, tmp_path, qtbot)
    wizard.date_format.setCurrentIndex(wizard.date_format.findData("DD/MM/YYYY"))
    assert [row.posted for row in wizard.preview_model.rows] == _DAY_FIRST
    assert _saved(shell, wizard, store, qtbot) == _DAY_FIRST


def test_a_stopped_import_promises_no_wizard(
    store, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Stopping an import maps none of its files afterwards, so the summary of what went in
    before the stop says nothing of a wizard to come, and none comes."""
    export = tmp_path / "checking_export.csv"
    export.write_text(_EXPORT, encoding="utf-8")
    stored, statement = monthly_statements(tmp_path, 2)
    shell = make_shell(store, tmp_path, tasks=TaskRunner, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()
    stopped_while_reading(shell, qtbot, monkeypatch, [export, stored, statement], statement)

    summary = opened(shell.window, ImportSummaryDialog, "import-summary")
    assert "You stopped the import" in summary.headline.text()
    file_row = summary.tree.topLevelItem(0)
    assert file_row.text(0) == export.name
    told = [file_row.child(n).text(0) for n in range(file_row.childCount())]
    assert told[0].startswith("Refused, nothing written:")
    assert not any("When you close this summary" in line for line in told)
    qtbot.keyClick(summary, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.imports.busy)
    assert shell.window.findChild(ImportWizard) is None
    shell.close()


@pytest.mark.parametrize("locale_of", ["en_US"], indirect=True)
def test_a_second_banks_transactions_csv_is_offered_a_name_of_its_own(
    store, tmp_path: Path, qtbot, locale_of
) -> None:  # type: ignore[no-untyped-def]
    """Two banks' downloads both called transactions.csv: the layout saved for the first one's
    keeps its name, the second is offered a name no saved layout has, and Save leaves the
    first bank's layout as it was."""
    first_bank = ("Posted", "Payee", "Debit", "Credit")
    save_profile(
        store,
        "transactions",
        CsvMapping(first_bank, 0, "YYYY-MM-DD", sign="debit_credit", debit=2, credit=3, payee=(1,)),
    )
    shell, wizard = _wizard_for(store, tmp_path, qtbot, name="transactions.csv")
    assert wizard.name.text() == "transactions 2"
    assert _saved(shell, wizard, store, qtbot) == _MONTH_FIRST
    layouts = {p.name: p.header for p in list_profiles(store) if not p.built_in}
    assert layouts == {
        "transactions": first_bank,
        "transactions 2": ("Check Number", "Date", "Description", "Amount"),
    }
