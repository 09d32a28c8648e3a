"""The money-health self-check as one HTML file the user keeps for their own records.

Everything the Health page shows, as of a day, in a single self-contained file: inline CSS,
the charts as inline SVG drawn by matplotlib's SVG backend (no Qt, no network, no file beside
it), so it opens the same in any browser years later and can be mailed or archived whole.

**HTML only, no PDF.** A PDF would need a layout engine: matplotlib's ``PdfPages`` places text
at fixed points (no wrapping of a long reason, no table across pages), and the libraries that
lay HTML out as PDF (WeasyPrint, wkhtmltopdf) are large native dependencies for one button.
The page's print CSS keeps a table row on one page and prints the bars' colours, so a
browser's "Print → Save as PDF" gives a clean PDF; the file's footer says so.

**Privacy.** The file holds balances, payees and account names in plain text, so it is written
only where the user asked, whole or not at all: a temporary file in the same folder (never a
copy elsewhere), readable by the user alone (0600), flushed to disk, then renamed over the
name asked for. Every text from the user's data (account, payee, goal names) is escaped.

The page itself (its sections, words and money form) is drawn by
:mod:`finapp.services.health_export_page`; this module gathers what it shows and keeps the file.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from finapp.core.alerts import Kind
from finapp.core.choices import REPORT_LANGUAGES as LANGUAGES
from finapp.core.forecast import DEFAULT_DAYS
from finapp.core.health import ALERT_KINDS
from finapp.errors import InvalidInputError, Problem
from finapp.services.alerts import list_alerts
from finapp.services.coverage import coverage_by_account
from finapp.services.forecast import account_forecasts
from finapp.services.health import health_report
from finapp.services.health_export_html import MoneyText, Sentence
from finapp.services.health_export_page import ReportData, render
from finapp.services.private_file import replace_privately
from finapp.services.report_translation import report_sentence
from finapp.store.engine import Store
from finapp.store.schema import Account

#: the alerts the report lists: money health's own, and those that count against an account
HEALTH_ALERTS = ALERT_KINDS | {
    Kind.EMERGENCY_FUND, Kind.GOAL_BEHIND, Kind.GOAL_BEYOND_SURPLUS,
    Kind.CARD_PAYMENT_DUE, Kind.SUBSCRIPTION_CAP,
    Kind.REVIEW_DUE, Kind.UNREVIEWED,
}  # fmt: skip


def gather(store: Store, as_of: date) -> ReportData:
    """The health report, statement coverage, 60-day forecast and open health alerts."""
    report = health_report(store, as_of)
    with store.read() as session:
        covered = coverage_by_account(session)
        names = session.execute(select(Account.id, Account.name)).all()
        coverage = {name: covered.get(account_id) for account_id, name in names}
        forecasts = account_forecasts(session, as_of, DEFAULT_DAYS)
    alerts = [a for a in list_alerts(store, as_of=as_of) if a.kind in HEALTH_ALERTS]
    return ReportData(report, coverage, forecasts, sorted(alerts, key=lambda a: (a.date, a.id)))


def plain_money(amount: Decimal, currency: str) -> str:
    """The CLI's money form, ``1218.50 USD``: the report's unless the caller words money."""
    return f"{amount} {currency}"


# -- writing the file --------------------------------------------------------------------------


def check_report_path(path: Path) -> None:
    """Refuse, before anything is written, a name that is not ``.html`` or a missing folder."""
    if path.suffix.lower() not in (".html", ".htm"):
        english = f"The report is an HTML file: name it with .html, not {path.name}"
        raise InvalidInputError(Problem("report.not_html", english, name=path.name))
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        english = f"No folder {folder} to write {path.name} into"
        facts = {"folder": folder, "name": path.name}
        raise InvalidInputError(Problem("report.no_folder", english, **facts))
    if path.is_dir():
        english = f"{path} is a folder; name the .html file to write"
        raise InvalidInputError(Problem("report.is_folder", english, path=path))


def write_report(
    store: Store,
    path: Path,
    as_of: date,
    *,
    language: str = "en",
    sentence: Sentence | None = None,
    money: MoneyText = plain_money,
    now: datetime | None = None,
) -> Path:
    """Write the self-check as of ``as_of`` to ``path`` (an ``.html`` file); returns it. Its
    reasons and alerts are worded by ``sentence`` (the window's translator), else in
    ``language`` from the shipped translations (:mod:`.report_translation`)."""
    if language not in LANGUAGES:
        raise InvalidInputError(f"The report is in {' or '.join(LANGUAGES)}, not {language!r}")
    check_report_path(path)
    if sentence is None:  # no window's translator: the same translations, read without Qt
        sentence = report_sentence(language)
    page = render(gather(store, as_of), language, sentence, money, now or datetime.now())
    replace_privately(path, page.encode("utf-8"))
    return path
