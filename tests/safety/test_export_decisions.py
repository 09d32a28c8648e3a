"""What the user decided comes back when finapp's export is imported into the erased store.

The Beckers (:mod:`tests.safety.leipzig_household`) cancelled Netflix on 20 September 2026 (it
charged them again on 8 October), budget 450.00 a month for groceries with rollover, file
"Stadtwerke" under their own category Wohnen:Strom by a rule, want a warning below 500.00 on
the Girokonto, and told finapp the Girokonto held 6,204.51 on 3 November (DKB's export states it
too). After ``wipe`` and the import of the export's ``transactions.csv`` all of it is back, the
store's own budget for a category wins over the export's, and a second import adds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services import subscriptions as subs
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.balances import set_user_balance
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categories import add_category
from finapp.services.categorize import set_category
from finapp.services.export import export_all
from finapp.services.goals import add_goal, list_goals
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.payee_list import list_payees
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.services.reconciliation import books_of, mark_reconciled
from finapp.services.rules import add_rule, list_rules
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import another_store
from tests.safety.leipzig_household import write_dkb


@pytest.fixture
def exported(store: Store, tmp_path: Path) -> Path:
    """The Beckers' export, with their decisions."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    (netflix,) = [v for v in subs.list_subscriptions(store) if "Netflix" in v.name]
    subs.cancel(store, netflix.id, date(2026, 9, 20))
    set_budget(store, "Food:Groceries", Decimal("450.00"), rollover=True)
    add_rule(store, category="Wohnen:Strom", pattern="STADTWERKE LEIPZIG")
    (account,) = list_accounts(store)
    set_low_balance_threshold(store, account.name, Decimal("500.00"))
    set_user_balance(store, account.name, Decimal("6150.00"), date(2026, 11, 4))
    export_all(store, tmp_path / "export")
    return tmp_path / "export"


@pytest.fixture
def erased(tmp_path: Path) -> Iterator[Store]:
    fresh = another_store(tmp_path / "erased")
    yield fresh
    fresh.close()


def _decisions(store: Store) -> tuple:
    netflix = [
        (v.name, v.user_state, v.cancelled_on, v.flags)
        for v in subs.list_subscriptions(store)
        if "Netflix" in v.name
    ]
    budgets = [(b.category, b.amount, b.rollover) for b in list_budgets(store)]
    rules = [(r.pattern, r.category) for r in list_rules(store, origin="user")]
    accounts = [(a.name, a.low_balance, a.balance, a.balance_date) for a in list_accounts(store)]
    return netflix, budgets, rules, accounts


def test_the_users_decisions_come_back_with_the_export(exported: Path, erased: Store) -> None:
    result = import_files(erased, [exported / "transactions.csv"])
    assert not result.failed, result.failed

    ((_, state, cancelled_on, flags),), budgets, rules, accounts = _decisions(erased)
    assert (state, cancelled_on) == ("cancelled", date(2026, 9, 20))
    assert "charged_after_cancel" in flags  # the 8 October charge
    assert budgets == [("Food:Groceries", Decimal("450.00"), True)]
    assert rules == [("STADTWERKE LEIPZIG", "Wohnen:Strom")]
    ((_, threshold, balance, on),) = accounts
    assert (threshold, balance, on) == (Decimal("500.00"), Decimal("6150.00"), date(2026, 11, 4))


def test_importing_the_export_again_adds_nothing_twice(exported: Path, erased: Store) -> None:
    import_files(erased, [exported / "transactions.csv"])
    before = _decisions(erased)

    again = import_files(erased, [exported / "transactions.csv"])

    assert again.new == 0 and not again.failed
    assert _decisions(erased) == before


def test_the_stores_own_budget_wins(exported: Path, erased: Store) -> None:
    set_budget(erased, "Food:Groceries", Decimal("380.00"))

    import_files(erased, [exported / "transactions.csv"])

    assert [(b.category, b.amount) for b in list_budgets(erased)] == [
        ("Food:Groceries", Decimal("380.00"))
    ]


def test_a_damaged_file_of_the_export_refuses_the_import_whole(
    exported: Path, erased: Store
) -> None:
    """budgets.csv edited by hand into an amount finapp never writes, without the manifest
    (which would refuse any edit): the import names the file and its row, and writes nothing."""
    (exported / "manifest.json").unlink()
    budgets = exported / "budgets.csv"
    budgets.write_text(budgets.read_text(encoding="utf-8").replace("450.00", "vierhundert"))

    result = import_files(erased, [exported / "transactions.csv"])

    (failed,) = result.files
    assert failed.error is not None and "budgets.csv" in str(failed.error)
    assert list_accounts(erased) == [] and list_budgets(erased) == []


def test_the_export_folder_given_whole_is_imported_as_its_transactions(
    exported: Path, erased: Store, store: Store
) -> None:
    result = import_files(erased, [exported])

    assert not result.failed and result.new == len(list_transactions(store))
    assert _decisions(erased) == _decisions(store)


@pytest.mark.parametrize("part", ["subscriptions.csv", "budgets.csv", "rules.csv", "periods.csv"])
def test_a_file_of_the_export_on_its_own_points_to_its_transactions(
    exported: Path, erased: Store, part: str
) -> None:
    """Read as a bank's statement, subscriptions.csv made a dozen invented transactions (its
    next dates and amounts) and budgets.csv was 'not a statement export'."""
    (refused,) = import_files(erased, [exported / part]).files

    assert refused.error is not None
    assert f"{part} is part of a finapp export: import {exported / 'transactions.csv'}" in str(
        refused.error
    )
    assert list_accounts(erased) == []


def test_a_json_export_brings_back_the_same(store: Store, erased: Store, tmp_path: Path) -> None:
    """Exported as JSON, the budgets, rules, accounts, periods and balances are only in their
    .json files (transactions.csv and subscriptions.csv are written too): they come back the
    same."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    set_budget(store, "Food:Groceries", Decimal("450.00"), rollover=True)
    add_rule(store, category="Wohnen:Strom", pattern="STADTWERKE LEIPZIG")
    (account,) = list_accounts(store)
    set_low_balance_threshold(store, account.name, Decimal("500.00"))
    set_user_balance(store, account.name, Decimal("6150.00"), date(2026, 11, 4))
    add_goal(store, "Urlaub 2027", Decimal("3000.00"), date(2027, 6, 30), [account.name])
    export_all(store, tmp_path / "json", "json")

    result = import_files(erased, [tmp_path / "json"])

    assert not result.failed, result.failed
    assert _decisions(erased) == _decisions(store)
    assert [(g.name, g.target, g.target_date) for g in list_goals(erased)] == [
        ("Urlaub 2027", Decimal("3000.00"), date(2027, 6, 30))
    ]


def test_the_reminders_asked_for_a_bill_come_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """Reminded 14 and 3 days before Stadtwerke's Abschlag, not finapp's 30, 7 and 1."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    (stadtwerke,) = [v for v in subs.list_subscriptions(store) if "Stadtwerke" in v.name]
    subs.set_reminders(store, stadtwerke.id, [14, 3])
    export_all(store, tmp_path / "export")

    import_files(erased, [tmp_path / "export"])

    (back,) = [v for v in subs.list_subscriptions(erased) if "Stadtwerke" in v.name]
    assert back.reminder_offsets == (14, 3)


def test_the_books_accepted_up_to_a_day_stay_accepted(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """Max accepted the Girokonto's books up to 31 October; after the round trip they are still
    accepted up to that day, and unchanged since."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    (account,) = list_accounts(store)
    mark_reconciled(store, account.name, date(2026, 10, 31), accept=True)
    export_all(store, tmp_path / "export")

    import_files(erased, [tmp_path / "export"])

    books = books_of(erased, account.name)
    assert (books.reconciled_through, books.changed_by, books.changed_lines) == (
        date(2026, 10, 31),
        None,
        0,
    )


def test_a_category_the_user_made_comes_back_of_its_kind(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """Max made "Nebenjob" an income category for the Musikschule's fees, and "Sparen" a
    transfer one for his monthly Sparrate to his own Tagesgeld elsewhere: made again as
    spending, the fees would lower October's spending and the Sparrate raise it."""
    path = write_dkb(tmp_path)
    extra = [
        '"15.10.26";"15.10.26";"Gebucht";"Musikschule Leipzig e.V.";"Max Becker";'
        '"Honorar Oktober";"Eingang";"DE02100100100006820101";"250,00";"";"";""',
        '"16.10.26";"16.10.26";"Gebucht";"Max Becker";"Max Becker Tagesgeld";'
        '"Sparrate";"Ausgang";"DE02100100100006820101";"-300,00";"";"";""',
    ]
    text = path.read_text(encoding="utf-8-sig").rstrip("\n").split("\n")
    header = next(i for i, line in enumerate(text) if line.startswith('"Buchungsdatum"'))
    text[header + 1 : header + 1] = extra
    path.write_text("\n".join(text) + "\n", encoding="utf-8-sig")
    assert not import_files(store, [path]).failed
    add_category(store, "Nebenjob", "income")
    add_category(store, "Sparen", "transfer")
    lines = {t.payee: t for t in list_transactions(store)}
    (fees,) = [t for p, t in lines.items() if "Musikschule" in p]
    (saved,) = [t for p, t in lines.items() if "Tagesgeld" in p or t.memo == "Sparrate"]
    set_category(store, fees.id, "Nebenjob")
    set_category(store, saved.id, "Sparen")
    october = month_report(store, date(2026, 10, 1)).totals
    export_all(store, tmp_path / "export")

    import_files(erased, [tmp_path / "export"])

    assert month_report(erased, date(2026, 10, 1)).totals == october


def test_the_payees_the_user_named_and_merged_come_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """Max calls Stadtwerke Leipzig "Strom" and merged EDEKA into REWE ("Einkauf"): after the
    round trip the payee list, the subscriptions and the forecast say so still."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    payees = {p.statement_text: p for p in list_payees(store)}
    rename_payee(store, payees["Stadtwerke Leipzig GmbH"].merchant, "Strom")
    merge_payees(
        store, payees["EDEKA Froehlich"].merchant, payees["REWE Markt Leipzig-Gohlis"].merchant
    )
    rename_payee(store, payees["REWE Markt Leipzig-Gohlis"].merchant, "Einkauf")
    shown = sorted((p.name, p.chosen, p.transactions) for p in list_payees(store))
    export_all(store, tmp_path / "export")

    import_files(erased, [tmp_path / "export"])

    assert sorted((p.name, p.chosen, p.transactions) for p in list_payees(erased)) == shown
    assert "Strom" in {v.name for v in subs.list_subscriptions(erased)}


def test_a_subscription_added_by_hand_comes_back(
    store: Store, erased: Store, tmp_path: Path
) -> None:
    """The Kita's parents' fee, 180.00 paid in cash on the 1st of each month, added by hand."""
    assert not import_files(store, [write_dkb(tmp_path)]).failed
    subs.add_manual(
        store, "Kita Sonnenschein", Decimal("180.00"), "monthly", date(2027, 1, 1), kind="bill"
    )
    shown = [(v.name, v.amount, v.cadence, v.kind, v.manual) for v in _hand_added(store)]
    export_all(store, tmp_path / "export")

    import_files(erased, [tmp_path / "export"])
    import_files(erased, [tmp_path / "export"])  # once, however often imported

    assert [(v.name, v.amount, v.cadence, v.kind, v.manual) for v in _hand_added(erased)] == shown
    assert shown == [("Kita Sonnenschein", Decimal("-180.00"), "monthly", "bill", True)]


def _hand_added(store: Store) -> list[subs.SubscriptionView]:
    return [v for v in subs.list_subscriptions(store) if v.manual]
