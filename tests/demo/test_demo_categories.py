"""The shipped rules file every payee of the demo household where a person would file it.

The demo's descriptors are written the way banks print them, so this is also what the shipped
rules make of real statements from the same merchants, payroll, interest, utilities and card
payments: every spelling of every payee the generator uses is imported through the real import
and checked against the category a person would choose.
"""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

from finapp.demo import catalog, shops
from finapp.demo.ledger import Ledger, fill
from finapp.importers.base import ParsedAccount, ParsedFile
from finapp.services.demo import demo_household, fill_demo_store
from finapp.services.imports import import_parsed
from finapp.services.transactions import list_transactions

STREAMING, MUSIC = "Entertainment:Streaming", "Entertainment:Music"
SOFTWARE, ONLINE, FITNESS = "Software & Apps", "Shopping:Online", "Health:Fitness"
GROCERIES, COFFEE, INSURANCE = "Food:Groceries", "Food:Coffee", "Insurance"

#: payee (the generator's name for it) -> the category a person files it under
EXPECTED = {
    "Netflix": STREAMING,
    "Spotify": MUSIC,
    "Hulu": STREAMING,
    "Disney+": STREAMING,
    "Apple iCloud+": SOFTWARE,
    # Apple prints one descriptor for iCloud, Music and the App Store: the rules cannot tell
    # them apart, so all are apps until the user corrects one (then it learns by price)
    "Apple Music": SOFTWARE,
    "YouTube Premium": STREAMING,
    "Google One": SOFTWARE,
    "Amazon Prime": ONLINE,
    "Amazon Prime (annual)": ONLINE,
    "Adobe Creative Cloud": SOFTWARE,
    "Microsoft 365": SOFTWARE,
    "Dropbox": SOFTWARE,
    "The New York Times": "Entertainment",
    "Planet Fitness": FITNESS,
    "Planet Fitness annual fee": FITNESS,
    "ChatGPT Plus": SOFTWARE,
    "Audible": "Entertainment",
    "Patreon": "Entertainment",
    "Duolingo": "Education",
    "Costco membership": GROCERIES,
    "PlayStation Plus": "Entertainment:Games",
    "Peloton App": FITNESS,
    "Kids music lessons": "Education",
    "Meal kit": GROCERIES,
    "Antivirus": SOFTWARE,
    "腾讯视频VIP": STREAMING,
    "爱奇艺VIP": STREAMING,
    "网易云音乐": MUSIC,
    "京东PLUS": ONLINE,
    "Electricity": "Bills & Utilities:Electricity",
    "Water": "Bills & Utilities:Water",
    "Gas utility": "Bills & Utilities:Gas & Heating",
    "Internet": "Bills & Utilities:Internet",
    "Mobile phone": "Bills & Utilities:Phone",
    "Car insurance": INSURANCE,
    "Car insurance (monthly)": INSURANCE,
    "Renters insurance": INSURANCE,
    "HOA dues": "Housing",
    "Rent": "Housing:Rent",
    "Mortgage": "Housing:Mortgage",
    "Savings interest": "Income:Interest",
    "coffee": COFFEE,
    "cafe": COFFEE,
    "groceries": GROCERIES,
    "supermarket": GROCERIES,
    "whole foods": GROCERIES,
    "fuel": "Transport:Fuel",
    "fuel 2": "Transport:Fuel",
    "rides": "Transport:Rides & Taxis",
    "rides 2": "Transport:Rides & Taxis",
    "amazon": ONLINE,
    "app store": SOFTWARE,
    "pharmacy": "Health:Pharmacy",
    "target": "Shopping",
    "lunch": "Food:Dining",
    "restaurants": "Food:Dining",
    "delivery": "Food:Delivery",
    "hardware": "Shopping:Home",
    "haircut": "Personal Care",
    "parking": "Transport:Parking & Tolls",
    "atm": "Cash",
    "venmo": "Person to Person",
    "瑞幸咖啡": COFFEE,
    "美团外卖": "Food:Delivery",
    "滴滴出行": "Transport:Rides & Taxis",
    "便利店": GROCERIES,
}
#: the household's own money moving, as the generator prints it (amount sign, descriptor)
OWN_MONEY = {
    ("-", "CHASE CRD AUTOPAY PPD ID: 47600392"): "Transfers:Card Payment",
    ("-", "CITI CRD AUTOPAY PPD ID: 47600392"): "Transfers:Card Payment",
    ("+", "AUTOMATIC PAYMENT - THANK YOU"): "Transfers:Card Payment",
    ("-", "ONLINE TRANSFER TO SAV XXXXXX1234 REF #IB7Q2K9X"): "Transfers:Savings",
    ("+", "ONLINE TRANSFER FROM CHK XXXXXX1234 REF #IB7Q2K9X"): "Transfers",
}


def _every_spelling() -> list[tuple[str, str, str, str]]:
    """(payee name, sign, descriptor, memo) for every spelling the generator prints."""
    rng = random.Random(5)
    recurring = [
        *catalog.SUBSCRIPTIONS,
        *catalog.CHINESE_SUBSCRIPTIONS,
        *catalog.BILLS,
        *catalog.HOUSING,
        catalog.SAVINGS_INTEREST,
    ]
    out = [
        (r.name, "+" if r.kind == "income" else "-", fill(rng, d, ["0042"]), r.memo)
        for r in recurring
        for d in r.descriptors
    ]
    everyday = [*shops.EVERYDAY, *shops.CHECKING_EVERYDAY, *shops.CHINESE_EVERYDAY]
    out += [(s.name, "-", fill(rng, d, ["0042"]), "") for s in everyday for d in s.descriptors]
    out += [("Salary", "+", fill(rng, d, ["0042"]), "") for d in catalog.EMPLOYERS]
    out += [(text, sign, text, "") for sign, text in OWN_MONEY]
    return out


def test_every_payee_the_demo_prints_is_filed_where_a_person_would(store) -> None:
    card = Ledger(ParsedAccount("4111", "Chase", "credit_card", "USD", "Card"), "card")
    spellings = _every_spelling()
    for _, sign, descriptor, memo in spellings:
        amount = Decimal("12.34") if sign == "+" else Decimal("-12.34")
        card.add(date(2025, 3, 3), amount, descriptor, memo)
    import_parsed(store, ParsedFile("all-payees.ofx", "demo", (card.statement(date(2025, 3, 31)),)))
    filed = [t.category for t in list_transactions(store)]
    expected = {**EXPECTED, "Salary": "Income:Salary"}
    expected |= {text: category for (_, text), category in OWN_MONEY.items()}
    wrong = [
        (name, descriptor, category)
        for (name, _, descriptor, _), category in zip(spellings, filed, strict=True)
        if category != expected[name]
    ]
    assert wrong == []
    # the table names every payee the generator has: a new one needs its category here
    names = {name for name, *_ in spellings} - {"Salary"} - {text for _, text in OWN_MONEY}
    assert names == set(EXPECTED)


def test_every_demo_transaction_has_a_category_and_each_stream_the_right_one(store) -> None:
    today = date(2026, 11, 18)
    added = fill_demo_store(store, today)
    stored = list_transactions(store)
    assert len(stored) == added > 1000
    assert [t.payee for t in stored if t.category is None] == []
    by_fitid = {(t.account, t.fitid): t.category for t in stored}
    expected = {**EXPECTED, "Salary": "Income:Salary", "Savings transfer": "Transfers:Savings"}
    filed: dict[str, set[str | None]] = {}
    for truth in demo_household(today).truth:
        name = "card payment" if truth.name.endswith(" payment") else truth.name
        for fitid in truth.fitids:
            if (truth.account, fitid) in by_fitid:
                filed.setdefault(name, set()).add(by_fitid[(truth.account, fitid)])
    savings_side = filed.pop("Savings transfer")  # Chase prints "from CHK" on the savings side
    assert savings_side == {"Transfers:Savings", "Transfers"}
    assert filed.pop("card payment") == {"Transfers:Card Payment"}
    assert {name: categories for name, categories in filed.items()} == {
        name: {expected[name]} for name in filed
    }
    assert filed["Kids music lessons"] == {"Education"}
    assert {"Salary", "Savings interest", "Netflix", "Hulu", "Peloton App"} <= set(filed)
