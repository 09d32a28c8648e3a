"""ABN AMRO's card payments and SEPA lines are each paid to their shop or party.

ABN AMRO's MT940 download describes a card payment in free text, the way of paying first:
``BEA, Betaalpas                   Jumbo Utrecht Lunetten,PAS312`` then, on the next line, the
terminal's number, the time and the town (a cash machine's ``GEA``; older lines put the
terminal and the time first, ``BEA   NR:A1B23C   30.12.21/09.15 Hema EV123,PAS123``). Its
older SEPA lines label the party: ``SEPA Overboeking  IBAN: … BIC: … Naam: … Omschrijving: …``.
Read as printed, the 70 card payments of a Utrecht couple's shared account (Albert Heijn, Lidl
and Jumbo) were one merchant, ``BEA BETAALPAS``, shown as "Bea Betaalpas Jumbo Utrecht
Lunetten" for 5,215.49 EUR, and every such transfer was ``SEPA OVERBOEKING``.
"""

from __future__ import annotations

from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key
from finapp.importers.mt940 import read_mt940

_STATEMENT = """ABNANL2A
940
ABNANL2A
:20:ABN AMRO BANK NV
:25:512734690
:28:250701/1
:60F:C250701EUR1804,33
:61:2507050705D85,23N426NONREF
:86:BEA, Betaalpas                   Jumbo Utrecht Lunetten,PAS312
NR:477E56E, 05.07.25/17:16 UTRECHT
:61:2507120712D62,55N426NONREF
:86:BEA, Betaalpas                   Albert Heijn 1350,PAS312
NR:57CC353, 12.07.25/10:17 UTRECHT
:61:2507190719D63,78N426NONREF
:86:BEA, Betaalpas                   Lidl Utrecht Kanaalweg,PAS312
NR:13F3F00, 19.07.25/16:11 UTRECHT
:61:2507210721D50,00N426NONREF
:86:GEA, Betaalpas                   Geldmaat Utrecht Centraal,PAS312
NR:0A1B2C, 21.07.25/09:02 UTRECHT
:62F:C250731EUR1542,77
-
"""


def _lines() -> list[tuple[str, str]]:
    [statement] = read_mt940("MT940_512734690.STA", _STATEMENT.encode("latin-1")).statements
    return [(t.payee, t.memo) for t in statement.transactions]


def test_each_card_payment_is_its_shop_s_merchant() -> None:
    assert [merchant_key(payee, memo) for payee, memo in _lines()] == [
        "JUMBO UTRECHT",
        "ALBERT HEIJN",
        "LIDL UTRECHT",
        "GELDMAAT UTRECHT",
    ]


def test_each_card_payment_is_shown_by_its_shop_not_the_bank_s_words() -> None:
    namer = shipped_namer()
    names = [namer.name(payee, memo) for payee, memo in _lines()[:3]]
    assert names == ["Jumbo Utrecht Lunetten", "Albert Heijn", "Lidl"]


def test_an_older_card_line_and_a_labelled_transfer_are_their_party_s() -> None:
    assert merchant_key("BEA   NR:A1B23C   30.12.21/09.15 Hema EV123,PAS123  ZAANDAM") == "HEMA"
    transfer = (
        "SEPA Overboeking                 IBAN: NL37INGB0006839212        BIC: INGBNL2A"
        "                    Naam: S. DE JONG                Omschrijving: Bijdrage"
    )
    assert merchant_key(transfer) == "DE JONG"
    assert merchant_key("SEPA Overboeking", "IBAN: NL38RABO0312845517 Naam: D.J. BAKKER") == (
        "D.J. BAKKER"
    )
