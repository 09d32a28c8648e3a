"""A line an OFX statement gives in another currency (``<CURRENCY>``) is read in the
statement's own at the rate the file gives, and the import says so; ``<ORIGCURRENCY>`` (the
bank converted it already) is left as it is.

``ofx_notes/card_spent_abroad.qfx`` is a US card's QFX (Chase's SGML layout) for a February
with a week in Paris: a café and a métro ticket given in EUR with their rates, a hotel the bank
converted itself; its ledger balance is the sum of the lines in USD.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import StatementError
from finapp.importers.ofx import read_ofx
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from tests.importers.helpers import counts, rows

ABROAD = Path(__file__).parent / "ofx_notes" / "card_spent_abroad.qfx"


def test_lines_in_euros_are_read_in_dollars_at_the_statements_rates() -> None:
    parsed = read_statement_file(ABROAD)
    (statement,) = parsed.statements
    assert statement.account.currency == "USD"
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("NETFLIX.COM", Decimal("-15.49")),
        ("CAFE DE FLORE PARIS", Decimal("-21.60")),  # -20.00 EUR at 1.08
        ("HOTEL LUTETIA PARIS", Decimal("-43.20")),  # ORIGCURRENCY: already in USD
        ("RATP PARIS METRO", Decimal("-3.79")),  # -3.50 EUR at 1.0825 = -3.78875, half-even
    ]
    assert parsed.notes == (
        "2 lines in EUR (<CURRENCY>) read in USD at the rates the statement gives; the first, "
        "line 48: -20.00 EUR at 1.08 is -21.60 USD",
    )


def test_the_converted_lines_add_up_to_the_cards_stated_balance(store) -> None:
    result = import_files(store, [ABROAD]).files[0]
    assert result.error is None and result.new == 4
    assert sum(amount for _day, amount, _payee, _id in rows(store)) == Decimal("-84.08")


def test_one_converted_line_is_said_with_its_rate(store, write) -> None:
    text = ABROAD.read_text(encoding="utf-8")
    metro = text.index("<STMTTRN>", text.index("HOTEL LUTETIA"))
    one = text[:metro] + text[text.index("</BANKTRANLIST>") :]
    result = import_files(store, [write("one.qfx", one)]).files[0]
    assert result.notes == (
        "line 48: -20.00 EUR (<CURRENCY>) read as -21.60 USD at the rate the statement gives "
        "(1.08)",
    )


def test_a_line_in_euros_without_a_rate_refuses_the_file_at_its_line(store, write) -> None:
    no_rate = ABROAD.read_text(encoding="utf-8").replace("<CURRATE>1.08\n", "", 1)
    path = write("no_rate.qfx", no_rate)
    with pytest.raises(StatementError) as refused:
        read_statement_file(path)
    assert str(refused.value) == (
        f"{path}, line 48: the transaction is in EUR (<CURRENCY>) but gives no usable rate to "
        "USD, the statement's currency (<CURRATE> '')"
    )
    assert import_files(store, [path]).files[0].batch_id is None
    assert counts(store) == (0, 0, 0)


def test_a_currency_that_is_the_statements_own_changes_nothing() -> None:
    text = ABROAD.read_text(encoding="utf-8").replace("<CURSYM>EUR", "<CURSYM>USD")
    parsed = read_ofx("same_currency.qfx", text.encode())
    assert [t.amount for t in parsed.statements[0].transactions][1] == Decimal("-20.00")
    assert parsed.notes == ()
