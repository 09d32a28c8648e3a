"""Storage and environment faults end the CLI with exit code 2 and one line ``finapp: …``.

A full disk, a read-only or forbidden folder, a file where a folder should be and environment
values finapp cannot read each once gave a traceback or the wrong word ("wrong passphrase");
the store is left as it was.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import sqlcipher3

import finapp.store.engine as engine_module
from tests.cli_in_process import imported_by_the_command, run_main
from tests.conftest import PASSPHRASE, MadeStore
from tests.helpers import run_cli
from tests.safety.statements import big_ofx


def assert_one_line(code: int, err: str, *words: str) -> None:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("finapp: "), err
    for word in words:
        assert word in lines[0], err


def transaction_count(data: Path, capsys: pytest.CaptureFixture[str]) -> int:
    code, out, err = run_main(["--data-dir", str(data), "transactions", "--json"], capsys)
    assert code == 0, err
    return len(json.loads(out))


@pytest.fixture
def filled(made_store: MadeStore, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store with five transactions (and today's backup already made)."""
    return imported_by_the_command(made_store, 5, capsys)


def fill_the_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every store connection may not grow the database by a page: SQLite itself then answers
    SQLITE_FULL ("database or disk is full"), exactly as on a disk with no space left."""
    check_key = engine_module.check_key

    def capped(dbapi_conn: sqlcipher3.Connection, path: Path) -> None:
        check_key(dbapi_conn, path)
        pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
        dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    monkeypatch.setattr(engine_module, "check_key", capped)


@pytest.fixture
def full_disk(monkeypatch: pytest.MonkeyPatch) -> None:
    fill_the_disk(monkeypatch)


@pytest.mark.parametrize(
    "command",
    [
        # names of at most 60 characters (finapp refuses longer), many levels to fill pages
        ["categories", "add", "Hobbies:" + ":".join(["Model trains " * 4] * 100)],
        ["rules", "add", "x" * 5000, "--category", "Food"],
        [
            "subscriptions",
            "add",
            "Streaming " * 500,
            "9.99",
            "--cadence",
            "monthly",
            "--next",
            "2025-02-01",
        ],
    ],
    ids=["categories add", "rules add", "subscriptions add"],
)
def test_a_full_disk_on_a_write_is_one_line_and_saves_nothing(
    filled: Path, full_disk: None, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(["--data-dir", str(filled), *command], capsys)
    assert_one_line(code, err, "disk is full", "nothing was saved")
    assert out == ""


def test_a_full_disk_during_import_refuses_the_file_and_keeps_the_store(
    filled: Path, full_disk: None, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    statement = big_ofx(tmp_path / "second.ofx", 400, account="5555000011", tag="B")
    code, out, err = run_main(
        ["--data-dir", str(filled), "import", "--json", str(statement)], capsys
    )
    assert_one_line(code, err, "disk is full", "nothing was saved")
    summary = json.loads(out)
    assert (summary["new"], summary["failed"]) == (0, 1)
    assert "disk is full" in summary["files"][0]["error"]


def test_after_a_full_disk_the_store_holds_what_it_held(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    statement = big_ofx(tmp_path / "second.ofx", 400, account="5555000011", tag="B")
    with monkeypatch.context() as patch:
        fill_the_disk(patch)
        run_main(["--data-dir", str(filled), "import", str(statement)], capsys)
    assert transaction_count(filled, capsys) == 5


def test_a_full_disk_writing_a_file_is_one_line(
    filled: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A file write the command did not guard itself still ends in one line naming the file."""
    target = tmp_path / "renewals.ics"

    def no_space(*_args: object, **_kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(target))

    monkeypatch.setattr("finapp.services.calendar_export.export_renewals", no_space)
    code, _, err = run_main(
        ["--data-dir", str(filled), "subscriptions", "export-ics", str(target)], capsys
    )
    assert_one_line(code, err, "disk is full", str(target))


# --- read-only and forbidden folders ------------------------------------------------------


def _read_only_mount(folder: Path, argv: list[str]) -> list[str]:
    """``argv`` run where ``folder`` is a read-only mount (a private mount namespace; no root
    needed), as on a read-only disk or a write-protected card."""
    script = 'mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"'
    return ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *argv]


def _without_override(argv: list[str]) -> list[str]:
    """``argv`` bound by file permissions: root normally overrides them, so it runs without
    that capability; anyone else is bound already."""
    if os.geteuid() != 0:
        return argv
    drop = "--bounding-set=-dac_override,-dac_read_search,-fowner"
    return ["setpriv", drop, "--", *argv]


def _cli(data: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data), *args]


def _env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["FINAPP_PASSPHRASE"] = PASSPHRASE
    env["PYTHONPATH"] = str(Path(__file__).resolve().parents[1])
    return env


def _run(argv: list[str], **extra_env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        argv, capture_output=True, text=True, env=_env() | extra_env, timeout=120, check=False
    )


def _on_a_full_disk(folder: Path, argv: list[str]) -> list[str]:
    """``argv`` run where ``folder``'s store lies on a small disk filled to the last byte (a
    tmpfs in a private mount namespace; no root needed), its files copied there first."""
    script = (
        'cp -a "$1" "$1.copy" && mount -t tmpfs -o size=1m tmpfs "$1" && cp -a "$1.copy/." "$1"'
        ' && { dd if=/dev/zero of="$1/filler" bs=4k count=256 2>/dev/null; true; }'
        ' && shift && exec "$@"'
    )
    return ["unshare", "-rm", "sh", "-c", script, "sh", str(folder), *argv]


@pytest.mark.parametrize("args", [["transactions"], ["budget", "set", "Food", "10"]])
def test_a_store_on_a_full_disk_is_said_to_be_on_a_full_disk(saved: Path, args: list[str]) -> None:
    """On a disk with no byte left even reading the store fails (SQLite cannot make the
    shared-memory file of a WAL store): the user is told the disk is full, so they free space,
    not that the disk reported an error, as a failing disk would."""
    proc = _run(_on_a_full_disk(saved, _cli(saved, *args)))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "the disk is full" in lines[0] and "nothing was saved" in lines[0], proc.stderr
    assert "passphrase" not in lines[0] and proc.stdout == ""


@pytest.fixture(scope="module")
def saved_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with three transactions, written by a separate process."""
    folder = tmp_path_factory.mktemp("saved")
    proc = run_cli(folder / "data", "import", str(big_ofx(folder / "s.ofx", 3)))
    assert proc.returncode == 0, proc.stderr
    return folder / "data"


@pytest.fixture
def saved(saved_once: Path, tmp_path: Path) -> Path:
    """The saved store in the test's own folder (made once for the module, copied for each
    test, whose faults may change its copy)."""
    return shutil.copytree(saved_once, tmp_path / "data")


@pytest.mark.parametrize(
    "args",
    [
        ["transactions"],
        ["transactions", "--json"],
        ["report"],
        ["alerts"],
        ["budget", "set", "Food", "10"],
        ["categories", "add", "Hobbies"],
    ],
    ids=lambda a: " ".join(a),
)
def test_a_read_only_disk_is_called_read_only_never_a_wrong_passphrase(
    saved: Path, args: list[str]
) -> None:
    before = (saved / "finapp.db").read_bytes()
    proc = _run(_read_only_mount(saved, _cli(saved, *args)))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "read-only" in lines[0] and "passphrase" not in lines[0], proc.stderr
    assert proc.stdout == ""
    assert (saved / "finapp.db").read_bytes() == before


def test_a_report_asked_for_on_a_read_only_disk_is_named_not_its_temporary_file(
    saved: Path, tmp_path: Path
) -> None:
    """The health report saved onto a write-protected card: the one line names the report the
    user asked for, not the ``.finapp-….tmp`` file it is first written to."""
    card = tmp_path / "SD card"
    card.mkdir()
    report = card / "health 2026.html"
    proc = _run(_read_only_mount(card, _cli(saved, "health", "--report", str(report))))
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert lines[0] == f"finapp: {report} is on a read-only disk", proc.stderr
    assert list(card.iterdir()) == []


@pytest.mark.parametrize(
    "args", [["transactions"], ["budget", "set", "Food", "10"]], ids=lambda a: " ".join(a)
)
def test_a_folder_not_the_users_to_write_is_called_read_only(saved: Path, args: list[str]) -> None:
    """The folder belongs to another user and is 0555: the store's files can be read, no file
    can be made beside them."""
    if os.geteuid() == 0:
        os.chown(saved, 65534, -1)
    saved.chmod(0o555)
    try:
        proc = _run(_without_override(_cli(saved, *args)))
    finally:
        saved.chmod(0o700)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "read-only" in lines[0] and "passphrase" not in lines[0], proc.stderr


def test_a_data_folder_that_cannot_be_created_is_permission_denied(tmp_path: Path) -> None:
    parent = tmp_path / "locked"
    parent.mkdir(mode=0o500)
    try:
        proc = _run(_without_override(_cli(parent / "data", "transactions")))
    finally:
        parent.chmod(0o700)
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert "permission denied" in lines[0] and str(parent / "data") in lines[0]
    assert "Traceback" not in proc.stderr


# --- a file where a folder should be ------------------------------------------------------


@pytest.mark.parametrize("log", ["", "debug"], ids=["plain", "with a log file"])
def test_a_file_named_as_the_data_folder_is_one_line(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    log: str,
) -> None:
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FINAPP_LOG", log)
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("mine\n")
    code, _, err = run_main(["--data-dir", str(not_a_folder), "transactions"], capsys)
    assert_one_line(code, err, str(not_a_folder), "not a folder")
    assert not_a_folder.read_text() == "mine\n"


def test_a_file_where_the_output_folder_should_be_is_one_line(
    filled: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    code, _, err = run_main(
        ["--data-dir", str(filled), "backup", "--to", str(blocker / "b.db")], capsys
    )
    assert code == 2 and len(err.strip().splitlines()) == 1, err
    assert str(blocker) in err


# --- environment values -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("FINAPP_BUSY_TIMEOUT", "abc"),
        ("FINAPP_BUSY_TIMEOUT", "nan"),
        ("FINAPP_BUSY_TIMEOUT", "-1"),
        ("FINAPP_BUSY_TIMEOUT", "1e400"),
        ("FINAPP_LOG", "root"),
        ("FINAPP_LOG", "basic_format"),
        ("FINAPP_LOG", "loud"),
    ],
)
def test_an_unreadable_environment_value_is_one_line_naming_it(
    saved: Path, name: str, value: str
) -> None:
    proc = _run(_cli(saved, "transactions"), **{name: value})
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, proc.stderr
    assert name in lines[0] and repr(value) in lines[0]
    assert proc.stdout == ""


def test_a_passphrase_of_non_utf8_bytes_is_one_line(saved: Path) -> None:
    env = {k.encode(): v.encode() for k, v in _env().items()}
    env[b"FINAPP_PASSPHRASE"] = b"correct horse \xff\xfe battery"
    proc = subprocess.run(
        _cli(saved, "transactions"), capture_output=True, env=env, timeout=120, check=False
    )
    lines = proc.stderr.decode("utf-8", "replace").strip().splitlines()
    assert proc.returncode == 2 and len(lines) == 1, lines
    assert "FINAPP_PASSPHRASE" in lines[0] and "UTF-8" in lines[0]


def test_a_passphrase_typed_in_non_utf8_bytes_is_one_line(saved: Path) -> None:
    """Typed at the terminal's prompt (a real pseudo-terminal), the bytes are refused too."""
    import pty

    env = {k: v for k, v in _env().items() if k != "FINAPP_PASSPHRASE"}
    env["LC_ALL"] = "C.UTF-8"
    pid, fd = pty.fork()
    if pid == 0:  # the child: finapp with the pseudo-terminal as its terminal
        os.execve(sys.executable, _cli(saved, "transactions"), env)
    output = _read_until(fd, b"Passphrase")
    os.write(fd, b"correct horse \xff\xfe battery\n")
    output += _read_until(fd, b"\n", after_prompt=True)
    _, status = os.waitpid(pid, 0)
    text = output.decode("utf-8", "replace")
    assert os.waitstatus_to_exitcode(status) == 2, text
    assert "not UTF-8" in text and "Traceback" not in text


def _read_until(fd: int, marker: bytes, *, after_prompt: bool = False) -> bytes:
    data = b""
    while True:
        try:
            chunk = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            return data
        if not chunk:
            return data
        data += chunk
        if not after_prompt and marker in data:
            return data


# --- output encoding and one-line names ----------------------------------------------------


@pytest.mark.parametrize("encoding", ["latin-1", "gb18030", "ascii"])
def test_json_is_utf8_whatever_the_locale(tmp_path: Path, encoding: str) -> None:
    statement = tmp_path / "cafe.csv"
    statement.write_text(
        "Date,Amount,Payee\n2025-01-02,-3.50,咖啡\n2025-01-03,-4.00,Café\n", encoding="utf-8"
    )
    data = tmp_path / "data"
    env = _env() | {"PYTHONIOENCODING": encoding, "LC_ALL": "C"}
    argv = _cli(data, "import", "--json", str(statement))
    imported = subprocess.run(argv, capture_output=True, env=env, timeout=120, check=False)
    assert imported.returncode == 0, imported.stderr
    assert json.loads(imported.stdout.decode("utf-8"))["new"] == 2
    listed = subprocess.run(
        _cli(data, "transactions", "--json"), capture_output=True, env=env, timeout=120, check=False
    )
    payees = [row["payee"] for row in json.loads(listed.stdout.decode("utf-8"))]
    assert payees == ["咖啡", "Café"]


def test_a_newline_in_a_file_name_keeps_the_error_on_one_line(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = tmp_path / "march\nstatement.ofx"
    odd.write_bytes(b"not a statement")
    code, _, err = run_main(["--data-dir", str(data_dir), "import", "--json", str(odd)], capsys)
    assert_one_line(code, err, "march\\x0astatement.ofx")
