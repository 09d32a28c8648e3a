"""Each kind of alert has a name of its own in the Alerts page's type filter, in English and in
Chinese: a savings goal behind schedule and one beyond what the household saves both read
储蓄目标, two entries in the list that could not be told apart."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from finapp.gui.models.alerts_model import KIND_NAMES
from tests.gui.chinese import chinese  # noqa: F401 - the fixture


def _names() -> list[str]:
    return [QCoreApplication.translate("AlertsModel", name) for name in KIND_NAMES.values()]


def test_each_alert_kind_reads_apart_in_english(qapp) -> None:  # type: ignore[no-untyped-def]
    names = _names()
    assert len(set(names)) == len(names)


def test_each_alert_kind_reads_apart_in_chinese(chinese) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    names = _names()
    assert len(set(names)) == len(names)
    assert {"储蓄目标进度落后", "储蓄目标超出结余"} <= set(names)
