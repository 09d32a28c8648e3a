"""Domain settings, declared once: key, type, default and a title the settings page can show.

Values live in the encrypted ``settings`` table as JSON text so that reminder offsets or a
large-charge limit never sit in a plain config file. Declaring each option in one table (like
Picard's ``options.py``) lets the GUI render the page generically and the CLI validate input
with the same parser.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import DEFAULT_CURRENCY, parse_decimal
from finapp.errors import InvalidInputError, Problem
from finapp.services.notification_policy import QUIET_HOURS_KEY, QuietHours, parse_quiet_hours
from finapp.store.engine import Store
from finapp.store.schema import Account, Setting
from finapp.tr_marks import QT_TRANSLATE_NOOP


def _refused(code: str, english: str, text: str) -> Problem:
    """A value typed for a setting, refused: the GUI words ``code`` with the value quoted."""
    return Problem(code, english, value=str(text))


def _int_list(text: str) -> list[int]:
    try:
        values = sorted({int(part) for part in str(text).split(",") if part.strip()}, reverse=True)
    except ValueError:
        english = f"Not a list of whole numbers: {text!r} (e.g. 30,7,1)"
        raise InvalidInputError(_refused("setting.int_list", english, text)) from None
    if not values or any(v < 0 for v in values):
        english = f"Expected non-negative whole numbers, got {text!r}"
        raise InvalidInputError(_refused("setting.negative_list", english, text))
    return values


def _positive_int(text: str) -> int:
    try:
        value = int(str(text))
    except ValueError:
        english = f"Not a whole number: {text!r}"
        raise InvalidInputError(_refused("setting.not_whole", english, text)) from None
    if value <= 0:
        english = f"Expected a positive number, got {text!r}"
        raise InvalidInputError(_refused("setting.not_positive", english, text))
    return value


def _amount(text: str) -> Decimal:
    value = parse_decimal(str(text))
    if value < 0:
        english = f"Expected a positive amount, got {text!r}"
        raise InvalidInputError(_refused("setting.negative_amount", english, text))
    return value


def _factor(text: str) -> Decimal:
    value = _amount(text)
    if value <= 1:
        english = f"Expected a factor above 1, got {text!r}"
        raise InvalidInputError(_refused("setting.factor", english, text))
    return value


def _percent(text: str) -> int:
    value = _positive_int(text)
    if value > 100:
        english = f"Expected a percentage from 1 to 100, got {text!r}"
        raise InvalidInputError(_refused("setting.percent", english, text))
    return value


def _percent_list(text: str) -> list[int]:
    values = _int_list(text)
    if any(not 0 < v <= 100 for v in values):
        english = f"Expected percentages from 1 to 100, got {text!r}"
        raise InvalidInputError(_refused("setting.percents", english, text))
    return sorted(values)


#: the value of an option that can be switched off (:attr:`Option.off`), as stored and as the
#: CLI takes it; the settings page shows it in the interface's language
OFF = "off"


def is_off(text: str) -> bool:
    """``off``, ``none`` or blank: the option is switched off."""
    return str(text).strip().lower() in ("", OFF, "none")


def _optional_amount(text: str) -> Decimal | None:
    """An amount, or ``off`` (also blank) for none."""
    if is_off(text):
        return None
    return _amount(text)


def _currency_or_auto(text: str) -> str | None:
    """A three-letter currency code, or ``auto`` (also blank): the one most money moves in."""
    code = str(text).strip().upper()
    if code in ("", "AUTO"):
        return None
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        english = f"Expected a currency code such as USD, or auto, got {text!r}"
        raise InvalidInputError(_refused("setting.currency", english, text))
    return code


def _per_currency(text: str) -> dict[str, Decimal]:
    """``USD=10000,EUR=10000,CNY=50000``: an amount per three-letter currency code."""
    out: dict[str, Decimal] = {}
    for part in str(text).split(","):
        code, sep, amount = part.partition("=")
        code = code.strip().upper()
        if not sep or len(code) != 3 or not code.isascii() or not code.isalpha():
            english = f"Expected CODE=AMOUNT pairs such as USD=10000,CNY=50000, got {text!r}"
            raise InvalidInputError(_refused("setting.per_currency", english, text))
        out[code] = _amount(amount)
    return out


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    #: English, marked for translation in context "Settings": the settings page translates it
    title: str
    default: str
    parse: Callable[[str], Any]
    #: the option can be switched off with :data:`OFF` (a word the settings page translates)
    off: bool = False


#: Every domain setting. Amounts are in each account's own currency.
OPTIONS: tuple[Option, ...] = (
    Option(
        "reminder_offsets",
        QT_TRANSLATE_NOOP("Settings", "Remind of renewals this many days ahead"),
        "30,7,1",
        _int_list,
    ),
    Option(
        "budget_thresholds",
        QT_TRANSLATE_NOOP("Settings", "Warn when a budget reaches these percentages"),
        "80,100",
        _int_list,
    ),
    Option(
        "large_charge_limit",
        QT_TRANSLATE_NOOP("Settings", "Alert on any charge above"),
        "500",
        _amount,
    ),
    Option(
        "new_merchant_limit",
        QT_TRANSLATE_NOOP("Settings", "Alert on a first charge from a new merchant above"),
        "100",
        _amount,
    ),
    Option(
        "unusual_factor",
        QT_TRANSLATE_NOOP("Settings", "Alert when a charge is this many times the usual"),
        "3",
        _factor,
    ),
    Option(
        "duplicate_window_days",
        QT_TRANSLATE_NOOP("Settings", "Same charge twice within (days)"),
        "2",
        _positive_int,
    ),
    Option(
        "alert_window_days",
        QT_TRANSLATE_NOOP("Settings", "Raise charge alerts for the last (days)"),
        "14",
        _positive_int,
    ),
    Option(
        "subscription_window_days",
        QT_TRANSLATE_NOOP("Settings", "Raise subscription alerts for events in the last (days)"),
        "45",
        _positive_int,
    ),
    Option(
        QUIET_HOURS_KEY,
        QT_TRANSLATE_NOOP(
            "Settings", "Hold desktop notifications during (e.g. 22:00-08:00, or off)"
        ),
        "22:00-08:00",
        parse_quiet_hours,
        off=True,
    ),
    Option(
        "reporting_thresholds",
        QT_TRANSLATE_NOOP(
            "Settings", "Reporting thresholds banks watch, per currency (CODE=AMOUNT, ...)"
        ),
        "USD=10000,EUR=10000,GBP=10000,CAD=10000,AUD=10000,CNY=50000,HKD=120000",
        _per_currency,
    ),
    Option(
        "emergency_fund_months",
        QT_TRANSLATE_NOOP("Settings", "Emergency fund target (months of essentials)"),
        "6",
        _positive_int,
    ),
    Option(
        "institution_share_limit",
        QT_TRANSLATE_NOOP(
            "Settings", "Note when one institution holds more than this % of liquid money"
        ),
        "75",
        _percent,
    ),
    Option(
        "card_utilisation_thresholds",
        QT_TRANSLATE_NOOP("Settings", "Warn when a card's balance reaches these % of its limit"),
        "30,80,90",
        _percent_list,
    ),
    Option(
        "subscription_cap",
        QT_TRANSLATE_NOOP("Settings", "Monthly cap on subscriptions (an amount, or off)"),
        OFF,
        _optional_amount,
        off=True,
    ),
    Option(
        "base_currency",
        QT_TRANSLATE_NOOP(
            "Settings",
            "Show household totals in (a currency code, or auto: the one most money moves in)",
        ),
        "auto",
        _currency_or_auto,
    ),
)
_BY_KEY = {option.key: option for option in OPTIONS}


@dataclass(frozen=True, slots=True)
class Settings:
    """Typed values of every option (what core code receives)."""

    reminder_offsets: list[int]
    budget_thresholds: list[int]
    large_charge_limit: Decimal
    new_merchant_limit: Decimal
    unusual_factor: Decimal
    duplicate_window_days: int
    alert_window_days: int
    subscription_window_days: int
    quiet_hours: QuietHours | None
    reporting_thresholds: dict[str, Decimal]
    emergency_fund_months: int
    institution_share_limit: int
    card_utilisation_thresholds: list[int]
    subscription_cap: Decimal | None
    #: None: auto, the currency most money moves in (see finapp.services.rates.base_currency)
    base_currency: str | None


def _option(key: str) -> Option:
    option = _BY_KEY.get(key)
    if option is None:
        known = ", ".join(sorted(_BY_KEY))
        english = f"No setting {key!r} (known: {known})"
        raise InvalidInputError(Problem("setting.unknown", english, key=key, known=known))
    return option


def load_settings(session: Session) -> Settings:
    stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    values = {
        option.key: option.parse(
            json.loads(stored[option.key]) if option.key in stored else option.default
        )
        for option in OPTIONS
    }
    return Settings(**values)


def get_settings(store: Store) -> Settings:
    with store.read() as session:
        return load_settings(session)


def set_setting(store: Store, key: str, text: str) -> Any:
    """Validate and store one setting; returns its typed value. Bad input changes nothing."""
    option = _option(key)
    value = option.parse(text)
    with store.write() as session:
        row = session.get(Setting, key)
        if row is None:
            session.add(Setting(key=key, value=json.dumps(str(text))))
        else:
            row.value = json.dumps(str(text))
    return value


def setting_texts(store: Store) -> dict[str, str]:
    """Each option's current text, for display and editing."""
    with store.read() as session:
        stored = dict(session.execute(select(Setting.key, Setting.value)).all())
    return {o.key: json.loads(stored[o.key]) if o.key in stored else o.default for o in OPTIONS}


#: the currency of a household with no account yet (:func:`set_home_currency`)
_home_currency = DEFAULT_CURRENCY


def set_home_currency(code: str) -> None:
    """Take ``code`` as the currency of a household before its first statement: the window
    sets its locale's (人民币 in Chinese, pounds on a British system), so a budget set before
    any import is kept, and shown, in the user's money rather than in dollars."""
    global _home_currency
    if len(code) == 3 and code.isalpha():
        _home_currency = code.upper()


def main_currency_of(session: Session) -> str:
    """The currency most accounts use: what a rule's or budget's bare amount is taken to mean;
    with no account yet, the home currency (:func:`set_home_currency`)."""
    currencies = list(session.scalars(select(Account.currency)))
    return max(sorted(set(currencies)), key=currencies.count) if currencies else _home_currency
