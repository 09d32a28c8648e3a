"""Start at login: the entry each platform reads appears with the setting and goes with it."""

from __future__ import annotations

import json
import plistlib
import sys
from pathlib import Path

import pytest

from finapp.services import autostart
from finapp.services.wipe import wipe_all
from tests.helpers import run_cli


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A home and config folder of the test's own: nothing here touches the real user's."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("HOME", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / ".config"))
    monkeypatch.setenv("APPDATA", str(folder / "AppData"))
    return folder


class FakeRegistry:
    """The part of ``winreg`` finapp uses, over a dict: ``{key path: {value name: data}}``."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1
    KEY_READ = 0x20019
    KEY_SET_VALUE = 0x0002

    def __init__(self) -> None:
        self.keys: dict[str, dict[str, tuple[int, str]]] = {}
        self.open_handles = 0

    def CreateKey(self, root: str, path: str) -> str:
        self.keys.setdefault(f"{root}\\{path}", {})
        self.open_handles += 1
        return f"{root}\\{path}"

    def OpenKey(self, root: str, path: str, _reserved: int = 0, _access: int = 0) -> str:
        if f"{root}\\{path}" not in self.keys:
            raise FileNotFoundError(path)
        self.open_handles += 1
        return f"{root}\\{path}"

    def SetValueEx(self, key: str, name: str, _reserved: int, kind: int, data: str) -> None:
        self.keys[key][name] = (kind, data)

    def QueryValueEx(self, key: str, name: str) -> tuple[str, int]:
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        kind, data = self.keys[key][name]
        return data, kind

    def DeleteValue(self, key: str, name: str) -> None:
        if name not in self.keys[key]:
            raise FileNotFoundError(name)
        del self.keys[key][name]

    def CloseKey(self, _key: str) -> None:
        self.open_handles -= 1


RUN = "HKCU\\" + autostart.RUN_KEY


def _entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if line)


def test_linux_login_entry_starts_finapp_in_the_tray_and_goes_when_switched_off(
    home: Path,
) -> None:
    entry = home / ".config" / "autostart" / "finapp.desktop"
    assert not autostart.is_enabled(platform="linux")
    autostart.enable(["/opt/finapp/bin/finapp-gui"], platform="linux")
    keys = _entry(entry)
    assert keys["Type"] == "Application" and keys["Name"] == "finapp"
    assert keys["Exec"] == "/opt/finapp/bin/finapp-gui --background"
    assert keys["X-GNOME-Autostart-enabled"] == "true" and keys["NoDisplay"] == "false"
    assert keys["Icon"] == "finapp"
    assert entry.stat().st_mode & 0o777 == 0o600
    assert autostart.is_enabled(platform="linux")
    assert [p.name for p in entry.parent.iterdir()] == ["finapp.desktop"], "no temp file left"
    assert autostart.disable(platform="linux") and not entry.exists()
    assert not autostart.is_enabled(platform="linux")
    assert not autostart.disable(platform="linux"), "nothing left to remove"


def test_a_path_with_spaces_and_percent_is_quoted_as_the_desktop_entry_spec_says(
    home: Path,
) -> None:
    autostart.enable(
        ["/home/me/My Apps/py 3.11/python", "-m", "finapp", "--data-dir", "/m/100% $ave"],
        platform="linux",
    )
    exec_line = _entry(home / ".config" / "autostart" / "finapp.desktop")["Exec"]
    assert exec_line == (
        '"/home/me/My Apps/py 3.11/python" -m finapp --background --data-dir "/m/100%% \\\\$ave"'
    )
    assert autostart.exec_arguments(exec_line) == [
        "/home/me/My Apps/py 3.11/python", "-m", "finapp", "--background",
        "--data-dir", "/m/100% $ave",
    ]  # fmt: skip
    assert autostart.status(platform="linux").command == tuple(
        autostart.exec_arguments(exec_line)
    ), "status tells the command as the launcher will run it"


def test_an_entry_switched_off_in_the_desktop_settings_reads_as_off(home: Path) -> None:
    autostart.enable(["finapp-gui"], platform="linux")
    entry = home / ".config" / "autostart" / "finapp.desktop"
    entry.write_text(entry.read_text().replace("enabled=true", "enabled=false"))
    assert not autostart.is_enabled(platform="linux")


def test_windows_login_entry_is_the_run_value_of_the_current_user(home: Path) -> None:
    registry = FakeRegistry()
    assert not autostart.is_enabled(platform="win32", registry=registry)
    autostart.enable([r"C:\Program Files\finapp\finapp.exe"], platform="win32", registry=registry)
    kind, line = registry.keys[RUN]["finapp"]
    assert kind == registry.REG_SZ
    assert line == '"C:\\Program Files\\finapp\\finapp.exe" --background'
    assert autostart.is_enabled(platform="win32", registry=registry)
    assert autostart.disable(platform="win32", registry=registry)
    assert "finapp" not in registry.keys[RUN]
    assert not autostart.is_enabled(platform="win32", registry=registry)
    assert registry.open_handles == 0, "every key opened was closed"
    assert not list(home.rglob("*")), "nothing written to files on Windows"


def test_macos_login_entry_is_a_launch_agent_run_at_load(home: Path) -> None:
    agent = home / "Library" / "LaunchAgents" / "org.finapp.finapp.plist"
    autostart.enable(["/Applications/finapp.app/Contents/MacOS/finapp"], platform="darwin")
    plist = plistlib.loads(agent.read_bytes())
    assert plist["Label"] == "org.finapp.finapp" and plist["RunAtLoad"] is True
    assert plist["ProgramArguments"] == [
        "/Applications/finapp.app/Contents/MacOS/finapp",
        "--background",
    ]
    assert autostart.is_enabled(platform="darwin")
    assert autostart.disable(platform="darwin") and not agent.exists()
    assert not autostart.is_enabled(platform="darwin")


def test_the_command_is_the_finapp_gui_script_beside_this_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bin_dir = tmp_path / "venv" / "bin"
    bin_dir.mkdir(parents=True)
    python = bin_dir / "python"
    python.touch()
    monkeypatch.setattr(sys, "executable", str(python))
    assert autostart.launch_command() == [str(python), "-m", "finapp"]
    (bin_dir / "finapp-gui").touch()
    assert autostart.launch_command() == [str(bin_dir / "finapp-gui")]
    assert autostart.launch_command(tmp_path / "money") == [
        str(bin_dir / "finapp-gui"),
        "--data-dir",
        str(tmp_path / "money"),
    ]
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert autostart.launch_command() == [str(python)], "a bundle starts itself"


def test_cli_switches_the_login_start_on_and_off(home: Path, tmp_path: Path) -> None:
    data = tmp_path / "data"
    entry = home / ".config" / "autostart" / "finapp.desktop"
    on = run_cli(data, "autostart", "on", "--json")
    assert on.returncode == 0, on.stderr
    shown = json.loads(on.stdout)
    assert shown["enabled"] is True and shown["where"] == str(entry)
    assert shown["command"][-3:] == ["--background", "--data-dir", str(data)]
    assert _entry(entry)["Exec"].endswith(f" --background --data-dir {data}"), "this store"
    status = run_cli(data, "autostart", "status")
    assert status.returncode == 0 and "starts at login: yes" in status.stdout
    off = run_cli(data, "autostart", "off")
    assert off.returncode == 0 and not entry.exists()
    assert json.loads(run_cli(data, "autostart", "status", "--json").stdout)["enabled"] is False
    assert not data.exists(), "no store was made to answer"


def test_wipe_removes_the_login_entry_and_says_so(home: Path, tmp_path: Path) -> None:
    entry = home / ".config" / "autostart" / "finapp.desktop"
    autostart.enable(autostart.launch_command(tmp_path / "data"))
    result = wipe_all(tmp_path / "data")
    assert not entry.exists()
    assert str(entry) in result.removed


def test_wiping_one_household_keeps_the_login_entry_of_another(home: Path, tmp_path: Path) -> None:
    entry = home / ".config" / "autostart" / "finapp.desktop"
    autostart.enable(autostart.launch_command(tmp_path / "household A"))
    result = wipe_all(tmp_path / "household B")
    assert entry.exists() and autostart.is_enabled(), "household A still starts at login"
    assert str(entry) not in result.removed
    autostart.enable(["finapp-gui"])  # the platform's default folder, no --data-dir
    wipe_all(tmp_path / "household B")
    assert entry.exists()


def test_a_windows_run_value_is_removed_only_for_the_folder_it_opens(
    home: Path, tmp_path: Path
) -> None:
    registry = FakeRegistry()
    command = autostart.launch_command(tmp_path / "my money")
    autostart.enable(command, platform="win32", registry=registry)
    assert not autostart.starts_data_dir(tmp_path / "other", platform="win32", registry=registry)
    assert autostart.starts_data_dir(tmp_path / "my money", platform="win32", registry=registry)
