"""A split receipt is counted by its parts wherever money is summed by category: a −120.00
receipt split −80.00 groceries, −40.00 household puts 80.00, not 120.00, against the groceries
budget, and both categories in the month report, the year in review and the health figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.annotations import add_tags, tag_report
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categories import delete_category, list_categories, merge_category
from finapp.services.month_report import CategoryAmount, month_report
from finapp.services.reports import income_vs_expenses, spending_by_category
from finapp.services.reserves import monthly_essentials
from finapp.services.splits import SplitPart, clear_splits, set_splits, splits_of
from finapp.services.year_review import year_review
from finapp.store.engine import Store
from tests.splits.receipts import GROCERIES, HOUSEHOLD, MARCH, split_receipt

END_OF_MARCH = date(2026, 3, 31)


def _spent(store: Store) -> dict[str, Decimal]:
    return {b.category: b.spent for b in list_budgets(store, month=MARCH, as_of=END_OF_MARCH)}


def test_each_budget_counts_its_part_of_a_split_receipt(store: Store, tmp_path: Path) -> None:
    for category, amount in ((GROCERIES, "150"), (HOUSEHOLD, "30"), ("Food", "400")):
        set_budget(store, category, Decimal(amount), today=MARCH)
    receipt = split_receipt(store, tmp_path)
    # groceries: the receipt's 80.00 and the corner grocer's 30.00; the parent holds its child's
    assert _spent(store) == {
        "Food": Decimal("110.00"),
        GROCERIES: Decimal("110.00"),
        HOUSEHOLD: Decimal("40.00"),
    }

    clear_splits(store, receipt)  # one line again, in Groceries (its largest part's)
    assert _spent(store) == {
        "Food": Decimal("150.00"),
        GROCERIES: Decimal("150.00"),
        HOUSEHOLD: Decimal("0.00"),
    }


def test_budget_alerts_follow_the_parts(store: Store, tmp_path: Path) -> None:
    set_budget(store, GROCERIES, Decimal("150"), today=MARCH)
    set_budget(store, HOUSEHOLD, Decimal("30"), today=MARCH)
    split_receipt(store, tmp_path)
    # 110.00 of 150.00 is below the first threshold (80%); 40.00 of 30.00 is over
    raised = evaluate_alerts(store, END_OF_MARCH)
    assert [(a.kind, a.category, a.date) for a in raised] == [
        ("budget", HOUSEHOLD, date(2026, 3, 5))
    ]
    assert "133%" in raised[0].message
    assert [a.category for a in list_alerts(store)] == [HOUSEHOLD]


def test_the_month_report_lists_both_categories_of_the_receipt(
    store: Store, tmp_path: Path
) -> None:
    split_receipt(store, tmp_path)
    report = month_report(store, MARCH, as_of=END_OF_MARCH)
    assert report.categories == [
        CategoryAmount(GROCERIES, "USD", Decimal("110.00")),
        CategoryAmount(HOUSEHOLD, "USD", Decimal("40.00")),
    ]
    [usd] = report.totals
    assert (usd.income, usd.expenses) == (Decimal("2500.00"), Decimal("150.00"))


def test_the_dashboard_reports_count_the_parts_and_the_month_whole(
    store: Store, tmp_path: Path
) -> None:
    split_receipt(store, tmp_path)
    by_top = spending_by_category(store)
    assert {s.category: s.amount_minor for s in by_top} == {
        "Food": 11000,
        "Shopping": 4000,
    }
    [march] = income_vs_expenses(store)
    assert (march.income_minor, march.expenses_minor) == (250000, 15000)


def test_the_year_in_review_spends_by_part_and_lists_the_receipt_once(
    store: Store, tmp_path: Path
) -> None:
    receipt = split_receipt(store, tmp_path)
    review = year_review(store, 2026, currency="USD")
    assert [(c.category, c.spent.amount) for c in review.by_category] == [
        (GROCERIES, Decimal("110.00")),
        (HOUSEHOLD, Decimal("40.00")),
    ]
    assert review.converted.spending.amount == Decimal("150.00")
    # a purchase is the bank line: the receipt once, whole, under its largest part's category
    [largest, grocer] = review.largest
    assert (largest.id, largest.payee, largest.amount, largest.category) == (
        receipt,
        "Pike Street Provisions",  # the name the app shows it by
        Decimal("120.00"),
        GROCERIES,
    )
    assert grocer.amount == Decimal("30.00")


def test_the_tag_report_counts_a_split_line_once_at_its_whole_amount(
    store: Store, tmp_path: Path
) -> None:
    receipt = split_receipt(store, tmp_path)
    add_tags(store, ["#party"], [receipt])
    [party] = tag_report(store)
    assert (party.tag, party.count) == ("party", 1)
    assert party.by_currency["USD"].spent == Decimal("120.00")


def test_merging_a_category_carries_the_parts_filed_in_it(store: Store, tmp_path: Path) -> None:
    receipt = split_receipt(store, tmp_path)
    merge_category(store, HOUSEHOLD, "Shopping:Home")
    assert [(p.category, p.amount) for p in splits_of(store, receipt)] == [
        (GROCERIES, Decimal("-80.00")),
        ("Shopping:Home", Decimal("-40.00")),
    ]
    report = month_report(store, MARCH, as_of=END_OF_MARCH)
    assert [c.category for c in report.categories] == [GROCERIES, "Shopping:Home"]


def test_deleting_the_category_of_a_part_leaves_that_part_uncategorized_and_the_line_split(
    store: Store, tmp_path: Path
) -> None:
    receipt = split_receipt(store, tmp_path)
    assert (
        delete_category(store, GROCERIES).transactions == 2
    )  # the grocer's line, and the receipt's part
    assert [(p.category, p.amount) for p in splits_of(store, receipt)] == [
        ("", Decimal("-80.00")),
        (HOUSEHOLD, Decimal("-40.00")),
    ]
    report = month_report(store, MARCH, as_of=END_OF_MARCH)
    assert report.categories == [
        CategoryAmount("Uncategorized", "USD", Decimal("110.00")),
        CategoryAmount(HOUSEHOLD, "USD", Decimal("40.00")),
    ]


def test_the_categories_count_a_split_line_in_each_of_its_parts_categories_once(
    store: Store, tmp_path: Path
) -> None:
    receipt = split_receipt(store, tmp_path)
    counts = {c.path: c.transactions for c in list_categories(store)}
    assert (counts[GROCERIES], counts[HOUSEHOLD]) == (2, 1)  # the grocer and the receipt
    parts = [
        SplitPart(GROCERIES, Decimal("-50.00"), "fruit"),
        SplitPart(GROCERIES, Decimal("-30.00"), "bread"),
        SplitPart(HOUSEHOLD, Decimal("-40.00")),
    ]
    set_splits(store, receipt, parts)
    counts = {c.path: c.transactions for c in list_categories(store)}
    assert (counts[GROCERIES], counts[HOUSEHOLD]) == (2, 1)  # two parts, still one line


def test_the_emergency_fund_counts_only_the_receipts_essential_part(
    store: Store, tmp_path: Path
) -> None:
    split_receipt(store, tmp_path)
    with store.read() as session:
        # groceries are essential, household goods not: 80.00 of the receipt and the grocer
        assert monthly_essentials(session, date(2026, 4, 3), "USD") == (11000, [MARCH])
