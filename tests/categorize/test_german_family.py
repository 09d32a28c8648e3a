"""A German family's Girokonto as DKB exports it: what such a household pays and is paid every
month (the Kita's parents' fee to the city, the child benefit from the Familienkasse, a civil
servant's Bezüge, the O2 contract billed by Telefonica, the broadcasting fee, the gym billed by
its group, the paediatrician, interest credited) is filed where the household would file it.
A fifth of such a household's lines stayed Uncategorized; lines no rule can know stay so."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.core.stream_groups import GROUP_KINDS
from finapp.services.categorize import set_categories
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_HEAD = (
    '\ufeff"Girokonto";"DE27120300001034567890"\n""\n'
    '"Zeitraum:";"01.10.2026 - 03.11.2026"\n'
    '"Kontostand vom 03.11.2026:";"8.412,55 €"\n""\n'
    '"Buchungsdatum";"Wertstellung";"Status";"Zahlungspflichtige*r";"Zahlungsempfänger*in";'
    '"Verwendungszweck";"Umsatztyp";"IBAN";"Betrag (€)";"Gläubiger-ID";"Mandatsreferenz";'
    '"Kundenreferenz"\n'
)

#: (day, payer, payee, purpose, amount as printed) → the category the family expects
LINES = {
    (
        "05.10.26",
        "Max Becker",
        "Stadt Leipzig Amt fuer Jugend und Familie",
        "Elternbeitrag Kita Sonnenschein Kind Mia Becker 10/2026",
        "-182,40",
    ): "Children",
    (
        "06.10.26",
        "Bundesagentur fuer Arbeit - Familienkasse",
        "Max Becker",
        "Kindergeld 10/2026 KG-Nr. 123FK456789",
        "255,00",
    ): "Income:Other",
    (
        "29.10.26",
        "Freistaat Sachsen LSF",
        "Max Becker",
        "Bezuege 10/2026 PNR 0088123",
        "3.212,33",
    ): "Income:Salary",
    (
        "04.10.26",
        "Max Becker",
        "Telefonica Germany GmbH & Co. OHG",
        "Kd-Nr. 6012345678 Rg-Nr. 7516665619 Mobilfunk",
        "-29,99",
    ): "Bills & Utilities:Phone",
    (
        "15.10.26",
        "Max Becker",
        "Rundfunk ARD, ZDF, DRadio",
        "Rundfunkbeitrag 10.2026 - 12.2026 Beitragsnr. 412 345 678",
        "-55,08",
    ): "Bills & Utilities",
    (
        "02.10.26",
        "Max Becker",
        "RSG Group GmbH",
        "McFit Mitgliedsbeitrag 10/2026 Mitgl.-Nr. 88812",
        "-24,90",
    ): "Health:Fitness",
    (
        "12.10.26",
        "Max Becker",
        "Kinderarzt Dr. Weber",
        "Rechnung 2026-1187 IGeL-Leistung",
        "-45,60",
    ): "Health:Doctor",
    ("30.10.26", "DKB AG", "Max Becker", "Zinsgutschrift", "3,17"): "Income:Interest",
    (
        "20.10.26",
        "Max Becker",
        "AMAZON PAYMENTS EUROPE S.C.A.",
        "302-2602425-5865614 Amazon.de UER9ZF6BQCZY7NU3",
        "-117,93",
    ): "Shopping:Online",
    (
        "01.10.26",
        "Max Becker",
        "HUK-COBURG Haftpflicht-Unterstuetzungs-Kasse",
        "Beitrag Privathaftpflicht 2026/27 VS-Nr. 123/456789-K",
        "-67,18",
    ): "Insurance",
    (
        "17.10.26",
        "Max Becker",
        "Deichmann SE",
        "Deichmann Leipzig Hbf/Leipzig",
        "-39,95",
    ): "Shopping:Clothing",
    (
        "22.10.26",
        "Max Becker",
        "MediaMarkt Leipzig Paunsdorf",
        "Leipzig Paunsdorf",
        "-249,00",
    ): "Shopping:Electronics",
    (
        "25.10.26",
        "Max Becker",
        "TUI Deutschland GmbH",
        "Buchung 4711-2026 Mallorca",
        "-1.284,00",
    ): "Travel",
    # a person paid for a used pram: no rule knows what that is
    ("27.10.26", "Max Becker", "Julia Hoffmann", "Kinderwagen Kleinanzeigen", "-120,00"): None,
}


def _row(day: str, payer: str, payee: str, purpose: str, amount: str) -> str:
    kind = "Eingang" if not amount.startswith("-") else "Ausgang"
    cells = [day, day, "Gebucht", payer, payee, purpose, kind, "DE00000011991443771382", amount,
             "", "", ""]  # fmt: skip
    return ";".join(f'"{cell}"' for cell in cells) + "\n"


def test_a_german_familys_month_is_filed_as_the_family_would(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "DKB_Umsatzliste_Girokonto_03.11.2026.csv"
    path.write_text(_HEAD + "".join(_row(*line) for line in LINES), encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    filed = {str(t.amount): t.category or None for t in list_transactions(store)}
    wanted = {
        amount.replace(".", "").replace(",", "."): category
        for (_day, _payer, _payee, _purpose, amount), category in LINES.items()
    }
    assert filed == wanted


def test_the_kitas_fee_filed_under_children_is_a_bill_and_a_kids_app_a_subscription(
    store: Store, tmp_path: Path
) -> None:
    """Children holds the Kita's fee and a kids' app alike: filed there, the fee is a bill
    (hard to drop, a cost of the home), the app a subscription (one chose it, one can cancel)."""
    kita = "Elternbeitrag Kita Sonnenschein Kind Mia Becker {:02d}/2026"
    lines = [
        (f"05.{m:02d}.26", "Max Becker", "Stadt Leipzig Amt fuer Jugend und Familie",
         kita.format(m), "-182,40")
        for m in range(3, 11)
    ] + [
        (f"12.{m:02d}.26", "Max Becker", "PayPal Europe S.a.r.l. et Cie S.C.A",
         "1043338764521 PP.4512.PP . Tonies GmbH, Ihr Einkauf bei Tonies GmbH", "-7,99")
        for m in range(3, 11)
    ]  # fmt: skip
    path = tmp_path / "DKB_Umsatzliste_Girokonto_03.11.2026.csv"
    path.write_text(_HEAD + "".join(_row(*line) for line in lines), encoding="utf-8")
    assert not import_files(store, [path]).failed
    app = [t.id for t in list_transactions(store) if str(t.amount) == "-7.99"]
    set_categories(store, app, "Children")  # the user files the app under Children too

    as_of = date(2026, 11, 3)
    placed = place(store, list_subscriptions(store, as_of), as_of)
    kinds = {p.view.name: GROUP_KINDS[p.group] for p in placed}
    assert sorted(kinds.values()) == ["bill", "subscription"], kinds
