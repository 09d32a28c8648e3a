"""Translation helpers that need no Qt: a marker the core and the services mark sentences with,
and the one way a sentence's %1, %2… are filled.

``pyside6-lupdate`` collects calls by the name ``QT_TRANSLATE_NOOP`` wherever the function
comes from (``make i18n-update`` reads every module that uses it), so a sentence written once in
the core reaches the translation files; the GUI translates it where it shows it, and the CLI
uses the English as written. The marker returns the text it marks, typed as the text it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark *text* for translation in *context*; translate it where shown."""
    return text


def fill(text: str, values: tuple[str, ...]) -> str:
    """``%1``, ``%2``… replaced in one pass: a payee named "%2" stays as it is."""

    def value(found: re.Match[str]) -> str | None:
        number = int(found[1])
        return values[number - 1] if number <= len(values) else None

    return filled(text, _NUMBERED, value)


#: a numbered placeholder of a translated sentence
_NUMBERED = re.compile(r"%(\d)")
#: a Chinese (or Japanese, Korean) character or full-width punctuation
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")


def filled(
    text: str, placeholder: re.Pattern[str], value: Callable[[re.Match[str]], str | None]
) -> str:
    """``text`` with each ``placeholder`` replaced by its ``value`` (kept when None), in one
    pass. A translation writes its placeholders apart from the words around them ("即 %1 的对账单
    截止日"), as a Latin name needs ("Netflix 的账单"); a Chinese name between Chinese words
    takes no space ("即微信支付的对账单截止日", not "即 微信支付 的"), so the space between
    two such characters at a placeholder's edge goes."""
    out: list[str] = []
    last = 0
    for found in placeholder.finditer(text):
        word = value(found)
        if word is None:
            continue
        head = text[last : found.start()]
        # the template's own character before the space: never another name's (between two
        # names the space keeps them apart)
        if head.endswith(" ") and len(head) >= 2 and _both_cjk(head[-2], word[:1]):
            head = head[:-1]
        out += [head, word]
        last = found.end()
        if text[last : last + 1] == " " and _both_cjk(word[-1:], text[last + 1 : last + 2]):
            last += 1
    out.append(text[last:])
    return "".join(out)


def _both_cjk(left: str, right: str) -> bool:
    return bool(left and right and _CJK.match(left) and _CJK.match(right))
