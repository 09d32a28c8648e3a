"""The building blocks of the money-health report's HTML: escaping, the page being written in
one language, and the money form every amount goes through.

Kept apart from the sections (:mod:`finapp.services.health_export_page`) so that each section
writes through the same few blocks, and every value from the user's data is escaped in one
place (:func:`esc`) rather than wherever a section remembers to.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Protocol

from finapp.core.bank_names import shown_account
from finapp.core.money import from_minor
from finapp.services.health_export_words import LABELS


class Worded(Protocol):
    """A reason or an alert: its kind, its facts and its English sentence."""

    @property
    def kind(self) -> str: ...
    @property
    def params(self) -> Mapping[str, str]: ...
    @property
    def message(self) -> str: ...


#: words a reason or an alert in the report's language (the GUI's translated sentences)
Sentence = Callable[[Worded], str]

#: an amount in the report's money form
MoneyText = Callable[[Decimal, str], str]


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


class PageText:
    """Builds the page's HTML in one language; every value passes through :func:`esc`."""

    def __init__(self, language: str, sentence: Sentence | None, money: MoneyText) -> None:
        self.words = LABELS[language]
        self.language = language
        self.sentence = sentence
        self.money = money
        self.parts: list[str] = []

    def label(self, key: str, **values: object) -> str:
        """A fixed label filled with ``values``, escaped."""
        return esc(self.words[key].format(**values))

    def family(self, family: str) -> str:
        """A kind of service (``video``) by its name in the report's language ("视频")."""
        return self.words.get(f"family_{family}", family)

    def account(self, name: str) -> str:
        """An account as a reader of the report's language knows it (支付宝, not "Alipay
        支付宝"), as the window names it; unescaped."""
        return shown_account(name, self.language)

    def accounts(self, names: Iterable[str]) -> str:
        """Accounts named as :meth:`account` does, as one list; unescaped."""
        return self.names(map(self.account, names))

    def names(self, names: Iterable[str]) -> str:
        """Names as one list in the report's language ("A, B" or "A、B"), unescaped."""
        return self.words["names_separator"].join(names)

    def minor(self, minor: int, currency: str) -> str:
        """An amount in minor units in the report's money form, unescaped."""
        return self.money(from_minor(minor, currency), currency)

    def say(self, worded: Worded) -> str:
        return esc(self.sentence(worded) if self.sentence else worded.message)

    def add(self, *parts: str) -> None:
        self.parts.extend(parts)

    def heading(self, key: str, **values: object) -> None:
        self.add(f"<h2>{self.label(key, **values)}</h2>")

    def table(self, heads: Sequence[str], rows: Iterable[Sequence[str]], money: set[int]) -> None:
        """A table of already-escaped cells; columns in ``money`` align right."""
        rows = list(rows)
        if not rows:
            self.add(f"<p>{self.label('none')}</p>")
            return

        def cls(i: int) -> str:
            return ' class="money"' if i in money else ""

        head = "".join(f"<th{cls(i)}>{self.label(h)}</th>" for i, h in enumerate(heads))
        body = "".join(
            "<tr>" + "".join(f"<td{cls(i)}>{c}</td>" for i, c in enumerate(row)) + "</tr>"
            for row in rows
        )
        self.add(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")


def money_cell(page: PageText, amount: Decimal | None, currency: str) -> str:
    return "—" if amount is None else esc(page.money(amount, currency))


def minor_cell(page: PageText, minor: int | None, currency: str) -> str:
    return "—" if minor is None else esc(page.minor(minor, currency))


def bar(percent: int | None) -> str:
    width = 0 if percent is None else max(0, min(percent, 100))
    return f'<span class="bar"><span style="width:{width}%"></span></span>'
