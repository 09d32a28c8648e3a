"""Money the user moves between their own pots is neither income nor spending.

The files in ``own_moves/`` are written as the apps export them. ``paypal_2026_10.csv`` is
PayPal's activity download: an eBay purchase of 1,249.00 and a Disney+ payment of 13.99, each
paid by a ``General Card Deposit`` from the user's card, and 57.96 from Anna Lee (60.00 less
the fee). ``card_2026_10.ofx`` is that card's statement: ``PAYPAL *EBAY`` and
``PAYPAL *DISNEYPLUS``, a day later. ``revolut_2026_11.csv`` is Revolut's statement: a top-up
by the user's card, an exchange of 100 EUR into 85.90 GBP, 50 EUR into the savings product and
40 EUR from Jean Dupont, someone else. ``monzo_2026_10.csv`` is Monzo's: a 200 pot transfer.
``statement_31415926_EUR_…`` and ``…_USD_…`` are Wise's statements of its euro and dollar
balances, one file per currency as Wise writes them: 250 EUR converted into 269.98 USD (the
``BALANCE-`` row in each, its fee of 1.26 EUR in the euro one), a salary received, Spotify and
an Amazon order paid by card. ``paypal_2026_11.csv`` is PayPal's download of a £20.00 Etsy mug
paid from dollars (a ``General Currency Conversion`` row in each currency, the dollars from the
bank) and refunded, Spotify Family by card and 35.00 to a friend from the bank.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.import_undo import undo_imports
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

HERE = Path(__file__).parent / "own_moves"
PAYPAL, CARD = HERE / "paypal_2026_10.csv", HERE / "card_2026_10.ofx"
WISE = sorted(HERE.glob("statement_31415926_*.csv"))
PAYPAL_CONVERSION = HERE / "paypal_2026_11.csv"
#: the conversion's two rows: the pounds in, the dollars out
PAYPAL_CONVERTED = {
    (date(2026, 11, 14), "GBP", Decimal("20.00")),
    (date(2026, 11, 14), "USD", Decimal("-25.41")),
}


def _totals(store: Store, month: date) -> dict[str, tuple[Decimal, Decimal]]:
    """Income and spending of a month by currency, as ``finapp report`` shows them."""
    return {t.currency: (t.income, t.expenses) for t in month_report(store, month).totals}


@pytest.mark.parametrize("order", [(PAYPAL, CARD), (CARD, PAYPAL)], ids=["app", "card"])
def test_a_card_charge_paying_a_paypal_purchase_counts_once(store: Store, order) -> None:
    import_files(store, list(order))

    # the eBay bike once, Disney+ once; the card deposits are no income
    totals = _totals(store, date(2026, 10, 1))
    assert totals == {"USD": (Decimal("57.96"), Decimal("1262.99"))}
    lines = list_transactions(store)
    card = [t for t in lines if t.payee.startswith("PAYPAL")]
    assert len(card) == 2 and all(t.is_transfer for t in card)
    assert not any(t.is_transfer for t in lines if t.payee.startswith(("eBay", "Disney")))


def test_a_paypal_card_deposit_is_no_income_without_the_card(store: Store) -> None:
    import_files(store, [PAYPAL])

    assert _totals(store, date(2026, 10, 1)) == {"USD": (Decimal("57.96"), Decimal("1262.99"))}


def test_undoing_the_card_leaves_the_paypal_deposits_out_of_income(store: Store) -> None:
    (_, card) = import_files(store, [PAYPAL, CARD]).files

    undo_imports(store, [card.batch_id])

    assert _totals(store, date(2026, 10, 1)) == {"USD": (Decimal("57.96"), Decimal("1262.99"))}


def test_revolut_exchanges_savings_and_card_top_ups_are_the_users_own_money(
    store: Store,
) -> None:
    import_files(store, [HERE / "revolut_2026_11.csv"])

    # Lidl and Pret and the Tube are the spending; Jean Dupont's 40 the only income
    assert _totals(store, date(2026, 11, 1)) == {
        "EUR": (Decimal("40.00"), Decimal("23.45")),
        "GBP": (Decimal("0.00"), Decimal("12.60")),
    }


def test_a_monzo_pot_transfer_is_no_spending(store: Store) -> None:
    import_files(store, [HERE / "monzo_2026_10.csv"])

    # Pret twice, Thames Water, Netflix and Fnac; the 200 into the pot stays the user's
    assert _totals(store, date(2026, 10, 1)) == {"GBP": (Decimal("2100.00"), Decimal("85.89"))}


def test_a_wise_conversion_between_its_balances_is_neither_spent_nor_earned(store: Store) -> None:
    import_files(store, WISE)

    # the salary and the card payments only; the euros become dollars, not spending and income
    assert _totals(store, date(2026, 11, 1)) == {
        "EUR": (Decimal("1000.00"), Decimal("14.99")),
        "USD": (Decimal("0.00"), Decimal("42.10")),
    }
    lines = list_transactions(store)
    converted = [t for t in lines if t.payee.startswith("Converted")]
    assert [t.currency for t in converted] == ["EUR", "USD"] and all(
        t.is_transfer for t in converted
    )
    assert not any(t.is_transfer for t in lines if t not in converted)
    # one bank, one kind of account: each is told from the other by its currency
    assert sorted({t.account for t in lines}) == ["Wise (EUR)", "Wise (USD)"]


def test_wise_balances_keep_their_names_through_later_statements(store: Store) -> None:
    """The euro balance, renamed when the dollar one came, still takes its own statements."""
    euro, dollar = sorted(WISE, key=lambda path: "USD" in path.name)
    first = import_files(store, [euro])
    second = import_files(store, [dollar])
    again = import_files(store, WISE)

    assert [a.account for a in first.account_totals()] == ["Wise"]
    assert [a.account for a in second.account_totals()] == ["Wise (USD)"]
    assert (again.new, again.duplicates) == (0, first.new + second.new)
    assert sorted({t.account for t in list_transactions(store)}) == ["Wise (EUR)", "Wise (USD)"]


def test_a_paypal_currency_conversion_is_neither_spent_nor_earned(store: Store) -> None:
    """The mug's dollars became pounds in PayPal: the pounds were counted as 20.00 of income
    and the dollars as 25.41 of spending, though the mug was refunded and nothing was spent."""
    import_files(store, [PAYPAL_CONVERSION])

    # Spotify Family and the friend; the refunded mug nets to nothing in pounds
    assert _totals(store, date(2026, 11, 1)) == {
        "GBP": (Decimal("0.00"), Decimal("0.00")),
        "USD": (Decimal("0.00"), Decimal("54.99")),
    }
    lines = list_transactions(store)
    converted = [t for t in lines if (t.date, t.currency, t.amount) in PAYPAL_CONVERTED]
    assert len(converted) == 2 and all(t.is_transfer for t in converted)
