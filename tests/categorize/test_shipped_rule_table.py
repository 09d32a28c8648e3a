"""The shipped rules on payees printed as US and Chinese banks print them: each lands where a
household would file it, including names that hold another merchant's word (SHELL SHACK,
SOUTHWEST GAS, SPECTRUM HEALTH) and card-processor prefixes (SQ *, TST*) that say nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.transactions import list_transactions
from tests.categorize.statements import load

#: payee as printed → the category a household expects (None: no rule should guess)
TABLE = {
    "UBER *EATS": "Food:Delivery",
    "UBER   *EATS PENDING": "Food:Delivery",
    "UBER   *TRIP HELP.UBER.COM": "Transport:Rides & Taxis",
    "DOORDASH*CHIPOTLE": "Food:Delivery",
    "COSTCO GAS #0421": "Transport:Fuel",
    "COSTCO WHSE #0421": "Food:Groceries",
    "KROGER FUEL #1234": "Transport:Fuel",
    "KROGER #512": "Food:Groceries",
    "SAFEWAY FUEL 1234": "Transport:Fuel",
    "SHELL OIL 57442": "Transport:Fuel",
    "SHELL SHACK SEAFOOD": "Food:Dining",
    "ARCO #42107": "Transport:Fuel",
    "CIRCLE K 2741": "Transport:Fuel",
    "SPEEDWAY 0456": "Transport:Fuel",
    "WAWA 8123": "Transport:Fuel",
    "BP#9423815 SEATTLE WA": "Transport:Fuel",
    "MOBIL 0123 RENTON WA": "Transport:Fuel",
    "MARCOS PIZZA 8812": "Food:Dining",
    "SOUTHWEST GAS CORP": "Bills & Utilities:Gas & Heating",
    "SOUTHWEST AIRLINES": "Travel:Flights",
    "SPECTRUM HEALTH HOSPITAL": "Health:Doctor",
    "SPECTRUM 855-707-7328": "Bills & Utilities:Internet",
    "GRIMALDIS COAL BRICK OVEN": "Food:Dining",
    "ALDI 72061 BATAVIA IL": "Food:Groceries",
    "METRO BY T-MOBILE": "Bills & Utilities:Phone",
    "METROPOLITAN MUSEUM OF ART": "Entertainment",
    # names spelt with initials or hyphens, and airlines' ticket lines
    "H-E-B #20040 ARLINGTON VA": "Food:Groceries",
    "T.J.MAXX #0123 AUSTIN TX": "Shopping:Clothing",
    "J.CREW #123 BOSTON MA": "Shopping:Clothing",
    "L.L.BEAN 12345 FREEPORT ME": "Shopping:Clothing",
    "K-MART 1234": "Shopping",
    "DOLLARTREE AUSTIN TX": "Shopping",
    "P.F. CHANGS #1234 AUSTIN TX": "Food:Dining",
    "IN-N-OUT BURGER #123 IRVINE CA": "Food:Dining",
    "E-Z*PASSNY REBILL": "Transport:Parking & Tolls",
    "SOUTHWES 5262123456789": "Travel:Flights",
    "AMERICAN AIR0012345678901": "Travel:Flights",
    "AMERICAN AIR CONDITIONING INC": None,  # a heating engineer, not the airline
    "PRET A MANGER LONDON GBR": "Food:Dining",
    "GREGGS PLC 1234 MANCHESTER": "Food:Dining",
    # a card's line names the company behind the app: Ele.me's, Meituan's, Pinduoduo's, JD's
    "拉扎斯网络科技（上海）有限公司": "Food:Delivery",
    "北京三快在线科技有限公司": "Food:Dining",
    "上海寻梦信息技术有限公司": "Shopping:Online",
    "网银在线（北京）科技有限公司": "Shopping:Online",
    "LA METRO TAP": "Transport:Public Transit",
    "MTA*NYCT PAYGO": "Transport:Public Transit",
    "GYMBOREE 0412": "Shopping:Clothing",
    "GOLDS GYM 0442": "Health:Fitness",
    "PLANET FITNESS": "Health:Fitness",
    "STEAMBOAT GRILL": "Food:Dining",
    "STEAMGAMES.COM 4259522985": "Entertainment:Games",
    "STEAM PURCHASE 425-952-2985 WA": "Entertainment:Games",
    "ELECTRIC BIKE SHOP": "Shopping",
    "TAMPA ELECTRIC CO": "Bills & Utilities:Electricity",
    "SEATTLE CITY LIGHT": "Bills & Utilities:Electricity",
    "PUGET SOUND ENERGY": "Bills & Utilities:Electricity",
    "SQ *CITY PARKING LOT 4": "Transport:Parking & Tolls",
    "SQ *GREEN VALLEY FARMERS MKT": "Food:Groceries",
    "SQ *BLUE BOTTLE COFFEE": "Food:Coffee",
    "SQ *BOB'S BIKES 11 BROOKLYN NY": None,
    "TST* SWEETGREEN": "Food:Dining",
    "TST* JOES DINER AUSTIN TX": "Food:Dining",  # Toast serves restaurants only
    "AMAZON PRIME VIDEO": "Entertainment:Streaming",
    "PRIME VIDEO*2K4": "Entertainment:Streaming",
    "AMZN Prime*RT5YU": "Shopping:Online",
    "AMZN Mktp US*2K4LP0": "Shopping:Online",
    "NETFLIX.COM": "Entertainment:Streaming",
    "KOHLS #1234": "Shopping",
    "TOTAL WINE & MORE": "Food:Groceries",
    "TARGET 00012345": "Shopping",
    "CVS/PHARMACY #1234": "Health:Pharmacy",
    "STATE FARM INSURANCE": "Insurance",
    "T-MOBILE AUTOPAY": "Bills & Utilities:Phone",
    "COMCAST CABLE COMM": "Bills & Utilities:Internet",
    "DELTA AIR LINES": "Travel:Flights",
    "美团单车": "Transport",
    "美团外卖": "Food:Delivery",
    "美团": "Food:Dining",
    "滴滴出行": "Transport:Rides & Taxis",
    "盒马鲜生": "Food:Groceries",
    "瑞幸咖啡": "Food:Coffee",
}


def test_shipped_rules_file_real_descriptors_where_a_household_would(store, tmp_path: Path):
    day = date(2026, 11, 1)
    load(store, tmp_path, "4111000011112222", [(day, "-25.00", p) for p in TABLE])
    got = {t.payee: t.category for t in list_transactions(store)}
    wrong = {p: (got[p], want) for p, want in TABLE.items() if got[p] != want}
    assert wrong == {}


#: a US household's card and checking lines, as Amex and Chase print them → the category
US_HOUSEHOLD = {
    # grocery chains, store numbers and towns as the card prints them
    "KEY FOOD #1123       BROOKLYN            NY": "Food:Groceries",
    "STOP & SHOP 0512     STATEN ISLAND       NY": "Food:Groceries",
    "FOOD LION #1432 RALEIGH NC": "Food:Groceries",
    "GIANT 0765 ARLINGTON VA": "Food:Groceries",
    "GIANT EAGLE #4021 PITTSBURGH PA": "Food:Groceries",
    "WEGMANS #093 ROCHESTER NY": "Food:Groceries",
    "PUBLIX #1182 ORLANDO FL": "Food:Groceries",
    "H-E-B #456 AUSTIN TX": "Food:Groceries",
    "HEB GROCERY 0123 SAN ANTONIO TX": "Food:Groceries",
    "KROGER #00512 COLUMBUS OH": "Food:Groceries",
    "RALPHS #0123 LOS ANGELES CA": "Food:Groceries",
    "HARRIS TEETER #0345 CHARLOTTE NC": "Food:Groceries",
    "SHOPRITE OF BAYONNE S1 BAYONNE NJ": "Food:Groceries",
    "ALDI 72061 BATAVIA IL": "Food:Groceries",
    "TRADER JOE S #558    BROOKLYN            NY": "Food:Groceries",
    "VONS #2115 SAN DIEGO CA": "Food:Groceries",
    # gas and power bills from checking (Chase prints the ACH fields in the memo)
    "NATIONAL GRID NY UTILITYPAY": "Bills & Utilities:Gas & Heating",
    "SOCALGAS PAID SCGC": "Bills & Utilities:Gas & Heating",
    "SO CAL GAS WEB PYMT": "Bills & Utilities:Gas & Heating",
    "COLUMBIA GAS OF OHIO": "Bills & Utilities:Gas & Heating",
    "PSEG WEB PAYMENT": "Bills & Utilities:Electricity",
    "PSE&G ONLINE PMT": "Bills & Utilities:Electricity",
    "DUKE-ENERGY PAYMENT": "Bills & Utilities:Electricity",
    "PGANDE WEB ONLINE": "Bills & Utilities:Electricity",
    "XCEL ENERGY-NSP XCELENERGY": "Bills & Utilities:Electricity",
    # restaurants by the word in their name
    "JOES PIZZA          NEW YORK            NY": "Food:Dining",
    "SHAKE BURGER BAR 12 AUSTIN TX": "Food:Dining",
    "EMPIRE DINER NEW YORK NY": "Food:Dining",
    "CAFE LALO NEW YORK NY": "Food:Dining",
    "LOS TACOS TAQUERIA 2 NEW YORK NY": "Food:Dining",
    "SUSHI YASUDA NEW YORK NY": "Food:Dining",
    "IPPUDO RAMEN NY NEW YORK NY": "Food:Dining",
    # what another rule files stays there
    "PIZZA HUT 032145 DALLAS TX": "Food:Dining",
    "UBER   *EATS        HELP.UBER.COM       CA": "Food:Delivery",
    "DOORDASH*JOES PIZZA": "Food:Delivery",
    "STARBUCKS CAFE 1143 NEW YORK NY": "Food:Coffee",
    "DINERS CLUB AUTOPAY": None,
    "CAFEPRESS.COM 877-809-1659 KY": None,
}


def test_a_us_households_grocers_utilities_and_restaurants_are_filed(store, tmp_path: Path) -> None:
    day = date(2026, 11, 1)
    load(store, tmp_path, "000000918276789", [(day, "-25.00", p) for p in US_HOUSEHOLD])
    got = {t.payee: t.category for t in list_transactions(store)}
    wrong = {p: (got[p], want) for p, want in US_HOUSEHOLD.items() if got[p] != want}
    assert wrong == {}
