"""Money between the user's own accounts is a transfer on both sides, not spending or income."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.transfers import Movement, match_transfers
from finapp.services.reports import income_vs_expenses
from finapp.services.transactions import list_transactions
from tests.categorize.statements import by_payee, load


def test_card_payment_and_savings_transfer_are_paired_on_both_sides(store, tmp_path: Path):
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 3, 1), "3000.00", "ACME PAYROLL"),
            (date(2024, 3, 10), "-412.37", "CHASE CREDIT CRD EPAY 240310"),
            (date(2024, 3, 12), "-500.00", "ONLINE TRANSFER TO SAV ...9912"),
            (date(2024, 3, 14), "-80.00", "GREEN GROCER 7"),
        ],
    )
    load(
        store,
        tmp_path,
        "4444",
        [
            (date(2024, 3, 2), "-412.37", "HARDWARE BARN 33"),
            (date(2024, 3, 12), "412.37", "PAYMENT THANK YOU"),
            (date(2024, 3, 14), "80.00", "GREEN GROCER REFUND"),  # a refund, not a payment
        ],
        kind="CREDITCARD",
    )
    load(
        store,
        tmp_path,
        "9912",
        [(date(2024, 3, 13), "500.00", "TRANSFER FROM CHK ...111")],
        kind="SAVINGS",
    )
    txns = by_payee(store)
    pay, credit = txns["CHASE CREDIT CRD EPAY 240310"], txns["PAYMENT THANK YOU"]
    out, into = txns["ONLINE TRANSFER TO SAV ...9912"], txns["TRANSFER FROM CHK ...111"]
    assert pay.is_transfer and credit.is_transfer and out.is_transfer and into.is_transfer
    assert not txns["HARDWARE BARN 33"].is_transfer  # a purchase, though the same amount
    assert not txns["GREEN GROCER REFUND"].is_transfer
    assert not txns["GREEN GROCER 7"].is_transfer
    [totals] = [m for m in income_vs_expenses(store) if m.month == "2024-03"]
    assert totals.income_minor == 300000  # payroll: money back is not income
    assert totals.expenses_minor == 41237 + 8000 - 8000  # hardware, groceries refunded


def test_closest_dates_pair_first_and_each_line_pairs_once() -> None:
    def m(i: int, acct: int, day: int, amount: int, text: str = "PAYMENT") -> Movement:
        return Movement(
            i,
            acct,
            "credit_card" if acct == 2 else "checking",
            date(2024, 1, day),
            amount,
            "USD",
            text,
        )

    pairs = match_transfers(
        [
            m(1, 1, 1, -10000),
            m(2, 2, 3, 10000),
            m(3, 1, 2, -10000),
            m(4, 2, 2, 10000),
            m(5, 1, 20, -10000),  # no credit within the window
        ]
    )
    assert sorted(pairs) == [(1, 2), (3, 4)]
    assert match_transfers([m(1, 1, 1, -500, "COFFEE"), m(2, 3, 1, 500, "REFUND")]) == []
    assert match_transfers([m(1, 1, 1, -500), m(2, 1, 1, 500)]) == []  # same account


def test_transfers_survive_rerun_and_uncategorized_transfers_stay_out(store, tmp_path):
    load(store, tmp_path, "111", [(date(2024, 3, 10), "-250.00", "XFER TO CARD 4444")])
    load(store, tmp_path, "4444", [(date(2024, 3, 11), "250.00", "CREDIT 8812")], kind="CREDITCARD")
    assert [t.is_transfer for t in list_transactions(store)] == [True, True]
    assert sum(m.expenses_minor for m in income_vs_expenses(store)) == 0
