"""What each desktop is told finapp opens, read from the recipes themselves.

The list of extensions comes from the app's own Import dialog, so a format added to finapp and
to that dialog but forgotten in a recipe fails the association tests instead of surfacing as
"finapp is missing from Open with" on a user's machine.
"""

from __future__ import annotations

import codecs
import plistlib
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
MIME_XML = PACKAGING / "linux" / "finapp-mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
ISS = PACKAGING / "windows" / "finapp.iss"
PLIST = PACKAGING / "macos" / "Info.plist"

#: .txt is in the dialog (CSV and MT940 exports saved as text) but associating it would put
#: finapp in "Open with" for every text file; Linux still recognises an MT940 .txt by content.
NOT_ASSOCIATED = {"txt"}
#: Types everyone opens: finapp may be listed for them, never become their default.
EVERYONES = {"csv", "xlsx", "xls", "xml"}
#: macOS's own type identifiers for the common types (declared by the system, not by finapp).
SYSTEM_UTI_EXTENSIONS = {
    "public.comma-separated-values-text": ["csv"],
    "org.openxmlformats.spreadsheetml.sheet": ["xlsx"],
    "com.microsoft.excel.xls": ["xls"],
    "public.xml": ["xml"],
}


def dialog_extensions() -> set[str]:
    """The extensions of the Import dialog's "Bank statements" filter (read as text: no Qt)."""
    source = (ROOT / "finapp" / "gui" / "import_flow.py").read_text(encoding="utf-8")
    found = re.search(r"Bank statements \(([^)]*)\)", source)
    assert found, "the Import dialog has no 'Bank statements (...)' filter"
    return {pattern.removeprefix("*.") for pattern in found.group(1).split()}


def statement_extensions() -> set[str]:
    """Every extension the desktops should offer finapp for."""
    return dialog_extensions() - NOT_ASSOCIATED


def macos_plist() -> dict[str, Any]:
    with PLIST.open("rb") as handle:
        return plistlib.load(handle)


def macos_documents() -> dict[str, list[dict[str, Any]]]:
    """Extension -> the document types that name it (through their content types)."""
    plist = macos_plist()
    extensions_of = dict(SYSTEM_UTI_EXTENSIONS)
    for declared in plist["UTImportedTypeDeclarations"]:
        tags = declared["UTTypeTagSpecification"]
        extensions_of[declared["UTTypeIdentifier"]] = tags["public.filename-extension"]
    documents: dict[str, list[dict[str, Any]]] = {}
    for document in plist["CFBundleDocumentTypes"]:
        for uti in document["LSItemContentTypes"]:
            for extension in extensions_of[uti]:
                documents.setdefault(extension, []).append(document)
    return documents


_ISS_PARAM = re.compile(r'\s*(\w+):\s*("(?:[^"]|"")*"|[^;]*?)\s*(?:;|$)')


def iss_section(name: str) -> list[dict[str, str]]:
    """The entries of one section of the Inno Setup script, each as {parameter: value}.

    Inno Setup's entry syntax: ``Name: value; Name: "quoted value"``, a quote inside a quoted
    value doubled; lines starting with ";" are comments, "#" the preprocessor's.
    """
    entries: list[dict[str, str]] = []
    section = ""
    for line in ISS.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            section = stripped[1:-1]
        elif section == name and stripped and stripped[0] not in ";#":
            entry: dict[str, str] = {}
            position = 0
            while position < len(stripped):
                param = _ISS_PARAM.match(stripped, position)
                assert param and param.end() > position, f"unparsable [{name}] line: {line}"
                value = param.group(2)
                if value.startswith('"'):
                    value = value[1:-1].replace('""', '"')
                entry[param.group(1)] = value
                position = param.end()
            entries.append(entry)
    return entries


def mime_type_nodes() -> list[ET.Element]:
    return ET.parse(MIME_XML).getroot().findall("m:mime-type", MIME_NS)


def linux_glob_types() -> dict[str, str]:
    """Extension -> the MIME type finapp-mime.xml gives it by name."""
    return {
        glob.get("pattern", "").removeprefix("*."): node.get("type", "")
        for node in mime_type_nodes()
        for glob in node.findall("m:glob", MIME_NS)
    }


def magic_matches(mime_type: str, data: bytes) -> bool:
    """Whether ``data`` matches the type's magic in finapp-mime.xml, as shared-mime-info reads
    it: any top-level match, each nested match also required; a string at offset "a:b" may
    start anywhere from a to b. Only string matches are used (anything else fails here)."""
    node = ET.parse(MIME_XML).getroot().find(f"m:mime-type[@type='{mime_type}']", MIME_NS)
    assert node is not None, mime_type
    return any(
        _match(match, data)
        for magic in node.findall("m:magic", MIME_NS)
        for match in magic.findall("m:match", MIME_NS)
    )


def _match(match: ET.Element, data: bytes) -> bool:
    assert match.get("type") == "string", "only string magic is checked here"
    value = codecs.decode(match.get("value", ""), "unicode_escape").encode("latin-1")
    first, _, last = match.get("offset", "0").partition(":")
    start, end = int(first), int(last or first)
    if data.find(value, start, end + len(value)) < 0:
        return False
    children = match.findall("m:match", MIME_NS)
    return not children or any(_match(child, data) for child in children)
