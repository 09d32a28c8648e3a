"""Where an import's time goes: CPU seconds per phase of ``finapp import`` on a realistic file.

``python -m bench import_phases`` (sizes from ``$FINAPP_BENCH_SIZES``, default 100000) or
``python -m bench.import_phases --sizes 30000,100000``; ``--export chase`` (or ``alipay``,
``wechat``) imports that CSV export of :mod:`bench.realistic_exports` instead of the OFX, and
``--export one-off`` the history of one-off payees of :mod:`bench.one_off_payees`. ``--month``
measures the month a user adds most often: the OFX's years are imported first (not measured),
then its last 30 days' statement onto them.

The whole-process figure (:mod:`bench.whole_process`) says how far an import is from its goal;
this one says where to look. Each size runs in a fresh process that does what ``finapp import``
does — load the command's modules, open a new encrypted store, ``import_files`` — with the
import service's steps wrapped in CPU timers. CPU time, not wall time: it is what the import
costs whatever else shares the cores, and the phases add up to the process's own total.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench import one_off_payees
from bench.realistic_exports import EXPORTS, write_export
from bench.realistic_statements import write_statements, write_years_and_month
from bench.table import Figure, print_table
from bench.whole_process import PASSPHRASE, SIZES_ENV, _cli_env, _compile_finapp, _label

AREA = "import phases"
DEFAULT_SIZES = (100_000,)
#: ``--export`` for the OFX history of one-off payees, not a CSV export
ONE_OFF = "one-off"
_ROOT = Path(__file__).resolve().parents[1]

#: (module of finapp.services, its function, phase it measures); ``_FILING`` runs inside
#: ``write_parsed``, whose figure leaves it out
_FILING = "keys, merchants and rules of the new lines"
_STEPS = (
    ("imports", "read_statement_file", "reading the file"),
    ("imports", "write_parsed", "writing the rows"),
    ("import_rows", "_new_rows", _FILING),  # inside write_parsed
    ("imports", "link_days_funding", "pairing wallet rows with their funding"),
    ("imports", "file_refunds_like_purchases", "filing payment-app refunds"),
    ("imports", "link_days_transfers", "pairing transfers"),
    ("imports", "detect_subscriptions", "detecting subscriptions"),
)


def sizes_wanted() -> tuple[int, ...]:
    """``$FINAPP_BENCH_SIZES`` (comma-separated transaction counts), else 100k."""
    text = os.environ.get(SIZES_ENV, "")
    return tuple(int(part) for part in text.split(",") if part.strip()) or DEFAULT_SIZES


def _timed_steps(seconds: dict[str, float]) -> None:
    """Wrap each of ``_STEPS`` where its caller finds it so its CPU time adds up in ``seconds``."""
    for module_name, name, phase in _STEPS:
        module = importlib.import_module(f"finapp.services.{module_name}")
        step: Callable[..., Any] = getattr(module, name)

        @functools.wraps(step)
        def timed(
            *args: Any, _step: Callable[..., Any] = step, _phase: str = phase, **kwargs: Any
        ) -> Any:
            start = time.process_time()
            try:
                return _step(*args, **kwargs)
            finally:
                seconds[_phase] = seconds.get(_phase, 0.0) + time.process_time() - start

        setattr(module, name, timed)


#: ``--month``: the days of the statement imported onto the years before them
MONTH_DAYS = 30


def child(statement: Path, data_dir: Path) -> dict[str, float]:
    """Import ``statement`` into the store at ``data_dir`` (made new if there is none) as the
    CLI does; CPU per phase."""
    start = time.process_time()
    import finapp.cli.commands.import_cmd  # what `finapp import` loads
    import finapp.cli.main  # noqa: F401
    from finapp.services import imports
    from finapp.services.history_findings import history_findings
    from finapp.services.opening import open_store

    loaded = time.process_time()
    seconds: dict[str, float] = {}
    _timed_steps(seconds)
    store = open_store(data_dir, passphrase=PASSPHRASE)
    opened = time.process_time()
    try:
        result = imports.import_files(store, [statement])
        imported = time.process_time()
        history_findings(store, result)  # the summary the command prints after it
        summarized = time.process_time()
    finally:
        store.close()
    done = time.process_time()
    assert not result.failed, result.failed
    writing, filing = seconds["writing the rows"], seconds[_FILING]
    summary = summarized - imported
    rest = (done - opened) - summary - sum(v for ph, v in seconds.items() if ph != _FILING)
    figures = {
        "start-up: the command's modules": loaded - start,
        "opening the store (key derivation, a new one's tables)": opened - loaded,
        **seconds,
        "writing the rows": writing - filing,  # without the filing measured inside it
        "what we found in the history (the summary)": summary,
        "committing, and the rest": rest,
    }
    figures["total"] = done - start
    return figures


def run_size(workdir: Path, size: int, export: str = "", month: bool = False) -> dict[str, float]:
    """One fresh process importing a realistic ``size``-transaction statement (the ``export``
    of :mod:`bench.realistic_exports` with ``size`` rows, if named, or the history of one-off
    payees) into a new store; with ``month``, the OFX's last days onto a store holding the
    years before them, imported by a process of their own first."""
    data_dir = Path(tempfile.mkdtemp(prefix="store-", dir=workdir))
    env = _cli_env()  # as whole_process runs the command: bytecode compiled beforehand
    _compile_finapp(env)
    if month:
        years, statement = write_years_and_month(
            workdir / f"phases-{size}-years.ofx",
            workdir / f"phases-{size}-month.ofx",
            size,
            MONTH_DAYS,
        )
        _child(years, data_dir, env)
    elif export == ONE_OFF:
        statement = one_off_payees.write_statements(workdir / f"phases-one-off-{size}.ofx", size)
    elif export:
        statement = write_export(workdir / f"phases-{export}-{size}.csv", export, size)
    else:
        statement = write_statements(workdir / f"phases-{size}.ofx", size)
    return _child(statement, data_dir, env)


def _child(statement: Path, data_dir: Path, env: dict[str, str]) -> dict[str, float]:
    """:func:`child` in a process of its own: its CPU per phase."""
    child_argv = ["-m", "bench.import_phases", "--child", str(statement), str(data_dir)]
    out = subprocess.run(
        [sys.executable, *child_argv],
        capture_output=True,
        text=True,
        env=env,
        cwd=_ROOT,
        check=True,
    )
    return json.loads(out.stdout.splitlines()[-1])


def figures(results: dict[int, dict[str, float]], what: str = "") -> Iterator[Figure]:
    """Each size's phases, labelled with the size and ``what`` was imported."""
    for size, phases in results.items():
        total = phases["total"]
        label = f"{_label(size)} {what}" if what else _label(size)
        for phase, cpu in phases.items():
            share = "" if phase == "total" else f"{cpu / total:.0%} of the total"
            yield Figure(AREA, f"{label} {phase} (cpu)", cpu, "s", detail=share)


#: how the figures of ``--month`` are labelled after the size
MONTH_LABEL = f"(its last {MONTH_DAYS} days onto the rest)"


def run(workdir: str, export: str = "", month: bool = False) -> list[Figure]:
    """Entry point for ``python -m bench``."""
    sizes = {size: run_size(Path(workdir), size, export, month) for size in sizes_wanted()}
    return list(figures(sizes, MONTH_LABEL if month else export))


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_phases", description=__doc__)
    parser.add_argument("--sizes", help="comma-separated transaction counts, e.g. 30000,100000")
    parser.add_argument(
        "--export", choices=(*EXPORTS, ONE_OFF), default="", help="a CSV export, or one-off"
    )
    parser.add_argument(
        "--month", action="store_true", help=f"the last {MONTH_DAYS} days onto the years before"
    )
    parser.add_argument(
        "--child", nargs=2, metavar=("STATEMENT", "DATA_DIR"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(Path(args.child[0]), Path(args.child[1]))))
        return 0
    if args.sizes:
        os.environ[SIZES_ENV] = args.sizes
    with tempfile.TemporaryDirectory(prefix="finapp-bench-") as workdir:
        print_table(run(workdir, args.export, args.month))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
