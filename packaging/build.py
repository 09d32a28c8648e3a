"""Build finapp's desktop bundle for the platform this runs on (``make package``).

Runs PyInstaller on packaging/finapp.spec, then finishes the platform's deliverable:
Linux gets the desktop files inside the one-folder app and a tarball of it; Windows gets the
Inno Setup installer when ``iscc`` is on PATH. Python rather than make, so the same command
works on Windows: ``python packaging/build.py``.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path

import PyInstaller.__main__

ROOT = Path(__file__).resolve().parents[1]
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "finapp.spec"
LINUX_FILES = ROOT / "packaging" / "linux"


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from finapp import __version__

    return __version__


def run_pyinstaller(onefile: bool) -> None:
    args = ["--noconfirm", "--clean", "--distpath", str(DIST)]
    args += ["--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)]
    if not onefile:
        args += ["--", "--no-onefile"]
    PyInstaller.__main__.run(args)


def finish_linux(app_dir: Path) -> Path:
    """Desktop files into the app folder (install-desktop.sh at its top), then the tarball."""
    desktop = app_dir / "desktop"
    shutil.rmtree(desktop, ignore_errors=True)
    shutil.copytree(LINUX_FILES, desktop, ignore=shutil.ignore_patterns("install-desktop.sh"))
    shutil.copy2(LINUX_FILES / "install-desktop.sh", app_dir / "install-desktop.sh")
    tarball = DIST / f"finapp-{version()}-linux-{platform.machine().lower()}.tar.gz"
    # gzip's own default level; tarfile's default, 9, is slower on 250 MB of binaries.
    with tarfile.open(tarball, "w:gz", compresslevel=6) as archive:
        archive.add(app_dir, arcname=app_dir.name)
    return tarball


def finish_windows() -> Path | None:
    """The installer, when Inno Setup's compiler is installed (it only exists on Windows)."""
    iscc = shutil.which("iscc")
    if iscc is None:
        print("build: iscc not on PATH; skipping the installer (install Inno Setup 6)")
        return None
    script = ROOT / "packaging" / "windows" / "finapp.iss"
    subprocess.run([iscc, f"/DAppVersion={version()}", str(script)], check=True)
    return DIST / f"finapp-{version()}-windows-x86_64-setup.exe"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-onefile", action="store_true", help="skip the one-file variant")
    args = parser.parse_args(argv)
    run_pyinstaller(onefile=not args.no_onefile)
    if sys.platform.startswith("linux"):
        print(f"build: {finish_linux(DIST / 'finapp')}")
    elif sys.platform == "win32":
        print(f"build: {finish_windows() or DIST / 'finapp'}")
    else:
        print(f"build: {DIST / 'finapp.app'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
