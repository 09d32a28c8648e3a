"""Issue 14, done when: the same card from OFX and from the issuer's CSV is one account without
doubled lines."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.conftest import new_passphrase_store
from tests.households.files import Truth, write_statements
from tests.households.generator import generate
from tests.households.support import imported


def _doubled(hh, store) -> int:  # type: ignore[no-untyped-def]
    truth = Truth(hh)
    seen = Counter(line.id for t in list_transactions(store) if (line := truth.line(t)))
    return sum(n - 1 for n in seen.values())


def test_card_from_ofx_and_csv_is_one_account(tmp_path: Path) -> None:
    hh = generate(26, months=4, noise=0.4)
    store, _ = imported(hh, tmp_path, card_csv=True)  # Chase1234_Activity….CSV beside the OFX
    try:
        cards = [a for a in list_accounts(store) if a.type == "credit_card"]
        assert len(cards) == 1, [a.name for a in cards]
        assert _doubled(hh, store) == 0
    finally:
        store.close()


def test_card_csv_into_the_account_the_user_chose_adds_no_doubles(tmp_path: Path) -> None:
    hh = generate(27, months=4, noise=0.4)
    files = write_statements(hh, tmp_path / "files", card_csv=True)
    store = new_passphrase_store(tmp_path / "data")
    try:
        import_files(store, [f.path for f in files if f.path.suffix == ".ofx"])
        card = next(a for a in list_accounts(store) if a.type == "credit_card")
        csvs = [f.path for f in files if f.path.suffix == ".CSV"]
        result = import_files(store, csvs, account_name=card.name)
        assert not result.failed
        assert result.new == 0, f"{result.new} of {result.duplicates + result.new} added again"
        assert _doubled(hh, store) == 0
    finally:
        store.close()
