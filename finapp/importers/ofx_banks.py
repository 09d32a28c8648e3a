"""The bank an OFX/QFX download is from, by the name its customers know it by.

A file names its sender only by the codes of the bank's OFX server: ``<FI><ORG>`` and
``<FID>``, and in Quicken's QFX ``<INTU.BID>`` (the same number as FID). Most ORGs read as the
bank ("Ally", "Vanguard"), but some are codes: Chase writes ``<ORG>B1``, Bank of America
``HAN``, Schwab (and other banks served by Intuit) ``ISC``. An account named "B1 …7890" is not
one a person recognises, and it would never meet the same account's CSV, which its profile
calls "Chase".

ofxparse keeps the codes but knows no names; ``ofxhome``/``ofxclient`` look them up in a web
directory (no use to an app that reads files offline) and ``ofxtools`` ships server settings,
not names, so a dependency would not give them. This is a short list of the large US banks
whose files carry a cryptic code, from the FID/ORG pairs those banks give Quicken and OFX
clients. The name is the one the bank's CSV profile gives
(:mod:`finapp.importers.csv.profiles_western`), so both formats of an account agree.
Anything else keeps its ORG as written.
"""

from __future__ import annotations

#: FID (or INTU.BID) -> bank. FID comes first: ``ISC`` alone names no bank.
BY_FID: dict[str, str] = {
    "10898": "Chase",  # ORG B1
    "5959": "Bank of America",  # ORG HAN
    "3000": "Wells Fargo",  # ORG WF
    "3101": "American Express",  # ORG AMEX
    "24909": "Citi",  # ORG Citigroup
    "7101": "Discover",  # ORG Discover Financial Services
    "5104": "Charles Schwab",  # ORG ISC
}

#: ORG -> bank, for a file that states no FID (upper case; ``ISC`` is no bank's own).
BY_ORG: dict[str, str] = {
    "B1": "Chase",
    "HAN": "Bank of America",
    "WF": "Wells Fargo",
    "AMEX": "American Express",
}


def bank_name(org: str, fid: str = "", intu_bid: str = "") -> str:
    """The bank's name for a file's ORG, FID and INTU.BID; its ORG when none is known."""
    for number in (fid.strip(), intu_bid.strip()):
        if number in BY_FID:
            return BY_FID[number]
    return BY_ORG.get(org.strip().upper(), org.strip())


def same_bank(stored: str, stated: str) -> bool:
    """Whether an account's institution and a statement's may be one bank: equal once read as
    banks (the "B1" of accounts older imports named is "Chase"), or either unknown."""
    if not stored or not stated:
        return True
    return bank_name(stored).casefold() == bank_name(stated).casefold()
