"""Everyday spending of a household: the shops, how often it visits them, what it pays.

Descriptors are written the way banks print them (see :mod:`finapp.demo.catalog`); ``{ref}`` is a
fresh reference code per charge, ``{n}`` one of the household's usual store numbers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Everyday:
    """Irregular spending: visits per month, and the amounts seen."""

    name: str
    descriptors: tuple[str, ...]
    per_month: float
    low: str
    high: str
    repeat_prices: tuple[str, ...] = ()  # the usual order, bought again and again
    every_days: tuple[int, int] | None = None  # habit with a loose rhythm (haircut)


EVERYDAY: tuple[Everyday, ...] = (
    Everyday(
        "coffee",
        ("STARBUCKS STORE {n} SEATTLE WA", "STARBUCKS {n} SEATTLE WA"),
        14,
        "3.45",
        "9.80",
        ("4.75", "5.25", "6.45"),
    ),
    Everyday(
        "cafe",
        ("SQ *BLUE BOTTLE COFFEE", "SQ *BLUE BOTTLE COFFEE gosq.com CA"),
        6,
        "4.00",
        "12.00",
        ("5.50",),
    ),
    Everyday("groceries", ("TRADER JOE S #{n} QPS", "TRADER JOE'S #{n}"), 5, "18.00", "160.00"),
    Everyday("supermarket", ("SAFEWAY #{n}", "SAFEWAY STORE {n}"), 4, "9.00", "210.00"),
    Everyday("whole foods", ("WHOLEFDS MKT #{n}",), 2, "12.00", "95.00"),
    Everyday("fuel", ("SHELL OIL {n}", "SHELL SERVICE STATION {n}"), 3, "28.00", "72.00"),
    Everyday("fuel 2", ("CHEVRON {n}",), 1.5, "25.00", "68.00"),
    Everyday("rides", ("UBER *TRIP HELP.UBER.COM", "UBER *TRIP"), 5, "8.40", "46.00", ("11.93",)),
    Everyday(
        "rides 2", ("LYFT *RIDE SUN 6PM", "LYFT *RIDE FRI 8AM", "LYFT *RIDE"), 2, "7.90", "38.00"
    ),
    Everyday(
        "amazon",
        ("AMZN Mktp US*{ref}", "Amazon.com*{ref} Amzn.com/bill"),
        6,
        "6.99",
        "120.00",
        ("12.99", "24.99"),
    ),
    Everyday(
        "app store", ("APPLE.COM/BILL 866-712-7753 CA",), 0.7, "0.99", "14.99", ("0.99", "4.99")
    ),
    Everyday("pharmacy", ("CVS/PHARMACY #{n}",), 1.5, "4.50", "48.00"),
    Everyday("target", ("TARGET 000{n}", "TARGET T-{n}"), 2, "8.00", "140.00"),
    Everyday("lunch", ("CHIPOTLE {n}", "CHIPOTLE ONLINE"), 4, "11.25", "28.00", ("12.85",)),
    Everyday(
        "restaurants",
        ("TST* THE LOCAL KITCHEN", "TST* LUCKY DRAGON", "PIZZERIA {n}"),
        5,
        "18.00",
        "120.00",
    ),
    Everyday("delivery", ("DOORDASH*{ref}", "DD *DOORDASH {ref}"), 3, "15.00", "65.00"),
    Everyday("hardware", ("THE HOME DEPOT #{n}",), 1, "6.00", "220.00"),
    Everyday("haircut", ("GREAT CLIPS #{n}",), 0, "24.00", "24.00", ("24.00",), (28, 49)),
    Everyday("parking", ("PARKMOBILE {ref}", "SP+ PARKING {n}"), 3, "2.50", "18.00", ("6.00",)),
)

#: Spending that leaves the checking account itself: cash and person-to-person payments.
CHECKING_EVERYDAY: tuple[Everyday, ...] = (
    Everyday(
        "atm",
        ("ATM WITHDRAWAL {n} MAIN ST", "NON-CHASE ATM WITHDRAW {n}"),
        2,
        "20.00",
        "200.00",
        ("40.00", "60.00", "100.00"),
    ),
    Everyday(
        "venmo",
        ("VENMO PAYMENT {ref} WEB ID: 3264681992",),
        2,
        "8.00",
        "150.00",
        ("20.00", "50.00"),
    ),
)

CHINESE_EVERYDAY: tuple[Everyday, ...] = (
    Everyday(
        "瑞幸咖啡",
        ("瑞幸咖啡(中关村店)", "瑞幸咖啡(望京SOHO店)"),
        10,
        "9.90",
        "29.00",
        ("9.90", "13.00"),
    ),
    Everyday("美团外卖", ("美团外卖",), 6, "18.00", "68.00"),
    Everyday("滴滴出行", ("滴滴出行",), 5, "11.00", "56.00"),
    Everyday("便利店", ("全家FamilyMart(东直门店)", "7-ELEVEn(国贸店)"), 4, "6.00", "45.00"),
)
