"""The Millers of Columbus (:mod:`tests.households.us_family`) import two months in the window:
January's and February's downloads, five files each, dropped on it as they come out of the
browser, after three months imported before. Amex's short download names no account, so the
window asks which account it is from: the card the earlier downloads went into is offered."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from finapp.gui.dialogs.account_choice import AccountChoiceDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.importers.csv.profiles import profile_named
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.gui.answering import enter, escape, opened
from tests.gui.shell_support import make_shell
from tests.gui.test_shell_import import _drop
from tests.households import us_family as us

CARD = "American Express Credit Card"


def _by_month_imported(store, tmp_path: Path, family: us.Family, months: range) -> None:  # type: ignore[no-untyped-def]
    for n in months:
        for d in us.write_month(tmp_path / "downloads", family, n):
            result = import_files(store, [d.path])
            if result.failed:  # Amex's first download, no payment yet: its profile chosen
                import_files(store, [d.path], profile=profile_named("American Express"))


def _shown(qtbot, shell, kind, name):  # type: ignore[no-untyped-def]
    qtbot.waitUntil(
        lambda: any(d.isVisible() for d in shell.window.findChildren(kind, name)), timeout=20_000
    )
    return opened(shell.window, kind, name)


def test_two_months_dropped_on_the_window_add_what_the_downloads_hold_once(store, tmp_path, qtbot):  # type: ignore[no-untyped-def]
    family = us.build()
    _by_month_imported(store, tmp_path, family, range(3))
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.window.show()

    for n in (3, 4):  # January's downloads on 2026-03-05, February's the day after
        downloads = us.write_month(tmp_path / "downloads", family, n)
        assert _drop(shell.window, [d.path for d in downloads]) == (True, True)
        # the question first, then one summary of the five files (not one of four, the
        # question, and another of one)
        question = _shown(qtbot, shell, AccountChoiceDialog, "import-unnamed-account")
        assert not [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
        assert question.windowTitle() == f"Which account is activity ({n}).csv from?"
        assert question.accounts.currentItem().text(0) == CARD  # the one holding its lines
        with qtbot.waitSignal(shell.imports.finished, timeout=20_000):
            enter(qtbot, question)
        (summary,) = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
        assert summary.headline.text().startswith("From 5 file(s)")
        escape(qtbot, summary)

    assert sorted(a.name for a in list_accounts(store)) == sorted(
        ["Chase …4417", "Chase Credit Card …9921", CARD, "Kemba Financial Credit Union …0010",
         "Venmo"]
    )  # fmt: skip
    windows = us.windows()
    stored = Counter((t.account, t.date, t.amount) for t in list_transactions(store))
    names = {"chase": "Chase …4417", "sapphire": "Chase Credit Card …9921", "amex": CARD,
             "cu": "Kemba Financial Credit Union …0010", "venmo": "Venmo"}  # fmt: skip
    truth = Counter(
        (names[a], ln.day, ln.amount)
        for a in names
        for ln in family.of(a)
        if min(w[a][0] for w in windows[:5]) <= ln.on <= windows[4][a][1]
    )
    assert stored == truth
    shell.close()
