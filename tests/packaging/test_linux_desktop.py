"""The Linux desktop integration: launcher, "Open with" MIME types, icons, AppStream data.

What a user notices when these are wrong: no launcher, no icon, or finapp missing from
"Open with" for a bank statement. The bundle build itself is checked by ``make package-test``.
"""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from finapp import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP = LINUX / "finapp.desktop"
MIME_XML = LINUX / "finapp-mime.xml"
METAINFO = LINUX / "org.finapp.Finapp.metainfo.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
STATEMENT_TYPES = {
    "application/x-ofx", "application/vnd.intu.qfx", "text/csv", "application/x-qw",
    "application/x-mt940", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.ms-excel", "application/x-camt",
}  # fmt: skip
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
IMPORTERS = ROOT / "tests" / "importers"
#: What makes xdg-mime ask a desktop's own tool instead of the shared-mime-info database.
DESKTOP_SESSION_VARS = {
    "XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
    "GNOME_DESKTOP_SESSION_ID", "MATE_DESKTOP_SESSION_ID",
}  # fmt: skip


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def mime_types(entry: dict[str, str]) -> set[str]:
    return {t for t in entry["MimeType"].split(";") if t}


def test_desktop_entry_launches_finapp_with_the_files_it_was_given() -> None:
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "finapp"
    assert entry["Terminal"] == "false"
    exe, *args = entry["Exec"].split()
    assert exe == "finapp"
    assert args == ["%F"]  # several statements dropped on the launcher arrive as paths
    assert mime_types(entry) == STATEMENT_TYPES
    assert "Finance" in entry["Categories"].split(";")
    # The freedesktop validator (package desktop-file-utils) checks more where it is installed.
    if shutil.which("desktop-file-validate"):
        checked = subprocess.run(
            ["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, check=False
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr


def test_icon_named_by_the_launcher_exists_as_svg_and_every_png_size() -> None:
    name = desktop_entry()["Icon"]
    hicolor = LINUX / "icons" / "hicolor"
    svg = hicolor / "scalable" / "apps" / f"{name}.svg"
    assert svg.read_bytes() == (ROOT / "resources" / "icons" / "finapp.svg").read_bytes(), (
        "icons are stale: run `make icons`"
    )
    for size in PNG_SIZES:
        png = (hicolor / f"{size}x{size}" / "apps" / f"{name}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")
        assert (width, height) == (size, size)


def test_mime_xml_declares_every_statement_format_by_extension() -> None:
    root = ET.parse(MIME_XML).getroot()
    declared = {
        node.get("type"): {g.get("pattern") for g in node.findall("m:glob", MIME_NS)}
        for node in root.findall("m:mime-type", MIME_NS)
    }
    assert declared["application/x-ofx"] == {"*.ofx"}
    assert declared["application/vnd.intu.qfx"] == {"*.qfx"}
    assert declared["text/csv"] == {"*.csv"}
    assert declared["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] == {
        "*.xlsx"
    }
    assert declared["application/vnd.ms-excel"] == {"*.xls"}
    assert declared["application/x-qw"] == {"*.qif"}
    assert declared["application/x-mt940"] == {"*.sta", "*.940", "*.mt940"}
    assert set(declared) == mime_types(desktop_entry())
    qfx = root.find("m:mime-type[@type='application/vnd.intu.qfx']", MIME_NS)
    assert qfx is not None
    parent = qfx.find("m:sub-class-of", MIME_NS)
    assert parent is not None and parent.get("type") == "application/x-ofx"


def test_metainfo_describes_this_release_and_points_at_the_launcher() -> None:
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == DESKTOP.name
    assert {m.text for m in root.iter("mediatype")} == mime_types(desktop_entry())
    newest = root.find("releases/release")
    assert newest is not None and newest.get("version") == __version__


def test_install_script_registers_finapp_for_the_user_and_uninstalls_cleanly(
    tmp_path: Path,
) -> None:
    exe = tmp_path / "app dir" / "finapp-gui"
    exe.parent.mkdir()
    exe.write_text("#!/bin/sh\n")
    exe.chmod(0o755)
    data = tmp_path / "share"
    env = {**os.environ, "XDG_DATA_HOME": str(data), "HOME": str(tmp_path)}
    script = LINUX / "install-desktop.sh"

    subprocess.run(["sh", str(script), str(exe)], env=env, check=True, capture_output=True)
    installed = (data / "applications" / "finapp.desktop").read_text(encoding="utf-8")
    assert f'Exec="{exe}" %F' in installed.splitlines()
    assert (data / "icons" / "hicolor" / "48x48" / "apps" / "finapp.png").is_file()
    assert (data / "icons" / "hicolor" / "scalable" / "apps" / "finapp.svg").is_file()
    assert (data / "mime" / "packages" / "finapp-mime.xml").is_file()
    if shutil.which("update-mime-database"):  # shared-mime-info compiled our types
        globs = (data / "mime" / "globs2").read_text(encoding="utf-8")
        assert "application/x-ofx:*.ofx" in globs
        assert "application/vnd.intu.qfx:*.qfx" in globs
    if shutil.which("update-desktop-database"):  # "Open with" now lists finapp for each type
        cache = (data / "applications" / "mimeinfo.cache").read_text(encoding="utf-8")
        assert {f"{t}=finapp.desktop;" for t in STATEMENT_TYPES} <= set(cache.splitlines())
    if shutil.which("update-mime-database"):
        assert_statements_recognised_by_content(tmp_path, env)
    assert not list(tmp_path.rglob("mimeapps.list"))  # offered in "Open with", default of none

    subprocess.run(["sh", str(script), "--uninstall"], env=env, check=True, capture_output=True)
    assert not (data / "applications" / "finapp.desktop").exists()
    assert not (data / "mime" / "packages" / "finapp-mime.xml").exists()
    assert not list((data / "icons").rglob("finapp.*"))


def assert_statements_recognised_by_content(tmp_path: Path, env: dict[str, str]) -> None:
    """What the desktop calls a CAMT or MT940 statement once our types are installed.

    xdg-mime outside a GNOME/KDE session asks File::MimeInfo's ``mimetype``, which weighs strong
    content matches before names: a CAMT .xml and an MT940 .txt are recognised as such. GIO
    (GNOME Files) trusts a lone name match, so it is asked about files named without extension.
    """
    samples = tmp_path / "samples"
    samples.mkdir()
    camt = (IMPORTERS / "camt" / "nl_camt053_v08_times.xml").read_bytes()[:1024]
    mt940 = (IMPORTERS / "mt940" / "ing_nl_older.sta").read_bytes()[:1024]
    for name, data in {"camt.xml": camt, "mt940.txt": mt940, "camt": camt, "mt940": mt940}.items():
        (samples / name).write_bytes(data)
    session = {key: value for key, value in env.items() if key not in DESKTOP_SESSION_VARS}
    expected = {"camt.xml": "application/x-camt", "mt940.txt": "application/x-mt940"}
    if shutil.which("xdg-mime") and shutil.which("mimetype"):
        for name, mime in expected.items():
            query = ["xdg-mime", "query", "filetype", str(samples / name)]
            found = subprocess.run(query, env=session, capture_output=True, text=True, check=True)
            assert found.stdout.strip() == mime, name
    if shutil.which("gio"):
        for name, mime in {"camt": "application/x-camt", "mt940": "application/x-mt940"}.items():
            info = ["gio", "info", "-a", "standard::content-type", str(samples / name)]
            found = subprocess.run(info, env=session, capture_output=True, text=True, check=True)
            assert f"standard::content-type: {mime}" in found.stdout, name


def test_install_script_refuses_a_missing_executable(tmp_path: Path) -> None:
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "share"), "HOME": str(tmp_path)}
    done = subprocess.run(
        ["sh", str(LINUX / "install-desktop.sh"), str(tmp_path / "nowhere")],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert "no executable" in done.stderr
    assert not (tmp_path / "share" / "applications").exists()
