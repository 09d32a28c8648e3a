"""The year in review as files the user keeps: one self-contained web page, or a CSV table.

**The page** holds the headline figures, the charts as inline SVG (drawn by the caller with the
app's own chart functions, so no Qt here), the months, the categories, the largest purchases
and the subscriptions; inline CSS, nothing beside it, so it opens the same in any browser and
prints to PDF from there (a PDF writer would need a layout engine, as the health report's
module explains). **The CSV** is one table a spreadsheet reads: a ``section`` column says what
each row is (``total``, ``month``, ``category``, ``purchase``, ``subscription_started``, …;
a cancellation charged again is a ``charged_after_cancelling`` row for each charge since, a
subscription that stopped charging unmarked a ``subscription_stopped`` row),
money as plain decimals with its currency, and the converted figure in the base currency.

Both are written as the health report is (:func:`finapp.services.private_file.replace_privately`):
whole or not at all, readable by the user alone; every text from the user's data is escaped.

**Words** are the caller's: the GUI passes its translated headings (:data:`WORD_KEYS`), its
notes and subscription lines as the window words them, and its locale's money and date forms
(the defaults are the CLI's ``1218.50 USD`` and ISO days).
"""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.conversion import Total as Converted
from finapp.services.health_export import check_report_path, plain_money
from finapp.services.plain_outputs import HTML_MARK
from finapp.services.private_file import replace_privately
from finapp.services.year_review import YearReview
from finapp.tr_marks import fill

#: the keys of :attr:`Wording.words`, the page's headings and labels in the caller's language
WORD_KEYS = (
    "title", "income", "spending", "net", "savings_rate", "net_worth", "net_worth_span",
    "no_income", "no_rate", "no_net_worth", "months", "month", "categories", "category", "spent",
    "largest", "date", "payee", "account", "amount", "subscriptions", "none", "footer",
)  # fmt: skip


#: the savings rate withheld, in English (the CLI's; the window translates the same words):
#: %1 the currency without a rate, %2 the base currency, %3 and %4 its spending and income
NO_RATE = "n/a: no rate from %1 to %2 (%3 spent and %4 earned left out)"
NO_INCOME = "n/a (no income)"


def savings_rate_text(
    review: YearReview,
    words: Mapping[str, str],
    money: Callable[[Decimal, str], str] = plain_money,
    join: Callable[[Iterable[str]], str] = "; ".join,
) -> str:
    """The savings rate as every face tells it: a percentage; ``words["no_income"]``; or, when
    a currency's money is left out for want of a rate, no rate but what was left out
    (``words["no_rate"]`` for each such currency), never a figure over part of the money."""
    if review.left_out:
        return join(
            fill(words["no_rate"], (t.currency, review.currency, money(t.expenses, t.currency),
                                    money(t.income, t.currency)))
            for t in review.left_out
        )  # fmt: skip
    rate = review.savings_rate
    return words["no_income"] if rate is None else f"{rate}%"


@dataclass(frozen=True)
class Wording:
    """How the page words things: the notes (months covered, rates) and subscription lines the
    caller worded as its window shows them, headings by key, money, dates, months."""

    notes: str
    subscription_lines: Sequence[str]
    #: every key of :data:`WORD_KEYS`; "title" holds %1 (the year), "net_worth_span" %1 to %4,
    #: "no_rate" %1 to %4 (as :data:`NO_RATE`)
    words: Mapping[str, str]
    money: Callable[[Decimal, str], str] = plain_money
    day: Callable[[date], str] = date.isoformat
    month: Callable[[str], str] = str
    category: Callable[[str], str] = str


def write_html(review: YearReview, path: Path, charts: Sequence[str], wording: Wording) -> Path:
    """Write the page (``charts``: inline ``<svg>`` elements) to ``path``, an ``.html`` file."""
    check_report_path(path)
    page = render_html(review, charts, wording)
    replace_privately(path, page.encode("utf-8"))
    return path


def write_csv(review: YearReview, path: Path) -> Path:
    """Write the review as one CSV table (UTF-8 with a byte-order mark, so spreadsheets read
    Chinese names) to ``path``."""
    replace_privately(path, ("\ufeff" + render_csv(review)).encode("utf-8"))
    return path


def render_csv(review: YearReview) -> str:
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\n")
    base = review.currency
    rows.writerow(["section", "name", "date", "currency", "amount", f"in_{base}", "note"])
    for t in review.totals:
        for name, amount in (("income", t.income), ("expenses", t.expenses), ("net", t.net)):
            rows.writerow(["total", name, "", t.currency, amount, "", ""])
    totals = review.converted
    for name, total in (("income", totals.income), ("expenses", totals.spending),
                        ("net", totals.net)):  # fmt: skip
        rows.writerow(["total", name, "", "", "", total.amount, _rates_note(review)])
    rate = review.savings_rate
    rows.writerow(["savings_rate", "percent", "", "", "", "" if rate is None else rate,
                   _rates_note(review) if review.left_out else ""])  # fmt: skip
    if review.net_worth is not None:
        worth = review.net_worth
        for name, when, total in (
            ("start", worth.start.month_end, worth.start.total),
            ("end", worth.end.month_end, worth.end.total),
            ("change", worth.end.month_end, worth.change),
        ):
            left_out = "; ".join(worth.no_balance)
            note = f"left out, no balance known: {left_out}" if left_out else ""
            rows.writerow(["net_worth", name, when, "", "", total.amount, note])
    for m in review.months:
        for name, total in (("income", m.income), ("expenses", m.spending)):
            rows.writerow(["month", name, m.month, "", "", total.amount, ""])
    for c in review.categories:
        rows.writerow(["category", c.category, "", c.currency, c.amount, "", ""])
    for spending in review.by_category:
        rows.writerow(["category", spending.category, "", "", "", spending.spent.amount, ""])
    for p in review.largest:
        rows.writerow(["purchase", p.payee, p.posted, p.currency, p.amount,
                       "" if p.converted.missing else p.converted.amount,
                       f"{p.category}; {p.account}"])  # fmt: skip
    for c in review.subscriptions_paid:
        rows.writerow(["subscriptions_paid", "", "", c.currency, c.amount, "", ""])
    for section, items in (("subscription_started", review.started),
                           ("subscription_cancelled", review.cancelled)):  # fmt: skip
        for s in items:
            rows.writerow([section, s.name, s.on, s.currency, s.per_year, "", "per year"])
    for again in review.charged_again:
        for day, amount in again.charges:
            rows.writerow(["charged_after_cancelling", again.name, day, again.currency, amount,
                           "", f"cancelled on {again.on}; saves nothing yet"])  # fmt: skip
    for stop in review.stopped:
        rows.writerow(["subscription_stopped", stop.name, stop.last_charge, stop.currency,
                       stop.per_year, "", f"per year no longer paid; last charge "
                       f"{stop.last_amount}; not marked cancelled"])  # fmt: skip
    for i in review.increases:
        rows.writerow(["price_increase", i.name, i.on, i.currency, i.extra_per_year, "",
                       f"per year more: {i.old} to {i.new}"])  # fmt: skip
    return out.getvalue()


def _rates_note(review: YearReview) -> str:
    missing = review.missing
    return f"not converted, no rate: {', '.join(missing)}" if missing else ""


_CSS = """
body { font-family: "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial, "Noto Sans CJK SC",
       "Microsoft YaHei", sans-serif; color: #1d2330; margin: 2em auto; max-width: 60em; }
h1 { font-size: 1.6em; margin-bottom: 0.2em; }
h2 { font-size: 1.2em; margin-top: 1.6em; border-bottom: 1px solid #c9ced8; }
.meta { color: #555d6b; }
table { border-collapse: collapse; width: 100%; margin: 0.5em 0; }
th, td { text-align: left; padding: 0.3em 0.5em; border-bottom: 1px solid #e1e4ea; }
td.money, th.money { text-align: right; white-space: nowrap; }
.charts { display: flex; flex-wrap: wrap; gap: 1em; }
.charts figure { margin: 0; flex: 1 1 24em; }
svg { max-width: 100%; height: auto; }
footer { margin-top: 2.5em; color: #555d6b; font-size: 0.9em; border-top: 1px solid #c9ced8; }
@media print { body { margin: 0; max-width: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  tr, li, figure { break-inside: avoid; } h2 { break-after: avoid; } }
"""


def render_html(review: YearReview, charts: Sequence[str], wording: Wording) -> str:
    w = wording.words

    def esc(text: object) -> str:
        return html.escape(str(text), quote=True)

    def money(total: Converted) -> str:
        text = wording.money(total.amount, total.currency)
        return esc(f"≈ {text}" if total.converted else text)

    def table(heads: Sequence[str], rows: Sequence[Sequence[str]], right: int) -> str:
        """A table whose last ``right`` columns are money (already escaped)."""
        cut = len(heads) - right
        head = "".join(
            f"<th{' class=money' if i >= cut else ''}>{esc(h)}</th>" for i, h in enumerate(heads)
        )
        body = "".join(
            "<tr>" + "".join(
                f'<td class=money>{c}</td>' if i >= cut else f"<td>{c}</td>"
                for i, c in enumerate(row)
            ) + "</tr>"
            for row in rows
        )  # fmt: skip
        return f'<table width="100%"><tr>{head}</tr>{body}</table>'  # Qt reads the attribute

    totals, worth = review.converted, review.net_worth
    worth_text = esc(w["no_net_worth"])
    if worth is not None:
        span = fill(esc(w["net_worth_span"]), (
            money(worth.start.total), esc(wording.day(worth.start.month_end)),
            money(worth.end.total), esc(wording.day(worth.end.month_end)),
        ))  # fmt: skip
        worth_text = f"{money(worth.change)} ({span})"
    title = fill(w["title"], (str(review.year),))
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'>{HTML_MARK}<title>{esc(title)}</title>"
        f"<style>{_CSS}</style></head><body><h1>{esc(title)}</h1>",
        f"<p class=meta>{esc(wording.notes)}</p>",
        table(
            [w["income"], w["spending"], w["net"], w["savings_rate"]],
            [
                [
                    money(totals.income),
                    money(totals.spending),
                    money(totals.net),
                    esc(savings_rate_text(review, w, wording.money)),
                ]
            ],
            4,
        ),
        f"<p><b>{esc(w['net_worth'])}:</b> {worth_text}</p>",
        "<div class=charts>" + "".join(f"<figure>{svg}</figure>" for svg in charts) + "</div>",
        f"<h2>{esc(w['months'])}</h2>",
        table(
            [w["month"], w["income"], w["spending"]],
            [
                [esc(wording.month(m.month)), money(m.income), money(m.spending)]
                for m in review.months
            ],
            2,
        ),
        f"<h2>{esc(w['categories'])}</h2>",
        table(
            [w["category"], w["spent"]],
            [[esc(wording.category(c.category)), money(c.spent)] for c in review.by_category],
            1,
        ),
        f"<h2>{esc(w['largest'])}</h2>",
        table(
            [w["date"], w["payee"], w["category"], w["account"], w["amount"]],
            [
                [
                    esc(wording.day(p.posted)),
                    esc(p.payee),
                    esc(wording.category(p.category)),
                    esc(p.account),
                    esc(wording.money(p.amount, p.currency)),
                ]
                for p in review.largest
            ],
            1,
        ),
        f"<h2>{esc(w['subscriptions'])}</h2><ul>",
        "".join(f"<li>{esc(line)}</li>" for line in wording.subscription_lines)
        or f"<li>{esc(w['none'])}</li>",
        f"</ul><footer>{esc(w['footer'])}</footer></body></html>",
    ]
    return "\n".join(parts)
