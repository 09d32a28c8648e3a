"""Merchant identity: one stable key per service from payee strings that vary charge to charge.

"NETFLIX.COM 866-579-7172 CA" and "NETFLIX.COM NETFLIX.COM CA" are both Netflix; reference codes,
phone numbers, store numbers and city/state suffixes are noise. Different services of one company
stay apart ("Amazon Prime" is not "Amazon Marketplace").
"""

from __future__ import annotations

import re

_NOISE = re.compile(
    r"""
      \b\d{3}[-.\s]?\d{3}[-.\s]?\d{4}\b      # phone numbers
    | [#*]\s*\S+                              # reference after * or #: AMZN Mktp US*2K4LL8
    | \b(?=[A-Z]*\d)[A-Z0-9]{6,}\b            # alphanumeric ids with a digit
    | \b\d+\b                                 # bare numbers (store numbers, dates)
    | \b(?:POS|DEBIT|CREDIT|PURCHASE|CARD|VISA|MC|ACH|RECURRING|PAYMENT\s+TO)\b
    """,
    re.VERBOSE,
)
_DOMAIN = re.compile(r"\b([A-Z0-9-]+)\.(?:COM|NET|ORG|CO|IO|TV|UK|DE|FR|CN)\b")
_US_STATE_TAIL = re.compile(r"\s+[A-Z]{2}$")
_PUNCT = re.compile(r"[^\w\s&+']+", re.UNICODE)


def merchant_key(payee: str, memo: str = "") -> str:
    """A normalised merchant key such as ``NETFLIX`` or ``AMAZON PRIME``; empty if unknown."""
    text = (payee or memo or "").upper()
    text = _DOMAIN.sub(r"\1", text)
    text = _NOISE.sub(" ", text)
    text = _PUNCT.sub(" ", text)
    text = " ".join(text.split())
    text = _US_STATE_TAIL.sub("", text) if len(text.split()) > 1 else text
    words = text.split()
    # collapse a repeated name ("NETFLIX NETFLIX") and keep it short: the head names the service
    deduped: list[str] = []
    for word in words:
        if word not in deduped:
            deduped.append(word)
    return " ".join(deduped[:3])
