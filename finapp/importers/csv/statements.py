"""The statements a CSV export's lines make: one per account and currency.

An export of several currencies (Revolut, Wise) is one account per currency, as a bank keeps a
pocket per currency; an export whose rows name several accounts (Rabobank's download of all
accounts, each row's own in ``IBAN/BBAN``) is one statement per account, as an OFX with several
``<STMTRS>`` is, so each account gets its own lines, and its sequence and running balance
are checked apart from the others'.
"""

from __future__ import annotations

from dataclasses import replace
from typing import NamedTuple

from finapp.core.account_types import AccountType
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.importers.csv.deposit_kind import kind_said
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.time_of_day import real_times


class Group(NamedTuple):
    """The statement a row belongs to: its account's number (only in an export naming several
    accounts row by row, else "") and its currency (one account per currency)."""

    account: str
    currency: str


def statements(
    by_group: dict[Group, list[ParsedTransaction]],
    mapping: CsvMapping,
    number: str = "",
    holder: str = "",
    named: str = "",
) -> tuple[ParsedStatement, ...]:
    """One statement per account and currency: an export naming several accounts row by row
    gets one per account, a multi-currency export one account per currency.

    ``number`` is the account or card the whole export names (a card's masked, see
    ``card_number``), if any: the number of each statement whose rows name none. ``holder``
    is whose the export says the account is (:mod:`.account_holder`), ``named`` what it calls
    it (:func:`.preamble_account.preamble_account_name`), which says its kind too where the
    layout does not (Nationwide writes its current account, card and savers alike).
    """
    base = named or mapping.institution or mapping.profile or ""
    kind = mapping.account_type
    if named and kind == AccountType.CHECKING:  # "Nationwide Credit Card", "Loyalty Saver"
        kind = kind_said(named) or kind
    several_currencies = len({key.currency for key in by_group}) > 1
    out = []
    for (account_number, currency), txns in by_group.items():
        name = f"{base or 'CSV'} ({currency})" if several_currencies else base
        account = ParsedAccount(
            number=account_number or number,
            institution=mapping.institution,
            type=kind,
            currency=currency,
            name=name,
            holder=holder,
        )
        times = real_times([t.time for t in txns])
        lines = tuple(
            t if t.time == when else replace(t, time=when)
            for t, when in zip(txns, times, strict=True)
        )
        out.append(ParsedStatement(account, lines))
    return tuple(out)
