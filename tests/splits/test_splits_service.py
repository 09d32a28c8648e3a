"""Splitting a bank line among categories through the service, over statements imported the
real way: the parts add up, keep the line's sign, survive a re-import and go with an undone
import; a refused split changes nothing, and no rule refiles a split line."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from finapp.errors import InvalidInputError, NotFoundError
from finapp.services.categorize import set_category
from finapp.services.changes import Kind
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.rules import add_rule, rerun_rules
from finapp.services.splits import (
    SplitPart,
    SplitPartView,
    clear_splits,
    read_splits,
    set_splits,
    splits_of,
)
from finapp.services.transactions import list_transactions
from finapp.store.schema import Category, Transaction, TransactionSplit
from tests.reconciliation.test_reconcile_service import _statement

GROCERIES, HOUSEHOLD = "Food:Groceries", "Shopping:Household"


def _utilities(store, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    """January imported; the id of its −84.20 utilities bill."""
    assert not import_files(store, [_statement(tmp_path, 1)]).failed
    [bill] = [t.id for t in list_transactions(store) if t.payee.startswith("CITY OF AUSTIN")]
    return bill


def _receipt(store, bill: int, groceries: str, household: str):  # type: ignore[no-untyped-def]
    """Split ``bill`` between groceries and the household."""
    parts = [SplitPart(GROCERIES, Decimal(groceries)), SplitPart(HOUSEHOLD, Decimal(household))]
    return set_splits(store, bill, parts)


def _line(store, txn_id: int) -> tuple[str, str | None]:  # type: ignore[no-untyped-def]
    [view] = [t for t in list_transactions(store) if t.id == txn_id]
    return view.category or "", view.category_source


def _stored_parts(store) -> int:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(TransactionSplit)) or 0


def test_a_line_is_split_into_parts_that_keep_its_sign_and_order(store, tmp_path: Path) -> None:
    bill = _utilities(store, tmp_path)
    done = set_splits(
        store,
        bill,
        [
            SplitPart("Bills:Water", Decimal("-24.20"), " meter 7 "),
            SplitPart("Bills:Electricity", Decimal("-60.00")),
        ],
    )
    assert done.changes.touches([Kind.TRANSACTIONS, Kind.BUDGETS, Kind.ALERTS])
    assert done.parts == (
        SplitPartView(0, "Bills:Water", Decimal("-24.20"), "USD", "meter 7"),
        SplitPartView(1, "Bills:Electricity", Decimal("-60.00"), "USD", ""),
    )
    assert splits_of(store, bill) == done.parts
    assert read_splits(store) == {bill: done.parts}
    # the line shows its largest part's category, kept as a split's
    assert _line(store, bill) == ("Bills:Electricity", "split")
    assert done.category == "Bills:Electricity"


def test_splitting_again_replaces_the_parts_and_a_tie_goes_to_the_first(
    store, tmp_path: Path
) -> None:
    bill = _utilities(store, tmp_path)
    _receipt(store, bill, "-80.00", "-4.20")
    done = set_splits(
        store,
        bill,
        [
            SplitPart(HOUSEHOLD, Decimal("-42.10")),
            SplitPart(GROCERIES, Decimal("-42.10")),
        ],
    )
    assert [(p.category, p.amount) for p in done.parts] == [
        (HOUSEHOLD, Decimal("-42.10")),
        (GROCERIES, Decimal("-42.10")),
    ]
    assert _stored_parts(store) == 2
    assert _line(store, bill) == (HOUSEHOLD, "split")


@pytest.mark.parametrize(
    ("parts", "code"),
    [
        ([("Bills:Water", "-84.20")], "split.too_few_parts"),
        ([("Bills:Water", "-80.00"), ("Bills:Gas", "-4.00")], "split.sum_mismatch"),
        ([("Bills:Water", "-94.20"), ("Bills:Gas", "10.00")], "split.wrong_sign"),
        ([("Bills:Water", "-84.20"), ("Bills:Gas", "0")], "split.zero_part"),
        ([("Bills:Water", "-80.005"), ("Bills:Gas", "-4.195")], "split.too_many_decimals"),
        ([("Bills::Water", "-80.00"), ("Bills:Gas", "-4.20")], "category.bad_path"),
    ],
)
def test_a_refused_split_says_why_and_changes_nothing(
    store, tmp_path: Path, parts: list[tuple[str, str]], code: str
) -> None:
    bill = _utilities(store, tmp_path)
    before = _line(store, bill)
    with store.read() as session:
        categories = session.scalar(select(func.count()).select_from(Category))
    with pytest.raises(InvalidInputError) as refused:
        set_splits(store, bill, [SplitPart(c, Decimal(a)) for c, a in parts])
    assert refused.value.code == code
    assert _line(store, bill) == before and _stored_parts(store) == 0
    with store.read() as session:  # no category named by a refused split was kept
        assert session.scalar(select(func.count()).select_from(Category)) == categories


def test_the_sum_mismatch_names_the_line_and_the_parts_total(store, tmp_path: Path) -> None:
    bill = _utilities(store, tmp_path)
    with pytest.raises(InvalidInputError) as refused:
        _receipt(store, bill, "-80", "-4")
    assert refused.value.params == {"total": "-84.00", "line": "-84.20", "currency": "USD"}


def test_a_missing_line_is_refused(store, tmp_path: Path) -> None:
    _utilities(store, tmp_path)
    with pytest.raises(NotFoundError):
        set_splits(
            store, 999, [SplitPart(GROCERIES, Decimal("-1")), SplitPart(HOUSEHOLD, Decimal("-1"))]
        )
    with pytest.raises(NotFoundError):
        splits_of(store, 999)


def test_clearing_leaves_the_line_in_its_largest_part_as_a_manual_choice(
    store, tmp_path: Path
) -> None:
    bill = _utilities(store, tmp_path)
    _receipt(store, bill, "-20.00", "-64.20")
    done = clear_splits(store, bill)
    assert done.parts == () and done.category == HOUSEHOLD
    assert _line(store, bill) == (HOUSEHOLD, "manual")
    assert splits_of(store, bill) == () and _stored_parts(store) == 0
    with pytest.raises(InvalidInputError) as refused:
        clear_splits(store, bill)
    assert refused.value.code == "split.not_split"


def test_re_importing_the_statement_keeps_the_parts_and_undoing_it_removes_them(
    store, tmp_path: Path
) -> None:
    bill = _utilities(store, tmp_path)
    _receipt(store, bill, "-80.00", "-4.20")
    again = import_files(store, [_statement(tmp_path, 1)])
    assert not again.failed
    assert [p.category for p in splits_of(store, bill)] == [GROCERIES, HOUSEHOLD]
    assert _line(store, bill) == (GROCERIES, "split")
    with store.read() as session:
        january = session.get(Transaction, bill).batch_id
    undo_import(store, january)
    assert _stored_parts(store) == 0


def test_no_rule_refiles_a_split_line(store, tmp_path: Path) -> None:
    bill = _utilities(store, tmp_path)
    _receipt(store, bill, "-80.00", "-4.20")
    add_rule(store, category="Bills:Utilities", pattern="CITY OF AUSTIN")
    rerun_rules(store)
    assert _line(store, bill) == (GROCERIES, "split")
    # nor does teaching the merchant by hand on another of its lines
    assert not import_files(store, [_statement(tmp_path, 2)]).failed
    other = [
        t.id
        for t in list_transactions(store)
        if t.payee.startswith("CITY OF AUSTIN") and t.id != bill
    ]
    set_category(store, other[0], "Bills:Power")
    assert _line(store, bill) == (GROCERIES, "split")
    assert len(splits_of(store, bill)) == 2


def test_one_category_chosen_for_a_split_line_makes_it_one_line_again(
    store, tmp_path: Path
) -> None:
    bill = _utilities(store, tmp_path)
    _receipt(store, bill, "-80.00", "-4.20")
    set_category(store, bill, "Bills:Utilities")
    assert splits_of(store, bill) == () and _stored_parts(store) == 0
    assert _line(store, bill) == ("Bills:Utilities", "manual")
