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

from finapp.core.bank_names import shown_account
from finapp.gui.i18n import language_in_use
from finapp.gui.list_words import joined

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
