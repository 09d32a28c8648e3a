"""A European household's lines, as German, French, Spanish and Dutch banks print them: the
shipped rules file them where the household would, and the names read as people say them.
Names that hold a chain's word but are not the chain (a brewery holding REWE, a Sparkasse
holding SPAR) are left alone."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import imported_as_shown, load

#: payee as printed → the category a household expects (None: no rule should guess)
TABLE = {
    # German card lines (girocard, N26, DKB): the chain, its branch, the town
    "REWE Markt GmbH//Berlin/DE": "Food:Groceries",
    "EDEKA CENTER 1234 HAMBURG": "Food:Groceries",
    "Kaufland Muenchen-Pasing": "Food:Groceries",
    "PENNY SAGT DANKE 3512": "Food:Groceries",
    "NETTO MARKEN-DISCOUNT FIL. 4411": "Food:Groceries",
    "LIDL DIENSTL. GMBH & CO KG": "Food:Groceries",
    "DM-DROGERIE MARKT 0815 KOELN": "Health:Pharmacy",
    "ROSSMANN 2131 DRESDEN": "Health:Pharmacy",
    "Apotheke am Markt": "Health:Pharmacy",
    "DB Vertrieb GmbH": "Transport:Public Transit",
    "BVG Ticket App": "Transport:Public Transit",
    "ARAL Station 281043": "Transport:Fuel",
    "Lieferando.de": "Food:Delivery",
    "Vodafone GmbH": "Bills & Utilities:Phone",
    "Telekom Deutschland GmbH": "Bills & Utilities:Phone",
    "HUK-COBURG Versicherung": "Insurance",
    "Vattenfall Europe Sales GmbH": "Bills & Utilities:Electricity",
    "Stadtwerke Muenchen GmbH Abschlag 10/2026": "Bills & Utilities:Electricity",
    "E.ON Energie Deutschland GmbH": "Bills & Utilities:Electricity",
    "PRLV SEPA EDF CLIENTS PARTICULIERS": "Bills & Utilities:Electricity",
    "RECIBO IBERDROLA CLIENTES, S.A.U.": "Bills & Utilities:Electricity",
    "OCTOPUS ENERGY LTD DD": "Bills & Utilities:Electricity",
    "SSE ELECTRICITY DIRECT DEBIT": "Bills & Utilities:Electricity",
    "Hausverwaltung Schulz Miete Oktober": "Housing:Rent",
    "MIETERVEREIN BERLIN BEITRAG": None,
    # French (carte bancaire), Spanish (compra tarjeta) and Dutch (betaalautomaat) lines
    "CB CARREFOUR MARKET 12/10": "Food:Groceries",
    "CB MONOPRIX PARIS 15": "Food:Groceries",
    "PRLV SEPA SNCF VOYAGEURS": "Transport:Public Transit",
    "CB RATP PARIS": "Transport:Public Transit",
    "PRLV SEPA FREE MOBILE": "Bills & Utilities:Phone",
    "COMPRA TARJ. MERCADONA MADRID": "Food:Groceries",
    "COMPRA TARJ. RENFE VIAJEROS": "Transport:Public Transit",
    "RECIBO MUTUA MADRILENA AUTOMOVILISTA": "Insurance",
    "BEA Albert Heijn 1427 AMSTERDAM": "Food:Groceries",
    "RYANAIR 0123456789": "Travel:Flights",
    "KLM Royal Dutch Airlines": "Travel:Flights",
    "EASYJET 000ABC123": "Travel:Flights",
    # a chain's word inside another name is not the chain
    "BRAUEREI BREWERY LOEWEN": None,
    "SPARKASSE KOELNBONN GEBUEHR": None,
    "KLMNO DESIGN STUDIO": None,
    "BEDFORD BOOKSHOP": None,
    "LEONHARDT KG": None,
    "ESSENTIAL OILS SHOP": None,
}


def test_european_descriptors_are_filed_where_a_household_would(
    store: Store, tmp_path: Path
) -> None:
    day = date(2026, 11, 2)
    load(store, tmp_path, "DE89370400440532013000", [(day, "-25.00", p) for p in TABLE],
         currency="EUR")  # fmt: skip
    got = {t.payee: t.category or None for t in list_transactions(store)}
    wrong = {p: (got[p], want) for p, want in TABLE.items() if got[p] != want}
    assert wrong == {}


#: an N26 account in its own CSV: salary in, rent, groceries, the train and cash out
N26 = (
    '"Date","Payee","Account number","Transaction type","Payment reference",'
    '"Amount (EUR)","Amount (Foreign Currency)","Type Foreign Currency","Exchange Rate"\n'
    '"2026-10-01","Globex GmbH","DE12500105170648489890","Income",'
    '"Gehalt Oktober 2026","3150.00","","",""\n'
    '"2026-10-02","REWE Markt GmbH","","MasterCard Payment","","-48.17","-48.17","EUR","1.0"\n'
    '"2026-10-03","Hausverwaltung Schulz","DE02120300000000202051",'
    '"Outgoing Transfer","Miete Oktober","-1240.00","","",""\n'
    '"2026-10-05","DB Vertrieb GmbH","","MasterCard Payment","","-89.90","-89.90","EUR","1.0"\n'
    '"2026-10-06","dm-drogerie markt","","MasterCard Payment","","-12.35","-12.35",'
    '"EUR","1.0"\n'
    '"2026-10-09","Bargeldauszahlung Geldautomat","","MasterCard Payment","",'
    '"-100.00","-100.00","EUR","1.0"\n'
)


def test_an_n26_account_reads_as_its_owner_names_it(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "n26-csv-transactions.csv"
    path.write_text(N26, encoding="utf-8")
    assert imported_as_shown(store, [path]) == {
        ("Salary — Globex", "3150.00", "Income:Salary"),
        ("REWE", "-48.17", "Food:Groceries"),
        ("Hausverwaltung Schulz", "-1240.00", "Housing:Rent"),
        ("Deutsche Bahn", "-89.90", "Transport:Public Transit"),
        ("dm-drogerie markt", "-12.35", "Health:Pharmacy"),
        ("Cash withdrawal", "-100.00", "Cash"),
    }
