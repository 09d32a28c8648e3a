"""Payees without the bank's own text: the fields, dates, type codes and card numbers banks print
around a merchant's name, as Barclays, Bank of America, Chase, Wells Fargo, Santander,
Commerzbank and Chinese banks print them, neither show in its name nor split it into merchants."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from finapp.core.cadence import month_date
from finapp.core.display_names import shipped_namer
from finapp.core.merchant import merchant_key
from finapp.core.recurrence import detect_streams
from tests.subscriptions.statements import Ledger

SHOWN = [
    # Barclays: the card's date and the line's type code after the name
    ("TESCO STORES 3297   ON 12 OCT          BCC", "Tesco Stores"),
    ("COSTA COFFEE 43021  ON 27 OCT          BCC", "Costa Coffee"),
    ("JOHN LEWIS PLC      ON 01 NOV          BCC", "John Lewis"),
    ("THAMES WATER        DD", "Thames Water"),
    ("VODAFONE LTD        DD", "Vodafone"),
    # Lloyds: the card last, a payment abroad's currency, amount and rate before it
    ("TESCO STORES 3297 CD 1417 ", "Tesco Stores"),
    ("ADAGIO EUROS       202.40 VISAXR     1.16168 CD 1417 ", "Adagio"),
    # Bank of America's ACH lines: the company before DES:, the entry's details after it
    ("GLOBEX INC DES:PAYROLL ID:XXXXX12345 INDN:DOE,JANE CO ID:XXXXX98765 PPD", "Salary — Globex"),
    (
        "SUNRISE PROPERTY DES:WEB PMTS ID:XXXXX4567 INDN:JANE DOE CO ID:XXXXX12345 WEB",
        "Sunrise Property",
    ),
    # the long ACH form some banks print
    (
        "ORIG CO NAME:GLOBEX INC ORIG ID:1234567890 DESC DATE:261001 CO ENTRY DESCR:PAYROLL "
        "SEC:PPD TRACE#:021000021234567 EED:261001 IND ID:XXXXX12345 IND NAME:JANE DOE",
        "Salary — Globex",
    ),
    # card purchases written as a sentence around the name
    ("CARD PURCHASE WITH PIN 10/28 KROGER #123 HOUSTON TX CARD 1234", "Kroger"),
    ("CHECKCARD 1028 SHELL OIL 57444 HOUSTON TX 24431066302123456789012", "Shell Oil"),
    ("COMPRA TARJ. 5540XXXXXXXX1234 MERCADONA BARCELONA", "Mercadona"),
    ("COMPRA EN MERCADONA, CON LA TARJETA : 5540XXXXXXXX1234 EL 2026-10-10", "Mercadona"),
    ("RECIBO IBERDROLA CLIENTES, S.A.U. Nº RECIBO 0049 1234", "Iberdrola Clientes"),
    (
        "FACTURE CARTE DU 071026 CARREFOUR CITY PARIS 15 CARTE 4974XXXXXXXX1234",
        "Carrefour",
    ),
    ("PRLV SEPA FREE MOBILE ECH/311026 ID EMETTEUR/FR84ZZZ401344 MDT/FM-1234-5678", "Free Mobile"),
    # Commerzbank's booking text: the SEPA fields after the name, a card's town after "//"
    (
        "Stadtwerke München GmbH Abschlag 10/2026 End-to-End-Ref.: 2026100112345 Mandatsref: "
        "SWM-000123 Gläubiger-ID: DE64ZZZ00000012345 SEPA-BASISLASTSCHRIFT wiederholend",
        "Stadtwerke München Abschlag",
    ),
    ("REWE Markt GmbH//Berlin/DE 2026-10-14T18:22:11 KFN 1 VJ 2712 Kartenzahlung", "REWE"),
    (
        "AMAZON PAYMENTS EUROPE S.C.A. 305-1234567-1234567 Amazon .Mktplce End-to-End-Ref.: "
        "305-1234567-1234567 Mandatsref: 8K3JQ2 Gläubiger-ID: LU96ZZZ0000000000000000058 "
        "SEPA-BASISLASTSCHRIFT wiederholend",
        "Amazon",
    ),
    # a Chinese bill: the utility keeps its city, the bill's kind after it is no part of the name
    ("上海燃气 燃气费", "上海燃气"),
    ("上海市自来水 水费", "上海市自来水"),
    # a shop named after its city keeps it (the noodle bar was "小面"); a registered company's
    # city goes with its form
    ("重庆小面(望京店)", "重庆小面"),
    ("广州酒家", "广州酒家"),
    ("北京爱奇艺科技有限公司", "爱奇艺"),
]


@pytest.mark.parametrize(("printed", "name"), SHOWN)
def test_a_payee_is_shown_without_the_banks_text(printed: str, name: str) -> None:
    assert shipped_namer().name(printed) == name


SAME_MERCHANT = [
    # Barclays' card date and type code, against the same service on another bank's statement
    ["SPOTIFY P1234ABCD   ON 03 OCT          BCC", "SPOTIFY P9876WXYZ   ON 03 NOV          BCC",
     "SPOTIFY"],
    ["VODAFONE LTD        DD", "VODAFONE LTD"],
    # Chase's and Wells Fargo's card lines: the purchase's wording and the card's number
    ["CARD PURCHASE WITH PIN 10/28 KROGER #123 HOUSTON TX CARD 1234", "KROGER #456 DALLAS TX"],
    ["PURCHASE AUTHORIZED ON 10/28 STARBUCKS STORE 123 SEATTLE WA S386301234567890 CARD 1234",
     "STARBUCKS STORE 04512 SEATTLE WA"],
    ["RECURRING PAYMENT AUTHORIZED ON 10/05 NETFLIX.COM LOS GATOS CA S466278123456789 CARD 1234",
     "NETFLIX.COM NETFLIX.COM CA        10/29"],
    # ACH: the entry's description and the payer's ids say nothing of the company
    ["GEICO DES:PREM COLL ID:123456789 INDN:JANE DOE CO ID:9876543210 WEB", "GEICO"],
    ["COMPRA TARJ. 5540XXXXXXXX1234 NETFLIX.COM MADRID", "NETFLIX.COM 866-579-7172 CA"],
]  # fmt: skip


@pytest.mark.parametrize("variants", SAME_MERCHANT)
def test_the_banks_text_does_not_split_one_merchant(variants: list[str]) -> None:
    assert len({merchant_key(v) for v in variants}) == 1, [merchant_key(v) for v in variants]


APART = [
    # every Santander card purchase starts "COMPRA TARJ." with the same card
    ("COMPRA TARJ. 5540XXXXXXXX1234 MERCADONA BARCELONA", "COMPRA TARJ. 5540XXXXXXXX1234 ZARA"),
    # every Wells Fargo card purchase starts "PURCHASE AUTHORIZED ON"
    (
        "PURCHASE AUTHORIZED ON 10/28 STARBUCKS STORE 123 SEATTLE WA S386301234567890 CARD 1234",
        "PURCHASE AUTHORIZED ON 10/29 CHIPOTLE 1234 SEATTLE WA S466301234567890 CARD 1234",
    ),
    # each city's gas company is its own
    ("上海燃气 燃气费", "北京燃气 燃气费"),
    ("北京地铁 乘车码", "上海地铁 乘车码"),
    # so is each city's restaurant of one kind (both were "酒家")
    ("广州酒家", "杭州酒家"),
]


@pytest.mark.parametrize(("one", "other"), APART)
def test_merchants_behind_one_bank_wording_stay_apart(one: str, other: str) -> None:
    assert merchant_key(one) != merchant_key(other)


def test_a_card_subscription_is_found_among_the_same_cards_groceries() -> None:
    """Santander prints every card purchase "COMPRA TARJ. <card> <merchant>": the monthly
    Netflix charge is found as a subscription, not lost among a year of groceries."""
    ledger = Ledger()
    first = date(2025, 11, 1)
    rng = random.Random(37)
    day = first
    while day <= date(2026, 10, 31):
        ledger.add(day, f"-{rng.randint(2000, 9000) / 100:.2f}",
                   "COMPRA TARJ. 5540XXXXXXXX1234 MERCADONA BARCELONA")  # fmt: skip
        day += timedelta(days=rng.choice((2, 3, 4)))
    for month in range(12):
        ledger.add(month_date(first, month, 14), "-12.99",
                   "COMPRA TARJ. 5540XXXXXXXX1234 NETFLIX.COM MADRID")  # fmt: skip
    streams = detect_streams(ledger.charges, date(2026, 11, 20))
    netflix = [s for s in streams if s.merchant == merchant_key("NETFLIX.COM")]
    assert len(netflix) == 1
    assert netflix[0].cadence == "monthly"
    assert len(netflix[0].transaction_ids) == 12


#: Intesa Sanpaolo's and Santander's wording around the payee, as their statements print it
ITALIAN_AND_SPANISH_SHOWN = [
    ("ADDEBITO DIRETTO SDD ENEL ENERGIA S.P.A. CID IT23ZZZ0000006377211 MAND 9143088505",
     "Enel Energia"),
    ("ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 FATTURA 55969296", "TIM"),
    ("ADDEBITO DIRETTO SDD A2A ENERGIA SPA CID IT77ZZZ0000012883420 MAND 8858195493",
     "A2A Energia"),
    ("PAGAMENTO POS ESSELUNGA VIALE PIAVE MILANO CARTA N. *****4471 DEL 28/10/26 ORE 19:54",
     "Esselunga Viale Piave Milano"),
    ("ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO DA PIRELLI TYRE SPA CAUSALE STIPENDIO "
     "OTTOBRE 2026", "Pirelli Tyre"),
    ("COMPRA BAR EL BREZO, MADRID, TARJETA 4940XXXXXXXX2211, COMISION 0,00", "Bar El Brezo"),
    ("Nómina recibida SERVICIO MADRILEÑO DE SALUD", "Servicio Madrileño De Salud"),
    ("BIZUM A FAVOR DE PABLO SANZ MARTIN CONCEPTO REGALO CUMPLE", "Pablo Sanz Martin"),
    # a Ticino bank's camt: the kind of line first, the card's time and number after
    ("Acquisto COOP-1489 BELLINZO\n10.04.2026/09:48 / N. carta Maestro xxxxxxxx",
     "Coop Bellinzo"),
    ("E-banking Ordine a Paradiso Pulito", "Paradiso Pulito"),
    ("Sistema di addebitamento diretto SWISSCARD AECS GMBH", "Swisscard Aecs"),
]  # fmt: skip


@pytest.mark.parametrize(("printed", "name"), ITALIAN_AND_SPANISH_SHOWN)
def test_an_italian_or_spanish_payee_is_shown_without_the_banks_words(
    printed: str, name: str
) -> None:
    assert shipped_namer().name(printed) == name


#: lines one Intesa or Santander account prints, each its own payee
ITALIAN_AND_SPANISH_APART = [
    # every direct debit starts "ADDEBITO DIRETTO SDD"
    ("ADDEBITO DIRETTO SDD ENEL ENERGIA S.P.A. CID IT23ZZZ0000006377211 MAND 9143088505",
     "ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 FATTURA 55969296"),
    ("ADDEBITO DIRETTO SDD ILIAD ITALIA S.P.A. CID IT54ZZZ0000013970161",
     "ADDEBITO DIRETTO SDD A2A ENERGIA SPA CID IT77ZZZ0000012883420 MAND 8858195493"),
    ("ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 FATTURA 55969296",
     "ADDEBITO DIRETTO SDD A2A ENERGIA SPA CID IT77ZZZ0000012883420 MAND 8858195493"),
    # a salary and the spouse's share of the house, both "ACCREDITO BONIFICO"
    ("ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO DA ROSSI GIULIA CAUSALE SPESE CASA",
     "ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO DA PIRELLI TYRE SPA CAUSALE STIPENDIO "
     "OTTOBRE 2026"),
    # the condominium and the savings deposit, both "BONIFICO DA VOI DISPOSTO"
    ("BONIFICO DA VOI DISPOSTO A FAVORE DI CONDOMINIO VIA PADOVA 112 MILANO CAUSALE RATA "
     "CONDOMINIALE 4Q 2026",
     "BONIFICO DA VOI DISPOSTO A FAVORE DI BIANCHI MARCO CAUSALE GIROCONTO CONTO DEPOSITO "
     "ILLIMITY"),
    # every card purchase starts "PAGAMENTO POS"
    ("PAGAMENTO POS ESSELUNGA VIALE PIAVE MILANO CARTA N. *****4471 DEL 28/10/26 ORE 19:54",
     "PAGAMENTO POS COOP LOMBARDIA MILANO CARTA N. *****4471 DEL 23/10/26 ORE 08:07"),
    # three friends paid by Bizum
    ("BIZUM A FAVOR DE PABLO SANZ MARTIN CONCEPTO LOTERIA",
     "BIZUM A FAVOR DE ANA BELEN TORRES CONCEPTO PADEL"),
    ("BIZUM A FAVOR DE CARLOS IGLESIAS CONCEPTO PADEL",
     "BIZUM A FAVOR DE ANA BELEN TORRES CONCEPTO CENA"),
    ("NOMINA RECIBIDA INDRA SISTEMAS S.A.", "Nómina recibida SERVICIO MADRILEÑO DE SALUD"),
    ("Traspaso emitido Cuenta Naranja", "Traspaso emitido Cuenta Nómina"),
    # every card purchase in Ticino starts "Acquisto", every direct debit "Sistema di …"
    ("Acquisto MIGROS MM BELLINZONA\n08.04.2026/16:15 / N. carta Maestro xxxxxxxx",
     "Acquisto VOGELE SHOES / 150\n07.04.2026/09:27 / N. carta Maestro xxxxxxxx"),
    ("Sistema di addebitamento diretto SWISSCARD AECS GMBH",
     "Sistema di addebitamento diretto SALT MOBILE SA"),
]  # fmt: skip


@pytest.mark.parametrize(("one", "other"), ITALIAN_AND_SPANISH_APART)
def test_payees_behind_one_italian_or_spanish_wording_stay_apart(one: str, other: str) -> None:
    assert merchant_key(one) != merchant_key(other)


def test_a_bills_lines_are_one_payee_whatever_the_mandate_or_invoice() -> None:
    tim = {
        merchant_key(f"ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 FATTURA {n}")
        for n in ("55969296", "00080788")
    }
    assert len(tim) == 1
    bizum = {
        merchant_key("BIZUM DE PABLO SANZ MARTIN CONCEPTO CENA"),
        merchant_key("BIZUM A FAVOR DE PABLO SANZ MARTIN CONCEPTO LOTERIA"),
    }
    assert len(bizum) == 1


def test_a_shop_named_with_a_banks_word_keeps_it() -> None:
    """Only the bank's wording before the name goes: a bar called "Tarjeta Roja" or a shop
    called "Pagamenti Facili" keeps its name."""
    namer = shipped_namer()
    bar = "COMPRA TARJETA ROJA TAPAS, MADRID, TARJETA 4940XXXXXXXX2211, COMISION 0,00"
    assert namer.name(bar) == "Tarjeta Roja Tapas"
    shop = "PAGAMENTO POS PAGAMENTI FACILI MILANO CARTA N. *****4471 DEL 02/10/26 ORE 10:12"
    assert merchant_key(shop) == "PAGAMENTI FACILI"


def test_an_italian_familys_direct_debits_are_each_a_subscription() -> None:
    """Intesa prints every direct debit "ADDEBITO DIRETTO SDD <creditor> CID … MAND …": Enel's
    and TIM's monthly bills are two subscriptions, TIM's with its own price."""
    ledger = Ledger()
    first = date(2025, 11, 12)
    for month in range(12):
        ledger.add(month_date(first, month, 12), f"-{60 + month % 4}.82",
                   f"ADDEBITO DIRETTO SDD ENEL ENERGIA S.P.A. CID IT23ZZZ0000006377211 "
                   f"MAND {9143088505 + month}")  # fmt: skip
        ledger.add(month_date(first, month, 16), "-32.90" if month > 5 else "-29.90",
                   f"ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 "
                   f"FATTURA {55969296 + month * 7}")  # fmt: skip
    streams = detect_streams(ledger.charges, date(2026, 11, 20))
    keys = {s.merchant for s in streams if s.cadence == "monthly"}
    assert {merchant_key("ENEL ENERGIA"), merchant_key("TIM")} <= keys
