"""`finapp accounts` tells what each account's statements cover and its latest balance;
`finapp balance set` gives an account a balance its statements never state."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.services.balances import balance_on
from finapp.services.opening import open_store
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx

CHECKING = "000004321"
CARD = "4111111111118832"


def _ok(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_main(["--data-dir", str(data), *args], capsys)
    assert code == 0, err
    return out


def _accounts(data: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, dict[str, object]]:
    return {a["name"]: a for a in json.loads(_ok(data, capsys, "accounts", "--json"))}


@pytest.fixture
def household(keyring_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """Checking for January and March (February never downloaded), the March statement
    stating its ledger balance; a card whose statement states none."""
    january = [
        Line(date(2026, 1, 2), "-4.85", "STARBUCKS STORE 00123 SEATTLE WA", "J1"),
        Line(date(2026, 1, 30), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "J2"),
    ]
    march = [
        Line(date(2026, 3, 3), "-52.17", "SHELL OIL 57444 BELLEVUE WA", "M1"),
        Line(date(2026, 3, 31), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "M2"),
    ]
    card = [Line(date(2026, 3, 9), "-15.49", "NETFLIX.COM 866-579-7172 CA", "V1")]
    files = {
        "jan.qfx": statement_ofx(january, account=CHECKING),
        "mar.qfx": statement_ofx(march, account=CHECKING, ledger=("3804.12", date(2026, 3, 31))),
        "visa.qfx": statement_ofx(card, account=CARD),
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="ascii")
    _ok(keyring_data_dir, capsys, "import", *(str(tmp_path / n) for n in files))
    assert len(_accounts(keyring_data_dir, capsys)) == 2
    return keyring_data_dir


def _by_last_four(accounts: dict[str, dict[str, object]], four: str) -> dict[str, object]:
    (found,) = [a for name, a in accounts.items() if name.endswith(four)]
    return found


def test_accounts_json_lists_coverage_gaps_last_import_and_stated_balance(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    accounts = _accounts(household, capsys)
    checking = _by_last_four(accounts, "4321")
    assert set(checking) == {
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
        "closed_on",
    }
    assert checking["closed_on"] is None  # open: never closed by the user
    assert (checking["covered_from"], checking["covered_until"]) == ("2026-01-02", "2026-03-31")
    assert checking["gaps"] == [["2026-01-31", "2026-03-02"]]
    assert isinstance(checking["last_import"], str) and checking["last_import"][:2] == "20"
    assert (checking["balance"], checking["balance_date"]) == ("3804.12", "2026-03-31")
    card = _by_last_four(accounts, "8832")
    assert (card["balance"], card["balance_date"], card["gaps"]) == (None, None, [])


def test_accounts_text_shows_the_same_in_a_table(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = _ok(household, capsys, "accounts")
    checking = next(line for line in out.splitlines() if "4321" in line)
    assert "2026-01-02 – 2026-03-31" in checking
    assert "2026-01-31 – 2026-03-02" in checking
    assert "3804.12 on 2026-03-31" in checking
    assert "unknown" in next(line for line in out.splitlines() if "8832" in line)


def test_balance_set_gives_the_card_a_balance_and_a_second_entry_replaces_it(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card_name = str(_by_last_four(_accounts(household, capsys), "8832")["name"])
    said = json.loads(
        _ok(
            household,
            capsys,
            "balance",
            "set",
            card_name,
            "-412.30",
            "--on",
            "2026-03-10",
            "--json",
        )
    )
    assert said == {
        "account": card_name,
        "balance": "-412.30",
        "currency": "USD",
        "date": "2026-03-10",
    }
    _ok(household, capsys, "balance", "set", CARD, "-398.00", "--on", "2026-03-10")
    card = _by_last_four(_accounts(household, capsys), "8832")
    assert (card["balance"], card["balance_date"]) == ("-398.00", "2026-03-10")

    # the latest known balance is what is listed: a later one entered for checking wins
    _ok(household, capsys, "balance", "set", CHECKING, "3790.00", "--on", "2026-04-02")
    checking = _by_last_four(_accounts(household, capsys), "4321")
    assert (checking["balance"], checking["balance_date"]) == ("3790.00", "2026-04-02")


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["balance", "set", CARD, "12.345", "--on", "2026-03-10"], "12.345"),
        (["balance", "set", CARD, "1e3", "--on", "2026-03-10"], "1e3"),
        (["balance", "set", CARD, "100", "--on", "2300-01-01"], "2300-01-01"),
        (["balance", "set", CARD, "100", "--on", "31/03/2026"], "31/03/2026"),
        (["balance", "set", "Savings at Ally", "100", "--on", "2026-03-10"], "Savings at Ally"),
    ],
)
def test_a_bad_balance_is_one_line_and_changes_nothing(
    household: Path, capsys: pytest.CaptureFixture[str], args: list[str], named: str
) -> None:
    before = _accounts(household, capsys)
    code, out, err = run_main(["--data-dir", str(household), *args], capsys)
    lines = err.strip().splitlines()
    assert code == 2 and out == ""
    assert len(lines) == 1 and lines[0].startswith("finapp: ") and named in lines[0], err
    assert _accounts(household, capsys) == before


def test_the_balance_on_any_day_is_carried_from_the_nearest_known_one(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ok(household, capsys, "balance", "set", CHECKING, "1500.00", "--on", "2026-01-15")
    account_id = int(_by_last_four(_accounts(household, capsys), "4321")["id"])
    store = open_store(household, PASSPHRASE)
    try:
        with store.read() as session:
            # January: from the user's 1500.00 on the 15th, payroll on the 30th
            assert balance_on(session, account_id, date(2026, 1, 31)) == 365000
            assert balance_on(session, account_id, date(2026, 1, 1)) == 150485
            # March: back from the statement's 3804.12 on the 31st
            assert balance_on(session, account_id, date(2026, 3, 30)) == 165412
    finally:
        store.close()


def test_a_threshold_without_a_balance_to_work_from_says_how_to_give_it_one(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    card = str(_by_last_four(_accounts(household, capsys), "8832")["name"])
    code, out, err = run_main(
        ["--data-dir", str(household), "threshold", "set", card, "100"], capsys
    )
    assert code == 0 and out.startswith(f"{card}: low-balance alert below 100")
    assert err == (
        f"finapp: no balance known for {card}: set one with `finapp balance set` "
        "so the alert can work\n"
    )

    _ok(household, capsys, "balance", "set", card, "-250", "--on", "2026-03-31")
    code, _out, err = run_main(
        ["--data-dir", str(household), "threshold", "set", card, "100"], capsys
    )
    assert (code, err) == (0, "")


def test_a_threshold_on_an_account_whose_statement_states_its_balance_says_nothing_more(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _out, err = run_main(
        ["--data-dir", str(household), "threshold", "set", CHECKING, "500"], capsys
    )
    assert (code, err) == (0, "")


def test_the_id_accounts_lists_names_the_account_everywhere(
    household: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`accounts` shows an id first; the same id names the account in a threshold, a balance,
    a forecast and a goal, as its name or number does."""
    checking = _by_last_four(_accounts(household, capsys), CHECKING[-4:])
    shown = str(checking["id"])
    said = _ok(household, capsys, "threshold", "set", shown, "500")
    assert said.startswith(f"{checking['name']}: low-balance alert below 500.00 USD")
    _ok(household, capsys, "balance", "set", shown, "3804.12", "--on", "2026-03-31")
    forecast = json.loads(_ok(household, capsys, "forecast", "--account", shown, "--json"))
    assert [f["account"] for f in forecast] == [checking["name"]]
    code, _out, err = run_main(["--data-dir", str(household), "threshold", "set", "99", "5"],
                               capsys)  # fmt: skip
    assert code != 0 and "No account named or numbered '99'" in err
