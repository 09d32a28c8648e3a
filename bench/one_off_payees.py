"""A history where almost every line's text is its own, for benchmarks that do not flatter.

``python -m bench.one_off_payees --transactions N --out FILE.ofx [--days D] [--last-day DAY]
[--seed S]``

The realistic household (:mod:`bench.realistic_statements`) repeats its payees; a household that
pays people rather than shops does not. Each Zelle payment carries its confirmation number, each
Venmo transfer its ids, each Amazon order its reference, each cheque its number, each debit at
a till the terminal's sequence: a checking account whose lines are nearly all distinct texts,
to and from a few hundred people, so no per-text memory helps. Written as Chase and Bank of
America print them; one OFX statement, ``N`` lines over ``--days`` days (by default as
many as the realistic household's volume gives) ending on ``--last-day``. A later month is the
same command with ``--days 30``, the next ``--last-day`` and another seed.
"""

from __future__ import annotations

import random
import string
import sys
from datetime import date, timedelta
from pathlib import Path

from bench.realistic_statements import (
    CHECKING,
    DAILY_VOLUME,
    LAST_DAY,
    MIN_DAYS,
    Txn,
    render,
    statements_parser,
)

_FIRST = (
    "JOHN", "MARY", "WEI", "LI", "ANNA", "JOSE", "CARLOS", "EMMA", "NOAH", "OLIVIA", "LIAM",
    "AVA", "MIA", "LUCAS", "SOFIA", "KEVIN", "LAURA", "PETER", "PRIYA", "AISHA", "DMITRI",
)  # fmt: skip
_LAST = (
    "SMITH", "JOHNSON", "GARCIA", "MILLER", "DAVIS", "LOPEZ", "WILSON", "NGUYEN", "MOORE", "LEE",
    "ZHANG", "WANG", "CHEN", "PATEL", "KOWALSKI", "HARRIS", "CLARK", "YOUNG", "KING", "OKAFOR",
)  # fmt: skip
_TILLS = ("WALGREENS", "CVS/PHARMACY", "SHELL OIL", "HEB", "7-ELEVEN", "DOLLAR TREE", "SPEEDWAY")
_LOWER = string.ascii_lowercase + string.digits
_UPPER = string.ascii_uppercase + string.digits


def _code(rng: random.Random, alphabet: str, length: int) -> str:
    return "".join(rng.choices(alphabet, k=length))


def _line(rng: random.Random, people: list[str], day: int) -> Txn:
    """One line of the account: its text as the bank prints it, never the same twice."""
    person = rng.choice(people)
    roll = rng.random()
    if roll < 0.30:
        cents = -rng.randint(1000, 60000)
        text = f"Zelle payment to {person.title()} JPM99{_code(rng, _LOWER, 6)}"
    elif roll < 0.40:
        cents = rng.randint(1000, 80000)
        text = f"Zelle payment from {person.title()} BACvw{_code(rng, _LOWER, 7)}"
    elif roll < 0.52:
        cents = -rng.randint(300, 20000)
        ids = f"{rng.randrange(10**10):010d} WEB ID: {rng.randrange(10**10):010d}"
        text = f"VENMO PAYMENT {ids}"
    elif roll < 0.70:
        cents = -rng.randint(500, 25000)
        text = f"AMZN Mktp US*{_code(rng, _UPPER, 6)}"
    elif roll < 0.78:
        cents = -rng.randint(2000, 250000)
        text = f"CHECK {rng.randint(1001, 9999)}"
    elif roll < 0.95:
        cents = -rng.randint(150, 9000)
        till = rng.choice(_TILLS)
        text = (
            f"POS DEBIT {rng.randint(1000, 9999)} {till} #{rng.randint(100, 9999)} "
            f"{rng.randrange(10**8):08d}"
        )
    else:
        cents = rng.randint(5000, 400000)
        text = f"REMOTE ONLINE DEPOSIT # {rng.randint(1, 9)} {rng.randrange(10**9):09d}"
    return Txn(CHECKING, day, cents, text[:32], text if len(text) > 32 else "")


def household(
    transactions: int, days: int = 0, last_day: date = LAST_DAY, seed: int = 1
) -> tuple[date, list[Txn]]:
    """The first day of history and exactly ``transactions`` lines of the checking account."""
    rng = random.Random(seed)
    days = days or max(MIN_DAYS, transactions // DAILY_VOLUME)
    people = sorted({f"{rng.choice(_FIRST)} {rng.choice(_LAST)}" for _ in range(400)})
    txns = [_line(rng, people, rng.randrange(days)) for _ in range(transactions)]
    return last_day - timedelta(days=days - 1), txns


def write_statements(
    path: Path, transactions: int, days: int = 0, last_day: date = LAST_DAY, seed: int = 1
) -> Path:
    """Write the history of ``transactions`` lines to ``path``; return ``path``."""
    path.write_text(render(*household(transactions, days, last_day, seed)), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    parser = statements_parser("bench.one_off_payees", __doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=0, help="days of history (default: by volume)")
    parser.add_argument("--last-day", type=date.fromisoformat, default=LAST_DAY)
    args = parser.parse_args(argv)
    write_statements(args.out, args.transactions, args.days, args.last_day, args.seed)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
