"""Which currency a currency mark in a bank export means when the file says nothing else.

``€`` names one currency; ``£`` and ``$`` name several
(:func:`finapp.core.amounts.currencies_meant`). A file with a currency column, a profile
or a header naming the currency settles the question for each row; this module answers it
for a file that only writes the mark.
"""

from __future__ import annotations

from finapp.core.amounts import currencies_meant

#: The currency a mark means in an export that names no other. ``£`` is the pound sterling:
#: the other pounds (Egyptian, Gibraltar, Falkland, St Helena, Syrian, South Sudanese) are
#: written ``E£``, ``EGP`` or in Arabic by their banks, and a British export (Nationwide, or
#: any file saved with ``-£4.50``) writes ``£`` and nothing else, so refusing it helped nobody.
#: ``$`` and ``¥`` are left open: dollars and yen or yuan are told apart by the header's
#: language or a column, else the user is asked.
_USUAL = {currencies_meant("£"): "GBP", currencies_meant("₩"): "KRW"}


def usual_currency(meant: frozenset[str]) -> str | None:
    """The one currency ``meant`` (the codes a mark may stand for) is taken as, or None."""
    if len(meant) == 1:
        return next(iter(meant))
    return _USUAL.get(meant)


def currency_of_mark(mark: str) -> str | None:
    """The currency a mark such as ``€`` or ``£`` in a column's name means, or None."""
    return usual_currency(currencies_meant(mark)) if mark else None
