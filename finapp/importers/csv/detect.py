"""Work out a :class:`CsvMapping` for a table, or say exactly what is unclear.

Column roles come from the header (names in English, Chinese, German, French, Spanish, Dutch),
checked against the cells; then a built-in profile, when one matches, settles what names cannot
(payee column, date order, card sign). Nothing is guessed: when two date readings fit every row,
when all amounts are positive with nothing telling money in from out, or when no date or amount
column is found, :class:`CsvMappingNeeded` lists the problems and carries what *was* found, so
the GUI can open its mapping wizard pre-filled.
"""

from __future__ import annotations

import re
from dataclasses import replace

from finapp.core.account_types import AccountType
from finapp.core.money import DEFAULT_CURRENCY
from finapp.errors import Problem, UnknownFormatError, problem_list
from finapp.importers.csv.balance_signs import steps_match
from finapp.importers.csv.content_columns import (
    date_by_content,
    direction_by_content,
    first_column,
    money_values,
    others_by_content,
)
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.header_words import without_currency, words_for
from finapp.importers.csv.mapping import CsvMapping, balance_by_name, normalise_name
from finapp.importers.csv.profiles import Profile, headerless_profiles, profile_for_header
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import (
    ValueProblem,
    date_formats_fitting,
    date_like,
    looks_like_date,
    parse_amount,
    uses_decimal_comma,
)
from finapp.importers.time_of_day import parse_clock

#: Header names per role, best first (normalised: lower case, half-width brackets).
KEYWORDS: dict[str, tuple[str, ...]] = {
    "date": (
        "transaction date",
        "trans. date",
        "trans date",
        "date",
        "posting date",
        "posted date",
        "post date",
        "booking date",
        "completed date",
        "started date",
        "created",
        "journaldate",
        "buchungstag",
        "buchung",
        "datum",
        "fecha",
        "fecha operación",
        "date opération",
        "交易日期",
        "交易时间",
        "交易日",
        "记账日期",
        "记账日",
        "交易创建时间",
        "日期",
        "date posted",
    ),
    "amount": (
        "amount",
        "transaction amount",
        "billing amount",
        "amount (eur)",
        "amount (gbp)",
        "amount (usd)",
        "netamount",
        "betrag",
        "importe",
        "montant",
        "bedrag (eur)",
        "bedrag",
        "金额",
        "金额(元)",
        "实付金额",
        "交易金额",
        "人民币金额",
        "入账金额",
        "入账币种/金额",
        "total",
    ),
    "debit": (
        "debit",
        "debit amount",
        "withdrawal",
        "withdrawals",
        "money out",
        "paid out",
        "soll",
        "débit",
        "cargo",
        "支出",
        "记账金额(支出)",
        "交易金额(支出)",
        "借方金额",
    ),
    "credit": (
        "credit",
        "credit amount",
        "deposit",
        "deposits",
        "money in",
        "paid in",
        "haben",
        "crédit",
        "abono",
        "存入",
        "收入",
        "记账金额(收入)",
        "交易金额(收入)",
        "贷方金额",
    ),
    "direction": (
        "收/支",
        "借贷",
        "credit / debit",
        "debit/credit",
        "dr/cr",
        "af bij",
        "transaction type",
        "type",
        "交易类型",
    ),
    "payee": (
        "payee",
        "merchant name",
        "merchant",
        "name",
        "partner name",
        "description",
        "counterparty",
        "auftraggeber/empfänger",
        "naam / omschrijving",
        "beneficiary",
        "交易对方",
        "对方户名",
        "商户名称",
        "对手信息",
        "对方账户名",
        "交易描述",
        "交易说明",
        "交易摘要",
        "订单标题",
        "摘要",
        "desc",
        "reason",
    ),
    "memo": (
        "memo",
        "notes",
        "note",
        "details",
        "original description",
        "payment reference",
        "reference",
        "verwendungszweck",
        "mededelingen",
        "商品说明",
        "商品",
        "备注",
        "附言",
        "交易附言",
        "客户摘要",
    ),
    "fitid": (
        "transaction id",
        "交易订单号",
        "交易单号",
        "流水号",
        "reference number",
        "n° de transaction",
    ),
    "currency": (
        "currency",
        "币种",
        "币别",
        "货币",
        "交易币种",
        "记账币种",
        "billing currency",
        "währung",
        "monn.",
        "devise",
    ),
    "status": ("status", "state", "交易状态", "当前状态"),
    "time": (
        "time",
        "transaction time",
        "time of transaction",
        "uhrzeit",
        "heure",
        "hora",
        "交易时间",
        "记账时间",
        "时间",
    ),
}
for _role, _extra in (
    ("date", "date"),
    ("amount", "amount"),
    ("debit", "debit"),
    ("credit", "credit"),
    ("direction", "direction"),
    ("payee", "payee"),
    ("memo", "memo"),
    ("currency", "currency"),
):
    KEYWORDS[_role] += tuple(w for w in words_for(_extra) if w not in KEYWORDS[_role])
#: value dates (``Valuta``, ``Date de valeur``) are the transaction's date only when no other
#: date is named
_VALUE_DATE = tuple(w for w in words_for("value_date") if w not in KEYWORDS["date"])
_CURRENCY_IN_NAME = re.compile(r"\((eur|usd|gbp|chf|cad|aud|cny|hkd|jpy)\)")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_KANA = re.compile(r"[\u3040-\u30ff]")
_HANGUL = re.compile(r"[\uac00-\ud7af]")
#: header words of Japanese banks that no Chinese export uses
_JAPANESE_WORDS = frozenset(
    ("取引日", "利用日", "日付", "出金", "入金", "残高", "差引残高", "取引内容", "入出金")
)
_STATEMENT_MONTH = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月")


class CsvMappingNeeded(UnknownFormatError):
    """Detection is unsure; ``problems`` say what, ``partial`` holds what was found."""

    def __init__(
        self,
        path: str,
        problems: list[str],
        table: CsvTable | None = None,
        partial: CsvMapping | None = None,
    ) -> None:
        listed = problem_list(problems)
        super().__init__(
            path,
            Problem(
                "csv.mapping_needed",
                "cannot read this CSV without a column mapping: "
                + listed
                + " (choose a profile or map the columns)",
                problems=listed,
            ),
        )
        self.problems = problems
        self.table = table
        self.partial = partial


def _column(table: CsvTable, index: int, end: int | None = None) -> list[str]:
    return [row[index] if index < len(row) else "" for row in table.rows[table.data_start : end]]


def _data_end(table: CsvTable, date_col: int) -> int:
    """One past the last row whose date cell reads as a date: totals lines follow it."""
    for i in range(len(table.rows) - 1, table.data_start - 1, -1):
        row = table.rows[i]
        if date_col < len(row) and looks_like_date(row[date_col]):
            return i + 1
    return len(table.rows)


def _find(names: tuple[str, ...], wanted: tuple[str, ...], taken: set[int]) -> int | None:
    """The first column named one of ``wanted`` (best first), also when its name ends in a
    currency code (``Amount (EUR)``, ``Betrag EUR``)."""
    stems = [without_currency(name)[0] for name in names]
    for word in wanted:
        for i, name in enumerate(names):
            if word in (name, stems[i]) and i not in taken:
                return i
    return None


def _profile_roles(profile: Profile | None, names: tuple[str, ...]) -> dict[str, list[int]]:
    found: dict[str, list[int]] = {}
    if profile is None:
        return found
    for role, wanted in profile.roles.items():
        found[role] = [names.index(w) for w in wanted if w in names]
    for role, indexes in profile.columns.items():
        found[role] = list(indexes)
    return found


def _roles(table: CsvTable, profile: Profile | None) -> dict[str, list[int]]:
    names = tuple(normalise_name(h) for h in table.header)
    roles = _profile_roles(profile, names)
    taken = {i for role, ix in roles.items() if role not in ("direction", "status") for i in ix}
    value_date = _find(names, _VALUE_DATE, taken)
    if value_date is not None and not roles.get("date"):
        roles["value_date"] = [value_date]
        taken.add(value_date)
    for role in (
        "date",
        "debit",
        "credit",
        "amount",
        "fitid",
        "currency",
        "status",
        "payee",
        "memo",
    ):
        if roles.get(role):
            continue
        index = _find(names, KEYWORDS[role], taken)
        if index is None and role in ("date", "amount"):
            index = next(
                (
                    i
                    for i, n in enumerate(names)
                    if i not in taken and any(n.startswith(k) for k in KEYWORDS[role][:3])
                ),
                None,
            )
        if index is not None:
            roles[role] = [index]
            taken.add(index)
    if not roles.get("date") and roles.get("value_date"):  # the only date the file names
        roles["date"] = roles.pop("value_date")
    if not roles.get("direction"):
        roles["direction"] = _direction_column(table, names, taken)
    roles["time"] = _time_column(table, names, taken)
    return roles


def _time_column(table: CsvTable, names: tuple[str, ...], taken: set[int]) -> list[int]:
    """A column named like a time whose every filled cell is a time of day (``14:30:12``,
    ``143012``, ``06:50 PM``); ABC leaves it empty on lines its system books without one."""
    for word in KEYWORDS["time"]:
        for i, name in enumerate(names):
            if name != word or i in taken:
                continue
            cells = [v for v in _column(table, i)[:500] if v.strip()]
            if cells and all(parse_clock(v) is not None for v in cells):
                return [i]
    return []


def _direction_column(table: CsvTable, names: tuple[str, ...], taken: set[int]) -> list[int]:
    """A column whose every value says in, out or neutral (支出/收入, DR/CR, debit/credit)."""
    for word in KEYWORDS["direction"]:
        for i, name in enumerate(names):
            if name != word or i in taken:
                continue
            kinds: set[str | None] = set()
            for value in _column(table, i):
                if value:
                    kinds.add(direction_of(value))
                    if None in kinds:
                        break
            if None not in kinds and kinds & {"in", "out"}:
                return [i]
    return []


def _year_hint(table: CsvTable) -> tuple[int | None, int | None]:
    match = _STATEMENT_MONTH.search(table.preamble)
    return (int(match.group(1)), int(match.group(2))) if match else (None, None)


def _default_currency(table: CsvTable, profile: Profile | None, amount_name: str) -> str:
    if profile is not None and profile.currency:
        return profile.currency
    match = _CURRENCY_IN_NAME.search(amount_name)
    if match:
        return match.group(1).upper()
    code = without_currency(amount_name)[1]
    if code:
        return code
    return _currency_of_language(table.header)


def _currency_of_language(header: tuple[str, ...]) -> str:
    """Korean and Japanese headers mean won and yen (``取引日`` and ``残高`` are no Chinese
    words), other Chinese characters yuan; USD otherwise, as finapp always assumed."""
    text = " ".join(header)
    if _HANGUL.search(text):
        return "KRW"
    if _KANA.search(text) or {normalise_name(h) for h in header} & _JAPANESE_WORDS:
        return "JPY"
    return "CNY" if _CJK.search(text) else DEFAULT_CURRENCY


def _headerless_profile(table: CsvTable) -> Profile | None:
    """The built-in profile whose shape every sampled row has, whose date format reads every
    date and whose debit and credit columns hold one amount a row: a ``2025/10/09`` file, or
    one of amounts, balances and account numbers, is no TD export."""
    sample = table.rows[table.data_start : table.data_start + 20]
    for profile in headerless_profiles():
        if (
            all(_fits_shape(row, profile.shape) for row in sample)
            and _reads_dates(table, profile)
            and _one_side_a_row(sample, profile)
        ):
            return profile
    return None


def _one_side_a_row(sample: tuple[tuple[str, ...], ...], profile: Profile) -> bool:
    if profile.sign != "debit_credit":
        return True
    sides = profile.columns["debit"] + profile.columns["credit"]
    return all(sum(bool(row[i]) for i in sides) == 1 for row in sample)


def _reads_dates(table: CsvTable, profile: Profile) -> bool:
    """The profile's date format reads the file's dates. Dates that fit day first as well
    (``04/05/2025`` only) are still the profile's when the file is written as its banks write
    (commas between cells, decimal points): a ``;``-separated or decimal-comma file of that
    shape is a day-first bank's as likely, and is asked about."""
    if not profile.date_format:
        return True
    columns = [i for i, kind in enumerate(profile.shape) if kind == "date"]
    fittings = [date_formats_fitting(_column(table, i)) for i in columns]
    if not all(profile.date_format in fitting for fitting in fittings):
        return False
    ambiguous = any({"DD/MM/YYYY", "MM/DD/YYYY"} <= set(fitting) for fitting in fittings)
    return not ambiguous or (table.delimiter == "," and not _decimal_comma_cells(table))


def _decimal_comma_cells(table: CsvTable) -> bool:
    cells = (c for row in table.rows[table.data_start :][:200] for c in row)
    return uses_decimal_comma(c for c in cells if re.fullmatch(r"[-+]?[\d.]*,\d{1,2}", c))


def _fits_shape(row: tuple[str, ...], shape: tuple[str, ...]) -> bool:
    if len(row) != len(shape):
        return False
    for cell, kind in zip(row, shape, strict=True):
        if kind == "date" and not looks_like_date(cell):
            return False
        if kind in ("amount", "amount?"):
            if not cell and kind == "amount?":
                continue
            try:
                if parse_amount(cell) is None or not re.fullmatch(r"[-+]?[\d,.]+", cell):
                    return False
            except ValueProblem:
                return False
        if kind == "blank" and cell:
            return False
        if kind == "*" and cell != "*":
            return False
        if kind == "dir" and direction_of(cell) not in ("in", "out"):
            return False
    return True


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


def detect_mapping(table: CsvTable, path: str = "", profile: Profile | None = None) -> CsvMapping:
    """The mapping of ``table``, or :class:`CsvMappingNeeded` saying what is ambiguous.

    ``profile`` forces a built-in profile instead of the one the header or shape matches.
    """
    if not any(looks_like_date(c) for row in table.rows[table.data_start :][:200] for c in row):
        raise _no_date_error(table, path)
    if profile is None and table.header_index is None:
        profile = _headerless_profile(table)
    elif profile is None:
        profile = profile_for_header(table.header)
    roles = _roles(table, profile)
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
    year, month = _year_hint(table)
    date_format = profile.date_format if profile and profile.date_format else None
    end = _data_end(table, date_col) if date_col is not None else None
    if date_col is not None and date_format is None:
        fitting = date_formats_fitting(_column(table, date_col, end), year)
        if not fitting:
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
    decimal_comma = uses_decimal_comma(v for c in money_cols for v in _column(table, c, end)[:500])
    if (
        profile is None
        and direction is None
        and amount is not None
        and _never_negative(_column(table, amount, end), decimal_comma)
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
    else:
        sign = "as_is"
    if sign == "as_is" and amount is not None and not problems and not (profile and profile.sign):
        problems += _sign_problems(_column(table, amount, end), table.label(amount), decimal_comma)
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
        memo=tuple(i for i in roles.get("memo", ()) if i not in roles.get("payee", ())),
        fitid=first_column(roles, "fitid"),
        currency=first_column(roles, "currency"),
        status=first_column(roles, "status"),
        time=first_column(roles, "time"),
        balance=balance if sign == "balance" else first_column(roles, "balance"),
        has_header=table.header_index is not None,
        decimal_comma=decimal_comma,
        default_currency=_default_currency(
            table, profile, normalise_name(table.label(amount)) if amount is not None else ""
        ),
        account_type=profile.account_type if profile else AccountType.CHECKING,
        institution=profile.institution if profile else "",
        profile=profile.name if profile else "",
        year_hint=year,
        statement_month=month,
        skip_status=profile.skip_status if profile else (),
        skip_empty_amount=profile.skip_empty_amount if profile else False,
    )
    if problems:
        raise CsvMappingNeeded(path, problems, table, partial)
    return partial


def _by_content(table: CsvTable, roles: dict[str, list[int]]) -> tuple[list[str], list[str]]:
    """Roles no name gave, found from the cells; what stays ambiguous about the date column,
    and about the others, stops the automatic reading.

    Only a file whose names leave its date or its money unknown is read by content: a header
    naming both is read as before.
    """
    has_money = roles.get("amount") or (roles.get("debit") and roles.get("credit"))
    if roles.get("date") and has_money:
        return [], []
    date_unclear = date_by_content(table, roles)
    date_col = first_column(roles, "date")
    end = _data_end(table, date_col) if date_col is not None else None
    return date_unclear, others_by_content(table, roles, end)


def _balance_moves_by(table: CsvTable, amount: int, balance: int, end: int | None) -> bool:
    """Whether the amounts carry no sign and the balance rises and falls by them."""
    amounts = money_values(_column(table, amount, end)[:500], whole=True)
    balances = money_values(_column(table, balance, end)[:500], whole=True)
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


def with_profile_defaults(mapping: CsvMapping, table: CsvTable) -> CsvMapping:
    """A saved or given mapping, with the file's own statement year for year-less dates."""
    year, month = _year_hint(table)
    return replace(
        mapping,
        year_hint=mapping.year_hint or year,
        statement_month=mapping.statement_month or month,
    )
