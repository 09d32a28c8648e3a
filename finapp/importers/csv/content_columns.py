"""Columns found by what they hold, for files with no header row or one in unknown words.

Many banks (Austrian, Lithuanian, Russian, Dutch) export data rows only, ``;``-separated, dates
``dd.mm.yyyy`` and amounts ``-123,45``; others name their columns in a language finapp has no
words for. Each column left unnamed is weighed by its cells:

* a **date** column reads as dates in one format (the format itself is settled by the caller,
  which says so when day and month order stays open);
* an **amount** is numeric with a sign or decimals (an integer column is an id, not money);
* a **direction** column holds words saying in or out (``D``/``C``, ``Af``/``Bij``, ``S``/``H``,
  ``支出``/``收入``, ``DR``/``CR``, ``-``/``+``);
* a **balance** is the numeric column that follows from the amounts row after row (previous
  balance + amount = balance, oldest or newest first); beside amounts written without a sign,
  it is the column that rises and falls by them, and it signs them (``balance_signs``);
* a **currency** column holds ISO codes; the **description** is the longest varying text.

Never a guess: two date columns, or two amount columns of which neither is the other's running
balance, are returned as problems naming the columns, and the caller asks for a mapping.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from decimal import Decimal
from functools import cached_property

from finapp.core.amounts import AmountError, read_amount
from finapp.errors import Problem, problem_list
from finapp.importers.csv.balance_signs import filled_rows, steps_match
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import (
    ValueProblem,
    date_formats_fitting,
    looks_like_date,
    parse_amount,
    uses_decimal_comma,
)

_NUMERIC = re.compile(r"^[-+]?\(?\d[\d.,'\u00a0 ]*\)?-?$")
#: a currency mark before the number (``€-12,50``, ``EUR -12,50``, ``-€12.50``) or after it
#: (``-12,50 €``, ``1.234,56 EUR``), which the strict amount grammar reads; the mark itself
#: names the currency (``with_written_currency``)
_MARKED = re.compile(r"^-?(?:[A-Z]{3} ?|[$€£¥₽₩] ?)(?=[-+\d(])|(?<=[\d)])\s?(?:[A-Z]{3}|[$€£¥₽₩])$")
_FRACTION = re.compile(r"[.,]\d{1,2}\)?-?$")
_SIGNED = re.compile(r"^[-+(]|-$")
_CODE = re.compile(r"^[A-Z]{3}$")
_CODE_CHARS = re.compile(r"^[A-Z0-9./-]+$")
_SAMPLE = 500
_ZERO = Decimal(0)
#: roles a column may be found for by its content
_MONEY = ("amount", "debit", "credit")


def first_column(roles: dict[str, list[int]], role: str) -> int | None:
    """The column found for ``role``, or None: a role may be found in several columns (payee,
    memo), and the others are read from the first."""
    columns = roles.get(role)
    return columns[0] if columns else None


def _cells(rows: Sequence[tuple[str, ...]], index: int) -> list[str]:
    return [row[index] if index < len(row) else "" for row in rows]


def is_date_column(cells: list[str]) -> bool:
    """Most filled cells are dates and one format reads them all."""
    filled = [c for c in cells if c]
    dated = [c for c in filled if looks_like_date(c)]
    return bool(dated) and len(dated) * 5 >= len(filled) * 4 and bool(date_formats_fitting(dated))


def money_values(cells: list[str], whole: bool = False) -> list[Decimal | None] | None:
    """The column's amounts (None for an empty cell), or None when it is no money column.

    Whole numbers without a sign are ids, counts or references, unless ``whole`` (yen and won
    amounts next to a balance)."""
    filled = [_MARKED.sub("", c) for c in cells if c]
    if not filled or not all(_NUMERIC.match(c) for c in filled):
        return None
    if not whole and not any(_FRACTION.search(c) or _SIGNED.search(c) for c in filled):
        return None
    comma = uses_decimal_comma(filled)
    try:
        return [parse_amount(c, comma) if c else None for c in cells]
    except ValueProblem:
        return None


def is_direction_column(cells: list[str]) -> bool:
    """Every filled cell is a short word saying in or out, and both ways occur: a column of
    ``-`` placeholders alone must not turn every amount into money out."""
    filled = {c for c in cells if c}
    if not filled or any(len(c) > 12 for c in filled):
        return False
    ways = {direction_of(c) for c in filled}
    return None not in ways and {"in", "out"} <= ways


def is_currency_column(cells: list[str]) -> bool:
    filled = {c for c in cells if c}
    if not filled or not all(_CODE.match(c) for c in filled):
        return False
    try:
        return all(read_amount(f"{c} 1").currency == c for c in filled)
    except AmountError:
        return False


def signed(amounts: list[Decimal | None], ways: list[str] | None) -> list[Decimal | None]:
    """The amounts with the sign a direction column gives them, if any."""
    if ways is None:
        return amounts
    out: list[Decimal | None] = []
    for value, word in zip(amounts, ways, strict=True):
        way = direction_of(word)
        if value is None or way not in ("in", "out"):
            out.append(value)
        else:
            out.append(abs(value) if way == "in" else -abs(value))
    return out


def continuous(amounts: Sequence[Decimal | None], balances: Sequence[Decimal | None]) -> bool:
    """Whether each balance is the one before it plus its row's amount, oldest first or
    newest first, over at least two rows."""
    pairs = filled_rows(amounts, balances)
    if pairs is None:
        return False
    oldest_first = all(b1 + a2 == b2 for (_, b1), (a2, b2) in itertools.pairwise(pairs))
    newest_first = all(b2 + a1 == b1 for (a1, b1), (_, b2) in itertools.pairwise(pairs))
    return oldest_first or newest_first


class _Columns:
    """The unnamed columns of a table's data rows, sorted by what they hold."""

    def __init__(self, table: CsvTable, roles: dict[str, list[int]], end: int | None) -> None:
        self.table = table
        self.rows = table.rows[table.data_start : end][:_SAMPLE]
        width = max((len(r) for r in self.rows), default=0)
        taken = {i for ix in roles.values() for i in ix}
        self.free = [i for i in range(width) if i not in taken]
        self.roles = roles

    def cells(self, index: int) -> list[str]:
        return _cells(self.rows, index)

    @cached_property
    def numbers(self) -> dict[int, list[Decimal | None]]:
        """Each free column that holds numbers only, whole ones included (yen, won), read once
        for the several readings that try them as amounts and balances."""
        return {
            i: v for i in self.free if (v := money_values(self.cells(i), whole=True)) is not None
        }

    def name(self, index: int) -> str:
        return repr(self.table.label(index))

    def names(self, indexes: list[int]) -> str:
        return problem_list([self.name(i) for i in indexes], " and ", code="and")


def date_by_content(table: CsvTable, roles: dict[str, list[int]]) -> list[str]:
    """Fill ``roles["date"]`` from the cells when no name gave it; the problems, if any."""
    if roles.get("date"):
        return []
    cols = _Columns(table, roles, table.rows_end())
    dated = [i for i in cols.free if is_date_column(cols.cells(i))]
    if len(dated) == 1:
        roles["date"] = dated
    elif len(dated) > 1:
        names = cols.names(dated)
        return [
            Problem(
                "csv.two_dates",
                f"columns {names} both hold dates; say which is the transaction's",
                columns=names,
            )
        ]
    return []


def payee_by_content(table: CsvTable, roles: dict[str, list[int]], end: int | None) -> None:
    """Fill ``roles["payee"]`` from the data rows up to ``end`` when names gave the date and the
    money but no payee (a Swiss export's ``Text``, a Swedish one's ``Beskrivning``): read by
    names alone, every line would come in without one, nothing to file or detect it by."""
    if roles.get("payee") or roles.get("payer"):
        return
    cols = _Columns(table, roles, end)
    money = {i: values for i in cols.free if (values := money_values(cols.cells(i)))}
    text = _description(cols, roles, money)
    if text is not None:
        roles["payee"] = [text]


def others_by_content(table: CsvTable, roles: dict[str, list[int]], end: int | None) -> list[str]:
    """Fill the money, direction, balance, currency and description roles no name gave, from
    the data rows up to ``end``; the problems, if any."""
    cols = _Columns(table, roles, end)
    problems: list[str] = []
    if not roles.get("direction"):
        problems += _direction(cols, roles)
    direction = first_column(roles, "direction")
    ways_cells = cols.cells(direction) if direction is not None else None
    money = {
        i: values
        for i in cols.free
        if i not in roles.get("direction", []) and (values := money_values(cols.cells(i)))
    }
    named = [i for r in _MONEY for i in roles.get(r, [])]
    if not named:
        problems += _amount_and_balance(cols, money, ways_cells, roles)
    elif roles.get("amount") and not roles.get("balance"):
        amount = roles["amount"][0]
        values = money_values(cols.cells(amount))
        if values is not None:
            amounts = signed(values, ways_cells)
            fits = [i for i, b in money.items() if continuous(amounts, b)]
            if len(fits) == 1:
                roles["balance"] = fits
    if not roles.get("currency"):
        codes = [i for i in cols.free if _unused(i, roles) and is_currency_column(cols.cells(i))]
        if len(codes) == 1:
            roles["currency"] = codes
    if not roles.get("payee"):
        text = _description(cols, roles, money)
        if text is not None:
            roles["payee"] = [text]
    return problems


def direction_by_content(
    table: CsvTable, roles: dict[str, list[int]], end: int | None
) -> list[str]:
    """Fill ``roles["direction"]`` from the cells (a header named the date and an amount that
    is never negative, but not the column saying in or out); the problems, if any."""
    return _direction(_Columns(table, roles, end), roles)


def _direction(cols: _Columns, roles: dict[str, list[int]]) -> list[str]:
    ways = [i for i in cols.free if is_direction_column(cols.cells(i))]
    if len(ways) == 1:
        roles["direction"] = ways
    elif len(ways) > 1:
        names = cols.names(ways)
        return [
            Problem(
                "csv.two_directions", f"columns {names} both say money in or out", columns=names
            )
        ]
    return []


def _unused(index: int, roles: dict[str, list[int]]) -> bool:
    return all(index not in ix for ix in roles.values())


def _amount_and_balance(
    cols: _Columns,
    money: dict[int, list[Decimal | None]],
    ways: list[str] | None,
    roles: dict[str, list[int]],
) -> list[str]:
    """One money column is the amount; two are an amount and its running balance when one
    follows from the other, else the reading is ambiguous. Amounts without a sign beside a
    balance that rises and falls by them come first: the balance signs them."""
    if ways is None:
        unsigned = _unsigned_pairs(cols)
        if len(unsigned) == 1:  # signed by the balance when read (``balance_signs``)
            roles["amount"], roles["balance"] = [unsigned[0][0]], [unsigned[0][1]]
            return []
        if unsigned:
            columns = cols.names(sorted({i for pair in unsigned for i in pair}))
            return [
                Problem(
                    "csv.unsigned_or_balance",
                    f"columns {columns} could each be amounts without a sign or the running "
                    "balance that moves by them; say which is the amount",
                    columns=columns,
                )
            ]
    if len(money) == 1:
        (index,) = money
        whole = _whole_amounts_of(cols, index, money[index], ways)
        if whole is not None:
            roles["amount"], roles["balance"] = [whole], [index]
            return []
        sides = _whole_debit_credit_of(cols, index, money[index])
        if sides is not None:
            roles["debit"], roles["credit"], roles["balance"] = [sides[0]], [sides[1]], [index]
            return []
        roles["amount"] = [index]
        return []
    if len(money) < 2:
        return []
    pairs = [
        (a, b)
        for a in money
        for b in money
        if a != b and continuous(signed(money[a], ways), money[b])
    ]
    if len(pairs) == 1 and len(money) == 2:
        roles["amount"], roles["balance"] = [pairs[0][0]], [pairs[0][1]]
        return []
    columns = cols.names(sorted(money))
    if len(money) == 2 and all(
        (a is None) != (b is None) for a, b in zip(*money.values(), strict=True)
    ):
        return [
            Problem(
                "csv.debit_or_credit",
                f"columns {columns} could be money out and money in (debit and credit); "
                "say which is which",
                columns=columns,
            )
        ]
    return [
        Problem(
            "csv.many_amounts",
            f"columns {columns} all hold amounts and none is a running balance of another; "
            "say which is the amount",
            columns=columns,
        )
    ]


def _is_code(cell: str) -> bool:
    """An account number or reference: Latin capitals, digits and ``./-`` only, half of them
    or more digits (``AT61 1904 3002 3457 3201``, ``RF18539007547034``); ``中国铁路12306`` is a
    payee."""
    text = cell.replace(" ", "")
    return bool(_CODE_CHARS.match(text)) and sum(c.isdigit() for c in text) * 2 >= len(text)


def _whole_amounts_of(
    cols: _Columns, index: int, balances: list[Decimal | None], ways: list[str] | None
) -> int | None:
    """The one column of whole numbers (yen, won) that, signed by the direction column, the
    balance column ``index`` follows row after row; None when there is none or several."""
    if ways is None:
        return None
    fits = [
        i for i, v in cols.numbers.items() if i != index and continuous(signed(v, ways), balances)
    ]
    return fits[0] if len(fits) == 1 else None


def _whole_debit_credit_of(
    cols: _Columns, index: int, balances: list[Decimal | None]
) -> tuple[int, int] | None:
    """The money-out and money-in columns of whole numbers (yen, won), one of them filled a
    row, that the balance column ``index`` follows (credit minus debit, row after row): without
    them the balance would be taken for the amount."""
    whole = {i: v for i, v in cols.numbers.items() if i != index}
    fits = [
        (out, into)
        for out, debits in whole.items()
        for into, credits in whole.items()
        if out != into
        and all((d is None) != (c is None) for d, c in zip(debits, credits, strict=True))
        and continuous(
            [abs(c or _ZERO) - abs(d or _ZERO) for d, c in zip(debits, credits, strict=True)],
            balances,
        )
    ]
    return fits[0] if len(fits) == 1 else None


def _unsigned_pairs(cols: _Columns) -> list[tuple[int, int]]:
    """(amount, balance) pairs of columns where the amounts carry no sign and the balance
    rises and falls by exactly them row after row (whole numbers too: yen, won). Over two steps
    or more in both directions, no column of ids or references does that by chance."""
    return [
        (a, b)
        for a, amounts in cols.numbers.items()
        for b, balances in cols.numbers.items()
        if a != b and all(v is None or v >= 0 for v in amounts) and steps_match(amounts, balances)
    ]


def _description(
    cols: _Columns, roles: dict[str, list[int]], money: dict[int, list[Decimal | None]]
) -> int | None:
    """The free text column with the longest cells among those whose cells vary, else the one
    text column there is (a short statement may list one payee only); a column holding a
    number or a date in any row is no description (a balance without decimals), nor is one of
    codes only (the other party's IBAN, a reference ``LT20250214-8812``)."""
    texts: dict[int, list[str]] = {}
    for i in cols.free:
        if i in money or not _unused(i, roles):
            continue
        filled = [c for c in cols.cells(i) if c]
        if (
            filled
            and not any(looks_like_date(c) or _NUMERIC.match(c) for c in filled)
            and not all(_is_code(c) for c in filled)
        ):
            texts[i] = filled
    varying = {i: filled for i, filled in texts.items() if len(set(filled)) > 1}
    if not varying:
        return next(iter(texts)) if len(texts) == 1 else None
    return max(varying, key=lambda i: sum(len(c) for c in varying[i]) / len(cols.rows))
