"""Merchant keys as finapp makes them equal the plain reading of every text, scan by scan.

``finapp.core.merchant`` remembers the words of each text it reads and of each part of a
descriptor that names a merchant, and skips the phone, reference and domain scans of a text that
has no digit or no dot: only speed. The reference here is the
plain pipeline (every scan on every text, nothing remembered), run on the texts banks write —
the realistic bench's payees and memos — and on generated ones mixing digits of every script,
dots, apostrophes, stars, brackets and Chinese.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bench.realistic_statements import household
from finapp.core import merchant
from finapp.core.merchant import merchant_key, name_words


def _plain_words(text: str) -> list[str]:
    """The words of a text as read before any scan was skipped or any text remembered."""
    text = merchant._PHONE.sub(" ", text)
    text = merchant._DOMAIN.sub(lambda m: " " + m.group(1) + " ", text)
    text = merchant._unpunctuated(text.replace("'S ", " ").replace("'", ""))
    text = merchant._REFERENCE.sub(" ", text)
    kept = dict.fromkeys(w for w in text.split() if len(w) > 1 and w not in merchant.NOISE_WORDS)
    return list(kept)


@contextmanager
def _plain_reading(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every text read afresh with the plain pipeline: nothing remembered is used."""
    with monkeypatch.context() as patched:
        patched.setattr(merchant, "_words", _plain_words)
        patched.setattr(merchant, "_naming_words", merchant._naming_words.__wrapped__)
        yield


def _reference(monkeypatch: pytest.MonkeyPatch, texts: list[tuple[str, str]]) -> list[object]:
    with _plain_reading(monkeypatch):
        return [(merchant_key(p, m), name_words(p)) for p, m in texts]


def _fast(texts: list[tuple[str, str]]) -> list[object]:
    return [(merchant_key(p, m), name_words(p)) for p, m in texts]


def test_the_bench_households_payees_and_memos_key_as_the_plain_reading_keys_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    texts = list(dict.fromkeys((t.name, t.memo) for t in household(6_000, seed=3)[1]))
    texts += [(memo, "") for _name, memo in texts]  # memos read as payees too
    assert _fast(texts) == _reference(monkeypatch, texts)
    assert _fast(texts) == _reference(monkeypatch, texts)  # remembered: the same answers


_PIECES = (
    "NETFLIX.COM",
    "netflix.com/bill",
    "SQ *",
    "PAYPAL *",
    "GOOGLE *",
    "AMZN Mktp US*",
    "TRADER JOE'S",
    "MCDONALD'S F06464",
    "#10234",
    "866-579-7172",
    "2K4LL8",
    "X1",
    "AB12",
    "7-ELEVEN",
    "H-E-B",
    "J.CREW",
    "B.V.",
    "١٢٣٤٥",  # Arabic-Indic digits: \d all the same
    "１２３",  # fullwidth digits
    "(传奇广场店)",
    "北京爱奇艺科技有限公司",
    "支付宝-盒马鲜生",
    "SAN JOSE CA",
    "ROUND ROCK TX",
    "POS PURCHASE",
    "ACH DEBIT",
    ".",
    "'",
    "*",
    "/",
    " ",
    "N/A",
    "XXXX",
    "WHOLEFDS MKT",
)
_TEXT = st.lists(
    st.one_of(st.sampled_from(_PIECES), st.text(alphabet="AZaz09.'*#- ()٣１北", max_size=6)),
    max_size=6,
).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(st.tuples(_TEXT, _TEXT), min_size=1, max_size=12))
def test_generated_descriptors_key_as_the_plain_reading_keys_them(
    texts: list[tuple[str, str]],
) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        assert _fast(texts) == _reference(monkeypatch, texts)
