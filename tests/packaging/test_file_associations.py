"""File associations on Linux, Windows and macOS: every statement finapp reads offers finapp.

What a user notices: a downloaded statement (.qif, .sta, a CAMT .xml...) without "Open with
finapp", or, worse, every spreadsheet or XML file suddenly opening in finapp. The recipes are
read here; tests/packaging/test_linux_desktop.py installs the Linux ones where the tools exist.
"""

from __future__ import annotations

import re

from finapp.importers.camt import looks_like_camt
from finapp.importers.mt940 import looks_like_mt940
from tests.packaging.associations import (
    EVERYONES,
    MIME_NS,
    ROOT,
    iss_section,
    linux_glob_types,
    macos_documents,
    macos_plist,
    magic_matches,
    mime_type_nodes,
    statement_extensions,
)
from tests.packaging.test_linux_desktop import desktop_entry, mime_types

CAMT = "application/x-camt"
MT940 = "application/x-mt940"
IMPORTERS = ROOT / "tests" / "importers"
PROGID_COMMAND = '"{app}\\{#AppExe}" "%1"'


def head(path: str) -> bytes:
    """A file's first kilobyte: what the desktop's content sniffing is given to look at."""
    return (ROOT / path).read_bytes()[:1024]


# Files that are XML but no statement, or text that merely looks tagged.
SVG = head("resources/icons/finapp.svg")
OFX2 = head("tests/importers/ofx_lenient/no_dtstart_dtend.ofx")
PAIN_001 = (  # an ISO 20022 payment order: same standard, not a statement
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09">\n'
    b"  <CstmrCdtTrfInitn><GrpHdr><MsgId>PAY-2024-0419-17</MsgId></GrpHdr>"
)
CAMT_056 = (  # a bank's cancellation request: a camt message, not a statement
    b'<?xml version="1.0" encoding="UTF-8"?>\n'
    b'<Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.056.001.08">\n'
    b"  <FIToFIPmtCxlReq><Assgnmt><Id>CXL-88213</Id></Assgnmt>"
)
CSV_WITH_TIMES = (
    "Date,Time,Payee,Amount,Currency\n"
    "2024-03-05,12:20:05,Bäckerei Schmidt,-4.85,EUR\n"
    "2024-03-05,18:20:41,Tesco Express,-12.37,GBP\n"
).encode()
NOTES = b"Meeting 2024-05-02\n:20: minutes on the budget\nnext: :25: review\n"


def test_every_statement_extension_is_associated_on_linux() -> None:
    offered = mime_types(desktop_entry())
    by_glob = linux_glob_types()
    named = {extension for extension, mime in by_glob.items() if mime in offered}
    # XML has no glob of its own here (it would claim every XML file): CAMT is found by content.
    assert named == statement_extensions() - {"xml"}
    assert "xml" not in by_glob and "txt" not in by_glob
    camt = next(node for node in mime_type_nodes() if node.get("type") == CAMT)
    parent = camt.find("m:sub-class-of", MIME_NS)
    assert parent is not None and parent.get("type") == "application/xml"
    assert CAMT in offered
    assert "xml" in statement_extensions()


def test_linux_never_makes_finapp_the_default_for_everyones_files() -> None:
    entry = desktop_entry()
    assert "InitialPreference" not in entry  # KDE would rank finapp above the spreadsheet
    offered = mime_types(entry)
    assert not offered & {"application/xml", "text/xml", "text/plain", "application/zip"}
    script = (ROOT / "packaging" / "linux" / "install-desktop.sh").read_text(encoding="utf-8")
    assert "mimeapps.list" not in script and "xdg-mime default" not in script


def test_camt_magic_recognises_camt_statements_and_nothing_else() -> None:
    statements = sorted((IMPORTERS / "camt").glob("*.xml"))
    assert len(statements) >= 5
    for path in statements:  # camt.052, camt.053 (three versions), camt.054
        sample = path.read_bytes()[:1024]
        assert magic_matches(CAMT, sample), path.name
        assert looks_like_camt(sample), path.name  # the desktop and finapp agree
    for other in (SVG, OFX2, PAIN_001, CAMT_056):
        assert not magic_matches(CAMT, other), other[:120]
        assert not looks_like_camt(other)
    assert not magic_matches(MT940, head("tests/importers/camt/de_camt053_v02_two_accounts.xml"))


def test_mt940_magic_recognises_every_bank_layout_and_not_other_text() -> None:
    statements = sorted((IMPORTERS / "mt940").glob("*.sta"))
    assert len(statements) >= 10
    for path in statements:  # bare, SWIFT blocks, ING's and ABN AMRO's headers, MT942
        sample = path.read_bytes()[:1024]
        assert magic_matches(MT940, sample), path.name
        assert looks_like_mt940(sample), path.name
    qif = head("tests/importers/qif/quicken_us_checking.qif")
    for other in (CSV_WITH_TIMES, NOTES, qif, OFX2, SVG):
        assert not magic_matches(MT940, other), other[:120]
        assert not looks_like_mt940(other)
        assert not magic_matches(CAMT, other)


def test_windows_offers_finapp_for_every_statement_extension_with_its_own_progid() -> None:
    registry = iss_section("Registry")
    assert {entry["Root"] for entry in registry} == {"HKA"}  # per user, or per machine as admin
    open_with = {
        entry["Subkey"].split("\\")[2].removeprefix("."): entry
        for entry in registry
        if entry["Subkey"].endswith("\\OpenWithProgids")
    }
    assert set(open_with) == statement_extensions()
    keys = {entry["Subkey"]: entry for entry in registry if entry.get("ValueName") == ""}
    progids = set()
    for extension, entry in open_with.items():
        progid = entry["ValueName"]
        assert progid == f"finapp.{extension}"
        assert entry["ValueData"] == ""
        assert entry["Tasks"] == "associate"
        assert "uninsdeletevalue" in entry["Flags"].split()
        described = keys[f"Software\\Classes\\{progid}"]
        assert described["ValueData"].endswith("bank statement")
        assert "uninsdeletekey" in described["Flags"].split()
        assert described["Tasks"] == "associate"
        command = keys[f"Software\\Classes\\{progid}\\shell\\open\\command"]
        assert command["ValueData"] == PROGID_COMMAND
        progids.add(progid)
    assert len(progids) == len(open_with)
    supported = {
        entry["ValueName"].removeprefix(".")
        for entry in registry
        if entry["Subkey"] == "Software\\Classes\\Applications\\{#AppExe}\\SupportedTypes"
    }
    assert supported == statement_extensions()


def test_windows_never_takes_an_extension_from_its_default_program() -> None:
    registry = iss_section("Registry")
    # An extension's own key (its default value) or UserChoice would make finapp the default.
    written = [entry["Subkey"] for entry in registry]
    assert not [key for key in written if re.fullmatch(r"Software\\Classes\\\.[^\\]+", key)]
    assert not [key for key in written if "UserChoice" in key or "FileExts" in key]
    for extension in EVERYONES:
        assert f"Software\\Classes\\.{extension}\\OpenWithProgids" in written


def test_windows_association_task_names_every_type_it_registers() -> None:
    (task,) = [entry for entry in iss_section("Tasks") if entry["Name"] == "associate"]
    listed = set(re.findall(r"\.(\w+)", task["Description"]))
    assert listed == statement_extensions()
    # Unticking the task leaves no association behind: every per-type entry depends on it.
    for entry in iss_section("Registry"):
        if "finapp." in entry["Subkey"] or entry["Subkey"].endswith("OpenWithProgids"):
            assert entry.get("Tasks") == "associate", entry["Subkey"]


def test_macos_is_only_an_alternate_for_everyones_types() -> None:
    for extension, declared in macos_documents().items():
        for document in declared:
            assert document["CFBundleTypeRole"] == "Viewer"
            rank = document["LSHandlerRank"]
            assert rank == ("Alternate" if extension in EVERYONES else "Default"), extension


def test_macos_declares_the_same_mime_types_as_linux() -> None:
    linux_type_of = linux_glob_types()
    for declared in macos_plist()["UTImportedTypeDeclarations"]:
        tags = declared["UTTypeTagSpecification"]
        assert declared["UTTypeIdentifier"].startswith("org.finapp.")
        for extension in tags["public.filename-extension"]:
            assert tags["public.mime-type"] == [linux_type_of[extension]], extension
