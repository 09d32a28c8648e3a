"""The Health page names a payee as every other page does: the name the app shows for the line
(or the one the user gave it), not the words the statement printed, which for a payment app's
transfer are the export's own half-hidden name ("李*明")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from PySide6.QtWidgets import QLabel

from finapp.gui.alert_texts import alert_text
from finapp.gui.pages.health_accounts import AccountsSection
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.payee_names import rename_payee
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.health.test_flagged_activity_alerts import alipay_months

AS_OF = date(2026, 12, 3)


def _reasons(qtbot, section: AccountsSection) -> str:  # type: ignore[no-untyped-def]
    section.reload(AS_OF)
    qtbot.waitUntil(lambda: bool(section.findChildren(QLabel, "health-reasons")))
    return "\n".join(label.text() for label in section.findChildren(QLabel, "health-reasons"))


def test_a_night_transfer_names_its_payee_as_the_alerts_page_does(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    night = Entry(date(2026, 11, 29), Decimal("-12800.00"), "李*明", time(1, 47, 12), "转账",
                  "转账红包")  # fmt: skip
    import_months(store, write_months(tmp_path, [*alipay_months(date(2026, 7, 1), AS_OF), night],
                                      wallet=True))  # fmt: skip
    refresh_alerts(store, AS_OF)
    (alert,) = [a for a in list_alerts(store, as_of=AS_OF) if a.kind == "late_night"]
    section = AccountsSection(inline_ctx(store, data_dir))
    qtbot.addWidget(section)

    reasons = _reasons(qtbot, section)
    assert alert_text(alert) in reasons  # the Alerts page's sentence, word for word
    assert "李*明" not in reasons

    rename_payee(store, alert.params["name"], "李小明")  # Payees → Rename payee…
    assert "to 李小明 at 01:47" in _reasons(qtbot, section)
