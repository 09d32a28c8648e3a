"""A Utrecht household's ING account is filed where it expects, and its municipal taxes are one
bill.

Sanne's ING Netherlands export (``"Datum";"Naam / Omschrijving";…;"Mededelingen";"Saldo na
mutatie";"Tag"``) holds what every Dutch current account holds: health insurance by direct debit
(Zilveren Kruis), the mortgage (Obvion), water (Vitens), Ziggo, KPN, Jumbo and a café by card,
bol.com, her salary with its holiday pay, the savings interest, Tikkie requests, and the
municipality's taxes in ten instalments a year, March to December. Before the Dutch billers
were known, 59 % of such a household's lines were Uncategorized, and the taxes were two streams
(the first "stopped" in December, the second 855.00 a year instead of 712.50).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.stream_groups import BILLS
from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_HEADER = (
    '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";'
    '"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"'
)
_OWN = "NL37INGB0006839212"


def _row(day: date, name: str, other: str, code: str, amount: str, kind: str, said: str) -> str:
    direction = "Af" if amount.startswith("-") else "Bij"
    cells = [f"{day:%Y%m%d}", name, _OWN, other, code, direction,
             amount.lstrip("-").replace(".", ","), kind, said, "", ""]  # fmt: skip
    return ";".join(f'"{cell}"' for cell in cells)


def _debit(day: date, name: str, iban: str, amount: str, what: str) -> str:
    said = f"Naam: {name} Omschrijving: {what} IBAN: {iban} Doorlopende incasso"
    return _row(day, name, iban, "IC", f"-{amount}", "Incasso", said)


def _card(day: date, shop: str, amount: str) -> str:
    said = f"Pasvolgnr: 004 {day:%d-%m-%Y} 17:37 Transactie: 758CDA Term: 0L1942 Apple Pay"
    return _row(day, shop, "", "BA", f"-{amount}", "Betaalautomaat", said)


def _lines() -> list[str]:
    rows = []
    for year, month in [(2025, m) for m in range(3, 13)] + [(2026, m) for m in range(1, 11)]:
        first = date(year, month, 1)
        rows += [
            _debit(first, "Zilveren Kruis Zorgverzekeringen N.V.", "NL30INGB0000007046",
                   "152.70", f"Premie zorgverzekering {month:02d}-{year}"),
            _debit(first.replace(day=2), "Obvion N.V.", "NL55ABNA0412345678", "1245.67",
                   "Hypotheek 40012873 rente en aflossing"),
            _debit(first.replace(day=12), "Vitens N.V.", "NL38INGB0000090905", "21.40",
                   "Voorschot drinkwater klantnr 1029384"),
            _debit(first.replace(day=22), "Ziggo Services B.V.", "NL20INGB0000001234", "64.50",
                   "Ziggo Internet en TV klantnr 81827364"),
            _debit(first.replace(day=20), "KPN B.V.", "NL50INGB0000000543", "25.00",
                   f"KPN Mobiel factuur {month:02d}-{year}"),
            _card(first.replace(day=3 + month % 5), "Jumbo Utrecht Lunetten UTRECHT NLD",
                  f"{21 + (month * 7) % 30}.{month * 13 % 100:02d}"),
            _card(first.replace(day=10 + month), "Jumbo Utrecht Lunetten UTRECHT NLD",
                  f"{9 + (month * 11) % 40}.{month * 29 % 100:02d}"),
            _card(first.replace(day=14 + month % 9), "Café De Zaak UTRECHT NLD",
                  f"{12 + month % 4 * 3}.50"),
            _row(first.replace(day=24), "GEMEENTE UTRECHT", "NL72BNGH0285007562", "OV", "3152.40",
                 "Overschrijving", f"Naam: GEMEENTE UTRECHT Omschrijving: Salaris {month:02d}-"
                 f"{year} pers.nr 104233"),
        ]  # fmt: skip
        if month >= 3:  # ten instalments a year, March to December, each year's amount its own
            amount = "68.40" if year == 2025 else "71.25"
            term = f"{year} termijn {month - 2}/10 aanslagnr 5520019"
            rows.append(
                _debit(first.replace(day=28), "Gemeente Utrecht Belastingen", "NL12BNGH0285001234",
                       amount, f"Gemeentelijke belastingen {term}")
            )  # fmt: skip
    rows += [
        _row(date(2026, 5, 22), "GEMEENTE UTRECHT", "NL72BNGH0285007562", "OV", "2410.00",
             "Overschrijving", "Naam: GEMEENTE UTRECHT Omschrijving: Vakantiegeld 2026"),
        _row(date(2026, 1, 1), "Rente", "", "DV", "2.74", "Diversen", "Rente over 2025"),
        _row(date(2026, 6, 3), "bol.com b.v.", "NL19ABNA0573102938", "ID", "-59.99",
             "iDEAL", "Naam: bol.com b.v. Omschrijving: 1089273645 bol.com bestelling"),
        _row(date(2026, 7, 19), "AAB INZ TIKKIE", "NL02ABNA0123456789", "GT", "23.50",
             "Online bankieren", "Naam: AAB INZ TIKKIE Omschrijving: Tikkie ID 000182 weekend"),
        _row(date(2026, 7, 1), "Rabobank", "", "DV", "-4.60", "Diversen", "Kosten Basis Pakket"),
    ]  # fmt: skip
    return rows


def _export(folder: Path) -> Path:
    path = folder / "NL37INGB0006839212_01-03-2025_31-10-2026.csv"
    path.write_text("\r\n".join([_HEADER, *reversed(_lines())]) + "\r\n", encoding="utf-8")
    return path


def test_a_dutch_households_bills_and_shops_are_filed(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_export(tmp_path)]).failed
    filed: dict[str, set[str | None]] = {}
    for line in list_transactions(store):
        filed.setdefault(line.payee, set()).add(line.category)
    assert filed == {
        "Zilveren Kruis Zorgverzekeringen N.V.": {"Insurance"},
        "Obvion N.V.": {"Housing:Mortgage"},
        "Vitens N.V.": {"Bills & Utilities:Water"},
        "Ziggo Services B.V.": {"Bills & Utilities:Internet"},
        "KPN B.V.": {"Bills & Utilities:Phone"},
        "Jumbo Utrecht Lunetten UTRECHT NLD": {"Food:Groceries"},
        "Café De Zaak UTRECHT NLD": {"Food:Dining"},
        "GEMEENTE UTRECHT": {"Income:Salary"},  # the salary and the holiday pay
        "Gemeente Utrecht Belastingen": {"Taxes"},
        "Rente": {"Income:Interest"},
        "bol.com b.v.": {"Shopping:Online"},
        "AAB INZ TIKKIE": {"Person to Person"},
        "Rabobank": {"Fees:Bank Fees"},
    }


def test_the_municipal_taxes_are_one_bill_paid_march_to_december(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_export(tmp_path)])
    as_of = date(2026, 10, 31)
    placed = place(store, subs.list_subscriptions(store, as_of), as_of)
    (taxes,) = [p for p in placed if "Belasting" in p.view.name]
    bill = taxes.view
    assert (taxes.group, bill.status, bill.months_off) == (BILLS, "active", (1, 2))
    assert bill.annual_cost == Decimal("712.50")
    assert bill.next_date == date(2026, 11, 28)
    assert [(c.old, c.new) for c in bill.price_changes] == [(Decimal("68.40"), Decimal("71.25"))]
    bills = {p.view.name for p in placed if p.group == BILLS}
    assert {"Zilveren Kruis Zorgverzekeringen", "Obvion", "Vitens", "KPN"} <= bills
