"""Statement import: 100k-transaction OFX and 100k-row CSV, bare parse and end to end.

Then whole imports of the CSV exports of :mod:`bench.realistic_exports`, as ``import_files``
runs them: a 100k-line Chase card file, and 20k-row Alipay and WeChat Pay exports with their
refunds filed where their purchases are. And a folder of two years of a household's monthly
statements dropped at once (checking, savings and card OFX, the card's CSV, Alipay and WeChat
Pay exports: :mod:`tests.households`), where what each file costs beside its lines counts.

End to end: read the file, detect its layout, de-duplicate against the store and write every
line into a fresh encrypted store, committed. The categorization rules and subscription
detection that run after an import are measured by their own benchmarks; here the whole
``import_files`` service is timed on 10k rows. Plain ofxparse on 5k transactions shows the
quadratic behaviour avoided.
"""

from __future__ import annotations

import io
import time
import warnings
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import ofxparse

from bench.realistic_exports import write_export
from bench.table import Figure, timed
from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files, write_parsed
from finapp.services.opening import open_store
from finapp.store.keys import StoreKey, new_raw_key
from tests.households.files import write_statements
from tests.households.generator import generate
from tests.importers.ofxgen import history, statement_ofx

ROWS = 100_000
PLAIN_ROWS = 5_000
SERVICE_ROWS = 10_000
#: (export of :mod:`bench.realistic_exports`, how its rows are named, rows) imported whole
EXPORTS = (("chase", "Chase CSV", 100_000), ("alipay", "Alipay export", 20_000),
           ("wechat", "WeChat Pay export", 20_000))  # fmt: skip


def _chase_csv(count: int) -> str:
    lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"]
    for line in reversed(history(count)):
        lines.append(
            f"{line.posted:%m/%d/%Y},{line.posted + timedelta(days=1):%m/%d/%Y},"
            f"{line.payee},Shopping,Sale,{line.amount},"
        )
    return "\n".join(lines) + "\n"


def _cpu(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds of ``fn``: on a busy machine the CPU time is what the import
    itself costs (it runs on one core), the wall time what a user waits."""
    cpu = time.process_time()
    wall = timed(fn)[1]
    return wall, time.process_time() - cpu


def _end_to_end(workdir: Path, path: Path) -> tuple[float, float]:
    """Read, de-duplicate and write ``path`` into a new encrypted store, committed."""
    store = open_store(workdir / f"store-{path.suffix[1:]}", key=StoreKey.from_raw(new_raw_key()))

    def run() -> None:
        parsed = read_statement_file(path)
        with store.write() as session:
            assert write_parsed(session, parsed).new == ROWS

    try:
        return _cpu(run)
    finally:
        store.close()


def _whole_service(workdir: Path, path: Path) -> float:
    """``import_files`` as the CLI and GUI call it, with rules and subscription detection."""
    store = open_store(workdir / "store-service", key=StoreKey.from_raw(new_raw_key()))
    try:
        result, seconds = timed(lambda: import_files(store, [path]))
        assert not result.failed and result.new == SERVICE_ROWS, result.failed
        return seconds
    finally:
        store.close()


def _export_import(workdir: Path, path: Path) -> tuple[float, float]:
    """CPU seconds of ``import_files`` on ``path`` into a new store, and per line in µs."""
    store = open_store(workdir / f"store-{path.stem}", key=StoreKey.from_raw(new_raw_key()))
    try:
        cpu = time.process_time()
        result = import_files(store, [path])
        seconds = time.process_time() - cpu
        assert not result.failed and result.new, result.failed
        return seconds, seconds / result.new * 1e6
    finally:
        store.close()


#: the households bench's household with payment apps (seed 13, ``cn``): 91 files
FOLDER_HOUSEHOLD = (13, "cn")


def _folder_import(workdir: Path) -> tuple[float, int]:
    """CPU seconds of ``import_files`` given one folder of a household's two years of
    statements, into a new store, and how many files it read."""
    folder = workdir / "downloads"
    files = write_statements(generate(*FOLDER_HOUSEHOLD), folder, card_csv=True)
    store = open_store(workdir / "store-folder", key=StoreKey.from_raw(new_raw_key()))
    try:
        cpu = time.process_time()
        result = import_files(store, [folder])
        seconds = time.process_time() - cpu
        assert not result.failed and len(result.files) == len(files), result.failed
        return seconds, len(files)
    finally:
        store.close()


def _plain_ofxparse(data: bytes) -> float:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return timed(lambda: ofxparse.OfxParser.parse(io.BytesIO(data)))[1]


def run(workdir: str) -> Iterator[Figure]:
    root = Path(workdir)
    ofx = root / "history.ofx"
    ofx.write_text(statement_ofx(history(ROWS)), encoding="ascii")
    csv = root / "history.csv"
    csv.write_text(_chase_csv(ROWS), encoding="utf-8")
    small = statement_ofx(history(PLAIN_ROWS)).encode()
    yield Figure("import", "plain ofxparse, 5k-txn OFX", _plain_ofxparse(small), "s")
    for kind, path in (("100k-txn OFX", ofx), ("100k-row CSV", csv)):
        wall, cpu = _cpu(lambda path=path: read_statement_file(path))  # type: ignore[misc]
        yield Figure("import", f"{kind}, parse only", wall, "s")
        yield Figure("import", f"{kind}, parse only (CPU)", cpu, "s")
        wall, cpu = _end_to_end(root, path)
        yield Figure("import", f"{kind}, end to end into the store", wall, "s", "<= 3 s")
        yield Figure("import", f"{kind}, end to end into the store (CPU)", cpu, "s")
    service = root / "service.ofx"
    service.write_text(statement_ofx(history(SERVICE_ROWS)), encoding="ascii")
    yield Figure(
        "import",
        "10k-txn OFX, import_files with rules and subscriptions",
        _whole_service(root, service),
        "s",
    )
    for kind, name, rows in EXPORTS:
        path = write_export(root / f"{kind}.csv", kind, rows)
        seconds, per_line = _export_import(root, path)
        label = f"import {rows // 1000}k-line {name}"
        yield Figure("import", f"{label} (CPU)", seconds, "s")
        yield Figure("import", f"{label}, per line (CPU)", per_line, "µs")
    seconds, count = _folder_import(root)
    label = f"a folder of a household's two years ({count} statement files)"
    yield Figure("import", f"{label} (CPU)", seconds, "s")
    yield Figure("import", f"{label}, per file (CPU)", seconds / count * 1000, "ms")
