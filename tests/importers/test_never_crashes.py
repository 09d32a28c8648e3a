"""Whatever bytes a user drops, reading ends in statements or a StatementError, never a crash."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from finapp.errors import StatementError
from finapp.importers.registry import read_statement_file
from tests.importers import strange_files as strange
from tests.importers.ofxgen import Line, statement_ofx

_CSV_BITS = st.sampled_from(
    [
        "Date,Description,Amount\n",
        "2024-01-0",
        "1,",
        "-3.50",
        '"',
        "\n",
        ";",
        "\t",
        "收/支",
        "支出",
        "¥",
        "(",
        ")",
        ",,",
        "13/13/2024",
        "DR",
        "\r",
        "\x00",
        "é",
        '="',
    ]
)
_TMP = [HealthCheck.function_scoped_fixture]  # tmp_path is reused: each example overwrites
_OFX_HEAD = statement_ofx(
    [
        Line(date(2024, 3, 1), "-4.75", "STARBUCKS #1234 SEATTLE WA", "20240301-1"),
        Line(date(2024, 3, 2), "2500.00", "ACME CORP PAYROLL", "20240302-1", memo="DIRECT DEP"),
        Line(date(2024, 3, 4), "-15.49", "NETFLIX.COM", "20240304-1"),
    ],
    ledger=("2480.76", date(2024, 3, 4)),
).encode("ascii")


def _read(tmp: Path, data: bytes) -> None:
    path = tmp / "f"
    path.write_bytes(data)
    try:
        parsed = read_statement_file(path)
    except StatementError as exc:
        assert exc.message.startswith(str(path)) and len(exc.reason) > 5
        return
    assert all(s.transactions is not None for s in parsed.statements)


@settings(max_examples=60, deadline=None, suppress_health_check=_TMP)
@given(data=st.binary(max_size=400))
def test_random_bytes(tmp_path: Path, data: bytes) -> None:
    _read(tmp_path, data)


@settings(max_examples=80, deadline=None, suppress_health_check=_TMP)
@given(bits=st.lists(_CSV_BITS, max_size=60))
def test_csv_like_text(tmp_path: Path, bits: list[str]) -> None:
    _read(tmp_path, "".join(bits).encode("utf-8"))


@settings(max_examples=60, deadline=None, suppress_health_check=_TMP)
@given(cut=st.integers(min_value=1, max_value=len(_OFX_HEAD)), junk=st.binary(max_size=20))
def test_cut_and_damaged_ofx(tmp_path: Path, cut: int, junk: bytes) -> None:
    _read(tmp_path, _OFX_HEAD[:cut] + junk)


_XLS = Path(__file__).parent / "xls"
_HTML_XLS = (_XLS / "icbc_debit_2024_03_html.xls").read_bytes()
_BINARY_XLS = (_XLS / "ccb_debit_2024_03.xls").read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=_TMP)
@given(cut=st.integers(min_value=1, max_value=len(_HTML_XLS)), junk=st.binary(max_size=20))
def test_cut_and_damaged_html_xls(tmp_path: Path, cut: int, junk: bytes) -> None:
    _read(tmp_path, _HTML_XLS[:cut] + junk + _HTML_XLS[cut + len(junk) :])


@settings(max_examples=60, deadline=None, suppress_health_check=_TMP)
@given(at=st.integers(min_value=0, max_value=len(_BINARY_XLS) - 1), junk=st.binary(max_size=64))
def test_damaged_binary_xls(tmp_path: Path, at: int, junk: bytes) -> None:
    _read(tmp_path, _BINARY_XLS[:at] + junk + _BINARY_XLS[at + len(junk) :])


_STRANGE = [
    strange.utf16_tab_text(),
    strange.gbk_csv(),
    strange.utf16_web_page("le"),
    strange.utf16_web_page("be"),
    strange.spreadsheet_2003_xml(),
    strange.pdf_statement(),
    strange.zip_of_statements(),
    strange.zip_of_statements(zipfile.ZIP_DEFLATED),
    strange.with_zero_byte(strange.OFX, "NETFLIX"),
    strange.OFX.encode() + bytes(300),
    strange.CSV.replace("\n", "\r", 2).encode(),  # CR-only lines among LF ones
]


@settings(max_examples=120, deadline=None, suppress_health_check=_TMP)
@given(
    which=st.integers(min_value=0, max_value=len(_STRANGE) - 1),
    cut=st.integers(min_value=1, max_value=4096),
    at=st.integers(min_value=0, max_value=4096),
    junk=st.sampled_from([b"", b"\0", b"\0\0", b"\r", b"\xff\xfe", b"PK\x03\x04", b"%PDF-1.4\n"]),
)
def test_strange_files_cut_and_damaged(
    tmp_path: Path, which: int, cut: int, at: int, junk: bytes
) -> None:
    """Files as real tools write them when things go wrong (see ``strange_files``), cut where a
    download stops and with the bytes a damaged copy holds put anywhere."""
    data = _STRANGE[which][:cut]
    _read(tmp_path, data[:at] + junk + data[at:])
