"""Which changes of a recurring stream's amount are price rises, as a German household's
statements show them.

The Beckers of Leipzig pay their electricity by a monthly Abschlag to Stadtwerke Leipzig: 96.00
until the yearly settlement (Jahresabrechnung) in March 2025 asked a one-off Nachzahlung of
142.37, then 104.00 from April. The rise is 96.00 → 104.00; the Nachzahlung is no price.
Anna paid Disney+ through PayPal (9.99 on the 17th) until May 2026, and buys on eBay, Zalando
and Vinted through PayPal too: a Vinted purchase of 52.30 two days before Disney+ would have
been due is no rise of a subscription that stopped. Their liability insurance (Haftpflicht,
64.26 → 67.18) and car insurance (Kfz-Versicherung, 534.80 → 611.45) are charged once a year:
a renewal at a higher premium is a price rise, told when it comes and in the year in review.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.streams import PriceChange, price_changes
from finapp.core.subscription_states import StreamKind
from finapp.services import subscriptions as subs
from finapp.services.alerts import refresh_alerts
from finapp.services.imports import import_files
from finapp.services.year_review import year_review
from finapp.store.engine import Store

_DKB_HEADER = (
    '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";'
    '"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";'
    '"Kundenreferenz"'
)
_ING_HEADER = (
    "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;"
    "Betrag;Währung"
)
#: the first and last day of the statements
START, END = date(2024, 8, 1), date(2026, 11, 3)
#: a statement line: its day, amount, the other party and the Verwendungszweck
Line = tuple[date, Decimal, str, str]


def _months(day: int, until: date = END) -> Iterator[date]:
    """The ``day`` of each month of the statements, on the next working day."""
    year, month = START.year, START.month
    while (first := date(year, month, 1)) <= until:
        when = first.replace(day=min(day, calendar.monthrange(year, month)[1]))
        while when.weekday() >= 5:
            when += timedelta(days=1)
        if START <= when <= until:
            yield when
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _german(amount: Decimal) -> str:
    """An amount as a German bank prints it: -1.380,00."""
    whole, cents = f"{abs(amount):.2f}".split(".")
    return f"{'-' if amount < 0 else ''}{int(whole):,}".replace(",", ".") + f",{cents}"


def _dkb(folder: Path, lines: list[Line]) -> Path:
    """Max's DKB Girokonto export (UTF-8 with a BOM, newest first)."""
    rows = []
    for day, amount, party, why in sorted(lines, reverse=True):
        out = amount < 0
        payer, payee = ("Max Becker", party) if out else (party, "Max Becker")
        cells = [f"{day:%d.%m.%y}"] * 2 + ["Gebucht", payer, payee, why,
                 "Ausgang" if out else "Eingang", "DE02100100100006820101", _german(amount),
                 "", "", ""]  # fmt: skip
        rows.append(";".join(f'"{cell}"' for cell in cells))
    head = ['"Girokonto";"DE27120300001034567890"', '""',
            f'"Zeitraum:";"{START:%d.%m.%Y} - {END:%d.%m.%Y}"',
            f'"Kontostand vom {END:%d.%m.%Y}:";"6.204,51 €"', '""', _DKB_HEADER]  # fmt: skip
    path = folder / f"DKB_Umsatzliste_Girokonto_{END:%d.%m.%Y}.csv"
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8-sig")
    return path


def _ing(folder: Path, lines: list[Line]) -> Path:
    """Anna's ING Girokonto export (Latin-1, CRLF, newest first, a running balance)."""
    balance, rows = Decimal("850.00"), []
    for day, amount, party, why in sorted(lines):
        balance += amount
        kind = "Gutschrift" if amount > 0 else "Lastschrift"
        rows.append(f"{day:%d.%m.%Y};{day:%d.%m.%Y};{party};{kind};{why};{_german(balance)};EUR;"
                    f"{_german(amount)};EUR")  # fmt: skip
    head = ["Umsatzanzeige;Datei erstellt am: 04.11.2026 21:14", ";Letztes Update: aktuell", "",
            "IBAN;DE44 5001 0517 5412 3456 78", "Kontoname;Girokonto", "Bank;ING",
            "Kunde;Anna Becker", f"Zeitraum;{START:%d.%m.%Y} - {END:%d.%m.%Y}",
            f"Saldo;{_german(balance)};EUR", "", "Sortierung;Datum absteigend", "",
            "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze.", "",
            _ING_HEADER]  # fmt: skip
    path = folder / "Umsatzanzeige_DE44500105175412345678_20261104.csv"
    path.write_bytes("\r\n".join([*head, *reversed(rows), ""]).encode("latin-1"))
    return path


def _dkb_lines() -> list[Line]:
    """Pay, rent, the electricity Abschlag with its settlements, and two yearly insurances."""
    lines: list[Line] = []
    for day in _months(27):
        lines.append((day, Decimal("3842.17"), "Muster Maschinenbau GmbH",
                      f"LOHN/GEHALT {day:%m/%Y} PERS.NR. 004711"))  # fmt: skip
    for day in _months(1):
        lines.append((day, Decimal("-1380.00"), "Hausverwaltung Schneider GmbH",
                      "Miete Whg. 3.OG links Karl-Heine-Str. 12 DAUERAUFTRAG"))  # fmt: skip
    for day in _months(15):
        abschlag = "96.00" if day < date(2025, 4, 1) else "104.00"
        lines.append((day, -Decimal(abschlag), "Stadtwerke Leipzig GmbH",
                      f"Abschlag Strom Vertragskonto 4000123456 {day:%m/%Y}"))  # fmt: skip
    lines.append((date(2025, 3, 20), Decimal("-142.37"), "Stadtwerke Leipzig GmbH",
                  "Jahresabrechnung Strom 2024 Vertragskonto 4000123456 Nachzahlung"))  # fmt: skip
    liability = "HUK-COBURG Haftpflicht-Unterstuetzungs-Kasse"
    for day, premium in [("2024-10-01", "64.26"), ("2025-10-01", "67.18"), ("2026-10-01", "67.18")]:
        since = date.fromisoformat(day)
        why = f"Privathaftpflicht Vers.-Nr. 912/345678-H Beitrag ab {since:%d.%m.%Y}"
        lines.append((since, -Decimal(premium), liability, why))
    for year, premium in [(2025, "534.80"), (2026, "611.45")]:
        why = f"Kfz-Versicherung L-MB 4711 Vers.-Nr. 880/112233-K Jahresbeitrag {year}"
        lines.append((date(year, 1, 2), -Decimal(premium), "HUK24 AG", why))
    return lines


#: what Anna bought through PayPal besides Disney+ (day, amount, shop)
PAYPAL_PURCHASES = [
    ("2025-04-09", "38.95", "Steam Purchase"), ("2025-07-02", "71.16", "Zalando SE"),
    ("2025-09-27", "24.50", "eBay Marketplaces GmbH"), ("2025-12-04", "56.06", "Zalando SE"),
    ("2026-02-11", "18.40", "Vinted UAB"), ("2026-04-06", "38.95", "Steam Purchase"),
    ("2026-05-21", "47.63", "eBay Marketplaces GmbH"), ("2026-05-30", "29.32", "Zalando SE"),
    ("2026-06-15", "52.30", "Vinted UAB"), ("2026-07-01", "16.84", "eBay Marketplaces GmbH"),
]  # fmt: skip


def _ing_lines() -> list[Line]:
    """Anna's pay, Disney+ through PayPal from March 2025 to May 2026, and PayPal purchases."""
    paypal = "PayPal Europe S.a.r.l. et Cie S.C.A"
    lines: list[Line] = [
        (day, Decimal("1612.33"), "Stadt Leipzig", f"Bezuege {day:%m/%Y} PNR 0088123")
        for day in _months(28)
    ]
    for i, day in enumerate(_months(17, date(2026, 5, 31))):
        if day >= date(2025, 3, 1):
            why = f"{1000003821000 + i} PP.3821.PP . Disney Plus, Ihr Einkauf bei Disney Plus"
            lines.append((day, Decimal("-9.99"), paypal, why))
    for i, (day, amount, shop) in enumerate(PAYPAL_PURCHASES):
        why = f"{5010040387000 + i} PP.3821.PP . {shop}, Ihr Einkauf bei {shop}"
        lines.append((date.fromisoformat(day), -Decimal(amount), paypal, why))
    return lines


def _imported(store: Store, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    result = import_files(store, [_dkb(folder, _dkb_lines()), _ing(folder, _ing_lines())])
    assert not result.failed, result.failed[0].error


def _rises(store: Store, as_of: date) -> list[str]:
    return [a.message for a in refresh_alerts(store, as_of) if a.kind == "price_increase"]


def _year(store: Store, year: int) -> list[tuple[date, Decimal, Decimal, Decimal]]:
    """The price increases the year in review lists: when, old, new, more a year."""
    review = year_review(store, year, today=END)
    return [(i.on, i.old, i.new, i.extra_per_year) for i in review.increases]


def test_a_yearly_settlement_among_an_abschlag_is_no_price_the_raised_abschlag_is(
    store: Store, tmp_path: Path
) -> None:
    _imported(store, tmp_path / "statements")
    assert (date(2025, 4, 15), Decimal("96.00"), Decimal("104.00"), Decimal("96.00")) in (
        _year(store, 2025)
    )
    assert all(new != Decimal("142.37") for _, _, new, _ in _year(store, 2025))
    (electricity,) = [
        v for v in subs.list_subscriptions(store, END) if v.name == "Stadtwerke Leipzig"
    ]
    assert [(c.date, c.old, c.new) for c in electricity.price_changes] == [
        (date(2025, 4, 15), Decimal("96.00"), Decimal("104.00"))
    ]


def test_a_purchase_through_paypal_is_no_rise_of_a_subscription_that_stopped(
    store: Store, tmp_path: Path
) -> None:
    _imported(store, tmp_path / "statements")
    for as_of in (date(2026, 6, 20), date(2026, 6, 28), date(2026, 7, 10)):
        assert not [m for m in _rises(store, as_of) if "52.30" in m], as_of


def test_a_yearly_insurance_renewed_at_a_higher_premium_is_a_price_rise(
    store: Store, tmp_path: Path
) -> None:
    _imported(store, tmp_path / "statements")
    (liability,) = [m for m in _rises(store, date(2025, 10, 10)) if "64.26" in m]
    assert "67.18" in liability and "2.92" in liability
    (car,) = [m for m in _rises(store, date(2026, 1, 10)) if "534.80" in m]
    assert "611.45" in car and "76.65" in car
    assert (date(2025, 10, 1), Decimal("64.26"), Decimal("67.18"), Decimal("2.92")) in (
        _year(store, 2025)
    )
    in_2026 = _year(store, 2026)
    assert (date(2026, 1, 2), Decimal("534.80"), Decimal("611.45"), Decimal("76.65")) in in_2026
    assert all(on.year == 2026 for on, *_ in in_2026)  # the liability rose in 2025, not again


def test_a_premium_set_anew_at_each_renewal_keeps_each_change() -> None:
    renewals = [date(2024, 1, 2), date(2025, 1, 2), date(2026, 1, 2)]
    texts = ["HUK24 AG Kfz-Versicherung L-MB 4711 Jahresbeitrag"]
    changes = price_changes(renewals, [-53480, -61145, -59010], StreamKind.BILL, texts)
    assert changes == (PriceChange(date(2025, 1, 2), -53480, -61145),)
    changes = price_changes([*renewals, date(2027, 1, 4)], [-53480, -61145, -59010, -63000],
                            StreamKind.BILL, texts)  # fmt: skip
    assert changes == (
        PriceChange(date(2025, 1, 2), -53480, -61145),
        PriceChange(date(2026, 1, 2), -61145, -59010),
        PriceChange(date(2027, 1, 4), -59010, -63000),
    )
