"""The Beckers of Leipzig: a DKB Girokonto export from January 2025 to 3 November 2026.

Written as DKB's online banking exports it (UTF-8 with a BOM, ``;``-separated, newest first,
the period and the closing balance above the header). What recurs: rent to Hausverwaltung
Schneider on the 1st, Netflix 15.99 on the 8th (cancelled by the Beckers on 20 September 2026,
charged again on 8 October), Stadtwerke Leipzig's Abschlag 101.00 on the 15th, Vodafone 44.99
on the 20th, the Rundfunkbeitrag 55.08 every quarter (February, May, August, November), Amazon
Prime 89.90 every 14 February and Max's salary 3,961.40 on the 29th; groceries at REWE and
Edeka in between.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

START, END = date(2025, 1, 2), date(2026, 11, 3)
#: the closing balance the export states
CLOSING = "6.204,51 €"
_HEADER = (
    '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";'
    '"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";'
    '"Kundenreferenz"'
)
Line = tuple[date, Decimal, str, str]


def _monthly(day: int, months: tuple[int, ...] = tuple(range(1, 13))) -> Iterator[date]:
    """The ``day`` of each of ``months`` between START and END, moved to the next working day."""
    year, month = START.year, START.month
    while date(year, month, 1) <= END:
        when = date(year, month, min(day, calendar.monthrange(year, month)[1]))
        while when.weekday() >= 5:
            when += timedelta(days=1)
        if month in months and START <= when <= END:
            yield when
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _lines() -> list[Line]:
    lines: list[Line] = []
    for day in _monthly(1):
        lines.append((day, Decimal("-1420.00"), "Hausverwaltung Schneider", "Miete Whg 3 OG"))
    for day in _monthly(8):
        if day <= date(2026, 10, 8):
            lines.append((day, Decimal("-15.99"), "NETFLIX INTERNATIONAL B.V.", "Netflix Abo"))
    for day in _monthly(15):
        why = "Abschlag Strom Vertragskonto 40123456"
        lines.append((day, Decimal("-101.00"), "Stadtwerke Leipzig GmbH", why))
    for day in _monthly(20):
        lines.append((day, Decimal("-44.99"), "Vodafone Deutschland GmbH", "Kundennr 1187766"))
    for day in _monthly(15, (2, 5, 8, 11)):
        why = "Rundfunk 01.2025 - 03.2025 Beitragsnr. 483920175"
        lines.append((day, Decimal("-55.08"), "Rundfunk ARD, ZDF, DRadio", why))
    for day in _monthly(14, (2,)):
        lines.append((day, Decimal("-89.90"), "AMAZON EU S.A R.L.", "Prime Mitgliedschaft"))
    for day in _monthly(29):
        why = "Lohn/Gehalt Personalnr 1042"
        lines.append((day, Decimal("3961.40"), "Muster Maschinenbau GmbH", why))
    day, shop = START, 0
    while day <= END:  # the week's shopping, every five to nine days, never the same sum
        shop += 1
        store = "REWE Markt Leipzig-Gohlis" if shop % 3 else "EDEKA Froehlich"
        lines.append((day, -Decimal(f"{23 + shop * 37 % 71}.{shop * 13 % 100:02d}"), store, ""))
        day += timedelta(days=5 + shop % 5)
    return lines


def _german(amount: Decimal) -> str:
    """An amount as a German bank prints it: -1.420,00."""
    whole, cents = f"{abs(amount):.2f}".split(".")
    return f"{'-' if amount < 0 else ''}{int(whole):,}".replace(",", ".") + f",{cents}"


def write_dkb(folder: Path) -> Path:
    """Max's DKB Girokonto export."""
    rows = []
    for day, amount, party, why in sorted(_lines(), reverse=True):
        out = amount < 0
        payer, payee = ("Max Becker", party) if out else (party, "Max Becker")
        cells = [f"{day:%d.%m.%y}"] * 2 + ["Gebucht", payer, payee, why,
                 "Ausgang" if out else "Eingang", "DE02100100100006820101", _german(amount),
                 "", "", ""]  # fmt: skip
        rows.append(";".join(f'"{cell}"' for cell in cells))
    head = ['"Girokonto";"DE27120300001034567890"', '""',
            f'"Zeitraum:";"{START:%d.%m.%Y} - {END:%d.%m.%Y}"',
            f'"Kontostand vom {END:%d.%m.%Y}:";"{CLOSING}"', '""', _HEADER]  # fmt: skip
    path = folder / f"DKB_Umsatzliste_Girokonto_{END:%d.%m.%Y}.csv"
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8-sig")
    return path
