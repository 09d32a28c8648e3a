"""Account names in the interface's language: an account the importer named by its payment app
in both languages ("WeChat Pay 微信支付") reads "WeChat Pay" in English and 微信支付 in Chinese.

The store keeps the name as it is (the CLI, rules and filters name the account by it), and a
name the user gave reads as they typed it (:func:`finapp.core.bank_names.shown_account`). Every
place the window shows an account's name for reading goes through :func:`shown_account_name`;
what it hands to a service (a rename's starting text, a filter) stays the stored name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from finapp.core.bank_names import shown_account, shown_bank
from finapp.gui.account_types import account_type_name
from finapp.gui.i18n import language_in_use
from finapp.gui.list_words import joined

#: a Chinese character: two names in Chinese are written together, "招商银行活期账户"
_HAN = re.compile(r"[\u4e00-\u9fff]")

#: between the accounts of a route the services write ("Checking → Visa card") and between a
#: payment app and the card it drew on ("Alipay 支付宝 · 招商银行信用卡(1234)")
_ROUTE_JOINS = re.compile(r"( → | · )")


def shown_account_name(name: str) -> str:
    """``name`` as a reader of the interface's language knows the account."""
    return shown_account(name, language_in_use())


def account_choices(names: Iterable[str]) -> dict[str, str]:
    """Each account of a list to pick from, by the text it shows, to its stored name: two that
    would read alike ("Alipay 支付宝" beside a user's "Alipay") keep their stored names, so
    every entry says which account it is."""
    stored = list(names)
    shown = [shown_account_name(name) for name in stored]
    return {
        text if shown.count(text) == 1 else name: name
        for text, name in zip(shown, stored, strict=True)
    }


def joined_accounts(names: Iterable[str]) -> str:
    """Accounts named in one list of the interface's language ("Alipay, WeChat Pay")."""
    return joined(shown_account_name(name) for name in names)


def shown_route(route: str) -> str:
    """A "Paid from" route with each account in it as :func:`shown_account_name` shows it:
    "Alipay 支付宝 · 招商银行信用卡(1234)" reads "Alipay · 招商银行信用卡(1234)" in English. A
    part that is no account (the card's name) is kept, as only a known pair is ever cut."""
    return "".join(shown_account_name(part) for part in _ROUTE_JOINS.split(route))


def new_account_name(language: str, kind: str, bank: str) -> str:
    """A new account's name in the household's words, for a statement that names none: its
    type as the window says it ("Checking", 活期账户), after its bank as a reader of
    ``language`` knows it when the file's bank is known ("Chase Checking", 招商银行活期账户,
    written together as Chinese is). The store keeps it as the user sees it proposed."""
    word = account_type_name(kind)
    if not bank:
        return word
    shown = shown_bank(bank, language)
    together = _HAN.search(shown[-1]) and _HAN.search(word[0])
    return f"{shown}{word}" if together else f"{shown} {word}"
