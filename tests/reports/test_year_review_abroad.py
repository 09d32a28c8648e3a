"""The year of a student abroad whose dollars have no yuan rate (tests/reports/student_abroad.py).

His yuan alone "saved 98.5%" of what his family sent, while his tuition and rent, paid in
dollars, were left out for want of a rate: the review claimed a savings rate over a sliver of
his money, its largest purchases left out the 9,788.00 USD tuition, and the CLI said "no rate
on or before 2026-11-30" where the window said "no rate on Nov 15, 2026". Now there is no
savings rate but what was left out, the dollars' largest purchases are listed apart, and both
faces name one day: the rates on or before the day the statements reach.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from finapp.cli.commands.report_cmd import _print_converted
from finapp.cli.commands.report_year import print_review
from finapp.services.year_review import year_review
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.reports.student_abroad import ENDS, TODAY, student_abroad


def test_no_savings_rate_is_claimed_over_the_yuan_alone(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    student_abroad(store)

    review = year_review(store, 2026, today=TODAY)

    assert review.as_of == ENDS
    assert [(t.currency, t.income, t.expenses) for t in review.left_out] == [
        ("USD", Decimal("3060.75"), Decimal("40227.50"))
    ]
    assert review.savings_rate is None
    print_review(review, _print_converted)
    out = capsys.readouterr().out
    assert (
        "Savings rate: n/a: no rate from USD to CNY (40227.50 USD spent and 3060.75 USD earned "
        "left out)\n"
    ) in out
    # one rule, one day: the rates in force on the day the statements reach, as the window says
    assert "  not converted, no rate on or before 2026-11-15: USD\n" in out
    assert "2026-11-30" not in out


def test_the_dollars_largest_purchases_are_listed_apart_from_the_yuans(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    student_abroad(store)

    largest = year_review(store, 2026, today=TODAY).largest

    assert [(p.currency, p.amount) for p in largest[:4]] == [
        ("CNY", Decimal("251.62")),
        ("CNY", Decimal("225.49")),
        ("CNY", Decimal("50.00")),
        ("CNY", Decimal("50.00")),
    ]
    dollars = [(p.posted.isoformat(), p.category, p.amount) for p in largest if p.currency == "USD"]
    assert dollars[:3] == [
        ("2026-08-21", "Education", Decimal("9788.00")),
        ("2026-01-07", "Education", Decimal("9310.00")),
        ("2026-01-01", "Housing:Rent", Decimal("1540.00")),
    ]
    assert len(dollars) == 10
    print_review(year_review(store, 2026, today=TODAY), _print_converted)
    out = capsys.readouterr().out
    apart = out.split("Largest purchases in USD (no rate to CNY: ranked apart)\n")[1]
    assert apart.splitlines()[2].split()[-2:] == ["9788.00", "USD"]


def test_the_json_has_no_savings_rate_and_says_what_was_left_out(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    student_abroad(store)
    store.close()

    code, out, err = run_main(
        ["--data-dir", str(store.data_dir), "report", "--year", "2026", "--json"], capsys
    )

    assert code == 0, err
    year = json.loads(out)
    assert year["savings_rate"] is None
    assert year["left_out"] == [
        {"currency": "USD", "income": "3060.75", "expenses": "40227.50", "net": "-37166.75"}
    ]
    tuition = next(p for p in year["largest"] if p["amount"] == "9788.00")
    assert (tuition["currency"], tuition["converted"]) == ("USD", None)
