"""The bank an OFX/QFX download is from, by the name its customers know it by.

A file names its sender only by the codes of the bank's OFX server: ``<FI><ORG>`` and
``<FID>``, and in Quicken's QFX ``<INTU.BID>`` (the same number as FID). Most ORGs read as the
bank ("Ally Bank", "Vanguard") and are kept as written, but some are codes: Chase writes
``<ORG>B1``, Bank of America ``HAN``, and Schwab, like other banks whose server Intuit runs,
``ISC``, which only its FID tells apart. An account named "B1 …7890" is not one a person
recognises, and it would never meet the same account's CSV, which its profile calls "Chase".

ofxparse keeps the codes but knows no names; ``ofxhome``/``ofxclient`` look them up in a web
directory (no use to an app that reads files offline) and ``ofxtools`` ships server settings,
not names, so a dependency would not give them. This is a short list of the large US banks
whose files carry a code, from the ORG/FID pairs those banks give Quicken and OFX clients. The
name is the one the bank's CSV profile gives (:mod:`finapp.importers.csv.profiles_western`), so
both formats of an account agree. An FID is read only where the ORG names no bank (a code of a
shared server, or none): a readable ORG is the bank's own word.
"""

from __future__ import annotations

import re

#: ORG codes -> bank (upper case)
BY_ORG: dict[str, str] = {
    "B1": "Chase",
    "HAN": "Bank of America",
    "WF": "Wells Fargo",
    "AMEX": "American Express",
    "DISCOVER FINANCIAL SERVICES": "Discover",
}

#: ORGs of servers several banks share: the FID names the bank
SHARED_ORGS = frozenset({"ISC"})

#: FID (or INTU.BID) -> bank, for a file whose ORG names none
BY_FID: dict[str, str] = {
    "10898": "Chase",
    "5959": "Bank of America",
    "3000": "Wells Fargo",
    "3101": "American Express",
    "7101": "Discover",
    "5104": "Charles Schwab",
}


def bank_name(org: str, fid: str = "", intu_bid: str = "") -> str:
    """The bank's name for a file's ORG, FID and INTU.BID; its ORG when none is known."""
    code = org.strip()
    if code.upper() in BY_ORG:
        return BY_ORG[code.upper()]
    if not code or code.upper() in SHARED_ORGS:
        for number in (fid.strip(), intu_bid.strip()):
            if number in BY_FID:
                return BY_FID[number]
    return code


def same_bank(stored: str, stated: str) -> bool:
    """Whether an account's institution and a statement's may be one bank: equal once read as
    banks (the "B1" of accounts older imports named is "Chase"), or either unknown."""
    if not stored or not stated:
        return True
    return bank_name(stored).casefold() == bank_name(stated).casefold()


#: banks and payment services a Chinese reader knows by a Chinese name, by the name stored
#: (case-folded): what a Chinese interface shows for them; the store keeps what the file said
CHINESE_NAMES: dict[str, str] = {
    "alipay": "支付宝",
    "wechat pay": "微信支付",
    "jd": "京东",
    "meituan": "美团",
    "icbc": "工商银行",
    "ccb": "建设银行",
    "abc": "农业银行",
    "boc": "中国银行",
    "bank of china": "中国银行",
    "bocom": "交通银行",
    "cmb": "招商银行",
    "hsbc": "汇丰银行",
    "citibank": "花旗银行",
    "bank of america": "美国银行",
    "wells fargo": "富国银行",
    "standard chartered": "渣打银行",
}
#: a name written in both languages, the Chinese last ("Alipay 支付宝", "ICBC 工商银行"). This
#: and the patterns below are compiled by ``re`` on first use, not at import: only the window
#: shows names, and their Han ranges took milliseconds of every command's start to compile.
_BOTH = r"[^\u4e00-\u9fff]*?[A-Za-z][^\u4e00-\u9fff]*?\s+([\u4e00-\u9fff].*)"


#: a name opening with a bank's or payment app's name in both languages, the Chinese last, as
#: the importer names a payment app's account ("WeChat Pay 微信支付", "Alipay 支付宝 …1234")
_OPENS_BOTH = r"([A-Za-z][^\u4e00-\u9fff]*?)\s+([\u4e00-\u9fff]+)(.*)"
_HAN = r"[\u4e00-\u9fff]"


def shown_account(name: str, language: str) -> str:
    """An account named by its bank or payment app in both languages, in the reader's one:
    "WeChat Pay 微信支付" reads "WeChat Pay" in English and 微信支付 in Chinese, what follows
    kept ("Alipay 支付宝 …1234" → "Alipay …1234"). Only a pair :data:`CHINESE_NAMES` knows is
    cut: any other name, one the user gave included ("Mom's 招商银行"), reads as stored, and
    an English reader keeps a name whose rest is Chinese whole ("Alipay 支付宝 余额"). The bank's
    Chinese name may open a longer word, as a card's is written: "CMB 招商银行信用卡 …1234" reads
    招商银行信用卡 …1234 in Chinese and as stored in English."""
    both = re.fullmatch(_OPENS_BOTH, name.strip())
    if both is None:
        return name
    english, chinese, rest = both.groups()
    known = CHINESE_NAMES.get(english.casefold())
    if known is None or not chinese.startswith(known):
        return name
    if language.startswith("zh"):
        return chinese + rest
    # the English half says only the bank: a card named in Chinese ("CMB 招商银行信用卡 …1234")
    # would lose what it is, so it keeps its whole name
    return name if chinese != known or re.search(_HAN, rest) else english + rest


def shown_bank(name: str, language: str) -> str:
    """The bank as a reader of ``language`` knows it: in Chinese (``zh_CN``) "Alipay" and
    "Alipay 支付宝" read 支付宝; in English "Alipay 支付宝" reads "Alipay", and a bank with no
    Chinese name reads as stored."""
    if not language.startswith("zh"):
        return shown_account(name, language)
    known = CHINESE_NAMES.get(name.strip().casefold())
    if known is not None:
        return known
    both = re.fullmatch(_BOTH, name.strip())
    return both[1] if both else name
