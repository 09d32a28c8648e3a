"""A probe of the window run on a laptop's screen, in a process of its own: Qt reads the
offscreen platform's screen configuration, and QT_SCALE_FACTOR, once, when the application is
made. The probe (``tests/gui/*_screen_probe.py``) prints a JSON line for each thing it
measured, in English and in Chinese."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]


def run_on_screen(
    probe: str,
    tmp_path: Path,
    translation_cache: Path,
    size: tuple[int, int],
    scale: str | None = None,
) -> list[dict[str, Any]]:
    """The lines the ``probe`` module printed on a screen of ``size`` (at ``scale``)."""
    config = tmp_path / "screen.json"
    screen = {"name": "laptop", "x": 0, "y": 0, "width": size[0], "height": size[1],
              "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "XDG_CACHE_HOME": str(translation_cache),
        "FINAPP_UI_SETTINGS": str(tmp_path / "ui.ini"),
    }
    if scale is not None:
        env["QT_SCALE_FACTOR"] = scale
    done = subprocess.run(
        [sys.executable, "-m", probe, "en", "zh_CN"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
