"""Merchant identity: one stable key per service from payee strings that vary charge to charge.

Banks decorate the same charge differently from month to month: "NETFLIX.COM 866-579-7172 CA",
"NETFLIX.COM NETFLIX.COM CA" and "Netflix.com Los Gatos CA" are all Netflix. Reference codes,
phone numbers, store numbers, card-processor prefixes and city/state/country tails are noise.
Different services of one company stay apart: the text before a ``*`` names the service
("Amazon Prime*1A2B3C" is not "AMZN Mktp US*2K4LL8"), unless it is a payment processor
("SQ *", "PAYPAL *"), whose merchant follows the ``*``.

OFX NAME is often truncated to 32 characters or holds only the bank's transaction type
("POS PURCHASE", "ACH DEBIT"); then the MEMO names the merchant, so both are read. Chinese
payment-app payees ("云膳过桥米线(传奇广场店)", payee "/" with the goods in the memo) keep their
Han text, without the branch in brackets.

Every pattern here is linear in the text, whatever it holds: a pattern that could restart a scan
of the rest of the text at each position (an unbounded repeat that may fail after it) is written
so that each character is scanned a bounded number of times — an 80 KB ``1-1-1-…`` payee once
took 48 seconds. ``tests/safety/test_bounded_work.py`` feeds megabyte payees built against them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from finapp.core.bank_text import channel_only, from_fields, without_bank_text
from finapp.core.counterparty import paid_person
from finapp.core.wallet_funding import from_marker, keyed_markers, moves_own_money

#: Processor prefixes whose real merchant follows the ``*`` ("SQ *BLUE BOTTLE"): Blackbaud's
#: for gifts to charities ("BB *SHRINERS HOSPITALS") and FastSpring's for software
#: ("FS *SKETCH") among them.
_PROCESSORS = frozenset(
    {"SQ", "TST", "PAYPAL", "PP", "SP", "PY", "DD", "IC", "SUMUP", "ZETTLE", "BB", "FS"}
)
#: Companies selling several services under one prefix: the service follows the ``*``.
_UMBRELLAS = frozenset({"GOOGLE", "MICROSOFT", "MSFT"})

#: Well-known descriptor spellings of one service.
_ALIASES = {
    "AMZN MKTP": "AMAZON",
    "AMAZON MKTPL": "AMAZON",
    "AMAZON MARKETPLACE": "AMAZON",
    "AMAZON COM": "AMAZON",
    "AMZN": "AMAZON",
    "AMZN DIGITAL": "AMAZON DIGITAL",
    "APL": "APPLE",
    "APPLE COM": "APPLE",
    "WHOLEFDS": "WHOLE FOODS",
    "PLANET FIT": "PLANET FITNESS",
    "SONY INTERACTIVE": "PLAYSTATION NETWORK",
    "NORTONLIFELOCK": "NORTON",
    "VZWRLSS": "VERIZON WIRELESS",
    "VZW": "VERIZON WIRELESS",
    "PGANDE": "PG&E",
    "COMCAST CABLE": "COMCAST",
    "COMCAST XFINITY": "COMCAST",
    "XFINITY": "COMCAST",
}
#: per merchant key, the words its aliases print for the brand ("AMZN" of AMAZON): the brand,
#: not a service, in a line's words (:mod:`finapp.core.descriptor`)
_BRAND_SPELLINGS: dict[str, frozenset[str]] = {
    key: frozenset(alias.split()[0] for alias, named in _ALIASES.items() if named == key)
    for key in set(_ALIASES.values())
}
#: First words of two-word US city names, dropped with the city from a "NAME CITY ST" tail.
_CITY_HEADS = frozenset(
    {"SAN", "LOS", "LAS", "NEW", "SANTA", "ST", "FORT", "EL", "SALT", "FT", "MT", "MOUNT",
     "SAINT", "NORTH", "SOUTH", "EAST", "WEST", "PORT", "LONG", "GRAND", "PALM", "ROUND",
     "CEDAR", "CORPUS", "BATON", "COLORADO", "OVERLAND", "SIOUX", "ANN", "CHAPEL", "CHULA",
     "COSTA", "DALY", "DES", "GARDEN", "JERSEY", "KANSAS", "LITTLE", "OKLAHOMA", "POMPANO",
     "RANCHO", "SUGAR", "THOUSAND", "TWIN", "VIRGINIA", "WINSTON", "BOWLING", "COLLEGE",
     "CAPE", "DEL", "PALO", "DAYTONA", "HUNTINGTON", "LAKE"}
)  # fmt: skip
#: a store's number as a card descriptor prints it after the name ("#10234", "4521", "F1234")
_STORE_NUMBER = re.compile(r"[A-Z]?#?\d{3,}|#\d+")
#: the most characters a card descriptor's city field holds ("STATEN ISLAND")
_CITY_FIELD = 13

_PHONE = re.compile(r"\b\d{3}[-.\s]?\d{3}[-.\s]?\d{2,4}\b")  # at most 12 characters a try
#: a bracketed branch: from an opening bracket to the first closing one after it
_BRANCH = re.compile(r"[(（【\[][^)）】\]]*[)）】\]]")
#: "NETFLIX.COM/BILL": the name may start only where a run of name characters starts (not inside
#: it, as ``\b`` allowed at every "1" of "1-1-1-…"), so each run is scanned once
_DOMAIN = re.compile(
    r"(?<![A-Z0-9-])-*([A-Z0-9][A-Z0-9-]*)\.(?:COM|NET|ORG|CO|IO|TV|FM|UK|DE|FR|CN|APP)\b(?:/\S*)?"
)
#: any digit (``\d`` as the patterns below read it): without one, no phone nor reference
_DIGIT = re.compile(r"\d")
#: a reference or number holding a digit; a letter and a digit, with a letter after or not, is
#: a brand ("A2A ENERGIA SPA", Milan's utility, was ``ENERGIA``; "O2 UK", a British phone
#: network, was ``UK``), not a reference
_REFERENCE = re.compile(
    r"\b(?=[A-Z]*\d)[A-Z0-9]{5,}\b|\b\d+\b|\b(?![A-Z]\d[A-Z]?\b)[A-Z]?\d+[A-Z\d]*\b"
)
_PUNCT = re.compile(r"[^\w\s&+']+", re.UNICODE)
#: a name spelt with initials joined by hyphens or dots ("H-E-B", "J.CREW", "T.J.MAXX", "P.F.",
#: "U-HAUL"): one word as printed, where splitting it would leave one-letter words, dropped,
#: and key H-E-B by its city ("H-E-B #20040 ARLINGTON VA" was ``ARLINGTON``). Each character
#: is scanned a bounded number of times: a run may start only where no initial goes before it.
_INITIALED = re.compile(r"(?<![\w'.-])[A-Z](?:[.-][A-Z])*[.-][A-Z]+\.?(?![\w'])")
#: what banks add to any line: dropped from merchant identities (and from descriptor words)
NOISE_WORDS = frozenset(
    [
        "POS",
        "DEBIT",
        "CREDIT",
        "PURCHASE",
        "CARD",
        "CHECKCARD",
        "VISA",
        "MC",
        "ACH",
        "RECURRING",
        "PREAUTHORIZED",
        "DBT",
        "CRD",
        "PMT",
        "WEB",
        "ONLINE",
        "ID",
        "ELECTRONIC",
        "WITHDRAWAL",
        "BILL",
        "BILLING",
        "PAYMENT",
        "TO",
        "FROM",
        "USA",
        "US",
        "GB",
        "CAN",
        "INC",
        "LLC",
        "LTD",
        "CO",
        "CORP",
        "STORE",
        "THE",
        # company forms of Europe: "REWE Markt GmbH", "INITECH PLC", "Vattenfall … N.V."
        "GMBH",
        "AG",
        "KG",
        "PLC",
        "BV",
        "NV",
        "SARL",
        # a European company ("Zalando SE")
        "SE",
        "SRL",
        "SAU",
        # Italy's joint-stock company ("ENEL ENERGIA S.P.A.", "PIRELLI TYRE SPA")
        "SPA",
    ]
)
_STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
        "DC",
        # Canada's provinces and territories, printed where a US card prints the state
        # ("LOBLAWS #1056 TORONTO ON"): a place, not part of the name
        "ON",
        "QC",
        "BC",
        "AB",
        "MB",
        "SK",
        "NS",
        "NB",
        "NL",
        "PE",
        "YT",
        "NT",
        "NU",
    ]
)
#: Payee texts that say nothing about the merchant; the memo is read instead.
_PLACEHOLDERS = frozenset({"", "/", "-", "N/A", "NA", "NONE", "XXXX", "UNKNOWN"})
_HAN = re.compile(r"[\u3400-\u9fff]")
#: what a registered company name ends with, longest first: "…有限公司", "…集团"
_HAN_FORMS = ("有限责任公司", "有限公司", "集团", "公司")
#: words before a limited company's form ("科技有限公司"), dropped with it; none ends another, so
#: dropping them one by one from the end drops as many as a single greedy match would
_HAN_TRADES = (
    "网络", "信息", "科技", "技术", "计算机", "系统", "软件", "电子商务", "文化", "传媒", "数字",
    "服务", "贸易", "发展",
)  # fmt: skip
_HAN_PLACE = re.compile(
    r"^(?:北京|上海|天津|重庆|深圳|广州|杭州|南京|成都|武汉|西安|苏州|厦门|珠海)市?"
)
#: what a city's own utility or transport is called after the city's name ("上海燃气",
#: "上海市自来水", "北京地铁"): there the city is part of the name, not where a company is
#: registered
_HAN_CITY_SERVICES = (
    "燃气", "天然气", "自来水", "水务", "供水", "排水", "电力", "供电", "热力", "供暖", "公交",
    "地铁", "轨道交通",
)  # fmt: skip
_MAX_WORDS = 2
#: a second word that joins the name to the next one: "CITY OF AUSTIN UTILITIES" and "CITY OF
#: ROUND ROCK WATER" are two cities' bills, not one merchant "CITY OF"
_JOINING = frozenset({"OF", "DE", "DU", "DES", "DEL", "DI", "VON", "VAN", "FOR", "AND", "&"})
#: the longest text whose words are remembered (bank descriptors are far shorter)
_REMEMBERED_TEXT = 256
_MAX_HAN = 12
#: a reference a Chinese bank glues to its label ("流水号2025030812345678", "借据号LN6363433"):
#: a run of letters and digits holding a digit, long enough to be no brand ("12306", "7天"
#: stay), or an instalment's number ("第12期"); a run may start only where one starts
_HAN_REFERENCE = re.compile(r"第\d+期|(?<![A-Z0-9])[A-Z0-9]*\d[A-Z0-9]*")
_HAN_REFERENCE_MIN = 6
#: how keys are made: raise it with any change that gives some text another key, so a store
#: keyed by an older finapp has its lines keyed again when opened
#: (:mod:`finapp.services.merchant_rekey`). 2: references glued to Han text are no part of it.
#: 3: the bank's own text around the name is no part of it (:mod:`finapp.core.bank_text`), nor
#: Europe's company forms ("GMBH", "PLC"); a city's utility keeps its city ("上海燃气").
#: 4: a card descriptor's whole city field goes ("EXXONMOBIL 4521 STATEN ISLAND NY"), and a
#: name's last word shortening the city with it ("SWEETGREEN BKLYN BROOKLYN NY").
#: 5: a company's line whose goods name one of its services takes the service's key (WeChat
#: Pay's "美团" buying "美团外卖订单…" is 美团外卖, as Alipay prints it:
#: :mod:`finapp.core.merchant_services`).
#: 6: a Canadian card's province goes like a US state ("CHATIME TORONTO ON"), and so do the
#: codes Canadian banks print beside the name ("ROGERS BPY", "PREAUTH PYMT …", "[CW]…").
#: 7: a payment to or from a person by name is keyed by how and whom ("ZELLE PETER MILLER",
#: "WIRE MAREK KOWALSKI"), not by its first words, which every Zelle payment to a Peter or every
#: wire shared (:func:`finapp.core.counterparty.paid_person`).
#: 8: so is Bank of America's Zelle line, the person after its confirmation ("Zelle Transfer
#: Conf# d8zwvoorc; XUCHANG HAIR LLC" is ``ZELLE XUCHANG HAIR``, no longer ``ZELLE TRANSFER``);
#: a name spelt with initials is one word ("H-E-B", "J.CREW"), not its other words alone;
#: Amex's "AMAZON MARKETPLACE" is ``AMAZON``.
#: 9: a line whose party is a payment processor and whose memo names the wallet's merchant
#: (中国银行's ``支付宝（中国）网络技术有限公司`` with ``支付宝-北京爱奇艺科技有限公司``) is
#: keyed by the memo: every wallet payment of the card was one merchant, 支付宝. The kind of
#: line a bank prints before a wallet's name goes (交通银行's ``消费 支付宝-Apple Store`` is
#: keyed as ``支付宝-Apple Store``), so a purchase and its refund (``退货 …``) are one merchant.
#: 10: so is a line whose payee is only the bank's way of paying (RBC's "Misc Payment" and
#: "Interac purchase - 1234" with "NETFLIX.COM" and "LOBLAWS 1012" in Description 2): every
#: such line of the account was one merchant, MISC or INTERAC.
#: 11: a name joined by its second word keeps the third ("CITY OF AUSTIN", "BANK OF AMERICA",
#: "UNIVERSITY OF TEXAS"): two cities' utilities were one merchant, "CITY OF".
#: 12: comdirect's labels go (``Auftraggeber: Vodafone GmbH Buchungstext: Kd-Nr 987 Ref. 789``
#: is ``VODAFONE``): a payee's lines were two merchants, AUFTRAGGEBER and EMPFÄNGER VODAFONE.
#: 13: a French card's date and card (``CARTE 18/11/26 MONOPRIX CB*1234`` is ``MONOPRIX``) and
#: a transfer's ``VIR SEPA`` go: every transfer was one merchant, VIR SEPA.
#: 14: more first words of two-word cities ("ROUND ROCK", "NORTH PORT", "LONG BEACH"): a
#: one-word name kept the city's first word ("HEB ROUND" beside "HEB"), one merchant twice.
#: 15: version 10's memo is read where statements are keyed, an import and a re-keying (their
#: keying by payee alone had never asked it).
#: 16: Italian and Spanish banks' own words go (``ADDEBITO DIRETTO SDD``, ``PAGAMENTO POS``,
#: ``ACCREDITO BONIFICO … DISPOSTO DA``, ``BIZUM A FAVOR DE``, ``NOMINA RECIBIDA``…), and so does
#: "S.p.A.": a Milan family's direct debits (Enel, A2A, TIM, Iliad) were one merchant,
#: ADDEBITO DIRETTO, and each friend paid by Bizum was BIZUM FAVOR.
#: 17: a letter, digit, letter word is a name, no reference: Milan's "A2A ENERGIA SPA" was
#: ``ENERGIA``.
#: 18: RBC's "Federal Payment" says only how the money came: its program, in the memo, keys it
#: (the child benefit and the GST/HST credit were one payee, FEDERAL).
#: 19: ABN AMRO's card payments are keyed by the shop (``BEA, Betaalpas Jumbo Utrecht
#: Lunetten,PAS312`` is ``JUMBO UTRECHT``) and its SEPA lines by their ``Naam:``: every card
#: payment of a Utrecht couple's shared account was one merchant, BEA BETAALPAS.
#: 20: a card line's trailing country ("HEMA UTRECHT NLD") and a European company's "SE"
#: ("Zalando SE") are no part of the name.
#: 21: a letter and a digit is a brand's name ("O2 UK" was ``UK``).
#: 22: a Chinese shop's name keeps the city it starts with ("重庆小面" was ``小面``, "广州酒家" and
#: "杭州酒家" were both ``酒家``); a registered company's city still goes.
#: 23: 京东PLUS is a service of 京东 (:mod:`finapp.core.merchant_services`): WeChat Pay's and
#: JD's "京东PLUS会员-年卡" from 京东 was ``京东``, one merchant with every JD order.
#: 24: a CIBC line's fields ("PREAUTHORIZED DEBIT;NETFLIX.COM;Electronic Funds Transfer") are
#: keyed by their party (was ``NETFLIX FUNDS``), its NAME's code ("TPAY <DEFTPYMT>") by the
#: memo's, and so is Banque Populaire's card payment ("250822 CB****3419": every one was
#: ``CB``); ING Australia's kind of line and receipt ("… - EFTPOS Purchase - Receipt 17402")
#: go, and so do a Ticino bank's ("Acquisto …", "Sistema di addebitamento diretto …": every
#: direct debit was one payee), and Lloyds' card and rate ("… EUROS 202.40 VISAXR 1.16168 CD
#: 1417") and Wells Fargo's check card ("CHECK CRD PURCHASE 12/02 …", its card's masked number
#: and what follows it); a state's initials starting a name stay ("B.C. HYDRO").
#: 25: Blackbaud's and FastSpring's prefixes give way to the merchant after the ``*``
#: ("BB *SHRINERS HOSPITALS", "FS *SKETCH": every gift through Blackbaud was ``BB``).
KEY_VERSION = 25

#: the keys of payment processors a bank prints as the other party of every wallet payment
_WALLET_PROCESSORS = frozenset({"支付宝", "财付通", "财付通支付", "网银在线", "京东支付"})
#: a wallet's name, a dash and its merchant's (``支付宝-李建国``): not ``微信零钱充值``
_WALLET_MERCHANT = re.compile(f"(?:{'|'.join(map(re.escape, keyed_markers()))})\\s*[-－]\\s*\\S")


def merchant_key(payee: str, memo: str = "") -> str:
    """A normalised merchant key such as ``NETFLIX`` or ``AMAZON PRIME``; empty if unknown."""
    if memo_names_merchant(payee, memo):
        return _key_of(memo) or _key_of(payee)
    key = _key_of(payee)
    return key if key else _key_of(memo)


def says_only_how(payee: str, key: str) -> bool:
    """Whether the payee (whose own key is ``key``) may say only how the money was paid, not
    to whom: a bank's way of paying alone ("Misc Payment"), or a payment processor
    (``支付宝（中国）网络技术有限公司``). Asked once per payee; the memo then says whether it names
    the merchant."""
    return key in _WALLET_PROCESSORS or channel_only(" ".join(payee.upper().split()))


def memo_names_merchant(payee: str, memo: str) -> bool:
    """Whether the payee says only how the money was paid and the memo to whom: a payment
    processor with the wallet's merchant (``支付宝（中国）网络技术有限公司`` and ``网上快捷支付
    支付宝-李建国``), or a bank's way of paying alone ("Misc Payment" and "NETFLIX.COM")."""
    if not memo.strip():
        return False
    if channel_only(" ".join(payee.upper().split())):
        return True
    if _key_of(payee) not in _WALLET_PROCESSORS:
        return False
    named = _WALLET_MERCHANT.match(from_marker(memo, keyed_markers()))
    return named is not None and not moves_own_money((memo,), keyed=True)


def _key_of(text: str) -> str:
    raw = " ".join(from_fields(text or "").split()).upper()
    if raw.strip("X* ") == "" or raw in _PLACEHOLDERS:
        return ""
    person = paid_person(text)  # a Zelle payment or a wire: the person's, not the bank's words
    if person:
        return person
    raw = _without_branches(raw)
    if _HAN.search(raw):  # the bank's kind of line before a wallet's name goes
        return _han_key(from_marker(raw, keyed_markers()) or raw)
    words = _latin_words(raw)
    for size in (2, 1):  # alias by the longest known head
        alias = _ALIASES.get(" ".join(words[:size]))
        if alias and len(words) >= size:
            return alias
    return " ".join(words[: _MAX_WORDS + (len(words) > _MAX_WORDS and words[1] in _JOINING)])


def brand_spellings(merchant: str) -> frozenset[str]:
    """The words banks print for ``merchant``'s brand besides its key's own: "AMZN Prime*RT5YU"
    and "AMZN Mktp US*2K4LP0" are both ``AMAZON``, and their service is the word after AMZN."""
    return _BRAND_SPELLINGS.get(merchant, frozenset())


def name_words(text: str) -> list[str]:
    """The words of a Latin-script descriptor that name its merchant, upper-case, in order:
    "SQ *BLUE BOTTLE COFFEE #12 OAKLAND CA" gives ``["BLUE", "BOTTLE", "COFFEE"]``.

    What a key is built from, before it is cut to its first words; display names read all of
    them. Han text is not split into words: see :func:`merchant_key`.
    """
    raw = " ".join(from_fields(text or "").split()).upper()
    if raw.strip("X* ") == "" or raw in _PLACEHOLDERS:
        return []
    return _latin_words(_without_branches(raw))


def _latin_words(raw: str) -> list[str]:
    raw = without_bank_text(raw)
    head, star, tail = raw.partition("*")
    if star:
        raw = _around_star(_words(head), head, tail)
    if len(raw) > _REMEMBERED_TEXT:
        return list(_naming_words.__wrapped__(raw))
    return list(_naming_words(raw))


@lru_cache(maxsize=4096)
def _naming_words(named: str) -> tuple[str, ...]:
    """The words of the part of a descriptor that names its merchant, remembered by that part:
    the thousands of "AMZN Mktp US*2K4RT1" a history holds, each with its own reference, name
    it with a few hundred heads."""
    domain = _DOMAIN.match(named.strip())
    if domain:  # "NETFLIX.COM LOS GATOS CA": the domain alone names the service
        named = domain.group(1)
    words = _words(_drop_city(named))
    while len(words) > 1 and words[-1] in _STATES:  # "HULU 877-8244858 CA"
        words.pop()
    return tuple(words)


def _without_branches(text: str) -> str:
    """Bracketed branches ("(传奇广场店)") blanked out.

    Only the text up to the last closing bracket is searched: there every opening bracket finds
    its closing one, whereas past it each unclosed bracket would scan on to the end in vain.
    """
    end = max(text.rfind(")"), text.rfind("）"), text.rfind("】"), text.rfind("]")) + 1
    if not end:  # no closing bracket: most payees
        return text
    return _BRANCH.sub(" ", text[:end]) + text[end:]


def _drop_city(text: str) -> str:
    """Card descriptors end "NAME CITY ST": drop the state and the city word(s) before it.

    Only when the city slot holds a word: "PLANET FITNESS 844-880-7180 NH" has a phone there.
    After a store's number the city field is all words up to the state, as many as fit in its
    13 characters ("EXXONMOBIL 4521 STATEN ISLAND NY"). A name's last word that abbreviates
    the city ("SWEETGREEN BKLYN BROOKLYN NY") is the branch's place, dropped with it; the
    name's first word always stays, so two merchants of one town keep their own keys.
    """
    words = text.split()
    if len(words) < 3 or words[-1] not in _STATES or not words[-2].isalpha():
        return text
    cut = _city_start(words)
    kept, city = words[:cut], "".join(words[cut:-1])
    if len(kept) > 1 and _abbreviates(kept[-1], city):
        kept.pop()
    return " ".join(kept)


def _city_start(words: list[str]) -> int:
    """Where the city starts in ``words`` ("NAME [NUMBER] CITY ST"): after the store's number
    when the words between it and the state are a city field's, else at the city's one word
    or its two with a known first word ("NEW YORK")."""
    start = len(words) - 2
    while start > 1 and words[start - 1].isalpha():
        start -= 1
    city = words[start:-1]
    numbered = start >= 2 and _STORE_NUMBER.fullmatch(words[start - 1]) is not None
    if numbered and len(" ".join(city)) <= _CITY_FIELD:
        return start
    return -3 if len(words) >= 4 and words[-3] in _CITY_HEADS else -2


def _abbreviates(word: str, city: str) -> bool:
    """Whether ``word`` is a shortening of ``city`` (its letters): "BKLYN" of "BROOKLYN",
    "SF" of "SANFRANCISCO", starting with its letter and taking the rest in order."""
    if not 2 <= len(word) < len(city) or word[0] != city[0]:
        return False
    letters = iter(city[1:])
    return all(letter in letters for letter in word[1:])


def _around_star(head_words: list[str], head: str, tail: str) -> str:
    """What names the merchant in "HEAD*TAIL": usually HEAD; TAIL holds only a reference."""
    if len(head_words) == 1 and head_words[0] in _PROCESSORS:
        return tail
    if len(head_words) == 1 and head_words[0] in _UMBRELLAS:
        return head + " " + tail
    return head


def _words(text: str) -> list[str]:
    """The words of ``text`` that can name a merchant, a new list each time (callers trim it).

    Only texts of a descriptor's length are remembered, so a hostile megabyte payee is not kept.
    """
    return list(_word_run(text) if len(text) <= _REMEMBERED_TEXT else _word_run.__wrapped__(text))


@lru_cache(maxsize=4096)
def _word_run(text: str) -> tuple[str, ...]:
    """:func:`_words` remembered by text: a starred descriptor's head ("SQ", "AMZN MKTP US") is
    read once per distinct head, and again in full when it names the merchant.

    Phone numbers and references need a digit and a domain needs a dot: a text without them
    skips those scans, which is most heads and many names.
    """
    digits = _DIGIT.search(text) is not None
    if digits:
        text = _PHONE.sub(" ", text)
    if "." in text:
        text = _DOMAIN.sub(lambda m: " " + m.group(1) + " ", text)
    text = _unpunctuated(text.replace("'S ", " ").replace("'", "") if "'" in text else text)
    if digits:
        text = _REFERENCE.sub(" ", text)
    # "NETFLIX NETFLIX" and one-letter leftovers add nothing; a dict keeps the first of each
    # word in order without rescanning the words kept so far
    return tuple(dict.fromkeys(w for w in text.split() if len(w) > 1 and w not in NOISE_WORDS))


def _unpunctuated(text: str) -> str:
    """``text`` with its punctuation made spaces, but for names spelt with initials ("H-E-B"),
    kept whole unless they spell a word banks add ("B.V.", "U.S."), dropped as before, or a
    state or province after the name ("… VICTORIA B.C."): one that starts the name is part of
    it ("B.C. HYDRO")."""
    if "-" not in text and "." not in text:
        return _PUNCT.sub(" ", text)
    kept, start = [], 0
    for found in _INITIALED.finditer(text):
        initialed = found.group()
        letters = "".join(filter(str.isalpha, initialed))
        kept.append(_PUNCT.sub(" ", text[start : found.start()]))
        placed = letters in _STATES and bool(text[: found.start()].strip())
        kept.append("" if letters in NOISE_WORDS or placed else f" {initialed} ")
        start = found.end()
    kept.append(_PUNCT.sub(" ", text[start:]))
    return "".join(kept)


def _han_key(text: str) -> str:
    """Chinese payees: the brand inside a registered company name, without ids or punctuation.

    "北京爱奇艺科技有限公司" and "爱奇艺" are one merchant: the leading place name and the
    trailing business-type and company-form words are dropped.
    """
    text = "".join(_without_glued_references(_REFERENCE.sub(" ", _PUNCT.sub(" ", text))))
    return _han_brand(text)[:_MAX_HAN]


def _han_brand(name: str) -> str:
    """The brand a Chinese payee names: "北京爱奇艺科技有限公司" is 爱奇艺, the city where the
    company is registered going with its form; but "上海燃气" keeps its city, which names the
    utility (上海燃气 and 北京燃气 are two), and so does a shop's own name ("重庆小面",
    "广州酒家": without the city, a noodle bar is 小面 and every city's 酒家 is one)."""
    brand = _without_company_form(name)
    place = _HAN_PLACE.match(brand)
    registered = brand != name
    if registered and place is not None and not brand[place.end() :].startswith(_HAN_CITY_SERVICES):
        brand = brand[place.end() :]
    return brand if len(brand) >= 2 else name


def _without_glued_references(text: str) -> list[str]:
    """The words of Han text without the references glued to them, which change every line.

    "个人住房贷款 贷款账号7559123456 流水号6338035485" is the mortgage's: a later word holding
    a reference is its label and number, dropped whole; in the first word only the reference
    goes ("房贷还款流水号2025030812" is 房贷还款流水号).
    """
    kept = []
    for index, word in enumerate(text.split()):
        found = next((m for m in _HAN_REFERENCE.finditer(word) if _is_reference(m[0])), None)
        if found is None:
            kept.append(word)
        elif index == 0:
            kept.append(word[: found.start()])
    return kept


def _is_reference(run: str) -> bool:
    return run.startswith("第") or len(run) >= _HAN_REFERENCE_MIN


def _without_company_form(text: str) -> str:
    """ "爱奇艺科技有限公司" → "爱奇艺": the company form and, for a limited company, the trade
    words before it, taken off the end one at a time (a pattern would retry at every position)."""
    form = next((f for f in _HAN_FORMS if text.endswith(f)), None)
    if form is None:
        return text
    text = text.removesuffix(form)
    if not form.startswith("有限"):
        return text
    text = text.removesuffix("股份")
    while trade := next((t for t in _HAN_TRADES if text.endswith(t)), None):
        text = text.removesuffix(trade)
    return text
