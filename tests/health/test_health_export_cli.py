"""``finapp health --report FILE.html [--lang zh_CN]`` as a user runs it."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from tests.health.test_health_export import ASKED, CARD, GOAL, Page, build_household
from tests.helpers import run_cli


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("report-cli")
    build_household(folder).close()
    return folder / "data"


def report(data: Path, path: Path, *extra: str) -> tuple[str, Page]:
    proc = run_cli(data, "health", "--as-of", ASKED.isoformat(), "--report", str(path), *extra)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout, Page(path.read_text(encoding="utf-8"))


def test_report_is_written_where_asked_and_says_where(data: Path, tmp_path: Path) -> None:
    path = tmp_path / "finapp-health-2025-07-03.html"
    out, page = report(data, path)
    assert out == f"Report written to {path}\nThis file is NOT encrypted: keep it somewhere safe.\n"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert os.listdir(tmp_path) == [path.name]
    assert page.row("Accounts", CARD).startswith(f"{CARD} 2025-01-01 – 2025-06-30 Needs attention")
    assert page.row("Savings goals", GOAL).startswith(GOAL)
    assert page.svg_in == {"Emergency fund": 1, "Balance forecast, next 60 days": 1}


def test_report_in_chinese_and_named_in_json(data: Path, tmp_path: Path) -> None:
    path = tmp_path / "健康自查.html"
    out, page = report(data, path, "--lang", "zh_CN", "--json")
    assert json.loads(out) == {"report": str(path)}
    assert page.lang == "zh-CN"
    assert page.row("账户", CARD).startswith(f"{CARD} 2025-01-01 – 2025-06-30 需要关注")
    assert "应急资金" in page.sections
    # the reasons and alerts in Chinese too, from the window's translations (no Qt loaded)
    assert f"{CARD} 已用额度 85%（额度 8500.00 USD，欠款 7261.40 USD）" in page.row("账户", CARD)
    alerts = " ".join(page.sections["未处理的财务健康提醒"])
    assert "35.00 USD 的还款" in alerts and "is due in" not in alerts
    assert "您的应急资金可覆盖 1.8 个月" in alerts
    assert "英文" not in " ".join(page.sections[""])  # no note that the reasons stay English


@pytest.mark.parametrize(
    ("name", "error"),
    [
        ("health.pdf", "The report is an HTML file: name it with .html, not health.pdf"),
        ("Reports/health.html", "No folder {folder}/Reports to write health.html into"),
    ],
)
def test_a_wrong_name_or_folder_is_one_line_and_writes_nothing(
    data: Path, tmp_path: Path, name: str, error: str
) -> None:
    proc = run_cli(data, "health", "--report", str(tmp_path / name))
    assert proc.returncode == 2
    assert proc.stderr == f"finapp: {error.format(folder=tmp_path)}\n"
    assert proc.stdout == ""
    assert os.listdir(tmp_path) == []


def test_an_unknown_language_is_refused(data: Path, tmp_path: Path) -> None:
    proc = run_cli(data, "health", "--report", str(tmp_path / "h.html"), "--lang", "fr")
    assert proc.returncode == 2 and "invalid choice: 'fr'" in proc.stderr
    assert os.listdir(tmp_path) == []
