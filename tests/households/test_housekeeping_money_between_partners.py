"""Money one partner sends from their own account to the other's is neither spending nor income.

The Beckers of Leipzig: Max's DKB Girokonto, Anna's ING Girokonto and the ING Extra-Konto they
save in. Every month Max sends €600 "Haushaltsgeld" from DKB to Anna's ING account: DKB prints
the one paid, "Anna Becker" (with her IBAN), and ING the one paying, "Max Becker". Neither side
says "transfer", and the two sides name different people, yet both are the household's own: each
of them also moves money to their own savings under their own name ("Max Becker" out of DKB and
into the Extra-Konto, "Anna Becker" out of ING and into it). A buyer paying Anna for a used bike
on the day Max sends her money is still income: he is nobody's account.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_DKB_HEADER = (
    '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";'
    '"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";'
    '"Kundenreferenz"'
)
ANNA_IBAN, EXTRA_IBAN = "DE44500105175412345678", "DE91500105175498765432"


def _dkb_line(day: str, party: str, why: str, iban: str, amount: str) -> str:
    """A booked DKB line: Max pays ``party`` (money out) or is paid by them (money in)."""
    out = amount.startswith("-")
    payer, payee = ("Max Becker", party) if out else (party, "Max Becker")
    cells = [day, day, "Gebucht", payer, payee, why, "Ausgang" if out else "Eingang", iban,
             amount, "", "", ""]  # fmt: skip
    return ";".join(f'"{c}"' for c in cells)


def _dkb(path: Path, lines: list[str]) -> Path:
    head = ['"Girokonto";"DE27120300001034567890"', '""', '"Zeitraum:";"01.01.2025 - 31.03.2025"',
            '"Kontostand vom 31.03.2025:";"6.204,51 €"', '""', _DKB_HEADER]  # fmt: skip
    path.write_text("\n".join([*head, *lines]) + "\n", encoding="utf-8-sig")
    return path


def _ing(path: Path, iban: str, name: str, balance: str, lines: list[str]) -> Path:
    head = ["Umsatzanzeige;Datei erstellt am: 01.04.2025 09:12", ";Letztes Update: aktuell", "",
            f"IBAN;{iban}", f"Kontoname;{name}", "Bank;ING", "Kunde;Anna Becker",
            "Zeitraum;01.01.2025 - 31.03.2025", f"Saldo;{balance};EUR", "",
            "Sortierung;Datum absteigend", "",
            "In der CSV-Datei finden Sie alle bereits gebuchten Umsätze.", "",
            "Buchung;Valuta;Auftraggeber/Empfänger;Buchungstext;Verwendungszweck;Saldo;Währung;"
            "Betrag;Währung"]  # fmt: skip
    path.write_bytes("\r\n".join([*head, *lines, ""]).encode("latin-1"))
    return path


DKB_LINES = [
    _dkb_line(f"{d}.{m:02d}.25", *rest)
    for m in (3, 2, 1)
    for d, *rest in [
        ("27", "Muster Maschinenbau GmbH", f"LOHN/GEHALT {m:02d}/2025 PERS.NR. 004711",
         "DE02100100100006820101", "3.842,17"),
        ("05", "Stadt Leipzig Amt fuer Jugend und Familie",
         f"Elternbeitrag Kita Sonnenschein {m:02d}/2025", "DE86860555921090001234", "-182,40"),
        ("03", "Max Becker", "Sparrate Extra-Konto", EXTRA_IBAN, "-300,00"),
        ("03", "Anna Becker", f"Haushaltsgeld {m:02d}/2025", ANNA_IBAN, "-600,00"),
        ("03", "Hausverwaltung Schneider GmbH", "Miete Whg. 3.OG links DAUERAUFTRAG",
         "DE12860555921234567890", "-1.380,00"),
    ]
]  # fmt: skip
ING_LINES = [
    f"{d}.{m:02d}.2025;{d}.{m:02d}.2025;{party};{kind};{why};1.000,00;EUR;{amount};EUR"
    for m in (3, 2, 1)
    for d, party, kind, why, amount in [
        ("28", "Stadt Leipzig", "Gehalt/Rente", f"Bezuege {m:02d}/2025 PNR 0088123", "1.612,33"),
        ("27", "Anna Becker", "Ueberweisung", "Sparen Kinder DAUERAUFTRAG", "-900,00"),
        ("18", "REWE SAGT DANKE. 44123", "Lastschrift", "NR XXXX 4417 LEIPZIG KAUFUMSATZ",
         "-64,20"),
        ("04", "Max Becker", "Gutschrift", f"Haushaltsgeld {m:02d}/2025", "600,00"),
    ]
] + ["14.03.2025;14.03.2025;Anna Becker;Gutschrift;Urlaub;1.000,00;EUR;250,00;EUR"]  # fmt: skip
EXTRA_LINES = [
    f"{d}.{m:02d}.2025;{d}.{m:02d}.2025;{party};Gutschrift;{why};1.000,00;EUR;{amount};EUR"
    for m in (3, 2, 1)
    for d, party, why, amount in [
        ("28", "Anna Becker", "Sparen Kinder DAUERAUFTRAG", "900,00"),
        ("04", "Max Becker", "Sparrate Extra-Konto", "300,00"),
    ]
] + ["14.03.2025;14.03.2025;Anna Becker;Ueberweisung;Urlaub;1.000,00;EUR;-250,00;EUR"]


def _import(store: Store, tmp_path: Path, ing_lines: list[str] = ING_LINES) -> None:
    files = [
        _dkb(tmp_path / "DKB_Umsatzliste_Girokonto_31.03.2025.csv", DKB_LINES),
        _ing(tmp_path / f"Umsatzanzeige_{ANNA_IBAN}_20250401.csv",
             "DE44 5001 0517 5412 3456 78", "Girokonto", "2.143,87", ing_lines),
        _ing(tmp_path / f"Umsatzanzeige_{EXTRA_IBAN}_20250401.csv",
             "DE91 5001 0517 5498 7654 32", "Extra-Konto", "11.600,00", EXTRA_LINES),
    ]  # fmt: skip
    result = import_files(store, files)
    assert not result.failed, result.failed


def test_housekeeping_money_from_max_to_anna_is_a_transfer(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path)

    housekeeping = [t for t in list_transactions(store) if "Haushaltsgeld" in t.memo]
    assert len(housekeeping) == 6 and all(t.is_transfer for t in housekeeping)
    (february,) = month_report(store, date(2025, 2, 1), as_of=date(2025, 4, 1)).totals
    # the two salaries; the rent, the Kita and REWE: no €600 on either side
    assert (february.income, february.expenses) == (Decimal("5454.50"), Decimal("1626.60"))
    paid_to_anna = [v for v in subs.list_subscriptions(store) if "Anna" in v.name]
    assert {v.kind for v in paid_to_anna} <= {"transfer"}


def test_a_buyer_paying_anna_the_day_max_sends_money_is_still_income(
    store: Store, tmp_path: Path
) -> None:
    """In March the €600 arriving at ING is a buyer's, Jonas Richter's, for a bike: not Max's
    money (no €600 of his reaches her that month), and Jonas holds no account of the
    household."""
    march = "04.03.2025;04.03.2025;Max Becker;Gutschrift;Haushaltsgeld 03/2025"
    ing_lines = [
        line.replace(march, "04.03.2025;04.03.2025;Jonas Richter;Gutschrift;Fahrrad Kleinanzeigen")
        for line in ING_LINES
    ]
    _import(store, tmp_path, ing_lines)

    (bike,) = [t for t in list_transactions(store) if "Fahrrad" in t.memo]
    assert not bike.is_transfer
    (sent,) = [t for t in list_transactions(store) if t.memo == "Haushaltsgeld 03/2025"]
    assert not sent.is_transfer
