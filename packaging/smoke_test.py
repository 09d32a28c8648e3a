"""Smoke test of the built bundle, run the way a user would but headless (``make package-test``).

For the one-folder app (dist/finapp) and the one-file variant when it was built: the frozen
CLI prints its version, imports a real bank statement from the corpus into a fresh encrypted
store, lists it back and reports the month (pandas); then the frozen GUI opens that store,
paints its main window on Qt's offscreen platform and exits 0. The bundle's contents are
checked for what is loaded by name at run time (keyring backends, Qt plugins, resources),
which only a missing-feature bug report would reveal otherwise. Prints the bundle sizes and
start times it measured.

Not part of ``make test``: it needs a bundle, and building one takes minutes.
Run: ``python packaging/smoke_test.py [BINARY ...]`` (default: the binaries in dist/).
"""

from __future__ import annotations

import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from PyInstaller.archive.readers import CArchiveReader

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
sys.path.insert(0, str(ROOT))
from finapp import __version__  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
STATEMENT = CORPUS / "ofx" / "ofxparse__bank_medium.ofx"  # 3 transactions, MANIFEST.tsv
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
TIMEOUT = 120
MILESTONES = ("window painted", "first page shown")  # printed by the GUI in smoke-test mode
RUNS = 3

# Loaded by name at run time, so only a look inside the bundle shows they were packed.
FROZEN_MODULES = (
    "finapp.resources",
    "keyring.backends.SecretService",
    "keyring.backends.kwallet",
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "sqlcipher3.dbapi2",
    "sqlalchemy.dialects.sqlite.pysqlcipher",
    "matplotlib.backends.backend_qtagg",
    "ofxparse",
    "charset_normalizer",
    "icalendar",
)
FOLDER_FILES = (
    "PySide6/Qt/plugins/platforms/*qoffscreen*",
    "PySide6/Qt/plugins/platforms/*qxcb*",
    "PySide6/Qt/plugins/imageformats/*qsvg*",
    "PySide6/Qt/plugins/iconengines/*qsvgicon*",
    "sqlcipher3/_sqlite3*",
    "re2/_re2*",  # the linear-time engine of user regex rules
    "keyring-*.dist-info/entry_points.txt",
    "finapp/resources/categories.json",
    "finapp/resources/icons/finapp.svg",
    # Qt refuses to start on X11 without it, and many desktops lack it
    *(["libxcb-cursor.so.0"] if sys.platform.startswith("linux") else []),
    # finapp's translations, compiled by the spec (the frozen app has no lrelease)
    *(
        f"finapp/resources/i18n/{ts.stem}.qm"
        for ts in (ROOT / "resources" / "i18n").glob("finapp_*.ts")
    ),
)


class SmokeFailure(AssertionError):
    pass


def check(condition: bool, message: str) -> None:
    if not condition:
        raise SmokeFailure(message)


def size_mb(path: Path) -> float:
    """Bytes on disk; PyInstaller links some libraries in two places, counted once."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if not p.is_symlink()]
    files = [p for p in files if p.is_file()]
    return sum(p.stat().st_size for p in files) / 1e6


def default_binaries() -> list[Path]:
    folder_exe = DIST / "finapp" / f"finapp{EXE_SUFFIX}"
    onefile = sorted(p for p in DIST.glob(f"finapp-{__version__}-*{EXE_SUFFIX}") if p.is_file())
    return [folder_exe, *(p for p in onefile if not p.name.endswith((".tar.gz", "-setup.exe")))]


@dataclass(frozen=True)
class Run:
    stdout: str
    stderr: str
    elapsed: float  # seconds from start to exit
    painted_at: float | None  # seconds from start to "window painted" on stdout


class Frozen:
    """One frozen executable, run with a private home and data directory."""

    def __init__(self, exe: Path, home: Path) -> None:
        self.exe = exe
        self.env = {
            **os.environ,
            "HOME": str(home),
            "USERPROFILE": str(home),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_DATA_HOME": str(home / "data"),
            "FINAPP_DATA_DIR": str(home / "finapp-data"),
            "FINAPP_PASSPHRASE": "smoke-test passphrase",
            "FINAPP_SMOKE_TEST": "1",
        }

    def run(self, *args: str, under: Sequence[str] = (), qpa: str = "offscreen") -> Run:
        """Run with ``args`` (inside ``under``, e.g. xvfb-run) on Qt platform ``qpa``."""
        with tempfile.TemporaryFile("w+") as stderr:
            start = time.perf_counter()
            process = subprocess.Popen(
                [*under, str(self.exe), *args],
                env={**self.env, "QT_QPA_PLATFORM": qpa},
                stdout=subprocess.PIPE,
                stderr=stderr,
                text=True,
            )
            assert process.stdout is not None
            watchdog = threading.Timer(TIMEOUT, process.kill)  # a GUI that never quits
            watchdog.start()
            lines = []
            painted_at = None
            for line in process.stdout:  # the GUI prints its milestones as it reaches them
                if line.startswith("window painted") and painted_at is None:
                    painted_at = time.perf_counter() - start
                lines.append(line)
            code = process.wait()
            elapsed = time.perf_counter() - start
            watchdog.cancel()
            stderr.seek(0)
            done = Run("".join(lines), stderr.read(), elapsed, painted_at)
        what = f"{self.exe.name} {' '.join(args)}"
        check(elapsed < TIMEOUT, f"{what} was still running after {TIMEOUT} s")
        check(code == 0, f"{what} exited {code}:\n{done.stderr[-3000:]}")
        check("Traceback" not in done.stderr, f"{what}: {done.stderr[-3000:]}")
        return done

    def timed(self, *args: str) -> tuple[Run, float, float | None]:
        """The median wall times, to exit and to the painted window, of RUNS runs."""
        runs = [self.run(*args) for _ in range(RUNS)]
        painted = [r.painted_at for r in runs if r.painted_at is not None]
        to_paint = statistics.median(painted) if len(painted) == RUNS else None
        return runs[-1], statistics.median(r.elapsed for r in runs), to_paint


def check_folder_contents(app_dir: Path) -> None:
    internal = app_dir / "_internal" if (app_dir / "_internal").is_dir() else app_dir
    for pattern in FOLDER_FILES:
        check(any(internal.glob(pattern)), f"bundle lacks {pattern}")


def check_frozen_modules(exe: Path) -> None:
    pyz = CArchiveReader(str(exe)).open_embedded_archive("PYZ.pyz")
    missing = [name for name in FROZEN_MODULES if name not in pyz.toc]
    check(not missing, f"{exe.name}: modules not frozen: {missing}")


def check_cli(app: Frozen) -> float:
    done, version_time, _ = app.timed("--version")
    check(done.stdout.strip() == f"finapp {__version__}", f"--version printed {done.stdout!r}")
    done = app.run("import", str(STATEMENT), "--json")
    check(json.loads(done.stdout)["new"] == 3, f"import: {done.stdout}")
    done = app.run("transactions", "--json")
    rows = json.loads(done.stdout)
    check(len(rows) == 3, f"transactions: {len(rows)} rows")
    first = rows[0]
    seen = (first["date"], first["amount"], first["payee"])
    check(seen == ("2009-04-01", "-6.60", "MCDONALD'S #112"), f"first transaction: {first}")
    # The monthly report runs on pandas and numpy, whose native libraries load only here.
    done = app.run("report", "--json", "--month", "2009-04")
    spent = -sum(Decimal(row["amount"]) for row in rows if Decimal(row["amount"]) < 0)
    totals = json.loads(done.stdout)["totals"]
    check(Decimal(totals[0]["expenses"]) == spent, f"report: {totals} (expected {spent} spent)")
    return version_time


def milestones(done: Run) -> str:
    """The app's own start-up clock: "window painted: N ms …", then "first page shown: …"."""
    lines = [line for line in done.stdout.splitlines() if line.startswith(MILESTONES)]
    steps = [line.split(":")[0] for line in lines]
    check(
        steps == list(MILESTONES),
        f"GUI did not report its window and first page:\n{done.stdout}\n{done.stderr[-3000:]}",
    )
    return ", ".join(lines)


def check_gui(app: Frozen) -> str:
    """The GUI opens the store the CLI filled, paints its window, shows its first page (charts:
    matplotlib on QtAgg) and quits by itself."""
    done, elapsed, to_paint = app.timed()
    check(to_paint is not None, "GUI never painted its window")
    return (
        f"GUI (offscreen): window painted after {to_paint:.2f} s, quit after {elapsed:.2f} s; "
        f"app's clock: {milestones(done)}"
    )


def check_gui_on_x11(app: Frozen) -> str:
    """The same on a real X server (Xvfb): the bundled xcb plugin and its libraries load."""
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        return "xcb: NOT RUN (install xvfb to check the X11 plugin)"
    done = app.run(under=[xvfb, "-a", "-s", "-screen 0 1280x800x24"], qpa="xcb")
    return f"GUI (xcb on Xvfb): quit after {done.elapsed:.2f} s; app's clock: {milestones(done)}"


def smoke(exe: Path, report: Callable[[str], None]) -> None:
    check(exe.is_file(), f"no bundle at {exe}: run `make package` first")
    is_folder = exe.parent.name == "finapp"
    if is_folder:
        check_folder_contents(exe.parent)
    check_frozen_modules(exe)
    with tempfile.TemporaryDirectory(prefix="finapp-smoke-") as home:
        app = Frozen(exe, Path(home))
        version_time = check_cli(app)
        gui = [check_gui(app)]
        if is_folder:
            gui.append(check_gui_on_x11(app))
    kind = "one-folder" if is_folder else "one-file"
    size = size_mb(exe.parent if is_folder else exe)
    report(f"{kind}: {size:.0f} MB; `finapp --version` {version_time:.2f} s")
    report("\n".join(f"  {line}" for line in gui))


def main(argv: list[str]) -> int:
    check(STATEMENT.is_file(), f"statement corpus missing at {CORPUS}")
    binaries = [Path(a).resolve() for a in argv] or default_binaries()
    lines: list[str] = []
    for exe in binaries:
        print(f"smoke: {exe.relative_to(ROOT) if exe.is_relative_to(ROOT) else exe}", flush=True)
        try:
            smoke(exe, lines.append)
        except SmokeFailure as exc:
            print(f"smoke test FAILED: {exc}", file=sys.stderr)
            return 1
    print("\n".join(lines))
    print(f"{len(binaries)} passed, 0 failed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
