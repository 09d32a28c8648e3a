"""Start at login: the entry the desktop reads to start finapp, quietly, in the tray.

A reminder that only fires while the window happens to be open is no reminder, so finapp can
ask the desktop to start it at login with ``--background`` (straight to the tray, no window).
Each platform keeps that wish in its own per-user place, and only there:

- Linux and other freedesktop systems: ``$XDG_CONFIG_HOME/autostart/finapp.desktop``
  (``~/.config`` by default), a desktop entry as the XDG Autostart specification reads it.
- Windows: the value ``finapp`` under ``HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\Run``
  (what Task Manager's Startup tab lists and lets the user switch off).
- macOS: the LaunchAgent ``~/Library/LaunchAgents/org.finapp.finapp.plist`` (RunAtLoad).

Nothing here is written until the user says yes (first run or Settings, ``finapp autostart
on``); ``disable`` takes the entry away, and ``finapp wipe`` too when the entry opens the
folder wiped (:func:`starts_data_dir`). The entry is a file or value the
user may also edit or switch off in the desktop's own settings, so :func:`is_enabled` reads
it back rather than remembering a flag: what it says is what happens at the next login.

The command written is how *this* finapp is started (:func:`launch_command`). Functions take
the platform and, on Windows, the registry module as parameters whose defaults are the real
ones; the tests hand in another platform or a stand-in registry, and no code knows a test.
"""

from __future__ import annotations

import importlib
import os
import plistlib
import shlex
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from finapp.errors import InvalidInputError
from finapp.paths import APP_NAME
from finapp.services.private_file import replace_privately

#: The option that makes the desktop app start in the tray without a window.
BACKGROUND = "--background"
DESKTOP_FILE = "finapp.desktop"
LAUNCH_AGENT_LABEL = "org.finapp.finapp"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME

#: Characters that make a desktop entry's Exec argument need quoting (the spec's "reserved").
_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


@dataclass(frozen=True, slots=True)
class AutostartStatus:
    """Whether finapp starts at login, where that is kept, and the command it runs."""

    enabled: bool
    where: str
    #: what the entry runs, one argument each (on Windows the Run value's command line as one
    #: string); None when there is no entry
    command: tuple[str, ...] | None


def launch_command(data_dir: Path | None = None) -> list[str]:
    """The command that starts this finapp's desktop app, for the entry to run at login.

    - A frozen bundle (PyInstaller): its own executable, which opens the app when given no
      command word.
    - Installed from source or by pip: the ``finapp-gui`` script beside the interpreter (the
      venv's ``bin``/``Scripts``), the command the user knows.
    - Otherwise ``python -m finapp`` with this interpreter (``pythonw`` on Windows when there,
      so no console window opens at login).

    ``data_dir`` is added as ``--data-dir`` only when it is not the platform's default, so a
    store kept elsewhere (``--data-dir ~/Documents/money``) is the one opened at login.
    """
    executable = Path(sys.executable)
    if getattr(sys, "frozen", False):
        command = [str(executable)]
    else:
        script = executable.parent / ("finapp-gui.exe" if os.name == "nt" else "finapp-gui")
        if script.is_file():
            command = [str(script)]
        else:
            windowless = executable.with_name("pythonw.exe")
            python = windowless if os.name == "nt" and windowless.is_file() else executable
            command = [str(python), "-m", "finapp"]
    default = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    if data_dir is not None and Path(data_dir).resolve() != default.resolve():
        command += ["--data-dir", str(data_dir)]
    return command


def _with_background(command: Sequence[str]) -> list[str]:
    """The command as run at login: ``--background`` right after the program (and ``-m
    finapp``), before any ``--data-dir``."""
    if not command:
        raise InvalidInputError("No command to start finapp with")
    parts = list(command)
    head = 3 if len(parts) >= 3 and parts[1:3] == ["-m", "finapp"] else 1
    return [*parts[:head], BACKGROUND, *parts[head:]]


# -- where each platform keeps it --------------------------------------------------------------


def desktop_entry_path() -> Path:
    """``$XDG_CONFIG_HOME/autostart/finapp.desktop`` (``~/.config`` when the variable is unset
    or not absolute, as the XDG Base Directory specification says)."""
    config = os.environ.get("XDG_CONFIG_HOME", "")
    base = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return base / "autostart" / DESKTOP_FILE


def launch_agent_path() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{LAUNCH_AGENT_LABEL}.plist"


def where(platform: str = sys.platform) -> str:
    """Where the entry is kept on ``platform``, in words a user can look up."""
    if platform == "win32":
        return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{RUN_VALUE}"
    if platform == "darwin":
        return str(launch_agent_path())
    return str(desktop_entry_path())


def enable(
    command: Sequence[str], *, platform: str = sys.platform, registry: Any = None
) -> AutostartStatus:
    """Start ``command --background`` at each login from now on (replacing an older entry).

    ``registry`` is the ``winreg`` module on Windows (imported there when not given).
    """
    argv = _with_background(command)
    if platform == "win32":
        reg = registry or importlib.import_module("winreg")
        key = reg.CreateKey(reg.HKEY_CURRENT_USER, RUN_KEY)
        try:
            reg.SetValueEx(key, RUN_VALUE, 0, reg.REG_SZ, subprocess.list2cmdline(argv))
        finally:
            reg.CloseKey(key)
    elif platform == "darwin":
        agent = {
            "Label": LAUNCH_AGENT_LABEL,
            "ProgramArguments": argv,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
        _write_atomically(launch_agent_path(), plistlib.dumps(agent))
    else:
        _write_atomically(desktop_entry_path(), desktop_entry(argv).encode("utf-8"))
    return status(platform=platform, registry=registry)


def disable(*, platform: str = sys.platform, registry: Any = None) -> bool:
    """Stop starting finapp at login; True when there was an entry to remove."""
    if platform == "win32":
        reg = registry or importlib.import_module("winreg")
        try:
            key = reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_SET_VALUE)
        except FileNotFoundError:
            return False
        try:
            reg.DeleteValue(key, RUN_VALUE)
        except FileNotFoundError:
            return False
        finally:
            reg.CloseKey(key)
        return True
    path = launch_agent_path() if platform == "darwin" else desktop_entry_path()
    try:
        path.unlink()
    except FileNotFoundError:
        return False
    return True


def starts_data_dir(data_dir: Path, *, platform: str = sys.platform, registry: Any = None) -> bool:
    """Whether the login entry opens the store in ``data_dir``: what a wipe of that folder may
    take away (an entry opening another household is that household's)."""
    command = status(platform=platform, registry=registry).command
    if command is None:
        return False
    argv = command if platform != "win32" else _command_line_words(command[0])
    return _opened_dir(argv).resolve() == Path(data_dir).expanduser().resolve()


def _opened_dir(argv: Sequence[str]) -> Path:
    """The data folder a login command opens: its ``--data-dir``, else the platform's default
    (:func:`launch_command` leaves the option out for the default)."""
    for arg, following in zip(argv, [*argv[1:], ""], strict=True):
        if arg == "--data-dir" and following:
            return Path(following).expanduser()
        if arg.startswith("--data-dir="):
            return Path(arg.removeprefix("--data-dir=")).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def _command_line_words(line: str) -> list[str]:
    """A Run value's command line (written by ``subprocess.list2cmdline``) in its arguments."""
    return [word.strip('"') for word in shlex.split(line, posix=False)]


def is_enabled(*, platform: str = sys.platform, registry: Any = None) -> bool:
    """Whether finapp will start at the next login (an entry switched off in the desktop's
    own settings, ``X-GNOME-Autostart-enabled=false`` or ``Hidden=true``, does not count)."""
    return status(platform=platform, registry=registry).enabled


def status(*, platform: str = sys.platform, registry: Any = None) -> AutostartStatus:
    """What the platform's entry says, read back from where it is kept."""
    place = where(platform)
    if platform == "win32":
        line = _run_value(registry or importlib.import_module("winreg"))
        if line is None:
            return AutostartStatus(False, place, None)
        return AutostartStatus(True, place, (line,))
    if platform == "darwin":
        try:
            agent = plistlib.loads(launch_agent_path().read_bytes())
        except (FileNotFoundError, plistlib.InvalidFileException, ValueError):
            return AutostartStatus(False, place, None)
        argv = tuple(str(arg) for arg in agent.get("ProgramArguments", ()))
        enabled = bool(agent.get("RunAtLoad")) and not agent.get("Disabled", False)
        return AutostartStatus(enabled, place, argv)
    try:
        text = desktop_entry_path().read_text(encoding="utf-8")
    except (FileNotFoundError, UnicodeDecodeError):
        return AutostartStatus(False, place, None)
    keys = _entry_keys(text)
    enabled = (
        keys.get("X-GNOME-Autostart-enabled", "true").lower() != "false"
        and keys.get("Hidden", "false").lower() != "true"
    )
    return AutostartStatus(enabled, place, tuple(exec_arguments(keys.get("Exec", ""))))


def _run_value(reg: Any) -> str | None:
    try:
        key = reg.OpenKey(reg.HKEY_CURRENT_USER, RUN_KEY, 0, reg.KEY_READ)
    except FileNotFoundError:
        return None
    try:
        value, _kind = reg.QueryValueEx(key, RUN_VALUE)
    except FileNotFoundError:
        return None
    finally:
        reg.CloseKey(key)
    return str(value)


# -- the desktop entry -------------------------------------------------------------------------


def desktop_entry(argv: Sequence[str]) -> str:
    """A desktop entry that runs ``argv`` at login (``Version=1.0``: it uses only keys every
    launcher knows, and ``desktop-file-validate`` accepts it)."""
    exec_line = " ".join(_exec_argument(arg) for arg in argv)
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            "Version=1.0",
            "Name=finapp",
            "Comment=Reminders of renewals, budgets and balances",
            f"Exec={exec_line}",
            "Icon=finapp",
            "Terminal=false",
            "NoDisplay=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def _exec_argument(arg: str) -> str:
    """One Exec argument: quoted when it holds a reserved character (a space in a path), ``%``
    doubled (a field code otherwise), then the string escape that doubles backslashes."""
    if "\n" in arg or "\r" in arg:
        raise InvalidInputError("A command with a line break cannot be started at login")
    if any(char in _RESERVED for char in arg) or not arg:
        escaped = "".join("\\" + c if c in '"`$\\' else c for c in arg)
        arg = f'"{escaped}"'
    return arg.replace("%", "%%").replace("\\", "\\\\")


def exec_arguments(exec_line: str) -> list[str]:
    """The arguments a launcher runs for an Exec value, read as the specification says: the
    string escape undone first (two backslashes are one), then quoted arguments (inside quotes
    a backslash escapes the double quote, the backtick, the dollar sign and itself), then
    ``%%`` as one ``%``. :func:`status` tells the command this way, as it will run."""
    text = exec_line.replace("\\\\", "\\")
    args: list[str] = []
    current, quoted, escaped, started = "", False, False, False
    for char in text:
        if escaped:
            current, escaped = current + char, False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted, started = not quoted, True
        elif char in " \t" and not quoted:
            if started or current:
                args.append(current)
            current, started = "", False
        else:
            current += char
    if started or current:
        args.append(current)
    return [arg.replace("%%", "%") for arg in args]


def _entry_keys(text: str) -> dict[str, str]:
    """The keys of the ``[Desktop Entry]`` group (other groups and comments skipped)."""
    keys: dict[str, str] = {}
    group = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line[1:-1]
        elif group == "Desktop Entry" and "=" in line:
            name, _, value = line.partition("=")
            keys.setdefault(name.strip(), value.strip())
    return keys


def _write_atomically(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all (temp file in the folder, then rename), owner-only.

    The folder (``autostart``, ``LaunchAgents``) is created when missing, readable by the user
    alone like every folder finapp makes.
    """
    folder = path.parent
    if not folder.is_dir():
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    replace_privately(path, data)
