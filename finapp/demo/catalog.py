"""The recurring payees of a household's statements (everyday spending is in ``shops``).

Descriptors are written the way banks print them (processor prefixes, phone numbers, store
numbers, reference codes that change every charge, city/state tails, truncation), from published
statement examples, not from what finapp's merchant normaliser expects. ``{ref}`` is a fresh
reference code per charge, ``{n}`` a fresh store or terminal number.
"""

from __future__ import annotations

from dataclasses import dataclass

from finapp.core.subscription_states import StreamKind


@dataclass(frozen=True, slots=True)
class Recurring:
    """A service or payer that charges (or pays) on a cadence."""

    name: str
    kind: StreamKind
    cadence: str
    prices: tuple[str, ...]  # possible starting prices
    descriptors: tuple[str, ...]
    raises: tuple[str, ...] = ()  # possible price increases
    variable: float = 0.0  # spread of a metered bill, as a fraction of its price
    memo: str = ""


SUBSCRIPTIONS: tuple[Recurring, ...] = (
    Recurring(
        "Netflix",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("15.49", "6.99", "22.99"),
        ("NETFLIX.COM 866-579-7172 CA", "NETFLIX.COM NETFLIX.COM CA", "Netflix.com Los Gatos CA"),
        ("2.50", "2.00"),
    ),
    Recurring(
        "Spotify",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("10.99", "16.99"),
        ("Spotify P{ref}", "SPOTIFY USA 877-7781161 NY"),
        ("1.00", "2.00"),
    ),
    Recurring(
        "Hulu",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("7.99", "17.99"),
        ("HULU 877-8244858 CA", "HULU *HULU 877-8244858 CA"),
        ("2.00",),
    ),
    Recurring(
        "Disney+",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("7.99", "13.99"),
        ("DISNEY PLUS 888-905-7888 CA", "DISNEY PLUS BURBANK CA"),
        ("3.00",),
    ),
    Recurring(
        "Apple iCloud+",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("0.99", "2.99", "9.99"),
        ("APPLE.COM/BILL 866-712-7753 CA", "APPLE.COM/BILL ONE APPLE PARK WAY CA"),
    ),
    Recurring(
        "Apple Music",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("10.99",),
        ("APPLE.COM/BILL 866-712-7753 CA", "APPLE.COM/BILL ONE APPLE PARK WAY CA"),
    ),
    Recurring(
        "YouTube Premium",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("13.99",),
        ("GOOGLE *YouTubePremium g.co/helppay#", "GOOGLE *YOUTUBEPREMIUM G.CO/HELPPAY#CA"),
        ("2.00",),
    ),
    Recurring(
        "Google One",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("1.99", "2.99"),
        ("GOOGLE *Google One g.co/helppay#", "GOOGLE *GOOGLE ONE G.CO/HELPPAY#CA"),
    ),
    Recurring(
        "Amazon Prime",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("14.99",),
        ("Amazon Prime*{ref} Amzn.com/bill", "AMAZON PRIME*{ref} AMZN.COM/BILLWA"),
    ),
    Recurring(
        "Amazon Prime (annual)",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("139.00",),
        ("Amazon Prime*{ref} Amzn.com/bill", "AMAZON PRIME*{ref} AMZN.COM/BILLWA"),
    ),
    Recurring(
        "Adobe Creative Cloud",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("54.99", "22.99"),
        ("ADOBE *CREATIVE CLOUD 800-833-6687 CA", "ADOBE *ADOBE 408-536-6000 CA"),
    ),
    Recurring(
        "Microsoft 365",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("99.99", "69.99"),
        ("MICROSOFT*MICROSOFT 365 P MSBILL.INFO WA",),
        ("30.00",),
    ),
    Recurring(
        "Dropbox", StreamKind.SUBSCRIPTION, "annual", ("119.88",), ("DROPBOX*{ref} DROPBOX.COM CA",)
    ),
    Recurring(
        "The New York Times",
        StreamKind.SUBSCRIPTION,
        "four_weekly",
        ("4.00", "17.00"),
        ("NYTIMES*NYTIMES 800-698-4637 NY", "NYTIMES*NYTIMES NYTIMES.COM NY"),
    ),
    Recurring(
        "Planet Fitness",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("10.00", "24.99"),
        ("PLANET FITNESS 844-880-7180 NH", "PLANET FIT CLUB FEES 844-880-7180 NH"),
        ("5.00",),
    ),
    Recurring(
        "Planet Fitness annual fee",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("49.00",),
        ("PLANET FITNESS ANNUAL FEE 844-880-7180",),
    ),
    Recurring(
        "ChatGPT Plus",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("20.00",),
        ("OPENAI *CHATGPT SUBSCR OPENAI.COM CA", "OPENAI *CHATGPT SUBSCR SAN FRANCISCO CA"),
    ),
    Recurring(
        "Audible",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("14.95",),
        ("Audible*{ref} Amzn.com/bill NJ", "AUDIBLE*{ref} AMZN.COM/BILLNJ"),
    ),
    Recurring(
        "Patreon",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("5.00", "8.00"),
        ("PATREON* MEMBERSHIP INTERNET", "PATREON* MEMBERSHIP SAN FRANCISCO CA"),
    ),
    Recurring(
        "Duolingo",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("83.99",),
        ("DUOLINGO 412-567-8901 PA", "DUOLINGO PITTSBURGH PA"),
    ),
    Recurring(
        "Costco membership",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("65.00",),
        ("COSTCO *ANNUAL RENEWAL 800-774-2678 WA",),
        ("5.00",),
    ),
    Recurring(
        "PlayStation Plus",
        StreamKind.SUBSCRIPTION,
        "quarterly",
        ("24.99",),
        ("PLAYSTATION NETWORK 877-971-7669 CA", "Sony Interactive Ent PlayStation"),
    ),
    Recurring(
        "Peloton App",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("12.99",),
        ("PELOTON* APP MEMBERSHIP 866-679-9129 NY", "PELOTON* APP MEMBERSHIP NEW YORK NY"),
        ("1.00",),
    ),
    Recurring(
        "Kids music lessons",
        StreamKind.SUBSCRIPTION,
        "weekly",
        ("35.00",),
        ("SQ *HARMONY MUSIC STUDIO", "SQ *HARMONY MUSIC STUDIO gosq.com CA"),
    ),
    Recurring(
        "Meal kit",
        StreamKind.SUBSCRIPTION,
        "biweekly",
        ("59.94", "71.92"),
        ("HELLOFRESH 646-846-3663 NY", "HELLOFRESH.COM NY"),
    ),
    Recurring(
        "Antivirus",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("59.99",),
        ("NORTON *AP{ref} 844-488-4540 AZ", "NORTONLIFELOCK 844-488-4540 AZ"),
    ),
)

CHINESE_SUBSCRIPTIONS: tuple[Recurring, ...] = (
    Recurring(
        "腾讯视频VIP",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("25.00", "20.00"),
        ("深圳市腾讯计算机系统有限公司",),
        ("5.00",),
        memo="腾讯视频VIP会员连续包月",
    ),
    Recurring(
        "爱奇艺VIP",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("19.00",),
        ("北京爱奇艺科技有限公司", "爱奇艺"),
        memo="爱奇艺黄金VIP会员自动续费",
    ),
    Recurring(
        "网易云音乐",
        StreamKind.SUBSCRIPTION,
        "monthly",
        ("15.00",),
        ("网易云音乐",),
        memo="黑胶VIP连续包月",
    ),
    Recurring(
        "京东PLUS",
        StreamKind.SUBSCRIPTION,
        "annual",
        ("198.00",),
        ("京东PLUS会员",),
        memo="PLUS会员年卡",
    ),
)

BILLS: tuple[Recurring, ...] = (
    Recurring(
        "Electricity",
        StreamKind.BILL,
        "monthly",
        ("95.00", "140.00"),
        ("PG&E WEB ONLINE {ref}", "PGANDE WEB ONLINE {ref}"),
        variable=0.35,
    ),
    Recurring(
        "Water",
        StreamKind.BILL,
        "bimonthly",
        ("70.00", "110.00"),
        ("CITY OF SPRINGFIELD WATER UTIL {ref}",),
        variable=0.2,
    ),
    Recurring(
        "Gas utility",
        StreamKind.BILL,
        "monthly",
        ("45.00",),
        ("SOCALGAS PAID SCGC {ref}",),
        variable=0.45,
    ),
    Recurring(
        "Internet",
        StreamKind.BILL,
        "monthly",
        ("79.99", "59.99"),
        ("COMCAST CABLE COMM 800-266-2278 PA", "COMCAST XFINITY 800-266-2278 PA"),
        ("5.00", "10.00"),
    ),
    Recurring(
        "Mobile phone",
        StreamKind.BILL,
        "monthly",
        ("85.00", "140.00"),
        ("VERIZON WIRELESS PAYMENTS {ref}", "VZWRLSS*APOCC VISB {ref}"),
        variable=0.02,
    ),
    Recurring(
        "Car insurance",
        StreamKind.BILL,
        "semiannual",
        ("612.00", "840.00"),
        ("GEICO *AUTO 800-841-3000 DC", "GEICO *AUTO MACON GA"),
        ("48.00",),
    ),
    Recurring(
        "Car insurance (monthly)",
        StreamKind.BILL,
        "monthly",
        ("132.50",),
        ("PROGRESSIVE *INSURANCE 800-776-4737 OH",),
        ("9.20",),
    ),
    Recurring(
        "Renters insurance",
        StreamKind.BILL,
        "annual",
        ("168.00",),
        ("STATE FARM INSURANCE 800-956-6310 IL",),
    ),
    Recurring(
        "HOA dues",
        StreamKind.BILL,
        "quarterly",
        ("450.00",),
        ("OAK RIDGE HOA DUES WEB PMTS {ref}",),
        ("25.00",),
    ),
)

HOUSING: tuple[Recurring, ...] = (
    Recurring(
        "Rent",
        StreamKind.BILL,
        "monthly",
        ("1850.00", "2400.00"),
        (
            "ZELLE RENT PAYMENT TO SUNRISE PROPERTY MGMT",
            "RENT PAYMENT SUNRISE PROPERTY MGMT WEB ID {ref}",
        ),
    ),
    Recurring(
        "Mortgage",
        StreamKind.BILL,
        "monthly",
        ("2140.37", "1688.12"),
        ("ROCKET MORTGAGE PAYMENT PPD ID: 3300312345",),
    ),
)

SAVINGS_INTEREST = Recurring(
    "Savings interest",
    StreamKind.INCOME,
    "monthly",
    ("1.20", "4.80"),
    ("INTEREST PAYMENT",),
    variable=0.4,
)

EMPLOYERS: tuple[str, ...] = (
    "ACME CORP PAYROLL PPD ID: 1234567890",
    "GLOBEX INC DIR DEP PPD ID: 9876543210",
    "INITECH PAYROLL {ref}",
    "SPRINGFIELD SCHOOL DISTRICT SALARY",
)
