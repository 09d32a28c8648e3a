"""Nothing the app writes holds transaction data in plain text."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json

PAYEES = [b"Joe's Bald Hairstyles", b"CONNIE'S HAIR", b"MCDONALD"]


def test_no_payee_in_plain_text_anywhere_under_the_data_dir(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    cli_json(data, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx"))
    cli_json(data, "transactions")
    files = [p for p in data.rglob("*") if p.is_file()]
    assert files, "the import wrote nothing"
    for path in files:
        blob = path.read_bytes()
        for payee in PAYEES:
            for encoded in (payee, payee.decode().encode("utf-16-le")):
                assert encoded not in blob, f"{payee!r} in plain text in {path.name}"
