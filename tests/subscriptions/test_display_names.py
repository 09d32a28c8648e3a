"""Payee names people recognise, from descriptors as banks print them."""

from __future__ import annotations

import time

import pytest

from finapp.core.display_names import Brand, Namer, Table, shipped_namer, shipped_table, title_case

NAMES = [
    ("SPOTIFY P1A2B3C4D5 STOCKHOLM SE", "", "Spotify"),
    ("Spotify P2F3A9C1E", "", "Spotify"),
    ("APPLE.COM/BILL 866-712-7753 CA", "", "Apple"),
    ("APPLE.COM/BILL ONE APPLE PARK WAY CA", "", "Apple"),
    ("APPLE MUSIC 866-712-7753 CA", "", "Apple Music"),
    ("APL*ICLOUD 866-712-7753 CA", "", "iCloud"),
    ("ROCKET MORTGAGE PAYMENT PPD ID: 1234567890", "", "Rocket Mortgage"),
    ("GLOBEX CORP DIR DEP", "", "Salary — Globex"),
    ("GLOBEX INC DIR DEP PPD ID: 9876543210", "", "Salary — Globex"),
    ("ACME CORP PAYROLL PPD ID: 1234567890", "", "Salary — Acme"),
    ("SPRINGFIELD SCHOOL DISTRICT SALARY", "", "Salary — Springfield School District"),
    # Wells Fargo's ACH credit: the person paid comes last, after the date and a number
    ("ACME CORP PAYROLL 261028 0000123456 DOE JOHN", "", "Salary — Acme"),
    ("Gusto Payroll 261028 JOHN DOE", "", "Salary — Gusto"),
    ("DIRECT DEP INTUIT PAYROLL 2345", "", "Salary — Intuit"),
    ("LOHN/GEHALT 10/26 GLOBEX GMBH", "", "Salary — Globex"),
    ("Globex GmbH", "Gehalt Oktober 2026", "Salary — Globex"),
    # an airline's ticket number glued to its name
    ("AMERICAN AIR0012345678901 DALLAS TX", "", "American Airlines"),
    # a company whose words hold the airline's is not the airline
    ("AMERICAN AIR CONDITIONING INC", "", "American Air Conditioning"),
    ("CHASE CRD AUTOPAY PPD ID: 47600392", "", "Chase card payment"),
    ("MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA", "", "Microsoft 365"),
    ("NETFLIX.COM 866-579-7172 CA", "", "Netflix"),
    ("Netflix.com Los Gatos CA", "", "Netflix"),
    ("GOOGLE *YouTubePremium g.co/helppay#", "", "YouTube Premium"),
    ("GOOGLE *GOOGLE ONE G.CO/HELPPAY#CA", "", "Google One"),
    ("Amazon Prime*1A2B3C Amzn.com/bill", "", "Amazon Prime"),
    ("AMZN Mktp US*2K4LL8", "", "Amazon"),
    ("Audible*4T5Y6U Amzn.com/bill NJ", "", "Audible"),
    ("DISNEY PLUS BURBANK CA", "", "Disney+"),
    ("ADOBE *CREATIVE CLOUD 800-833-6687 CA", "", "Adobe Creative Cloud"),
    ("DROPBOX*8KD93J DROPBOX.COM CA", "", "Dropbox"),
    ("COMCAST CABLE COMM 800-266-2278 PA", "", "Comcast"),
    ("VZWRLSS*APOCC VISB 4452", "", "Verizon Wireless"),
    ("PG&E WEB ONLINE 1234567", "", "PG&E"),
    ("GEICO *AUTO 800-841-3000 DC", "", "GEICO"),
    ("STATE FARM INSURANCE 800-956-6310 IL", "", "State Farm"),
    ("CITY OF SPRINGFIELD WATER UTIL 88231", "", "City of Springfield Water Utilities"),
    ("CITY POWER & LIGHT", "", "City Power & Light"),
    ("ONLINE TRANSFER TO SAV XXXXXX1234 REF #IB99812", "", "Transfer to Savings"),
    ("ONLINE TRANSFER FROM CHK XXXXXX5678 REF #IB99812", "", "Transfer from Checking"),
    # Apple Card's payment from the bank account it is paid from
    (
        "ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 1234",
        "",
        "Transfer from Account …1234",
    ),
    ("INTERNET TRANSFER TO ACCOUNT ENDING IN 9876", "", "Transfer to Account …9876"),
    ("TRANSFER TO ACCOUNT 12345678", "", "Transfer to Account …5678"),
    ("ONLINE TRANSFER TO XXXXXX1234", "", "Transfer to Account …1234"),
    ("TRANSFER TO CREDIT CARD ENDING 4321", "", "Transfer to Credit Card …4321"),
    # Chase prints the other account after its number's label, which is no field ending the party
    ("Online Transfer to ACCT # XXXX5678", "", "Transfer to Account …5678"),
    ("ONLINE TRANSFER FROM ACCT #...5678 ON 12/01", "", "Transfer from Account …5678"),
    ("WIRE TRANSFER TO J CHEN REF 8812", "", "Payment to Chen"),  # a person, not an account
    ("ZELLE TO SMITH JAMES", "", "Zelle to Smith James"),
    ("VENMO PAYMENT TO JOHN DOE 1234", "", "Venmo to John Doe"),
    ("代发工资", "深圳市腾讯计算机系统有限公司", "Salary — 腾讯"),
    ("工资", "", "Salary"),
    ("CITY OF AUSTIN UTILITIES 512-494-9400 TX", "", "City of Austin Utilities"),
    ("OAK RIDGE HOA DUES WEB PMTS 99123", "", "Oak Ridge HOA Dues"),
    # names spelt with initials or hyphens, as their card lines print them
    ("H-E-B #20040 ARLINGTON VA", "", "H-E-B"),
    ("HEB #595 AUSTIN TX", "", "H-E-B"),
    ("J.CREW #123 BOSTON MA", "", "J.Crew"),
    ("T.J.MAXX #0123 AUSTIN TX", "", "T.J.Maxx"),
    ("CHICK-FIL-A #01234 AUSTIN TX", "", "Chick-fil-A"),
    ("IN-N-OUT BURGER #123 IRVINE CA", "", "In-N-Out Burger"),
    ("E-Z*PASSNY REBILL", "", "E-ZPass"),
    ("24 HOUR FITNESS USA INC 800-432-6348 CA", "", "24 Hour Fitness"),
    ("SOUTHWES 5262123456789", "", "Southwest Airlines"),
    ("FEDEX 123456789", "", "FedEx"),
    ("Pret A Manger", "PRET A MANGER LONDON GBR", "Pret A Manger"),
    # a Chinese card's line names the company behind the app
    ("拉扎斯网络科技（上海）有限公司", "", "饿了么"),
    ("北京三快在线科技有限公司", "", "美团"),
    ("上海寻梦信息技术有限公司", "", "拼多多"),
    ("SQ *HARMONY MUSIC STUDIO gosq.com CA", "", "Harmony Music Studio"),
    ("TORCHYS TACOS ROUND ROCK TX", "", "Torchys Tacos"),  # a town of two words
    ("TST* BLUE BOTTLE COFFEE #1234 OAKLAND CA", "", "Blue Bottle Coffee"),
    # Blackbaud takes gifts for charities, FastSpring sells software: the party follows the *
    ("BB *SHRINERS HOSPITALS 800-241-4438 FL", "", "Shriners Hospitals"),
    ("FS *SKETCH 888-555-0143 MD", "", "Sketch"),
    ("CO-OP GROUP 070412", "", "Co-op"),  # was "Op Group": CO is a company's form elsewhere
    ("PAYPAL *ETSYSELLER 402-935-7733 CA", "", "Etsyseller"),
    ("CVS/PHARMACY #04412 AUSTIN TX", "", "CVS Pharmacy"),
    ("TRADER JOE'S #552 PORTLAND OR", "", "Trader Joe's"),
    ("BOB'S TOOLS & SONS 0042", "", "Bob's Tools & Sons"),  # a possessive keeps its 's
    ("AMY’S KITCHEN #12", "", "Amy's Kitchen"),
    ("MCDONALD'S F1234 AUSTIN TX", "", "McDonald's"),
    # an elided article or preposition stays joined to its word, as French and Italian write it
    ("L'ORANGE BLEUE RENNES", "", "L'Orange Bleue Rennes"),
    ("PRLV SEPA SSQ SOCIETE D'ASSURANCE-VIE", "", "SSQ Societe d'Assurance Vie"),
    ("OSTERIA DELL'ANGELO", "", "Osteria dell'Angelo"),
    ("O'REILLY AUTO 1234", "", "O'Reilly Auto Parts"),
    ("INTEREST PAYMENT", "", "Interest"),
    # cash is no payee: not the bank whose machine paid it out, nor the machine's street
    ("ATM WITHDRAWAL 1234 MAIN ST", "", "Cash withdrawal"),
    ("MAIN ST DELI 1234", "", "Main St Deli"),
    ("POS PURCHASE", "NETFLIX.COM", "Netflix"),
    ("支付宝-爱奇艺会员", "", "爱奇艺"),
    ("财付通-腾讯视频", "", "腾讯视频"),
    ("北京爱奇艺科技有限公司", "", "爱奇艺"),
    ("网易云音乐", "黑胶VIP连续包月", "网易云音乐"),
    ("QQ音乐", "绿钻豪华版", "QQ音乐"),
    ("上海宽娱数码科技有限公司", "哔哩哔哩大会员", "哔哩哔哩"),
    ("美团", "美团外卖订单", "美团外卖"),
    ("饿了么", "", "饿了么"),
    ("滴滴出行", "快车", "滴滴出行"),
    ("中国移动通信集团", "话费充值", "中国移动"),
    ("国网上海市电力公司", "电费", "国家电网"),
    ("/", "云膳过桥米线(传奇广场店)", "云膳过桥米线"),
    ("支付宝-云膳过桥米线(传奇广场店)", "", "云膳过桥米线"),
]


@pytest.mark.parametrize(("payee", "memo", "name"), NAMES)
def test_a_descriptor_gets_the_name_people_know(payee: str, memo: str, name: str) -> None:
    assert shipped_namer().name(payee, memo) == name


def test_a_card_payment_is_named_after_the_card_s_bank() -> None:
    namer = shipped_namer()
    assert namer.name("AUTOMATIC PAYMENT - THANK YOU", issuer="Chase") == "Chase card payment"
    assert namer.name("AUTOMATIC PAYMENT - THANK YOU") == "Card payment"
    # the line's own bank wins over the account's
    assert namer.name("CITI AUTOPAY PAYMENT 0412", issuer="Chase") == "Citi card payment"
    # a card account named after the card, with no bank given
    assert namer.name("PAYMENT THANK YOU", issuer="Visa card") == "Visa card payment"


def test_a_brand_is_matched_as_whole_words() -> None:
    namer = Namer(Table((Brand("Citi", ("citi",), issuer=True),), (), (), ()))
    assert namer.name("CITIZENS MARKET 4412 BOISE ID") == "Citizens Market"
    assert namer.name("CITI CARD 4412") == "Citi"


def test_title_case_keeps_initials_and_small_words() -> None:
    assert title_case(["CITY", "OF", "SPRINGFIELD"]) == "City of Springfield"
    assert title_case(["OAK", "RIDGE", "HOA"]) == "Oak Ridge HOA"
    assert title_case(["PG&E"]) == "PG&E"
    assert title_case(["SUNRISE", "PROPERTY", "MGMT"]) == "Sunrise Property Management"
    assert title_case(["SUNRISE", "PROPERTY", "MGT"]) == "Sunrise Property MGT"
    assert title_case(["TJX"]) == "TJX"
    # a Danish or Swedish word is no set of initials for want of an English vowel
    assert title_case(["LØN", "NOVEMBER"]) == "Løn November"
    assert title_case(["LÖN"]) == "Lön"


def test_naming_300k_lines_stays_fast() -> None:
    """A long history repeats its payees: each distinct line is named once."""
    namer = Namer(shipped_table())  # a fresh memory, as at start-up
    lines = [f"SPOTIFY P{i % 900:05d}AB STOCKHOLM SE" for i in range(300_000)]
    started = time.perf_counter()
    names = {namer.name(line) for line in lines}
    assert names == {"Spotify"}
    assert time.perf_counter() - started < 3.0
