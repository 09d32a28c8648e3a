"""Hostile-but-plausible amounts, dates and payees, each with a reference reading to judge by.

Every generated text goes into one row of a small CSV statement (between two plain rows) that
is imported into a real store; amounts are also typed as a CLI/GUI amount. The property: the
row is stored with exactly what the *reference reading* says, or the import is refused with
finapp's own one-line error (an amount typed by hand: :class:`InvalidInputError`). A traceback,
a hang, or a value other than the reference's is a finding.

The reference readings here are written apart from the importer, by peeling a text layer by
layer (sign, currency, groups) and by ``datetime.strptime``, so one misreading is not mirrored
by the other. Where the reference has no reading (``1e308``, ``12-50``, 30 February) the only
acceptable outcome is a refusal. Cases marked ``must_read`` are the plain forms banks write:
refusing one of those is a finding too.
"""

from __future__ import annotations

import csv
import io
import random
import re
import signal
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import FrameType

from sqlalchemy import select

from finapp.core.money import from_minor, parse_decimal
from finapp.errors import FinappError, InvalidInputError
from finapp.services.imports import import_files
from finapp.store.engine import Store
from finapp.store.schema import Transaction

#: Issue 13's "Misreading money" list: each was once read as another number.
MISREAD_SEEDS = ("1e308", "-1.5E+03", "v2 -3.00", "12-50", "0x10", "－１２．５０", "1,2,3")
#: Bounds the importer and typed amounts apply (base.MAX_AMOUNT, money.MAX_USER_AMOUNT).
FILE_BOUND = Decimal(10) ** 13
TYPED_BOUND = Decimal(10) ** 12
#: A single case taking longer than this is a finding (a hang, or work that is not linear).
SECONDS_PER_CASE = 20
CURRENCY_DECIMALS = {"USD": 2, "EUR": 2, "GBP": 2, "CNY": 2, "JPY": 0, "BHD": 3}
#: currency marks the generator writes, and the codes each can mean
MARKS = {
    "$": {"USD"},
    "US$": {"USD"},
    "HK$": {"HKD"},
    "€": {"EUR"},
    "£": {"GBP"},
    "¥": {"JPY", "CNY"},
    "RMB": {"CNY"},
    **{c: {c} for c in CURRENCY_DECIMALS},
}
_CELL_PADDING = " \t\u3000\u00a0\ufeff"
_TEXT_CAP = 1_000


@dataclass(frozen=True)
class Case:
    """One generated cell and what the reference reading makes of it."""

    kind: str  # "amount", "date" or "payee"
    cell: str
    expected: Decimal | date | str | None  # None: there is no reading, it must be refused
    must_read: bool = False  # a plain form: refusing it is a finding
    currency: str = "USD"
    decimal_comma: bool = False
    date_format: str = "%Y-%m-%d"  # strptime format of the file's dates


@dataclass
class Finding:
    case: Case
    problem: str

    def __str__(self) -> str:
        return f"{self.case.kind} {self.case.cell[:80]!r} ({self.case.currency}): {self.problem}"


@dataclass
class GeneratorReport:
    outcomes: Counter[str] = field(default_factory=Counter)
    findings: list[Finding] = field(default_factory=list)

    @property
    def inputs(self) -> int:
        return sum(self.outcomes.values())

    def add(self, other: GeneratorReport) -> None:
        self.outcomes.update(other.outcomes)
        self.findings.extend(other.findings)


# --- the reference reading of amounts ---------------------------------------------------------


def _fold(text: str) -> str:
    """Full-width forms and the typographic minus as ASCII, no-break spaces as spaces; nothing
    else (superscripts and fractions stay what they are: not digits)."""
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        elif ch in "\u3000\u00a0\u202f\u2007":
            ch = " "
        elif ch == "\u2212":
            ch = "-"
        out.append(ch)
    return "".join(out)


def _digits(text: str) -> int | None:
    """The integer a run of decimal digits of any script writes; None for anything else."""
    if not text or any(unicodedata.category(ch) != "Nd" for ch in text):
        return None
    value = 0
    for ch in text:
        value = value * 10 + unicodedata.digit(ch)
    return value


def _number(text: str, decimal_comma: bool) -> Decimal | None:
    """Unsigned ``1 234,56``/``1,234.56``: groups of three after the first, one group mark."""
    point, marks = (",", ".' ’") if decimal_comma else (".", ",' ’")
    whole, has_point, fraction = text.partition(point)
    used = {ch for ch in whole if ch in marks}
    if len(used) > 1 or (has_point and not fraction):
        return None
    groups = whole.split(used.pop()) if used else [whole]
    if not 1 <= len(groups[0]) <= (3 if len(groups) > 1 else 10**6):
        return None
    if any(len(g) != 3 for g in groups[1:]):
        return None
    whole_value, fraction_value = _digits("".join(groups)), _digits(fraction or "0")
    if whole_value is None or fraction_value is None:
        return None
    return Decimal(whole_value) + Decimal(fraction_value).scaleb(-len(fraction or "0"))


def _strip_mark(text: str, at_start: bool) -> tuple[str, str | None]:
    """``text`` without one currency mark at its start (or end), and the mark."""
    for mark in sorted(MARKS, key=len, reverse=True):
        if at_start and text.startswith(mark):
            return text[len(mark) :].strip(), mark
        if not at_start and text.endswith(mark):
            return text[: -len(mark)].strip(), mark
    return text, None


def _signed(text: str) -> tuple[str, int, int]:
    """``text`` without its sign markers; (rest, how many markers, -1 or 1)."""
    count, sign = 0, 1
    if text.startswith("(") and text.endswith(")"):
        text, count, sign = text[1:-1].strip(), 1, -1
    for tail, way in (("DR", -1), ("CR", 1), ("-", -1)):
        if text.endswith(tail) and text[: -len(tail)].rstrip()[-1:].isalnum():
            text, count, sign = text[: -len(tail)].rstrip(), count + 1, way
            break
    if text[:1] in ("+", "-"):
        text, count, sign = text[1:].strip(), count + 1, -1 if text[0] == "-" else sign
    return text, count, sign


def reference_amount(text: str, decimal_comma: bool) -> tuple[Decimal, str | None] | None:
    """The signed value and currency mark a cell writes, or None when it writes no amount."""
    rest = _fold(text).strip().upper()
    if rest.endswith(")") and "(" in rest and not rest.startswith("("):  # a bank's note
        rest = rest[: rest.rindex("(")].rstrip()
    rest, count, sign = _signed(rest)
    rest, before = _strip_mark(rest, at_start=True)
    if before is not None and rest[:1] in ("+", "-"):
        rest, count, sign = rest[1:].strip(), count + 1, -1 if rest[0] == "-" else 1
    rest, after = _strip_mark(rest, at_start=False)
    if count > 1 or (before and after):
        return None
    value = _number(rest, decimal_comma)
    return None if value is None else (sign * value, before or after)


def _fits(value: Decimal, currency: str, mark: str | None) -> bool:
    if abs(value) >= FILE_BOUND:
        return False
    exact = (value.scaleb(CURRENCY_DECIMALS[currency]) % 1) == 0
    return exact and (mark is None or currency in MARKS[mark])


# --- amount generator -------------------------------------------------------------------------

_FULL_WIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.,-+()$"}
_ARABIC_INDIC = {str(d): chr(0x0660 + d) for d in range(10)}
_SUPERSCRIPTS = dict(zip("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹", strict=True))


def _plain_value(rng: random.Random) -> Decimal:
    width = rng.choice((1, 1, 2, 3, 4, 5, 7, 10, 14, 20, 45))
    whole = str(rng.randrange(10**width))
    places = rng.choice((0, 0, 1, 2, 2, 2, 3, 4))
    fraction = "".join(rng.choice("0123456789") for _ in range(places))
    return Decimal(f"{whole}.{fraction}" if places else whole)


def _render(value: Decimal, decimal_comma: bool, group: str) -> str:
    whole, _, fraction = format(abs(value), "f").partition(".")
    if group:
        head = len(whole) % 3 or 3
        whole = group.join([whole[:head]] + [whole[i : i + 3] for i in range(head, len(whole), 3)])
    point = "," if decimal_comma else "."
    return whole + (point + fraction if fraction else "")


def _with_sign(number: str, negative: bool, rng: random.Random) -> str:
    if not negative:
        return rng.choice((number, number, "+" + number))
    return rng.choice((f"-{number}", f"-{number}", f"{number}-", f"({number})", f"{number} DR"))


def _with_mark(signed: str, currency: str, rng: random.Random) -> tuple[str, str | None]:
    """A mark of the row's currency, another currency's, or none."""
    roll = rng.random()
    if roll < 0.55:
        return signed, None
    own = [m for m, codes in MARKS.items() if currency in codes]
    mark = rng.choice(own if roll < 0.85 else list(MARKS))
    if len(mark) == 3 and mark.isalpha():
        return (f"{signed} {mark}" if rng.random() < 0.5 else f"{mark} {signed}"), mark
    if signed[:1] == "-" and rng.random() < 0.5:
        return f"-{mark}{signed[1:]}", mark
    return f"{mark}{signed}", mark


def _hostile(cell: str, rng: random.Random) -> str:
    """One twist a real file or a confused user could give the cell."""
    twists: list[Callable[[str], str]] = [
        lambda c: c.translate(str.maketrans(_FULL_WIDTH)),
        lambda c: c.translate(str.maketrans(_ARABIC_INDIC)),
        lambda c: c.replace(" ", "\u00a0").replace(",", "\u00a0"),
        lambda c: c.replace(",", "\u202f"),
        lambda c: c.translate(str.maketrans({",": ".", ".": ","})),
        lambda c: _insert(c, rng.choice(",.-+ '"), rng),
        lambda c: _insert(c, rng.choice(_SUPERSCRIPTS["2"] + "½e_"), rng),
        lambda c: c.replace(".", "e", 1) + rng.choice(("", "3", "+03", "-2")),
        lambda c: rng.choice(("0x", "v2 ", "#", "=", "'")) + c,
        lambda c: c + rng.choice(("E+03", "e308", "%", "abc", " 5", "(note)", "..")),
        lambda c: c.replace("-", "") + "-" + str(rng.randrange(100)),
        lambda c: "9" * rng.choice((41, 60, 400, 100_000)) + c,
        lambda c: rng.choice(("--", "+-", "-(")) + c.lstrip("-+(") + rng.choice(("", ")")),
    ]
    return rng.choice(twists)(cell)


def _insert(cell: str, piece: str, rng: random.Random) -> str:
    at = rng.randrange(len(cell) + 1)
    return cell[:at] + piece + cell[at:]


def amount_cases(count: int, seed: int) -> Iterator[Case]:
    """The regression seeds first, then ``count`` generated amounts, half of them twisted."""
    for seed_text in MISREAD_SEEDS:
        yield _amount_case(seed_text, "USD", False, must_read=False)
    rng = random.Random(f"amounts:{seed}")
    for _ in range(count):
        currency = rng.choice(list(CURRENCY_DECIMALS))
        decimal_comma = rng.random() < 0.25
        value = _plain_value(rng)
        group = rng.choice(("", "", "'", " ", "." if decimal_comma else ","))
        signed = _with_sign(_render(value, decimal_comma, group), rng.random() < 0.6, rng)
        cell, _ = _with_mark(signed, currency, rng)
        twisted = rng.random() < 0.5
        yield _amount_case(
            _hostile(cell, rng) if twisted else cell, currency, decimal_comma, must_read=not twisted
        )


def _amount_case(cell: str, currency: str, decimal_comma: bool, must_read: bool) -> Case:
    reading = reference_amount(cell, decimal_comma)
    expected = reading[0] if reading and _fits(reading[0], currency, reading[1]) else None
    return Case(
        "amount", cell, expected, must_read and expected is not None, currency, decimal_comma
    )


# --- dates ------------------------------------------------------------------------------------

#: strptime formats of real exports; the two around the fuzzed row use days above 12, so the
#: file's day order is never in doubt and the fuzzed row is read the file's way
DATE_FORMATS = (
    "%Y-%m-%d",
    "%Y%m%d",
    "%Y/%m/%d",
    "%d.%m.%Y",
    "%d/%m/%Y",
    "%m/%d/%Y",
    "%d/%m/%y",
    "%d-%b-%Y",
    "%b %d, %Y",
    "%Y年%m月%d日",
)
_TIME_TAILS = ("", " 23:30", "T23:30:00Z", "T00:30:00-08:00", "T23:59:59+05:30", " 8:05 PM")


_TIME_OF_DAY = re.compile(
    r"[ T]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?\s*(?:[AP]M)?\s*(?:Z|[+-]\d{2}:?\d{2})?$", re.I
)


def reference_date(text: str, fmt: str) -> date | None:
    """The calendar date written, as ``fmt`` reads it, by ``datetime.strptime``.

    Digits of any script count, ``-``, ``/`` and ``.`` are the same separator, a year may be
    written with two or four digits (two: strptime's 1969-2068 window), and a time of day with
    its zone is not the date's business: a bank's 23:30 -08:00 is still that day.
    """
    written = "".join(
        str(unicodedata.digit(ch)) if unicodedata.category(ch) == "Nd" else ch
        for ch in _fold(text).strip()
    )
    written = _TIME_OF_DAY.sub("", written)
    same = str.maketrans("/.", "--")
    for pattern in (fmt, fmt.replace("%Y", "%y"), fmt.replace("%y", "%Y")):
        try:
            return datetime.strptime(written.translate(same), pattern.translate(same)).date()
        except ValueError:
            continue
    return None


def _date_text(day: date, fmt: str, rng: random.Random) -> str:
    text = day.strftime(fmt)
    return text + (rng.choice(_TIME_TAILS) if fmt == "%Y-%m-%d" else "")


def _bad_date(day: date, fmt: str, rng: random.Random) -> str:
    """Impossible days, years beyond any statement, widths and scripts banks do not use."""
    twists: list[Callable[[], str]] = [
        lambda: (
            fmt.replace("%Y", f"{day.year:04d}")
            .replace("%y", f"{day.year % 100:02d}")
            .replace("%m", "02")
            .replace("%d", str(rng.choice((29, 30, 31))))
            .replace("%b", "Feb")
        ),
        lambda: day.strftime(fmt).replace(f"{day.month:02d}", rng.choice(("13", "00")), 1),
        lambda: day.strftime(fmt).replace(
            str(day.year), rng.choice(("0000", "0001", "9999", "10000", "1899")), 1
        ),
        lambda: day.strftime(fmt).translate(str.maketrans(_FULL_WIDTH)),
        lambda: day.strftime(fmt) + rng.choice((" PST", " (pending)", " 24:00", "Z", "T")),
        lambda: day.strftime(fmt).replace(" ", "\u00a0"),
        lambda: day.strftime("%d/%m/%y") if rng.random() < 0.5 else day.strftime("%m/%d/%Y"),
        lambda: f"{day.month}/{day.day}",
        lambda: day.strftime(fmt).translate(str.maketrans(_ARABIC_INDIC)),
        lambda: "99991231" if rng.random() < 0.5 else "00000000",
    ]
    return rng.choice(twists)()


def date_cases(count: int, seed: int) -> Iterator[Case]:
    rng = random.Random(f"dates:{seed}")
    for _ in range(count):
        fmt = rng.choice(DATE_FORMATS)
        low = date(2000, 1, 1) if "%y" in fmt else date(1990, 1, 1)
        day = date.fromordinal(rng.randrange(low.toordinal(), date(2035, 12, 31).toordinal()))
        twisted = rng.random() < 0.5
        text = _bad_date(day, fmt, rng) if twisted else _date_text(day, fmt, rng)
        yield Case("date", text, reference_date(text, fmt), not twisted, date_format=fmt)


# --- payees -----------------------------------------------------------------------------------

_PAYEE_PIECES = (
    "Café Olé",
    "美团外卖",
    "滴滴出行 (北京)",
    "🍕 Pizza",
    "Zoë’s",
    "\u202eevil\u202c",
    "\u2066x\u2069",
    "\u200f",
    "\x1b[31mred\x1b[0m",
    "\x1b]8;;http://example.com\x07link\x1b]8;;\x07",
    "\x07",
    "\x00",
    "\x7f",
    "\x85",
    "\x9b2J",
    '=HYPERLINK("http://x","y")',
    "+1-555",
    "-2+3",
    "@SUM(A1)",
    "\t=1",
    '"quoted, with comma"',
    "a;b|c",
    "\n",
    "e\u0301",
    "ﷺ",
    "\ufeff",
    "AMAZON MKTPLACE PMTS",
    "1-1-1-1-1-",
    "a" * 40 + "!",
)


def _payee(rng: random.Random) -> str:
    """Pieces joined; now and then one repeated to 10 KB … 1 MB (the merchant patterns' and the
    1,000-character cap's business; a cell past the CSV field limit refuses the file)."""
    if rng.random() < 0.08:
        return rng.choice(("1-", "a", "中", "x ")) * rng.choice((5_000, 50_000, 500_000))
    return "".join(rng.choice(_PAYEE_PIECES) for _ in range(rng.randrange(1, 5)))


def reference_payee(text: str) -> str:
    """What a payee cell reads as: one line (a payee holds no line break: the cell's lines,
    each without the white space around it, joined by a space), cell padding off, at most 1,000
    characters (the rest stays in the statement file only)."""
    lines = [part for line in text.strip(_CELL_PADDING).splitlines() if (part := line.strip())]
    return " ".join(lines)[:_TEXT_CAP]


def payee_cases(count: int, seed: int) -> Iterator[Case]:
    rng = random.Random(f"payees:{seed}")
    for _ in range(count):
        text = _payee(rng)
        yield Case("payee", text, reference_payee(text))


# --- running the cases ------------------------------------------------------------------------

_CONTEXT_DAYS = (date(2024, 1, 13), date(2024, 12, 28))


def statement_csv(case: Case) -> bytes:
    """Header, a plain row, the fuzzed row (line 3), another plain row."""
    point = "," if case.decimal_comma else "."
    day = date(2024, 3, 15)
    target = [day.strftime(case.date_format), "Fuzzed", f"-3{point}00", case.currency]
    target[{"amount": 2, "date": 0, "payee": 1}[case.kind]] = case.cell
    rows = [
        ["Date", "Payee", "Amount", "Currency"],
        [_CONTEXT_DAYS[0].strftime(case.date_format), "First", f"-1{point}00", case.currency],
        target,
        [_CONTEXT_DAYS[1].strftime(case.date_format), "Last", f"-2{point}00", case.currency],
    ]
    out = io.StringIO()
    csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8")


def _expected_rows(case: Case) -> list[tuple[date, Decimal, str]]:
    """The lines a right reading stores. A line dated after the day of import is a payment
    the bank has scheduled, not booked (README, *Totals and scheduled lines*): left out, and
    listed, until an export made once its day has come."""
    fuzzed = [date(2024, 3, 15), Decimal("-3.00"), "Fuzzed"]
    fuzzed[{"amount": 1, "date": 0, "payee": 2}[case.kind]] = case.expected  # type: ignore[call-overload]
    context = [
        (_CONTEXT_DAYS[0], Decimal("-1.00"), "First"),
        (_CONTEXT_DAYS[1], Decimal("-2.00"), "Last"),
    ]
    if case.kind == "date" and fuzzed[0] > date.today():
        return context
    return sorted([*context, tuple(fuzzed)])  # type: ignore[list-item]


class _Overrun(Exception):
    pass


def _alarm(_signum: int, _frame: FrameType | None) -> None:
    raise _Overrun


def _stored(store: Store, batch_id: int) -> list[tuple[date, Decimal, str]]:
    with store.read() as session:
        rows = session.scalars(select(Transaction).where(Transaction.batch_id == batch_id))
        return sorted(
            (t.posted, from_minor(t.amount_minor, t.currency), t.original_payee or t.payee)
            for t in rows
        )


def check_file_case(store: Store, workdir: Path, case: Case, index: int) -> tuple[str, str]:
    """Import the case's statement; (outcome, problem or "")."""
    path = workdir / f"fuzz-{case.kind}-{index}.csv"
    path.write_bytes(statement_csv(case))
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(SECONDS_PER_CASE)
    began = time.perf_counter()
    try:
        result = import_files(store, [path], account_name=f"fuzz {case.kind} {index}").files[0]
    except _Overrun:
        return "hang", f"no answer within {SECONDS_PER_CASE} s"
    except FinappError as exc:
        return _judge_refusal(case, exc.message, str(path))
    except Exception as exc:  # anything else is a bug to report
        return "crash", f"{type(exc).__name__}: {str(exc)[:200]}"
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
        path.unlink()
    if result.error is not None:
        return _judge_refusal(case, result.error, str(path))
    stored = _stored(store, result.batch_id) if result.batch_id is not None else []
    if case.expected is None:
        return "misread", f"imported {stored}, the reference has no reading"
    if stored != _expected_rows(case):
        return "misread", f"stored {stored}, the reference reads {_expected_rows(case)}"
    seconds = time.perf_counter() - began
    return ("read", "") if seconds < SECONDS_PER_CASE / 2 else ("slow", f"{seconds:.1f} s")


def _judge_refusal(case: Case, message: str, path: str) -> tuple[str, str]:
    if not message.startswith(path) or "\n" in message.strip() or "Traceback" in message:
        return "unclear-refusal", message[:300]
    if case.must_read:
        return "refused-plain", message[:300]
    # the fuzzed row is line 3; a refusal of the whole file (a layout to confirm) is clean too
    return ("refused", "") if message.startswith(f"{path}, line 3: ") else ("refused-file", "")


def check_typed_amount(case: Case) -> tuple[str, str]:
    """The same text typed as an amount (CLI argument, GUI field): exact or InvalidInputError."""
    reading = reference_amount(case.cell, decimal_comma=False)
    try:
        value = parse_decimal(case.cell)
    except InvalidInputError:
        return "refused", ""
    except Exception as exc:
        return "crash", f"typed: {type(exc).__name__}: {str(exc)[:200]}"
    if reading is None or abs(reading[0]) >= TYPED_BOUND:
        return "misread", f"typed: read {value}, the reference has no reading"
    if value != reading[0]:
        return "misread", f"typed: read {value}, the reference reads {reading[0]}"
    return "read", ""


GENERATORS: dict[str, Callable[[int, int], Iterator[Case]]] = {
    "amounts": amount_cases,
    "dates": date_cases,
    "payees": payee_cases,
}


def run_cases(cases: Iterator[Case], store: Store, workdir: Path) -> GeneratorReport:
    """Every case through the importer (and amounts typed too), findings collected."""
    report = GeneratorReport()
    for index, case in enumerate(cases):
        checks = [check_file_case(store, workdir, case, index)]
        if case.kind == "amount" and not case.decimal_comma:
            checks.append(check_typed_amount(case))
        for outcome, problem in checks:
            report.outcomes[outcome] += 1
            if outcome not in ("read", "refused", "refused-file"):
                report.findings.append(Finding(case, f"{outcome}: {problem}"))
    return report
