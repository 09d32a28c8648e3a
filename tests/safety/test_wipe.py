"""Delete: everything, one account or one import — and nothing of the user's left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.errors import NotFoundError
from finapp.paths import DEMO_MARK_FILE
from finapp.services.backup import backup_files
from finapp.services.demo import demo_dir_for, visit_demo
from finapp.services.encrypted_file import connect
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.services.wipe import delete_account, delete_import, wipe_all
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.store.schema import (
    Account,
    BalanceSnapshot,
    Subscription,
    SubscriptionMember,
    Transaction,
)
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.helpers import cli_json, run_cli
from tests.safety import processes
from tests.safety.statements import big_ofx


def test_wipe_leaves_nothing_of_the_user_behind(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    ui = tmp_path / "config" / "ui.ini"
    ui.parent.mkdir()
    ui.write_text("[window]\n")
    assert run_cli(data, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx")).returncode == 0
    assert processes.cli(data, "backup", FINAPP_LOG="info").returncode == 0
    assert (data / "backups").is_dir() and (data / "logs").is_dir()
    refused = run_cli(data, "wipe")
    assert refused.returncode == 2 and "--yes" in refused.stderr and (data / "finapp.db").exists()
    proc = processes.cli(data, "wipe", "--yes", FINAPP_UI_SETTINGS=str(ui))
    assert proc.returncode == 0, proc.stderr
    assert not data.exists(), "the data dir is gone"
    assert not ui.exists(), "saved window settings are gone"


def test_wipe_removes_the_keyring_entry_and_keeps_files_finapp_did_not_write(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    store = open_store(data)
    store.close()
    (data / "finapp.db-wal").write_bytes(b"x")
    (data / "my notes.txt").write_text("mine")
    assert memory_keyring.entries
    result = wipe_all(data)
    assert memory_keyring.entries == {}
    assert result.kept == ("my notes.txt",)
    assert sorted(p.name for p in data.iterdir()) == ["my notes.txt"]


def test_wipe_removes_the_demo_household_beside_the_data_and_its_keyring_entry(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """A user may have dropped real statements on the demo too: erasing everything erases it,
    and the demo's own key in the keyring with it."""
    data = tmp_path / "d"
    open_store(data).close()
    demo = demo_dir_for(data)
    visit = visit_demo(demo).store  # the demo's own store, its key in an entry of its own
    import_files(visit, [big_ofx(tmp_path / "mine.ofx", 12, tag="M")])
    visit.close()
    assert len(memory_keyring.entries) == 2
    result = wipe_all(data)
    assert not data.exists() and not demo.exists()
    assert memory_keyring.entries == {}
    assert str(demo) in result.removed and not result.kept_folders


def test_wipe_keeps_another_households_store_in_the_folder_named_like_the_demo(
    tmp_path: Path,
) -> None:
    """``wipe --yes`` on ``d`` took ``d-demo`` for finapp's demo and erased it with its backups,
    unasked and unnamed: there, another household kept its own store under its own
    passphrase. It is kept whole now, and named as kept."""
    data, other = tmp_path / "d", tmp_path / "d-demo"
    assert run_cli(data, "import", str(big_ofx(tmp_path / "ours.ofx", 3))).returncode == 0
    theirs = "other household pass"
    statement = big_ofx(tmp_path / "theirs.ofx", 4, tag="T")
    assert run_cli(other, "import", str(statement), passphrase=theirs).returncode == 0
    assert run_cli(other, "backup", passphrase=theirs).returncode == 0
    before = sorted(p.relative_to(other) for p in other.rglob("*"))
    wiped = run_cli(data, "wipe", "--yes")
    assert wiped.returncode == 0, wiped.stderr
    assert not data.exists()
    assert sorted(p.relative_to(other) for p in other.rglob("*")) == before
    assert f"kept {other}: named like this store's demo, but not finapp's demo" in wiped.stdout
    assert run_cli(other, "transactions", passphrase=theirs).returncode == 0


def test_a_demo_made_before_its_mark_is_known_by_its_own_key_and_statements(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """A demo an earlier finapp made has no mark: its own keyring key opening a store of the
    demo's generated statements proves it, and it goes with the store. A store with a keyring
    key of its own but other statements proves nothing: it stays, with its key."""
    data = tmp_path / "d"
    for kind in ("older demo", "a store"):
        open_store(data).close()
        demo = demo_dir_for(data)
        if kind == "older demo":
            visit_demo(demo).store.close()
            (demo / DEMO_MARK_FILE).unlink()
        else:
            store = open_store(demo)
            import_files(store, [big_ofx(tmp_path / "theirs.ofx", 4)])
            store.close()
        result = wipe_all(data)
        assert demo.exists() == (kind == "a store"), kind
        assert result.not_the_demo == (str(demo) if kind == "a store" else None), kind
    assert len(memory_keyring.entries) == 1, "the store kept keeps its keyring entry"


def _two_batches(store: Store, tmp_path: Path) -> tuple[int, int]:
    first = import_files(store, [big_ofx(tmp_path / "a.ofx", 30, tag="A")]).files[0].batch_id
    second = import_files(store, [big_ofx(tmp_path / "b.ofx", 20, tag="B")]).files[0].batch_id
    assert first and second
    return first, second


def _subscription_on(store: Store, batch_id: int, name: str) -> None:
    """A detected subscription made of one import's transactions (what detection derives)."""
    with store.write() as session:
        sub = Subscription(name=name, stream_key=name)
        session.add(sub)
        session.flush()
        for tid in session.scalars(select(Transaction.id).where(Transaction.batch_id == batch_id)):
            session.add(SubscriptionMember(subscription_id=sub.id, transaction_id=tid))


def test_deleting_one_import_removes_exactly_its_transactions_and_what_came_of_them(
    store: Store, tmp_path: Path
) -> None:
    first, second = _two_batches(store, tmp_path)
    _subscription_on(store, first, "from-first")
    _subscription_on(store, second, "from-second")
    kept = [t for t in list_transactions(store) if t.fitid and t.fitid.startswith("B")]
    result = delete_import(store, first)
    assert result.transactions == 30 and result.subscriptions == 1
    assert list_transactions(store) == kept
    with store.read() as session:
        assert session.scalars(select(Subscription.name)).all() == ["from-second"]
        assert all(b.batch_id != first for b in session.scalars(select(BalanceSnapshot)))


def test_deleting_one_account_leaves_the_others_untouched(store: Store, tmp_path: Path) -> None:
    import_files(store, [big_ofx(tmp_path / "a.ofx", 10, account="111", tag="A")])
    import_files(store, [big_ofx(tmp_path / "b.ofx", 15, account="222", tag="B")])
    with store.read() as session:
        names = {a.number_last4: a.name for a in session.scalars(select(Account))}
    others = [t for t in list_transactions(store) if t.account == names["222"]]
    assert delete_account(store, "111").transactions == 10
    assert list_transactions(store) == others
    with pytest.raises(NotFoundError):
        delete_account(store, "111")


def test_erasing_an_account_keeps_the_subscriptions_added_by_hand_and_says_so(
    tmp_path: Path,
) -> None:
    """``wipe --account`` took the gym the user had added by hand (paid from that account),
    with their decision to keep it, and reported "0 subscriptions": only subscriptions detected
    from the erased lines are finapp's to remove. It stays, with the decision, tied to no
    account, and the output says so."""
    data = tmp_path / "d"
    assert run_cli(data, "import", str(big_ofx(tmp_path / "a.ofx", 5))).returncode == 0
    (account,) = [a["name"] for a in cli_json(data, "accounts")]
    add = ["subscriptions", "add", "Gym", "30", "--cadence", "monthly", "--next", "2030-01-05"]
    assert run_cli(data, *add, "--account", account).returncode == 0
    (gym,) = cli_json(data, "subscriptions", "--all")
    assert run_cli(data, "subscriptions", "review", str(gym["id"]), "keep").returncode == 0
    decided = cli_json(data, "subscriptions", "--all")

    wiped = run_cli(data, "wipe", "--account", account, "--yes")
    assert wiped.returncode == 0, wiped.stderr
    assert "kept 1 subscriptions you added by hand" in wiped.stdout
    (kept,) = cli_json(data, "subscriptions", "--all")
    tied = {"account": None, "paid_from": "", "covered_until": None}  # the account's, gone
    assert kept == {**decided[0], **tied}


def _card(folder: Path, account: str, payees: list[str]) -> Path:
    """A card statement of ``account`` with one line a day for each of ``payees``."""
    from datetime import date

    from tests.importers.ofxgen import Line
    from tests.written_statements import card_ofx

    lines = tuple(
        Line(date(2025, 3, day), "-12.50", payee, f"{account}{day:04d}")
        for day, payee in enumerate(payees, 1)
    )
    path = folder / f"{account}.ofx"
    path.write_text(card_ofx(lines, account), encoding="utf-8")
    return path


def _merchant(data: Path, payee: str) -> tuple[int, str]:
    """The id of the first line paid to ``payee`` and the merchant key it is filed under."""
    line = next(t for t in cli_json(data, "transactions") if t["statement_text"] == payee)
    named = next(p for p in cli_json(data, "payees") if p["statement_text"] == payee)
    return line["id"], named["merchant"]


def test_erasing_an_account_forgets_what_was_learned_from_its_lines_alone(
    tmp_path: Path,
) -> None:
    """``wipe --account`` left the rule learned from filing the account's noodle shop, the
    user's name for a payee only that account paid and a payee merged into it: the erased
    account's merchants, still in every export. What was learned from its lines alone goes; a
    payee another account also paid keeps its rule and name, and a rule the user wrote stays,
    and the output says which."""
    data = tmp_path / "d"
    paid = ["YUNSHAN NOODLE BAR", "MEITUAN MERCHANT", "SHARED CAFE", "MEITUAN DIANPING APP"]
    wallet = _card(tmp_path, "40001111", paid)
    card = _card(tmp_path, "40002222", ["SHARED CAFE", "CITY GROCER"])
    for statement in (wallet, card):
        assert run_cli(data, "import", str(statement)).returncode == 0
    noodle, noodle_key = _merchant(data, "YUNSHAN NOODLE BAR")
    _, meituan_key = _merchant(data, "MEITUAN MERCHANT")
    cafe, cafe_key = _merchant(data, "SHARED CAFE")
    _, dianping_key = _merchant(data, "MEITUAN DIANPING APP")
    for command in (
        ["categorize", str(noodle), "Food:NoodleMarker"],
        ["categorize", str(cafe), "Food:CafeMarker"],
        ["payees", "rename", meituan_key, "MeituanRenameMarker"],
        ["payees", "merge", dianping_key, meituan_key],
        ["payees", "rename", cafe_key, "CafeRenameMarker"],
        ["rules", "add", "MEITUAN", "--category", "Food:HandMarker"],
    ):
        assert run_cli(data, *command).returncode == 0, command
    wallet_name = next(a["name"] for a in cli_json(data, "accounts") if "1111" in a["name"])
    assert run_cli(data, "backup").returncode == 0  # holding all of it

    wiped = run_cli(data, "wipe", "--account", wallet_name, "--yes", "--also-backups")
    assert wiped.returncode == 0, wiped.stderr
    assert "1 learned rules, 1 payee names and 1 payee merges" in wiped.stdout
    assert "kept 1 rules you wrote yourself" in wiped.stdout
    export = tmp_path / "export"
    assert run_cli(data, "export", "--to", str(export)).returncode == 0
    rules, payees = (export / "rules.csv").read_text(), (export / "payees.csv").read_text()
    assert noodle_key not in rules and "NoodleMarker" not in rules
    assert "MeituanRenameMarker" not in payees and meituan_key not in payees
    assert dianping_key not in payees  # the merge is forgotten too
    assert "CafeMarker" in rules and "CafeRenameMarker" in payees  # the other account's too
    assert "HandMarker" in rules  # the user's own words
    with connect(
        backup_files(data)[-1], StoreKey.from_passphrase(PASSPHRASE), readonly=True
    ) as conn:
        names = {row[0] for row in conn.execute("SELECT merchant FROM merchant_names")}
        patterns = {row[0] for row in conn.execute("SELECT pattern FROM rules")}
        merges = list(conn.execute("SELECT merchant FROM merchant_aliases"))
    assert names == {cafe_key} and noodle_key not in patterns  # the backup rewritten too
    assert merges == []
