"""The bundle recipes: PyInstaller spec, Windows installer, macOS Info.plist.

Building the bundle takes minutes (``make package-test``); these read the recipes in
milliseconds and catch what would otherwise surface as "keyring not found" or "can't open
.qfx files" on a user's machine.
"""

from __future__ import annotations

import ast
import importlib.metadata
import importlib.util
import plistlib
import re
import runpy
import sys
from pathlib import Path

import pytest

from finapp import __version__
from tests.packaging.associations import SYSTEM_UTI_EXTENSIONS, statement_extensions

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
EXTENSION_TAG = "public.filename-extension"


def spec_list(name: str) -> list[str]:
    """A list literal assigned at the top of finapp.spec (the spec only runs inside PyInstaller)."""
    tree = ast.parse((PACKAGING / "finapp.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in node.targets
        ):
            return list(ast.literal_eval(node.value))
    raise AssertionError(f"finapp.spec assigns no {name}")


def test_spec_bundles_every_keyring_backend_keyring_can_pick() -> None:
    hidden = set(spec_list("HIDDEN_IMPORTS"))
    backends = {ep.module for ep in importlib.metadata.entry_points(group="keyring.backends")}
    assert backends <= hidden
    assert "keyring.backends.fail" in hidden


def test_spec_bundles_the_modules_loaded_by_name() -> None:
    hidden = set(spec_list("HIDDEN_IMPORTS"))
    assert {
        "sqlcipher3",
        "sqlalchemy.dialects.sqlite.pysqlcipher",
        "matplotlib.backends.backend_qtagg",
        "PySide6.QtSvg",
        "ofxparse",
        "charset_normalizer",
        "icalendar",
    } <= hidden
    for name in hidden:  # a typo would only show as a warning in a 2-minute build log
        assert importlib.util.find_spec(name) is not None, name


def test_spec_bundles_every_cli_command_module_the_cli_imports_by_name() -> None:
    from finapp.cli.main import COMMAND_MODULES

    lazy = spec_list("LAZY_PACKAGES")
    for module in COMMAND_MODULES.values():
        name = f"finapp.cli.commands.{module}"
        assert importlib.util.find_spec(name) is not None, name
        assert any(name.startswith(package + ".") for package in lazy), name


def imported_top_level_modules() -> set[str]:
    found: set[str] = set()
    for path in (ROOT / "finapp").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.add(node.module)
    return found


def test_spec_excludes_nothing_finapp_imports() -> None:
    excluded = spec_list("EXCLUDES")
    assert {"tkinter", "PyQt5", "PyQt6", "PySide2", "pytest"} <= set(excluded)
    clashes = {
        module
        for module in imported_top_level_modules()
        for gone in excluded
        if module == gone or module.startswith(f"{gone}.")
    }
    assert clashes == set(), "finapp imports a module packaging/finapp.spec leaves out"


def test_inno_setup_installs_start_menu_entry_associations_and_uninstaller() -> None:
    iss = (PACKAGING / "windows" / "finapp.iss").read_text(encoding="utf-8")
    for extension in (".ofx", ".qfx"):
        assert f'Subkey: "Software\\Classes\\{extension}\\OpenWithProgids"' in iss
        progid = f"finapp{extension}"
        assert f'Subkey: "Software\\Classes\\{progid}\\shell\\open\\command"' in iss
    assert re.search(r"^ChangesAssociations=yes$", iss, re.MULTILINE)
    assert 'Name: "{group}\\{#AppName}"; Filename: "{app}\\{#AppExe}"' in iss  # Start menu
    assert "{uninstallexe}" in iss
    assert 'Source: "..\\..\\dist\\finapp\\*"' in iss  # the one-folder build
    assert (PACKAGING / "windows" / "finapp.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"


def test_macos_bundle_declares_every_statement_document() -> None:
    with (PACKAGING / "macos" / "Info.plist").open("rb") as handle:
        plist = plistlib.load(handle)
    extension_of = {
        declared["UTTypeIdentifier"]: declared["UTTypeTagSpecification"][EXTENSION_TAG]
        for declared in plist["UTImportedTypeDeclarations"]
    }
    extension_of.update(SYSTEM_UTI_EXTENSIONS)
    opened = {
        extension
        for document in plist["CFBundleDocumentTypes"]
        for uti in document["LSItemContentTypes"]
        for extension in extension_of[uti]
    }
    assert opened == statement_extensions()
    assert {"ofx", "qfx", "csv", "xlsx", "xls", "qif", "sta", "940", "mt940", "xml"} <= opened
    assert plist["CFBundleIdentifier"]


def test_frozen_entry_script_runs_the_cli_when_given_a_command(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["finapp", "--version"])
    with pytest.raises(SystemExit) as exited:
        runpy.run_path(str(PACKAGING / "entry.py"), run_name="__main__")
    assert exited.value.code == 0
    assert capsys.readouterr().out.strip() == f"finapp {__version__}"
