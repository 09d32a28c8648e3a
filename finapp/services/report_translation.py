"""The money-health report's sentences in Chinese when the command line writes it.

The window words each account's reasons and each alert in the report in the interface's language
through Qt's translator. The command line loads no Qt, so it reads the same translations from
the translation file finapp ships (``resources/i18n/finapp_zh_CN.ts``, the one the window's
compiled file is made from): the sentences of :mod:`finapp.core.alert_sentences` and
:mod:`finapp.core.health_reason_sentences`, filled with the reason's facts in the command line's
forms (``5901.67 USD``, ISO days) and its accounts as a reader of the language knows them
(支付宝, not "Alipay 支付宝"). A sentence the file does not translate stays English, as a new
one does in the window until it is translated.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from functools import cache
from importlib import resources

from finapp.core.alert_facts import ENGLISH, worded
from finapp.core.alert_sentences import KINDS, TODAY, TOMORROW, sentence
from finapp.core.bank_names import shown_account
from finapp.core.health_reason_sentences import CONTEXT, OWN_FACTS, OWN_SENTENCES
from finapp.services.health_export_html import Sentence, Worded
from finapp.tr_marks import fill

#: the context of the alerts' sentences in the translation files
_ALERTS = "AlertText"
#: facts naming an account, shown as a reader of the language knows it
_ACCOUNTS = ("account", "successor")


@cache
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English) → translation, of every finished translation in ``language``'s file;
    a sentence with plural forms by its first form (Chinese has one)."""
    path = resources.files("finapp.resources").joinpath("i18n", f"finapp_{language}.ts")
    found: dict[tuple[str, str], str] = {}
    for context in ElementTree.fromstring(path.read_bytes()).iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            forms = [form.text or "" for form in translation.iter("numerusform")]
            text = forms[0] if forms else translation.text or ""
            if text:
                found[name, message.findtext("source", "")] = text
    return found


def translated(language: str, context: str, source: str, count: int | None = None) -> str:
    """``source`` in ``language`` (English when the file has none), ``%n`` filled by ``count``."""
    text = _catalogue(language).get((context, source), source)
    return text.replace("%n", str(count)) if count is not None else text


def report_sentence(language: str) -> Sentence | None:
    """How the command line's report words its reasons and alerts in ``language``; None for
    English (the stored English sentences)."""
    if language == "en":
        return None

    def when(days: int) -> str:
        if days in (0, 1):
            return translated(language, _ALERTS, TODAY if days == 0 else TOMORROW)
        return translated(language, _ALERTS, "in %n days", days)

    def said(reason: Worded) -> str:
        try:
            facts = worded(reason.kind, reason.params, ENGLISH)
        except ValueError:
            return reason.message
        for name in _ACCOUNTS:
            if name in facts:
                facts[name] = shown_account(facts[name], language)
        own = OWN_SENTENCES.get(reason.kind)
        if own is not None:
            values = tuple(facts.get(name, "") for name in OWN_FACTS[reason.kind])
            return fill(translated(language, CONTEXT, own), values)
        if reason.kind not in KINDS or not reason.params:
            return reason.message
        try:
            source, values = sentence(reason.kind, facts, when)
        except (KeyError, ValueError):
            return reason.message
        return fill(translated(language, _ALERTS, source), values)

    return said
