"""Merchant identity across the ways banks print one service (issue 4, requirement 1)."""

from __future__ import annotations

import pytest

from finapp.core.merchant import merchant_key


@pytest.mark.parametrize(
    "variants",
    [
        ["NETFLIX.COM 866-579-7172 CA", "NETFLIX.COM NETFLIX.COM CA", "Netflix.com Los Gatos CA"],
        ["Spotify P1A2B3C4D", "SPOTIFY USA 877-7781161 NY", "Spotify P9Z8Y7X6W"],
        ["Amazon Prime*1A2B3C Amzn.com/bill", "AMAZON PRIME*2K4LL8 AMZN.COM/BILLWA"],
        ["AMZN Mktp US*2K4LL8", "Amazon.com*MK1AB2CD3 Amzn.com/bill"],
        ["APPLE.COM/BILL 866-712-7753 CA", "APPLE.COM/BILL ONE APPLE PARK WAY CA"],
        ["STARBUCKS STORE 05123 SEATTLE WA", "STARBUCKS 11873 SEATTLE WA"],
        ["SQ *BLUE BOTTLE COFFEE", "SQ *BLUE BOTTLE COFFEE gosq.com CA"],
        ["DUOLINGO 412-567-8901 PA", "DUOLINGO PITTSBURGH PA"],
        ["TRADER JOE S #552 QPS", "TRADER JOE'S #107"],
        ["北京爱奇艺科技有限公司", "爱奇艺"],
        ["CITY OF AUSTIN UTILITIES", "CITY OF AUSTIN UTIL BILL PMT", "City of Austin"],
        # one chain in two towns, one of them of two words
        ["WHATABURGER ROUND ROCK TX", "WHATABURGER AUSTIN TX"],
        ["CHICK-FIL-A NORTH PORT FL", "CHICK-FIL-A SARASOTA FL"],
        [  # comdirect labels the party by the way the money went
            "Auftraggeber: Vodafone GmbH Buchungstext: Kd-Nr 987 Ref. 789",
            "Empfänger: Vodafone GmbH Kto/IBAN: DE89370400440532013000 Buchungstext: Kd-Nr 987",
            "VODAFONE GMBH",
        ],
    ],
)
def test_descriptor_variants_of_one_service_are_one_merchant(variants: list[str]) -> None:
    keys = {merchant_key(v) for v in variants}
    assert len(keys) == 1 and "" not in keys, keys


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("AMZN Mktp US*2K4LL8", "Amazon Prime*1A2B3C Amzn.com/bill"),
        ("GOOGLE *YouTubePremium g.co/helppay#", "GOOGLE *Google One g.co/helppay#"),
        ("UBER *TRIP HELP.UBER.COM", "LYFT *RIDE SUN 6PM"),
        ("SQ *BLUE BOTTLE COFFEE", "SQ *HARMONY MUSIC STUDIO"),
        ("BB *SHRINERS HOSPITALS", "BB *ST JUDE CHILDRENS"),  # two charities, one processor
        # two cities' utilities: the name is joined by "OF", the city after it names it
        ("CITY OF AUSTIN UTILITIES", "CITY OF ROUND ROCK WATER UTIL"),
        ("UNIVERSITY OF TEXAS TUITION", "UNIVERSITY OF MICHIGAN"),
    ],
)
def test_different_services_of_one_company_or_processor_stay_apart(one: str, other: str) -> None:
    assert merchant_key(one) != merchant_key(other)


def test_memo_names_the_merchant_when_the_name_field_does_not() -> None:
    memo = "腾讯视频VIP会员连续包月"
    assert merchant_key("/", memo) == merchant_key("", memo) != ""
    assert merchant_key("xxxx", "NETFLIX.COM 866-579-7172 CA") == "NETFLIX"


def test_chinese_payees_keep_the_name_without_branch_or_company_form() -> None:
    assert merchant_key("云膳过桥米线(传奇广场店)") == merchant_key("云膳过桥米线（国贸店）")
    assert merchant_key("深圳市腾讯计算机系统有限公司") == "腾讯"
    assert merchant_key("中国银行") == "中国银行"


def test_nothing_recognisable_gives_an_empty_key() -> None:
    assert merchant_key("", "") == ""
    assert merchant_key("12345 67890", "") == ""
