"""The shipped rules on what British, American and Chinese households' banks print for the bills
and shops of every month: council tax, the TV licence, water, energy, broadband and the phone are
filed where the household files them (so their streams are bills, not subscriptions), weekly
WAGES are the salary, a US city's utility, a student loan's servicer, an oil change and an
airline's ticket number are known, and a fund bought every month out of a Chinese bank card is
the household's own savings, not spending. Names that only hold one of those words (THREE
BROTHERS PIZZA, UNITED WAY, O2 ACADEMY, the BRITISH COUNCIL) are not taken for them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.stream_groups import GROUP_KINDS
from finapp.services.imports import import_files
from finapp.services.shipped_rule_file import ShippedGroup
from finapp.services.subscription_groups import place
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import load
from tests.categorize.test_shipped_refresh import _as_older_finapp_left_it, _reopened
from tests.cmb_statements import cmb_debit

#: a Starling current account's line: (counter party, reference, type, amount)
Starling = tuple[str, str, str, str]

#: a UK household's lines as Starling exports them → the category it expects (None: no rule
#: should guess)
UK_LINES: dict[Starling, str | None] = {
    ("LEEDS CITY COUNCIL", "CTAX 40012345", "DIRECT DEBIT", "-148.20"): "Taxes",
    ("BRADFORD MDC", "COUNCIL TAX 5012345", "DIRECT DEBIT", "-131.00"): "Taxes",
    ("HMRC NDDS", "1234567890K", "DIRECT DEBIT", "-212.40"): "Taxes",
    ("TV LICENCE MBP", "7771234567", "DIRECT DEBIT", "-14.54"): "Bills & Utilities",
    ("EE LIMITED", "Q12345678901", "DIRECT DEBIT", "-28.00"): "Bills & Utilities:Phone",
    ("O2 UK", "12345678", "DIRECT DEBIT", "-21.00"): "Bills & Utilities:Phone",
    ("TELEFONICA UK", "12345678", "DIRECT DEBIT", "-21.00"): "Bills & Utilities:Phone",
    ("THREE", "9087654321", "DIRECT DEBIT", "-18.00"): "Bills & Utilities:Phone",
    ("GIFFGAFF", "GG 12345", "DIRECT DEBIT", "-10.00"): "Bills & Utilities:Phone",
    ("VODAFONE LIMITED", "7123456789", "DIRECT DEBIT", "-24.00"): "Bills & Utilities:Phone",
    ("YORKSHIRE WATER", "9912345678", "DIRECT DEBIT", "-38.50"): "Bills & Utilities:Water",
    ("THAMES WATER", "TW 8876543", "DIRECT DEBIT", "-41.20"): "Bills & Utilities:Water",
    ("UNITED UTILITIES", "UU 4455667", "DIRECT DEBIT", "-36.00"): "Bills & Utilities:Water",
    ("SEVERN TRENT", "ST 9988776", "DIRECT DEBIT", "-33.10"): "Bills & Utilities:Water",
    ("BRITISH GAS", "850012345678", "DIRECT DEBIT", "-64.00"): "Bills & Utilities:Gas & Heating",
    ("EDF ENERGY", "671234567", "DIRECT DEBIT", "-71.00"): "Bills & Utilities:Electricity",
    ("E.ON NEXT", "A-12345678", "DIRECT DEBIT", "-69.00"): "Bills & Utilities:Electricity",
    ("OVO ENERGY", "OVO 1234567", "DIRECT DEBIT", "-58.00"): "Bills & Utilities:Electricity",
    ("SCOTTISH POWER", "SP 12345678", "DIRECT DEBIT", "-62.00"): "Bills & Utilities:Electricity",
    ("OCTOPUS ENERGY", "A-1B2C3D4E", "DIRECT DEBIT", "-78.00"): "Bills & Utilities:Electricity",
    ("VIRGIN MEDIA", "123456701", "DIRECT DEBIT", "-52.00"): "Bills & Utilities:Internet",
    ("BT GROUP PLC", "VP12345678", "DIRECT DEBIT", "-45.99"): "Bills & Utilities:Internet",
    ("SKY DIGITAL", "12345678", "DIRECT DEBIT", "-39.00"): "Bills & Utilities:Internet",
    ("TALKTALK", "TT 12345678", "DIRECT DEBIT", "-29.50"): "Bills & Utilities:Internet",
    ("ADMIRAL INSURANCE", "P12345678", "DIRECT DEBIT", "-48.21"): "Insurance",
    ("AVIVA", "LIFE 0012345", "DIRECT DEBIT", "-22.00"): "Insurance",
    ("DIRECT LINE", "HOME 0098765", "DIRECT DEBIT", "-19.40"): "Insurance",
    ("PUREGYM LTD", "PG1234567", "DIRECT DEBIT", "-24.99"): "Health:Fitness",
    ("ACME LOGISTICS LTD", "WAGES", "FASTER PAYMENT", "607.24"): "Income:Salary",
    ("Northern Rail", "NORTHERN TRAINS LEEDS", "CONTACTLESS", "-6.80"): "Transport:Public Transit",
    ("TfL Travel Charge", "TFL TRAVEL CH", "CONTACTLESS", "-2.80"): "Transport:Public Transit",
    ("Trainline", "TRAINLINE.COM", "ONLINE PAYMENT", "-42.60"): "Transport:Public Transit",
    ("Greggs", "GREGGS 1234 LEEDS", "CONTACTLESS", "-3.85"): "Food:Dining",
    ("Pret A Manger", "PRET A MANGER LEEDS", "CONTACTLESS", "-6.45"): "Food:Dining",
    ("Tesco Stores", "TESCO STORES 2041", "CHIP AND PIN", "-73.87"): "Food:Groceries",
    ("Sainsburys", "SAINSBURYS S/MKTS", "CHIP AND PIN", "-41.10"): "Food:Groceries",
    ("Asda", "ASDA STORES 4123", "CHIP AND PIN", "-52.30"): "Food:Groceries",
    ("Morrisons", "WM MORRISON 0123", "CHIP AND PIN", "-38.75"): "Food:Groceries",
    ("Aldi", "ALDI 45 LEEDS", "CHIP AND PIN", "-27.90"): "Food:Groceries",
    ("Lidl", "LIDL GB LEEDS", "CHIP AND PIN", "-19.99"): "Food:Groceries",
    ("CO-OP GROUP", "CO-OP GROUP 070412 LEEDS", "CONTACTLESS", "-8.40"): "Food:Groceries",
    ("Deliveroo", "DELIVEROO", "ONLINE PAYMENT", "-21.84"): "Food:Delivery",
    ("Just Eat", "JUST EAT.CO.UK", "ONLINE PAYMENT", "-18.20"): "Food:Delivery",
    ("Tesco", "TESCO PFS 3124", "CHIP AND PIN", "-61.61"): "Transport:Fuel",
    ("Tesco Mobile", "TESCO MOBILE", "DIRECT DEBIT", "-12.00"): "Bills & Utilities:Phone",
    # names that only hold one of those words
    ("THREE BROTHERS PIZZA", "", "CONTACTLESS", "-18.00"): "Food:Dining",
    ("O2 ACADEMY LEEDS", "TICKETS", "ONLINE PAYMENT", "-30.00"): None,
    ("BRITISH COUNCIL", "IELTS", "ONLINE PAYMENT", "-195.00"): None,
    ("Skyscanner", "SKYSCANNER", "ONLINE PAYMENT", "-5.00"): None,
    ("HMRC", "TAX REFUND", "FASTER PAYMENT", "120.00"): "Refunds",
    ("ACME HOME STORE", "REFUND", "FASTER PAYMENT", "14.20"): "Refunds",
    ("J WAGESTAFF", "DINNER", "FASTER PAYMENT", "25.00"): None,
}

#: US lines as the card or checking account prints them → the category a household expects
US_LINES: dict[str, str | None] = {
    "CITY OF AUSTIN UTILITIES": "Bills & Utilities",
    "CITY OF ROUND ROCK WATER UTIL": "Bills & Utilities:Water",
    "NELNET STUDENT LOAN": "Bills & Utilities",
    "NAVIENT": "Bills & Utilities",
    "SALLIE MAE": "Bills & Utilities",
    "MOHELA": "Bills & Utilities",
    "FIRESTONE #012345": "Transport",
    "JIFFY LUBE #1234": "Transport",
    "UNITED 0162345678901": "Travel:Flights",
    "UNITED AIRLINES": "Travel:Flights",
    "DELTA AIR LINES": "Travel:Flights",
    "AMERICAN AIRLINES": "Travel:Flights",
    "SOUTHWEST AIR": "Travel:Flights",
    # names that only hold one of those words
    "UNITED WAY OF CENTRAL TEXAS": "Gifts & Donations",  # a charity, not a flight
    "UNITED SUPERMARKETS #123": "Food:Groceries",  # the Texas grocer
    "UNITED HEALTHCARE 8001234567": None,
    "CITY OF AUSTIN PARKS REC": None,
    "FIRESTONE WALKER BREWING": None,
    "SALLIE MAE BANK TRANSFER": None,  # a move to one's savings there, not a loan
}


def _starling(folder: Path, lines: list[tuple[date, Starling]]) -> Path:
    """A Starling current account's CSV export of ``lines``, its balance running."""
    rows = ["Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes"]
    balance = Decimal("2500.00")
    rows.append(f"{lines[0][0]:%d/%m/%Y},Opening Balance,,,0.00,{balance},,")
    for day, (party, reference, kind, amount) in lines:
        balance += Decimal(amount)
        rows.append(f"{day:%d/%m/%Y},{party},{reference},{kind},{amount},{balance},GENERAL,")
    first, last = lines[0][0], lines[-1][0]
    path = folder / f"StarlingStatement_{first:%Y-%m-%d}_{last:%Y-%m-%d}.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_uk_households_lines_are_filed_where_it_expects(store: Store, tmp_path: Path) -> None:
    day = date(2024, 8, 1)
    result = import_files(store, [_starling(tmp_path, [(day, line) for line in UK_LINES])])
    assert [f.error for f in result.files] == [None]
    got = {(t.payee, t.memo, str(t.amount)): t.category for t in list_transactions(store)}
    want = {
        (party, ref, amount): category for (party, ref, _, amount), category in UK_LINES.items()
    }
    wrong = {line: (got.get(line), want[line]) for line in want if got.get(line) != want[line]}
    assert wrong == {}


def test_a_us_households_bills_airlines_and_car_care_are_known(
    store: Store, tmp_path: Path
) -> None:
    day = date(2026, 11, 2)
    load(store, tmp_path, "4111000011112222", [(day, "-85.00", payee) for payee in US_LINES])
    got = {t.payee: t.category for t in list_transactions(store)}
    wrong = {p: (got[p], want) for p, want in US_LINES.items() if got[p] != want}
    assert wrong == {}


def test_a_fund_bought_from_a_chinese_bank_card_is_the_households_own_savings(
    store: Store, tmp_path: Path
) -> None:
    day = date(2026, 10, 8)
    lines = [
        (day, "-1000.00", "基金申购", "易方达蓝筹精选混合"),
        (day, "-500.00", "定投", "招商中证白酒指数"),
        (day, "-2000.00", "理财产品购买", "朝朝宝"),
        (day, "1000.00", "基金申购退款", "易方达蓝筹精选混合"),  # a purchase sent back
        (day, "-85.00", "代扣", "北京某某物业管理有限公司物业费"),
        (day, "-43.20", "快捷支付", "支付宝-北京市自来水集团水费"),
        (day, "-120.50", "快捷支付", "支付宝-北京燃气集团燃气费"),
        # a children's charity, a foundation (基金会) and no fund: a donation, not savings
        (day, "-200.00", "快捷支付", "支付宝-中国儿童少年基金会"),
    ]
    result = import_files(store, [cmb_debit(tmp_path, lines, opening="80000.00")])
    assert [f.error for f in result.files] == [None]
    got = {(t.memo, str(t.amount)): t.category for t in list_transactions(store)}
    assert got == {
        ("基金申购", "-1000.00"): "Transfers:Savings",
        ("定投", "-500.00"): "Transfers:Savings",
        ("理财产品购买", "-2000.00"): "Transfers:Savings",
        ("基金申购退款", "1000.00"): "Transfers:Savings",
        ("代扣", "-85.00"): "Housing",
        ("快捷支付", "-43.20"): "Bills & Utilities:Water",
        ("快捷支付", "-120.50"): "Bills & Utilities:Gas & Heating",
        ("快捷支付", "-200.00"): "Gifts & Donations",
    }


def _monthly(months: int, day: int) -> list[date]:
    """``day`` of each month from April 2026 on, ``months`` of them."""
    return [date(2026, 4 + n, day) for n in range(months)]


#: the streams a household reads among its bills, by the names the page gives them
BILLS = (
    "Leeds City Council",
    "Yorkshire Water",
    "EE Limited",
    "TV Licence MBP",
    "Navient",
    "Bright Horizons Tuition",
)


def test_the_households_monthly_bills_are_bills_and_a_monthly_fund_is_no_subscription(
    store: Store, tmp_path: Path
) -> None:
    """Council tax, water, the phone, the TV licence and a student loan are filed by the
    shipped rules under a bill's category; childcare no rule files (Education and Children
    hold subscriptions too) stays a bill by its word TUITION; a fund bought every month is the
    household's own savings, a transfer."""
    months = 7
    direct_debits = [
        ("LEEDS CITY COUNCIL", "CTAX 40012345", "-148.20", 1),
        ("TV LICENCE MBP", "7771234567", "-14.54", 3),
        ("EE LIMITED", "Q12345678901", "-28.00", 16),
        ("YORKSHIRE WATER", "9912345678", "-38.50", 20),
    ]
    uk = sorted(
        (day, (party, reference, "DIRECT DEBIT", amount))
        for party, reference, amount, on in direct_debits
        for day in _monthly(months, on)
    )
    cn = [(day, "-1000.00", "基金申购", "易方达蓝筹精选混合") for day in _monthly(months, 8)]
    result = import_files(
        store, [_starling(tmp_path, uk), cmb_debit(tmp_path, cn, opening="80000.00")]
    )
    assert [f.error for f in result.files] == [None, None]
    us = [(day, "-960.00", "BRIGHT HORIZONS TUITION") for day in _monthly(months, 5)]
    us += [(day, "-287.41", "NAVIENT") for day in _monthly(months, 12)]
    load(store, tmp_path, "000123456789", sorted(us))

    as_of = date(2026, 10, 25)
    # each stream's kind as the Subscriptions page and ``subscriptions list`` give it: its group's
    placed = place(store, list_subscriptions(store, as_of), as_of)
    kinds = {p.view.name: GROUP_KINDS[p.group] for p in placed}
    assert {name: kinds.get(name) for name in BILLS} == dict.fromkeys(BILLS, "bill"), kinds
    assert kinds.get("易方达蓝筹精选混合", "transfer") == "transfer", kinds


def test_a_store_seeded_before_these_rules_files_its_bills_when_opened(
    store: Store, tmp_path: Path
) -> None:
    older: list[ShippedGroup] = [
        {"category": "Refunds", "match": "contains", "sign": "in", "patterns": ["REFUND"]}
    ]
    _as_older_finapp_left_it(store, older)
    day = date(2024, 8, 1)
    lines = [
        ("LEEDS CITY COUNCIL", "CTAX 40012345", "DIRECT DEBIT", "-148.20"),
        ("EE LIMITED", "Q12345678901", "DIRECT DEBIT", "-28.00"),
        ("ACME LOGISTICS LTD", "WAGES", "FASTER PAYMENT", "607.24"),
    ]
    import_files(store, [_starling(tmp_path, [(day, line) for line in lines])])
    assert {t.category for t in list_transactions(store)} == {None}

    store = _reopened(store)
    try:
        got = {t.payee: t.category for t in list_transactions(store)}
        assert got == {
            "LEEDS CITY COUNCIL": "Taxes",
            "EE LIMITED": "Bills & Utilities:Phone",
            "ACME LOGISTICS LTD": "Income:Salary",
        }
    finally:
        store.close()
