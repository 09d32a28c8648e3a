"""Account names in the interface's language: an account the importer named by its payment app
in both languages ("WeChat Pay 微信支付") reads "WeChat Pay" in English and 微信支付 in Chinese.

The store keeps the name as it is (the CLI, rules and filters name the account by it), and a
name the user gave reads as they typed it (:func:`finapp.core.bank_names.shown_account`). Every
place the window shows an account's name for reading goes through :func:`shown_account_name`;
what it hands to a service (a rename's starting text, a filter) stays the stored name.
"""

from __future__ import annotations

from finapp.core.bank_names import shown_account
from finapp.gui.i18n import language_in_use


def shown_account_name(name: str) -> str:
    """``name`` as a reader of the interface's language knows the account."""
    return shown_account(name, language_in_use())
