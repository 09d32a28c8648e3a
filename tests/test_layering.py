"""The core, importers, services and CLI run without Qt."""

from __future__ import annotations

import subprocess
import sys


def test_services_and_cli_do_not_import_qt() -> None:
    code = (
        "import sys, pkgutil, importlib, finapp\n"
        "for m in pkgutil.walk_packages(finapp.__path__, 'finapp.'):\n"
        "    if not m.name.startswith('finapp.gui') and m.name != 'finapp.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
