"""Work out a :class:`CsvMapping` for a table, or say exactly what is unclear.

Column roles come from the header (names in English, Chinese, German, French, Spanish, Dutch),
checked against the cells; then a built-in profile, when one matches, settles what names cannot
(payee column, date order, card sign). Nothing is guessed: when two date readings fit every row,
when all amounts are positive with nothing telling money in from out, or when no date or amount
column is found, :class:`CsvMappingNeeded` lists the problems and carries what *was* found, so
the GUI can open its mapping wizard pre-filled.

This module decides; finding columns by name (:mod:`.named_columns`), by content
(:mod:`.content_columns`) and by a header-less file's shape (:mod:`.headerless`), and the
file's month and currency (:mod:`.file_hints`), live apart.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.errors import Problem, UnknownFormatError, problem_list
from finapp.importers.csv.balance_signs import steps_match
from finapp.importers.csv.card_files import (
    card_sign_problems,
    says_credit_card,
    thanked_card_sign,
)
from finapp.importers.csv.content_columns import (
    date_by_content,
    direction_by_content,
    first_column,
    money_values,
    others_by_content,
    payee_by_content,
)
from finapp.importers.csv.deposits_only import (
    DepositRow,
    deposits_only,
    deposits_problem,
    savings_file,
)
from finapp.importers.csv.fees import fees_on_rows_of_their_own
from finapp.importers.csv.file_hints import default_currency, writes_day_first, year_hint
from finapp.importers.csv.headerless import headerless_profile
from finapp.importers.csv.left_out import PENDING_STATUSES
from finapp.importers.csv.mapping import CsvMapping, balance_by_name, normalise_name
from finapp.importers.csv.mapping_needed import CsvMappingNeeded
from finapp.importers.csv.named_columns import named_roles
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.profile_dates import SWAPPED, profile_date_format
from finapp.importers.csv.profiles import profile_for_table
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import (
    ValueProblem,
    date_formats_fitting,
    date_like,
    looks_like_date,
    parse_amount,
    uses_decimal_comma,
)


def _no_date_error(table: CsvTable, path: str) -> UnknownFormatError:
    """Why no row holds a date: the first cell written like a date that is none, with its
    line (``2025-13-02``, ``9999-12-31``), else "not a statement export"."""
    first = table.data_start
    for row, line in zip(table.rows[first : first + 200], table.lines[first:], strict=False):
        bad = next((c for c in row if date_like(c)), None)
        if bad is not None:
            return UnknownFormatError(
                path,
                Problem(
                    "csv.impossible_date",
                    f"{bad!r} is not a date (a calendar date from 1900 to 2199)",
                    value=bad,
                ),
                line,
            )
    return UnknownFormatError(
        path,
        Problem(
            "csv.no_dates",
            "not a statement export: no row holds a date (or it lists no transactions)",
        ),
    )


def detect_mapping(
    table: CsvTable,
    path: str = "",
    profile: Profile | None = None,
    chosen_format: str = "",
    first_sign: str = "",
) -> CsvMapping:
    """The mapping of ``table``, or :class:`CsvMappingNeeded` saying what is ambiguous.

    ``profile`` forces a built-in profile instead of the one the header or shape matches, and
    ``chosen_format`` is the user's word on the dates (``DD/MM/YYYY`` where months and days both
    fit): taken when the date column's dates all fit it. ``first_sign`` is the user's word on
    the oldest row where the balance signs the others (:mod:`.deposits_only`).
    """
    if profile is not None and table.header_index is not None:
        _refuse_missing_columns(table, profile, path)
    if not any(looks_like_date(c) for row in table.rows[table.data_start :][:200] for c in row):
        raise _no_date_error(table, path)
    if profile is None and table.header_index is None:
        profile = headerless_profile(table)
    elif profile is None:
        profile = _fitting_its_dates(table, profile_for_table(table))
    roles = named_roles(table, profile)
    card = profile is None and says_credit_card(table, path)
    problems: list[str] = []
    date_unclear, money_unclear = _by_content(table, roles) if profile is None else ([], [])
    problems += date_unclear + money_unclear
    date_col = first_column(roles, "date")
    if date_col is None and not date_unclear:
        problems.append(Problem("csv.no_date_column", "no date column found"))
    amount, debit = first_column(roles, "amount"), first_column(roles, "debit")
    credit = first_column(roles, "credit")
    direction = first_column(roles, "direction")
    if amount is None and (debit is None or credit is None) and not money_unclear:
        problems.append(
            Problem(
                "csv.no_amount_column", "no amount column found (nor both debit and credit columns)"
            )
        )
    year, month = year_hint(table)
    date_format = profile.date_format if profile and profile.date_format else None
    end = table.data_end(date_col) if date_col is not None else None
    if date_format and date_col is not None and not chosen_format:
        values = table.column(date_col, end)
        date_format = profile_date_format(date_format, values, year, writes_day_first(table))
    if date_col is not None and (date_format is None or chosen_format):
        fitting = date_formats_fitting(table.column(date_col, end), year)
        if len(fitting) > 1 and writes_day_first(table):
            fitting = [f for f in fitting if f != "MM/DD/YYYY"]
        if chosen_format in fitting:
            date_format = chosen_format
        elif chosen_format:
            label = table.label(date_col)
            problems.append(
                Problem(
                    "csv.dates_not_in_format",
                    f"dates in {label!r} are not all written {chosen_format}",
                    column=label,
                    format=chosen_format,
                )
            )
        elif not fitting:
            label = table.label(date_col)
            problems.append(
                Problem(
                    "csv.not_dates",
                    f"column {label!r} holds values that are not dates",
                    column=label,
                )
            )
        elif len(fitting) > 1:
            label = table.label(date_col)
            problems.append(
                Problem(
                    "csv.dates_ambiguous",
                    f"dates in {label!r} fit both " + " and ".join(fitting[:2]) + "; say which",
                    column=label,
                    first=fitting[0],
                    second=fitting[1],
                )
            )
        else:
            date_format = fitting[0]
    money_cols = [c for c in (amount, debit, credit) if c is not None]
    decimal_comma = uses_decimal_comma(v for c in money_cols for v in table.column(c, end)[:500])
    if (
        profile is None
        and direction is None
        and amount is not None
        and _never_negative(table.column(amount, end), decimal_comma)
    ):
        problems += direction_by_content(table, roles, end)
        direction = first_column(roles, "direction")
    balance = first_column(roles, "balance")
    if balance is None and table.header_index is not None:
        balance = balance_by_name(table.header, {i for ix in roles.values() for i in ix})
    if profile and profile.sign:
        sign = profile.sign
    elif direction is not None and amount is not None:
        sign = "direction"
    elif debit is not None and credit is not None:
        sign = "debit_credit"
    elif (
        amount is not None
        and balance is not None
        and _balance_moves_by(table, amount, balance, end)
    ):
        sign = "balance"
    elif card and amount is not None:
        sign = "negate"  # a Chinese card's purchases are positive, its repayments negative
    else:
        sign = "as_is"
    if sign == "as_is" and amount is not None and profile is None and not card:
        words, amounts = _line_words(table, roles, end), _amounts(table, amount, end, decimal_comma)
        card_sign = thanked_card_sign(words, amounts)  # Amex's short download, U.S. Bank's card
        if card_sign is not None:
            sign, card = card_sign, True
    deposits = None
    if sign == "as_is" and profile is None and not card and not problems and date_format:
        columns = (date_col, amount, balance, first_column(roles, "payee"))
        deposits = _deposits(table, columns, date_format, year, end, decimal_comma)
    saver = deposits is not None and savings_file(path)
    if deposits is not None and (first_sign or not saver):
        sign = "balance"  # every row but the oldest signed by the balance; the oldest asked
        if not first_sign:
            assert amount is not None and balance is not None  # as _deposits found them
            problems.append(deposits_problem(deposits, table.label(amount), table.label(balance)))
    if (
        sign == "as_is"
        and amount is not None
        and not problems
        and not (profile and profile.sign)
        and not saver  # a saver's deposits, proved by its balance, are read as written
        and not card  # a card's, told by the payment it thanks for
    ):
        card_question = card_sign_problems(table) if profile is None else []
        card = bool(card_question)
        sign = "negate" if card else sign  # the wizard opens with the likely answer
        problems += card_question or _sign_problems(
            table.column(amount, end), table.label(amount), decimal_comma
        )
    fee = first_column(roles, "fee")
    fitid = first_column(roles, "fitid")
    if fee is not None and amount is not None and fitid is not None:
        ids = table.column(fitid, end)
        written, fees = (list(_amounts(table, c, end, decimal_comma)) for c in (amount, fee))
        if fees_on_rows_of_their_own(ids, _line_words(table, roles, end), written, fees):
            fee = None  # Wise's: each fee is a row of its own too
    partial = CsvMapping(
        header=table.header,
        date=date_col if date_col is not None else -1,
        date_format=date_format or "",
        sign=sign,
        amount=amount if sign in ("as_is", "negate", "direction", "balance") else None,
        debit=debit if sign == "debit_credit" else None,
        credit=credit if sign == "debit_credit" else None,
        direction=direction if sign == "direction" else None,
        payee=tuple(roles.get("payee", ())),
        payer=tuple(roles.get("payer", ())),
        memo=tuple(i for i in roles.get("memo", ()) if i not in roles.get("payee", ())),
        fitid=fitid,
        currency=first_column(roles, "currency"),
        status=first_column(roles, "status"),
        time=first_column(roles, "time"),
        fee=fee,
        booked=first_column(roles, "booked"),
        balance=balance if sign == "balance" else first_column(roles, "balance"),
        has_header=table.header_index is not None,
        decimal_comma=decimal_comma,
        default_currency=default_currency(
            table, profile, normalise_name(table.label(money_cols[0])) if money_cols else ""
        ),
        account_type=AccountType.SAVINGS if saver else _account_type(profile, card),
        institution=profile.institution if profile else "",
        profile=profile.name if profile else "",
        year_hint=year,
        statement_month=month,
        skip_status=profile.skip_status if profile else PENDING_STATUSES,
        skip_empty_amount=profile.skip_empty_amount if profile else False,
    )
    if problems:
        if amount is not None:
            problems += _bad_amount(table, amount, end, decimal_comma)
        raise CsvMappingNeeded(path, problems, table, partial)
    return partial


def _line_words(table: CsvTable, roles: dict[str, list[int]], end: int | None) -> list[str]:
    """Each line's payee and memo words."""
    texts = [table.column(c, end) for c in (*roles.get("payee", ()), *roles.get("memo", ()))]
    return [" ".join(words) for words in zip(*texts, strict=False)] if texts else []


def _amounts(
    table: CsvTable, amount: int, end: int | None, decimal_comma: bool
) -> Iterator[Decimal | None]:
    """Each line's signed amount (None when unreadable: the reader names its line)."""
    for cell in table.column(amount, end):
        try:
            yield parse_amount(cell, decimal_comma)
        except ValueProblem:
            yield None


def _bad_amount(table: CsvTable, amount: int, end: int | None, decimal_comma: bool) -> list[str]:
    """The first amount no reading can take, with its line: a typo (``-45.2O``) is worth
    fixing before the user settles the rest, and the reader would stop there anyway."""
    first = table.data_start
    for cell, line in zip(table.column(amount, end), table.lines[first:], strict=False):
        try:
            parse_amount(cell, decimal_comma)
        except ValueProblem as exc:
            reason = exc.args[0]
            return [
                Problem("csv.bad_amount_line", f"line {line}: {reason}", line=line, reason=reason)
            ]
    return []


#: the roles a profile's named columns must be in a file it is forced on
_REQUIRED_ROLES = ("date", "amount", "debit", "credit", "direction", "payee", "payer")


def _fitting_its_dates(table: CsvTable, profile: Profile | None) -> Profile | None:
    """The profile the header matched, unless the file's dates are written in neither of its
    ways: Woolworths Money writes Citi's columns (``Date,Status,Description,Credit,Debit``)
    with dates like ``19 Oct 15``, and read as Citi's (``MM/DD/YYYY``, dollars) no row was
    dated, so none was imported. Such a file is read by its content instead."""
    if profile is None or not profile.date_format:
        return profile
    date_col = first_column(named_roles(table, profile), "date")
    if date_col is None:
        return profile
    values = table.column(date_col, table.data_end(date_col))
    readings = {profile.date_format, SWAPPED.get(profile.date_format, "")}
    fitting = date_formats_fitting(values)
    return profile if not fitting or readings & set(fitting) else None


def _refuse_missing_columns(table: CsvTable, profile: Profile, path: str) -> None:
    """Refuse a file the user read with a profile whose columns it lacks: a Starling export
    read as Barclays would lose its payees and keep its opening-balance line.

    Only the columns a profile reads its lines by (date, money, payee) are required; one that
    only helps recognise the export (American Express's ``Card Member``) or adds a detail
    (a memo, a fee) may be missing.
    """
    names = {normalise_name(h) for h in table.header}
    missing = [
        wanted[0]
        for role, wanted in profile.roles.items()
        if role in _REQUIRED_ROLES and wanted and not names.intersection(wanted)
    ]
    if not missing:
        return
    columns = ", ".join(missing)
    raise UnknownFormatError(
        path,
        Problem(
            "csv.profile_columns_missing",
            f"this file is not a {profile.name!r} export: it lacks the columns {columns}",
            profile=profile.name,
            missing=problem_list(missing, ", ", "names"),
        ),
    )


def _account_type(profile: Profile | None, card: bool) -> str:
    """The profile's type of account; else a card's for a file that is a card's, else checking."""
    if profile is not None:
        return profile.account_type
    return AccountType.CREDIT_CARD if card else AccountType.CHECKING


def _by_content(table: CsvTable, roles: dict[str, list[int]]) -> tuple[list[str], list[str]]:
    """Roles no name gave, found from the cells; what stays ambiguous about the date column,
    and about the others, stops the automatic reading.

    Only a file whose names leave its date or its money unknown is read by content: a header
    naming both is read as before, but for its payee when no name gave one.
    """
    has_money = roles.get("amount") or (roles.get("debit") and roles.get("credit"))
    named = bool(roles.get("date") and has_money)
    date_unclear = [] if named else date_by_content(table, roles)
    date_col = first_column(roles, "date")
    end = table.data_end(date_col) if date_col is not None else None
    if named:
        payee_by_content(table, roles, end)
        return [], []
    return date_unclear, others_by_content(table, roles, end)


def _deposits(
    table: CsvTable,
    columns: tuple[int | None, int | None, int | None, int | None],
    date_format: str,
    year: int | None,
    end: int | None,
    decimal_comma: bool,
) -> DepositRow | None:
    """The oldest row of a file of deposits only, proved by its balance (:mod:`.deposits_only`);
    None when a column is missing or the file is not one."""
    date_col, amount, balance, payee = columns
    if date_col is None or amount is None or balance is None:
        return None
    found = (date_col, amount, balance, payee)
    return deposits_only(table, found, date_format, year, end, decimal_comma)


def _balance_moves_by(table: CsvTable, amount: int, balance: int, end: int | None) -> bool:
    """Whether the amounts carry no sign and the balance rises and falls by them."""
    amounts = money_values(table.column(amount, end)[:500], whole=True)
    balances = money_values(table.column(balance, end)[:500], whole=True)
    return (
        amounts is not None
        and balances is not None
        and all(a is None or a >= 0 for a in amounts)
        and steps_match(amounts, balances)
    )


def _never_negative(cells: list[str], decimal_comma: bool) -> bool:
    """No cell holds a negative amount (unreadable cells are skipped here: the reader reports
    each with its line)."""
    for cell in cells:
        try:
            value = parse_amount(cell, decimal_comma)
        except ValueProblem:
            continue
        if value is not None and value < 0:
            return False
    return True


def _sign_problems(cells: list[str], name: str, decimal_comma: bool) -> list[str]:
    """A lone amount column with no negative value cannot tell money in from money out."""
    if not _never_negative(cells, decimal_comma):
        return []
    return [
        Problem(
            "csv.all_positive",
            f"every amount in {name!r} is positive, so money in "
            "cannot be told from money out (is this a card export where charges are "
            "positive?)",
            column=name,
        )
    ]
