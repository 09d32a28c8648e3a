"""The demo household's subscriptions, bills and income carry names people recognise."""

from __future__ import annotations

import re
from datetime import date

from finapp.core.display_names import shipped_table
from finapp.services.demo import fill_demo_store
from finapp.services.subscriptions import list_subscriptions

TODAY = date(2026, 11, 30)
#: what a bank prints around a merchant's name: none of it belongs in a name
_FRAGMENT = re.compile(r"\d{3,}|[*#/]|\.COM|\bPPD\b|\bID\b|\bDIR\b|\bDEP\b|\bWEB\b|\bPMTS?\b", re.I)


def test_no_demo_subscription_is_named_by_a_descriptor_fragment(store) -> None:  # type: ignore[no-untyped-def]
    fill_demo_store(store, TODAY)
    names = {v.name for v in list_subscriptions(store, TODAY, include_dismissed=True)}
    brands = {brand.name for brand in shipped_table().brands}
    assert len(names) > 15
    for name in names:
        assert not _FRAGMENT.search(name), name
        shouting = [w for w in re.findall(r"[A-Za-z&]+", name) if len(w) > 3 and w.isupper()]
        assert not shouting or name in brands, name  # "GEICO" is the brand's own spelling
    # the household's salaries, its card's payment and its Chinese wallet's services
    assert {"Salary — Globex", "Chase card payment", "爱奇艺", "腾讯视频"} <= names
    assert {"Transfer to Savings", "Transfer from Checking"} <= names
