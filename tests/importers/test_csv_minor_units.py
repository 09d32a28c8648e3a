"""Each currency keeps its own minor unit from a CSV cell to the store and the screen.

¥1200 is 1200 yen (not ¥12.00), BD 1.234 is three decimals of a dinar, and a decimal the
currency does not have is refused with its line rather than rounded away.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from sqlalchemy import select

from finapp.core.money import exact_minor, from_minor
from finapp.gui.models.formatting import format_money
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction

Write = Callable[[str, str | bytes], Path]


def _statement(currency: str, *amounts: str) -> str:
    rows = "".join(f'2024-03-0{i + 1},Shop {i},"{a}",{currency}\n' for i, a in enumerate(amounts))
    return "Date,Payee,Amount,Currency\n" + rows


def _stored_minor(store: Store) -> list[tuple[int, str]]:
    with store.read() as session:
        return sorted((t.amount_minor, t.currency) for t in session.scalars(select(Transaction)))


def test_yen_are_stored_as_whole_units_and_shown_without_decimals(
    store: Store, write: Write
) -> None:
    path = write("jp.csv", _statement("JPY", "-1200", "¥-1,200", "30000"))
    result = import_files(store, [path])
    assert result.files[0].error is None
    assert _stored_minor(store) == [(-1200, "JPY"), (-1200, "JPY"), (30000, "JPY")]
    shown = list_transactions(store)
    assert [str(t.amount) for t in shown] == ["-1200", "-1200", "30000"]
    assert (
        format_money(
            shown[0].amount, "JPY", QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
        )
        == "-¥1,200"
    )


def test_bahraini_dinars_keep_three_decimals(store: Store, write: Write) -> None:
    path = write("bh.csv", _statement("BHD", "-1.234", "250.500"))
    assert import_files(store, [path]).files[0].error is None
    assert _stored_minor(store) == [(-1234, "BHD"), (250500, "BHD")]
    assert [str(t.amount) for t in list_transactions(store)] == ["-1.234", "250.500"]


@pytest.mark.parametrize(
    ("currency", "cell"),
    [
        ("JPY", "-1200.50"),
        ("USD", "-1.234"),
        ("KWD", "-1.2345"),
        ("XOF", "-1500.50"),
        ("UGX", "-2000.5"),
    ],
)
def test_a_decimal_the_currency_does_not_have_refuses_the_file_naming_the_line(
    store: Store, write: Write, currency: str, cell: str
) -> None:
    path = write("extra.csv", _statement(currency, "-1", cell))
    error = import_files(store, [path]).files[0].error
    assert error is not None and "extra.csv, line 3:" in error and currency in error
    assert _stored_minor(store) == []


def test_whole_currencies_the_store_counts_in_hundredths_keep_their_stored_amounts() -> None:
    # CFA francs were always kept in hundredths: what is stored must read back unchanged.
    assert exact_minor(Decimal("1500"), "XOF") == 150000
    assert from_minor(150000, "XOF") == Decimal("1500")
