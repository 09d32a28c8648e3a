"""Which of a company's services a Chinese payment-app line paid, when its payee names the company.

Alipay and WeChat Pay print one purchase differently: Alipay's 交易对方 is the service
("美团外卖", "美团单车"), WeChat Pay's is the company ("美团") with the service in the goods
(商品 "美团外卖订单-一点点", "美团单车骑行卡"). The window names both lines after the service,
so the user sees one 美团外卖 and corrects it as one: its lines must share one merchant key, or
a correction teaches only the app it was made in. And the meals and the bike rides of one
company are two merchants, so that a correction of one never reaches the other.

The services known are the shipped brands (``resources/merchants.json``) whose Chinese name
extends another brand's: 美团外卖 and 美团单车 of 美团. A line whose payee's key is such a
company's (美团, or its 美团平台商户), and whose goods name one of its services, takes the
service's key; any other line keeps its payee's key (the refund row "美团平台商户-退款" names no
service, nor does "美团订单-麻辣香锅").
"""

from __future__ import annotations

import re
from functools import lru_cache

from finapp.core.display_names import shipped_table
from finapp.core.merchant import merchant_key

_HAN = re.compile(r"[\u3400-\u9fff]")


@lru_cache(1)
def _services() -> dict[str, tuple[tuple[str, str], ...]]:
    """Per company key, its services as (name printed, key), longest name first."""
    names = {
        pattern
        for brand in shipped_table().brands
        for pattern in brand.patterns
        if _HAN.search(pattern)
    }
    keys = {name: merchant_key(name) for name in names}
    found: dict[str, list[tuple[str, str]]] = {}
    for name, key in keys.items():
        for company in set(keys.values()):
            if company and key != company and key.startswith(company):
                found.setdefault(company, []).append((name, key))
    return {
        company: tuple(sorted(services, key=lambda s: -len(s[0])))
        for company, services in found.items()
    }


def service_key(key: str, memo: str) -> str:
    """The key of the service ``memo`` names when ``key`` is a company's that has several, as
    WeChat Pay prints it ("美团", "美团平台商户": with "美团单车骑行卡" it is 美团单车); else
    ``key`` itself."""
    if not memo:
        return key
    for company, services in _services().items():
        if key.startswith(company) and all(key != own for _, own in services):
            return next((own for name, own in services if name in memo), key)
    return key
