"""Nothing the app writes holds transaction data in plain text."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json
from tests.written_statements import CARD_LINES, CHECKING_LINES, write_statements

PAYEES = [line.payee.encode() for line in CHECKING_LINES + CARD_LINES]


def test_no_payee_in_plain_text_anywhere_under_the_data_dir(tmp_path: Path) -> None:
    statements = write_statements(tmp_path / "downloads")
    data = tmp_path / "d"
    cli_json(data, "import", str(statements.checking), str(statements.card))
    assert len(cli_json(data, "transactions")) == len(PAYEES)
    files = [p for p in data.rglob("*") if p.is_file()]
    assert files, "the import wrote nothing"
    for path in files:
        blob = path.read_bytes()
        for payee in PAYEES:
            for encoded in (payee, payee.decode().encode("utf-16-le")):
                assert encoded not in blob, f"{payee!r} in plain text in {path.name}"
