"""The CLI as a user runs it, on a realistic household, beside the floor of the same file.

``python -m bench whole_process`` (sizes from ``$FINAPP_BENCH_SIZES``, default
``30000,100000,300000``) or ``python -m bench.whole_process --sizes 30000,100000 --repeats 5``.

Each command is a fresh ``finapp`` process on a fresh encrypted store (passphrase from the
environment, no keyring), so its time includes starting Python, opening the store and writing all
of its output, which is what a user waits for. The floor is a process that reads the same file and
picks every field of every ``<STMTTRN>`` with regular expressions, measured in the same run so a
busy machine slows both alike: the goals are ratios to it. A second reference, the storing floor,
writes the floor's lines into an encrypted table with finapp's columns and indexes and nothing
more: what keeping them costs at the least, beside which an import's figure reads. Each child's CPU
time and peak RSS are its own (:mod:`bench.child_usage`); CPU time is the steadier figure when
other work shares the cores. Growth compares CPU time per transaction at the largest size with the
smallest: 1.0 or less is linear.

Every size runs its sequence (floor, storing floor, then the commands on a fresh store) several
times (``$FINAPP_BENCH_REPEATS``, default 3) and each row gives the median: on a shared machine
one run's floor came out anywhere from 0.38 to 0.60 s within a minute, and a command's multiple
of it from 1.4× to 3.1×. A multiple is the median of each run's command over that same run's
floor, the two measured a few seconds apart; the peak RSS is the highest of the runs.

Python's bytecode is cached as in an installed app (pip and the bundle ship it), compiled once
before the first command: a checkout run with ``PYTHONDONTWRITEBYTECODE`` would otherwise time
the compiling of finapp's source in every command (as :mod:`bench.gui_bench` does for the app).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import statistics
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from bench.realistic_statements import LAST_DAY, write_statements
from bench.table import Figure, print_table

SIZES_ENV = "FINAPP_BENCH_SIZES"
DEFAULT_SIZES = (30_000, 100_000, 300_000)
REPEATS_ENV = "FINAPP_BENCH_REPEATS"
DEFAULT_REPEATS = 3
AREA = "whole process"
#: the second reference: the floor's lines kept in an encrypted table, nothing else
STORING = "storing floor: the scan's lines written to an encrypted table"
PASSPHRASE = "bench passphrase, not secret"
_ROOT = Path(__file__).resolve().parents[1]

#: (label, finapp arguments after ``--data-dir D``, goal as a multiple of the floor). The first
#: command after the import makes the day's automatic backup; ``accounts`` takes that turn, so
#: the backup is a row of its own instead of hiding in the listing's figure. ``alerts`` runs
#: twice: the first evaluates what the import brought, the second is the day's check asked
#: again (the tray's, a page's) with nothing changed since.
COMMANDS: tuple[tuple[str, tuple[str, ...], float | None], ...] = (
    ("import", ("import", "{file}"), 4.0),
    ("accounts --json, with the day's backup", ("accounts", "--json"), None),
    ("transactions --json", ("transactions", "--json"), 2.0),
    ("report --json", ("report", "--json"), 2.0),
    ("subscriptions --json", ("subscriptions", "--json"), 2.0),
    ("alerts --json", ("alerts", "--json", "--as-of", LAST_DAY.isoformat()), 2.0),
    (
        "alerts --json again, nothing changed",
        ("alerts", "--json", "--as-of", LAST_DAY.isoformat()),
        None,
    ),
)

_RECORD = re.compile(r"<STMTTRN>(.*?)</STMTTRN>", re.S)
_FIELD = re.compile(r"<([A-Z.]+)>([^<\r\n]*)")


def regex_scan(path: str) -> int:
    """The floor: read the file and take every field of every transaction with two regular
    expressions, no checking and no storing; returns the number of transactions."""
    text = Path(path).read_text(encoding="utf-8")
    return sum(1 for record in _RECORD.findall(text) if dict(_FIELD.findall(record)))


def scan_and_store(path: str, ddl_file: str, db: str) -> int:
    """The storing floor: the floor's scan, then each line's fields written as a row of an
    encrypted table with finapp's columns and indexes (``ddl_file``), in one transaction, as
    an import of a new store writes them. No checking, keys, rules or detection: what keeping the
    lines costs at the least, which the import's goal is measured beside too."""
    import secrets

    import sqlcipher3

    text = Path(path).read_text(encoding="utf-8")
    rows = []
    for record in _RECORD.findall(text):
        field = dict(_FIELD.findall(record))
        name, posted = field.get("NAME", ""), field["DTPOSTED"]
        rows.append(
            (
                1, f"{posted[:4]}-{posted[4:6]}-{posted[6:8]}",
                int(Decimal(field["TRNAMT"]) * 100), "USD", name, name, field.get("MEMO", ""),
                field["FITID"], field["TRNTYPE"], f"fitid:{field['FITID']}", 0, name.lower(),
            )
        )  # fmt: skip
    conn = sqlcipher3.connect(db, isolation_level=None)
    conn.execute(f"PRAGMA key = \"x'{secrets.token_hex(32)}'\"")
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL"):  # as finapp opens its store
        conn.execute(f"PRAGMA {pragma}")
    conn.executescript(Path(ddl_file).read_text(encoding="utf-8"))
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(_STORE_ROW, rows)
    conn.execute("COMMIT")
    conn.close()
    return len(rows)


_STORE_ROW = (
    "INSERT INTO transactions (account_id, posted, amount_minor, currency, payee, "
    "original_payee, memo, fitid, source_kind, dedupe_key, occurrence, merchant, is_transfer, "
    "note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, '')"
)


def transactions_ddl() -> str:
    """finapp's ``transactions`` table and its indexes, as SQLite statements."""
    from sqlalchemy.dialects import sqlite
    from sqlalchemy.schema import CreateIndex, CreateTable

    from finapp.store.schema import Transaction

    table = Transaction.__table__
    dialect = sqlite.dialect()
    statements = [CreateTable(table).compile(dialect=dialect)]
    statements += [CreateIndex(index).compile(dialect=dialect) for index in table.indexes]
    return ";\n".join(str(statement).strip() for statement in statements) + ";\n"


@dataclass(frozen=True)
class Run:
    """One child process: wall and CPU seconds, peak resident memory in MB."""

    wall: float
    cpu: float
    peak_mb: float


def measure(argv: list[str], env: dict[str, str]) -> Run:
    """Run ``argv`` through :mod:`bench.child_usage`, reading all its output as a pipe to
    another program would, and return its own usage."""
    with tempfile.TemporaryDirectory(prefix="finapp-usage-") as folder:
        report = Path(folder) / "usage.json"
        errors = Path(folder) / "stderr"
        wrapped = [sys.executable, "-m", "bench.child_usage", str(report), *argv]
        with errors.open("wb") as err:
            proc = subprocess.Popen(wrapped, stdout=subprocess.PIPE, stderr=err, env=env, cwd=_ROOT)
            assert proc.stdout is not None
            with proc.stdout:
                while proc.stdout.read(1 << 16):
                    pass
            if proc.wait():
                detail = errors.read_text(encoding="utf-8", errors="replace")
                raise RuntimeError(f"{' '.join(argv)} failed: {detail}")
        return Run(**json.loads(report.read_text(encoding="utf-8")))


def _finapp() -> list[str]:
    """The ``finapp`` command of this environment, as installed (its script), else the module."""
    script = Path(sys.executable).with_name("finapp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "finapp.cli.main"]


def _cli_env() -> dict[str, str]:
    """The commands' environment: passphrase, no keyring, bytecode read and written beside the
    source as in an install. Not under a ``PYTHONPYCACHEPREFIX``: Python then looks for every
    module's bytecode there, the installed packages' too, and the first command (the import)
    would time compiling SQLAlchemy and the rest, a second of its figure."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["FINAPP_PASSPHRASE"] = PASSPHRASE
    return env


def _compile_finapp(env: dict[str, str]) -> None:
    """Write finapp's bytecode where the commands will find it, as an install would have."""
    compile_all = [sys.executable, "-m", "compileall", "-q", str(_ROOT / "finapp")]
    subprocess.run(compile_all, env=env, check=True, stdout=subprocess.DEVNULL)


def sizes_wanted() -> tuple[int, ...]:
    """``$FINAPP_BENCH_SIZES`` (comma-separated transaction counts), else 30k, 100k and 300k."""
    text = os.environ.get(SIZES_ENV, "")
    return tuple(int(part) for part in text.split(",") if part.strip()) or DEFAULT_SIZES


def _label(size: int) -> str:
    return f"{size // 1000}k" if size % 1000 == 0 else str(size)


def repeats_wanted() -> int:
    """``$FINAPP_BENCH_REPEATS`` (how many times each size's sequence runs), else 3."""
    return max(1, int(os.environ.get(REPEATS_ENV, "") or DEFAULT_REPEATS))


def run_size(workdir: Path, size: int, repeat: int = 0) -> dict[str, Run]:
    """The floor and every command on ``size`` transactions, in that order, in this run; the
    ``repeat``-th run of the size has its own store and storing floor."""
    statement = workdir / f"household-{size}.ofx"
    if not statement.exists():
        write_statements(statement, size)
    floor_code = "import sys; from bench.whole_process import regex_scan; regex_scan(sys.argv[1])"
    runs = {"floor": measure([sys.executable, "-c", floor_code, str(statement)], dict(os.environ))}
    ddl = workdir / "transactions.sql"
    ddl.write_text(transactions_ddl(), encoding="utf-8")
    store_code = (
        "import sys; from bench.whole_process import scan_and_store; scan_and_store(*sys.argv[1:])"
    )
    stored = [str(statement), str(ddl), str(workdir / f"floor-{size}-{repeat}.db")]
    runs[STORING] = measure([sys.executable, "-c", store_code, *stored], dict(os.environ))
    data_dir = workdir / f"store-{size}-{repeat}"
    env = _cli_env()
    _compile_finapp(env)
    for label, arguments, _ in COMMANDS:
        argv = [a.format(file=statement) for a in arguments]
        runs[label] = measure([*_finapp(), "--data-dir", str(data_dir), *argv], env)
    return runs


@dataclass(frozen=True)
class Median:
    """A row's runs, told as a median: wall and CPU seconds, the multiples of the floor of the
    same run (each run's own, then their median), and the highest peak RSS."""

    wall: float
    cpu: float
    times_floor: float
    cpu_times_floor: float
    peak_mb: float


def median_of(runs: list[dict[str, Run]], label: str) -> Median:
    mine = [run[label] for run in runs]
    floors = [run["floor"] for run in runs]
    return Median(
        wall=statistics.median(r.wall for r in mine),
        cpu=statistics.median(r.cpu for r in mine),
        times_floor=statistics.median(r.wall / f.wall for r, f in zip(mine, floors, strict=True)),
        cpu_times_floor=statistics.median(r.cpu / f.cpu for r, f in zip(mine, floors, strict=True)),
        peak_mb=max(r.peak_mb for r in mine),
    )


def figures(results: dict[int, list[dict[str, Run]]]) -> list[Figure]:
    """Rows: per size the floor and each command (median wall seconds of the runs; × floor,
    CPU, RSS beside), then each command's growth from the smallest size to the largest."""
    rows: list[Figure] = []
    for size, runs in results.items():
        times = f"median of {len(runs)}" if len(runs) > 1 else "one run"
        floor = median_of(runs, "floor")
        rows.append(
            Figure(
                AREA,
                f"{_label(size)} floor: regex scan of the file",
                floor.wall,
                "s",
                detail=f"{times}, cpu {floor.cpu:.2f} s, peak {floor.peak_mb:.0f} MB",
            )
        )
        stored = median_of(runs, STORING)
        rows.append(
            Figure(
                AREA,
                f"{_label(size)} {STORING}",
                stored.wall,
                "s",
                detail=f"{stored.times_floor:.1f}× floor, cpu {stored.cpu:.2f} s, "
                f"peak {stored.peak_mb:.0f} MB",
            )
        )
        for label, _, goal in COMMANDS:
            run = median_of(runs, label)
            rows.append(
                Figure(
                    AREA,
                    f"{_label(size)} {label}",
                    run.wall,
                    "s",
                    f"≤ {goal:g}× floor" if goal is not None else "",
                    detail=f"{run.times_floor:.1f}× floor, cpu {run.cpu:.2f} s "
                    f"({run.cpu_times_floor:.1f}× floor cpu), peak {run.peak_mb:.0f} MB",
                )
            )
    if len(results) > 1:
        small, large = min(results), max(results)
        for label in ("floor", STORING, *(c[0] for c in COMMANDS)):
            per_small = median_of(results[small], label).cpu / small
            per_large = median_of(results[large], label).cpu / large
            rows.append(
                Figure(
                    AREA,
                    f"{label}: cpu per line {_label(large)} / {_label(small)}",
                    per_large / per_small,
                    "ratio",
                    "≤ 1 (linear)",
                )
            )
    return rows


def run(workdir: str) -> list[Figure]:
    """Entry point for ``python -m bench``: each size's runs one after another, so a size's
    floor and commands share the machine's state of those seconds."""
    repeats = repeats_wanted()
    return figures(
        {
            size: [run_size(Path(workdir), size, repeat) for repeat in range(repeats)]
            for size in sizes_wanted()
        }
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.whole_process", description=__doc__)
    parser.add_argument("--sizes", help="comma-separated transaction counts, e.g. 30000,100000")
    parser.add_argument("--repeats", type=int, help="runs of each size, their median shown")
    args = parser.parse_args(argv)
    if args.sizes:
        os.environ[SIZES_ENV] = args.sizes
    if args.repeats:
        os.environ[REPEATS_ENV] = str(args.repeats)
    with tempfile.TemporaryDirectory(prefix="finapp-bench-") as workdir:
        print_table(run(workdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
