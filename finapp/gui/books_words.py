"""An account's reconciliation in words: the Accounts page's "Books" column, its summary line
and the Reconcile dialog say it the same way (:mod:`finapp.services.reconciliation`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from finapp.gui.list_words import joined, sentences
from finapp.gui.models.formatting import format_date, format_day, format_money
from finapp.services.reconciliation import AccountBooks, BooksState, Gap
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


def _tr(source: str, *args: str) -> str:
    """Translate a source marked where it is written, then fill its %1, %2…"""
    return fill(QCoreApplication.translate("Books", source), args)


def span_words(
    start: date | None, end: date | None, day: Callable[[date | None], str] = format_date
) -> str:
    """``3/1/26 – 4/30/26`` in a table cell, ``Mar 1, 2026 – Apr 30, 2026`` with ``day`` the
    sentences' :func:`format_day`, in the user's locale."""
    return f"{day(start)} – {day(end)}"


def short_state(books: AccountBooks) -> str:
    """What the narrow Books column shows: a mark, and the difference to find or the day the
    books were accepted up to (its tooltip, :func:`state_sentence`, says it in full)."""
    if books.state is BooksState.DIFFER:
        total = sum((gap.difference for gap in books.gaps), Decimal(0))
        return _tr(QT_TRANSLATE_NOOP("Books", "≠ %1"), format_money(total, books.currency))
    if books.state is BooksState.CHANGED:
        return _tr(QT_TRANSLATE_NOOP("Books", "Changed"))
    if books.state is BooksState.AGREE:
        if books.reconciled_through is not None:
            return _tr(QT_TRANSLATE_NOOP("Books", "✓ %1"), format_date(books.reconciled_through))
        return "✓"
    return "—"


def state_sentence(books: AccountBooks) -> str:
    """The account's books in one or two sentences (the summary line and the dialog's head)."""
    parts = []
    if books.state is BooksState.UNCHECKED:
        parts.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Books",
                    "Fewer than two balances stated by its statements: nothing to check yet.",
                )
            )
        )
    elif books.gaps:
        count = len(books.gaps)
        parts.append(
            QCoreApplication.translate(
                "Books", "The transactions differ from the statements in %n period(s).", "",
                count,
            )
        )  # fmt: skip
    else:
        agree = QCoreApplication.translate(
            "Books", "The transactions agree with the %n balance(s) the statements state, %1.",
            "", books.checked,
        )  # fmt: skip
        checked = span_words(books.checked_from, books.checked_through, format_day)
        parts.append(fill(agree, (checked,)))
    if books.reconciled_through is not None:
        parts.append(
            _tr(
                QT_TRANSLATE_NOOP("Books", "You accepted the books up to %1."),
                format_day(books.reconciled_through),
            )
        )
    if books.changed_by is not None:
        parts.append(
            _tr(
                QT_TRANSLATE_NOOP(
                    "Books", "Since then the transactions up to that day changed by %1 (%2 lines)."
                ),
                format_money(books.changed_by, books.currency),
                f"{books.changed_lines:+d}",
            )
        )
    return sentences(parts)


def gap_cells(gap: Gap, currency: str) -> list[str]:
    """A difference as the dialog's table shows it: period, both moves, difference, days
    no statement covers."""
    return [
        span_words(gap.start, gap.end),
        format_money(gap.stated_change, currency),
        format_money(gap.books_change, currency),
        format_money(gap.difference, currency),
        joined(span_words(a, b) for a, b in gap.uncovered),
    ]
