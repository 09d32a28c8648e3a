"""Issue 14, done when: ``finapp accounts --json`` tells what each account's statements cover;
the same card from OFX and from the issuer's CSV is one account without doubled lines."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from tests.helpers import cli_json
from tests.households.generator import generate
from tests.households.support import imported

FIELDS = {
    "id",
    "name",
    "institution",
    "type",
    "currency",
    "covered_from",
    "covered_until",
    "gaps",
    "last_import",
    "balance",
    "balance_date",
}


def test_accounts_json_gives_coverage(tmp_path: Path) -> None:
    hh = generate(25, months=3, noise=0.2)
    store, _ = imported(hh, tmp_path)
    store.close()
    listed = cli_json(tmp_path / "data", "accounts")
    assert len(listed) == 3
    for acct in listed:
        assert set(acct) >= FIELDS
        assert acct["covered_from"] == hh.start.isoformat()
        assert acct["covered_until"] == hh.end.isoformat()
        assert acct["gaps"] == []
        assert acct["last_import"]
    checking = next(a for a in listed if a["type"] == "checking")
    assert Decimal(checking["balance"]) == hh.daily_balances("checking")[hh.end]
    assert checking["balance_date"] == hh.end.isoformat()
