"""The words of a statement line beyond its merchant: what tells one company's services apart.

One merchant identity (``finapp.core.merchant``) can cover several services the user files in
different places: ``UBER   *TRIP HELP.UBER.COM`` and ``UBER   *EATS PENDING`` are both ``UBER``;
an Alipay line paid to ``美团`` says ``美团外卖订单`` or ``美团单车骑行费`` in its memo. The
words left once the merchant itself (as its key names it, or as its aliases print it: the AMZN
of ``AMAZON``), reference codes, numbers, domains' endings and the bank's
boilerplate are taken out are what learning can tell such lines apart by.

Latin text gives whole words; Chinese text has no spaces, so each run of Han characters (without
the merchant's name) gives its two-character pieces: ``外卖订单`` gives ``外卖``, ``卖订``,
``订单``.
Words are returned in the order they are printed, since the word right after the merchant usually
names the service (``TRIP``, ``EATS``, ``外卖``). One pass over the text: linear in its length.
"""

from __future__ import annotations

import re

from finapp.core.bank_text import without_bank_text
from finapp.core.merchant import NOISE_WORDS, brand_spellings

_HAN_RUN = re.compile(r"[\u3400-\u9fff]+")
_WORD = re.compile(r"[A-Z0-9]+|[\u3400-\u9fff]+")
#: what banks add to any line (the words merchant identities drop too), and domains' endings
#: ("HELP.UBER.COM")
_BOILERPLATE = NOISE_WORDS | {"COM", "NET", "ORG", "APP", "WWW", "HTTPS", "HTTP"}
_SHORTEST = 2  # two letters are a state (CA) or a country (US), not a service
_HAN_BRAND = 2  # a Chinese brand's first characters (滴滴, 美团) say nothing about the service


def descriptor_words(text: str, merchant: str) -> tuple[str, ...]:
    """The words of ``text`` (payee and memo) that are not ``merchant`` nor noise, in order,
    each once: ``descriptor_words("UBER *EATS PENDING", "UBER") == ("EATS", "PENDING")``."""
    own = {*merchant.upper().split(), *brand_spellings(merchant.upper())}
    words: dict[str, None] = {}
    for word in _WORD.findall(without_bank_text(" ".join(text.upper().split()))):
        if _HAN_RUN.match(word):
            words.update(dict.fromkeys(_han_pieces(word, merchant)))
        elif (
            len(word) > _SHORTEST
            and word.isalpha()
            and word not in own
            and word not in _BOILERPLATE
        ):
            words[word] = None
    return tuple(words)


def _han_pieces(run: str, merchant: str) -> list[str]:
    """Two-character pieces of a Han run, without the merchant's name or its brand."""
    if merchant:
        run = run.replace(merchant, " ")
        brand = merchant[:_HAN_BRAND]
        if _HAN_RUN.fullmatch(brand):
            run = run.replace(brand, " ")
    return [part[i : i + 2] for part in run.split() for i in range(len(part) - 1)]
