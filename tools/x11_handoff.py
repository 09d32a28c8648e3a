"""The hand-off journey seen from outside the app, on a real X server with a tray host.

Run by ``make journeys`` under Xvfb (with ``trayer`` started first). It does what a person
does with a running finapp, through the X server only (xdotool), and saves a screenshot of the
whole screen after every step:

1. start finapp over a store that already holds a statement (the passphrase from the
   environment, as ``FINAPP_PASSPHRASE`` allows), and wait for its window;
2. open a 3-line statement "with finapp" again: a second launch hands it over and exits;
3. the running app shows "Import finished"; Escape closes it and no other window is left;
4. Ctrl+Q on the main window ends the process within a few seconds.

Exits 0 when every step held, 1 with the step that failed.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.journeys.statements import long_history, three_line_statement  # noqa: E402

PASSPHRASE = "tulip battery staple orbit"
APP = [sys.executable, "-m", "finapp.gui.app"]


class StepFailed(Exception):
    pass


def xdotool(*args: str) -> str:
    done = subprocess.run(["xdotool", *args], capture_output=True, text=True, timeout=30)
    return done.stdout.strip()


#: the tray icon is an X window of the app's too, titled like the app, a few pixels wide
TRAY_ICON_MAX_PX = 64


def _width(wid: str) -> int:
    geometry = dict(
        line.split("=", 1) for line in xdotool("getwindowgeometry", "--shell", wid).splitlines()
    )
    return int(geometry.get("WIDTH", "0"))


def _is_tooltip(wid: str) -> bool:
    """The tray's message balloon (a tooltip window for the X server): a notification from the
    tray icon, not a window of the app's, and it goes by itself after a few seconds."""
    done = subprocess.run(["xprop", "-id", wid, "_NET_WM_WINDOW_TYPE"],
                          capture_output=True, text=True, timeout=30)  # fmt: skip
    return "_NET_WM_WINDOW_TYPE_TOOLTIP" in done.stdout


def windows_of(pid: int) -> dict[str, str]:
    """Title of every visible window of process ``pid`` but its tray icon and its message
    balloon, by window id."""
    ids = xdotool("search", "--onlyvisible", "--pid", str(pid)).split()
    return {
        wid: xdotool("getwindowname", wid)
        for wid in ids
        if _width(wid) > TRAY_ICON_MAX_PX and not _is_tooltip(wid)
    }


def wait(description: str, check, timeout_s: float = 30.0):  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.2)
    raise StepFailed(f"waited {timeout_s:.0f} s for {description}")


class Shots:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0
        folder.mkdir(parents=True, exist_ok=True)

    def take(self, name: str) -> None:
        self.count += 1
        path = self.folder / f"{self.count:02d}-{name}.png"
        subprocess.run(["import", "-window", "root", str(path)], check=False, timeout=30)
        print(f"  screenshot {path}")


def main() -> int:
    shots = Shots(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "journey-shots" / "x11")
    with tempfile.TemporaryDirectory(prefix="finapp-x11-") as tmp:
        work = Path(tmp)
        data = work / "data"
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="xcb",
            FINAPP_PASSPHRASE=PASSPHRASE,
            FINAPP_UI_SETTINGS=str(work / "ui.ini"),
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        history = long_history(work, lines=2_000)
        subprocess.run(
            [sys.executable, "-m", "finapp", "--data-dir", str(data), "import", str(history)],
            env=env, check=True, capture_output=True, timeout=120,
        )  # fmt: skip
        app = subprocess.Popen([*APP, "--data-dir", str(data)], env=env)
        try:
            run_steps(app, data, env, three_line_statement(work), shots)
        except StepFailed as exc:
            shots.take("failed")
            print(f"x11 hand-off journey FAILED: {exc}; open: {windows_of(app.pid)}")
            app.kill()
            return 1
        print("x11 hand-off journey passed")
        return 0


def run_steps(app: subprocess.Popen, data: Path, env: dict, statement: Path, shots: Shots) -> None:
    main_id = wait("the main window", lambda: next(
        (wid for wid, title in windows_of(app.pid).items() if title == "finapp"), None
    ))  # fmt: skip
    time.sleep(1.5)  # the first page and its charts
    shots.take("main-window")
    print("step: window shown")

    handed = subprocess.run([*APP, "--data-dir", str(data), str(statement)], env=env, timeout=60)
    if handed.returncode != 0:
        raise StepFailed(f"the second launch exited with {handed.returncode}")
    summary = wait("the import summary", lambda: next(
        (wid for wid, title in windows_of(app.pid).items() if title.startswith("Import finished")),
        None,
    ))  # fmt: skip
    shots.take("import-summary")
    print("step: second launch handed the statement over; summary shown")

    xdotool("windowfocus", "--sync", summary, "key", "Escape")
    wait("only the main window", lambda: list(windows_of(app.pid).values()) == ["finapp"], 10)
    time.sleep(0.5)  # no window manager keeps what the summary covered: the app repaints it
    shots.take("after-escape")
    print("step: Escape closed the summary; no other window open")

    xdotool("windowfocus", "--sync", main_id, "key", "ctrl+q")
    try:
        app.wait(timeout=10)
    except subprocess.TimeoutExpired as exc:
        raise StepFailed("Ctrl+Q did not end the app within 10 s") from exc
    if app.returncode != 0:
        raise StepFailed(f"the app exited with {app.returncode}")
    shots.take("after-quit")
    print("step: Ctrl+Q ended the app (exit 0)")


if __name__ == "__main__":
    sys.exit(main())
