"""The annual review tells every subscription that ended in the year: those the user cancelled
(what each saves a year, or that it charged again since) and, apart, those that stopped charging
without the user marking them cancelled (their last charge, what they no longer cost), never one
whose statements merely end. Read through the service, the ``finapp`` command and the demo."""

from __future__ import annotations

import json
from datetime import date

import pytest

from finapp.importers.base import ParsedAccount, ParsedTransaction
from finapp.services import subscription_audit as audit_service
from finapp.services import subscriptions as subs
from finapp.services.demo import fill_demo_store
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.conftest import MadeStore
from tests.health.test_subscription_audit import load, monthly

TODAY = date(2026, 12, 6)
CARD_END = date(2026, 12, 4)  # the Sapphire Visa's statements end here
DISCOVER_END = date(2026, 8, 31)  # the Discover card's were last imported in September
ALIPAY_END = date(2026, 12, 1)
SAPPHIRE = ParsedAccount("4111000011117342", "Chase", "credit_card", "USD", "Sapphire Visa")
DISCOVER = ParsedAccount("6011000990139424", "Discover", "credit_card", "USD", "Discover it")
ALIPAY = ParsedAccount("2088102146257381", "支付宝", "checking", "CNY", "支付宝")

HULU = "HULU 877-8244858 CA"
PELOTON = "PELOTON* APP MEMBERSHIP 866-679-9129 NY"
DISNEY = "DISNEY PLUS 888-905-7888 CA"
NETFLIX = "NETFLIX.COM 866-579-7172 CA"
SPOTIFY = "SPOTIFY USA 877-7781161 NY"
DROPBOX = "DROPBOX*7QK2MZ9LXW DROPBOX.COM CA"
TENCENT = "深圳市腾讯计算机系统有限公司 腾讯视频VIP会员连续包月"
IQIYI = "北京爱奇艺科技有限公司 爱奇艺黄金VIP会员自动续费"


def audible(first: date, last: date) -> list[ParsedTransaction]:
    """Audible's monthly credit, each charge with its own order reference as Amazon bills it."""
    return [
        ParsedTransaction(t.posted, t.amount, f"Audible*{ref} Amzn.com/bill NJ", fitid=t.fitid)
        for t, ref in zip(
            monthly("Audible", first, "-14.95", last),
            ["2K4PL91Q3", "H71ZX0M42", "9QW3E5R7T", "MX4K2L8P1", "B7N3C9V5Z", "T2Y6U8I0O",
             "P5L1K3J7H", "G9F2D4S6A", "Z1X3C5V7B", "N2M4Q6W8E", "R1T3Y5U7I", "O2P4A6S8D",
             "F1G3H5J7K", "L2Z4X6C8V", "B1N3M5Q7W"],
            strict=False,
        )
    ]  # fmt: skip


def household(store: Store) -> None:
    """A New York couple with a Chinese wallet, statements since January 2025: Hulu, Audible
    and 腾讯视频 cancelled with the merchant and never told finapp, Spotify so in 2025, Disney+
    cancelled in June, Peloton cancelled on 27 October yet charged on 2 November and 2 December;
    Dropbox on a card whose statements stop at the end of August."""
    start = date(2025, 1, 2)
    load(
        store,
        SAPPHIRE,
        [
            *monthly(NETFLIX, date(2025, 1, 9), "-17.99", CARD_END),
            *monthly(HULU, date(2025, 1, 13), "-7.99", date(2026, 10, 13)),
            *monthly(PELOTON, start, "-12.99", CARD_END),
            *monthly(DISNEY, date(2025, 1, 5), "-10.99", date(2026, 6, 5)),
            *monthly(SPOTIFY, date(2025, 1, 14), "-11.99", date(2025, 8, 14)),
            *audible(date(2025, 1, 11), date(2026, 3, 11)),
            *monthly("WHOLEFDS BRK 10233 BROOKLYN NY", date(2025, 1, 4), "-63.18", CARD_END),
        ],
    )
    load(
        store,
        DISCOVER,
        [
            *monthly(DROPBOX, date(2025, 1, 21), "-11.99", DISCOVER_END),
            *monthly("TRADER JOE S #558 BROOKLYN NY", date(2025, 1, 31), "-48.20", DISCOVER_END),
        ],
    )
    load(
        store,
        ALIPAY,
        [
            *monthly(TENCENT, date(2025, 1, 14), "-20.00", date(2026, 10, 14)),
            *monthly(IQIYI, date(2025, 1, 19), "-19.00", date(2026, 11, 19)),
            *monthly("美团外卖 订单 2611221842", date(2025, 1, 1), "-38.50", ALIPAY_END),
        ],
    )
    subs.detect_subscriptions(store, TODAY)
    views = {v.name: v for v in subs.stored_subscriptions(store)}
    subs.cancel(store, views["Disney+"].id, date(2026, 6, 20))
    subs.cancel(store, views["Peloton"].id, date(2026, 10, 27))


@pytest.fixture
def couple(made_store: MadeStore) -> Store:
    return made_store("a couple whose subscriptions ended in 2026", household)


def test_the_review_tells_cancellations_charged_again_and_subscriptions_that_stopped(
    couple: Store,
) -> None:
    review = audit_service.annual_review(couple, 2026)
    assert [(c.name, c.on, c.annual_minor) for c in review.cancelled] == [
        ("Disney+", date(2026, 6, 20), 13188)
    ]
    assert review.saved_per_year == {"USD": 13188}  # Peloton saves nothing: it still charges
    assert [(c.name, c.on, c.charges) for c in review.cancelled_yet_charged] == [
        ("Peloton", date(2026, 10, 27), ((date(2026, 11, 2), 1299), (date(2026, 12, 2), 1299)))
    ]
    assert [(s.name, s.last_charge, s.last_minor, s.annual_minor) for s in review.stopped] == [
        ("Audible", date(2026, 3, 11), 1495, 17940),
        ("Hulu", date(2026, 10, 13), 799, 9588),
        ("腾讯视频", date(2026, 10, 14), 2000, 24000),
    ]
    assert review.stopped_per_year == {"CNY": 24000, "USD": 17940 + 9588}
    # Dropbox's card was not imported after August: nothing says it stopped
    assert "Dropbox" not in {s.name for s in review.stopped}


def test_a_subscription_stopped_in_an_earlier_year_belongs_to_that_years_review(
    couple: Store,
) -> None:
    earlier = audit_service.annual_review(couple, 2025)
    assert [(s.name, s.last_charge) for s in earlier.stopped] == [("Spotify", date(2025, 8, 14))]
    assert (earlier.cancelled, earlier.cancelled_yet_charged) == ((), ())


def test_the_command_tells_them_in_text_and_json(
    couple: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(couple.data_dir)
    couple.close()
    code, out, err = run_main(
        ["--data-dir", folder, "subscriptions", "annual-review", "--year", "2026"], capsys
    )
    assert code == 0, err
    assert "cancelled Disney+ on 2026-06-20: saves 131.88 USD a year" in out
    assert (
        "cancelled Peloton on 2026-10-27, but charged again: 12.99 USD on 2026-11-02, "
        "12.99 USD on 2026-12-02 (saves nothing yet)"
    ) in out
    assert (
        "stopped charging (not marked cancelled): Hulu, last 7.99 USD on 2026-10-13 "
        "(95.88 USD a year no longer paid)"
    ) in out
    assert "stopped charging (not marked cancelled): Audible, last 14.95 USD on 2026-03-11" in out
    assert "stopped charging, no longer paid per year: 275.28 USD" in out
    assert "saved per year: 131.88 USD" in out
    assert "Dropbox" not in out
    code, out, err = run_main(
        ["--data-dir", folder, "subscriptions", "annual-review", "--year", "2026", "--json"],
        capsys,
    )
    assert code == 0, err
    review = json.loads(out)
    assert [c["name"] for c in review["cancelled"]] == ["Disney+"]
    peloton = review["cancelled_yet_charged"][0]
    assert (peloton["name"], peloton["on"], peloton["per_year"]) == (
        "Peloton",
        "2026-10-27",
        "155.88",
    )
    assert peloton["charged_after"] == [
        {"date": "2026-11-02", "amount": "12.99"},
        {"date": "2026-12-02", "amount": "12.99"},
    ]
    hulu = next(s for s in review["stopped"] if s["name"] == "Hulu")
    assert hulu == {
        "id": hulu["id"],
        "name": "Hulu",
        "account": "Sapphire Visa",
        "currency": "USD",
        "last_charge": {"date": "2026-10-13", "amount": "7.99"},
        "per_year": "95.88",
    }
    assert review["stopped_per_year"] == [
        {"currency": "CNY", "amount": "240.00"},
        {"currency": "USD", "amount": "275.28"},
    ]


def test_the_demo_review_tells_peloton_and_the_lapsed_subscriptions(store: Store) -> None:
    """What a tester walking the demo on 6 December 2026 reads for 2026."""
    fill_demo_store(store, TODAY)
    review = audit_service.annual_review(store, 2026)
    assert [c.name for c in review.cancelled_yet_charged] == ["Peloton"]
    assert review.cancelled_yet_charged[0].charges[-1][0] > review.cancelled_yet_charged[0].on
    stopped = {s.name for s in review.stopped}
    assert {"Audible", "Hulu"} <= stopped
    assert any(s.currency == "CNY" for s in review.stopped)  # 腾讯视频 on the Alipay wallet
