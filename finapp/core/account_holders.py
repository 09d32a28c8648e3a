"""Whether a line names the person an account is held in, as the account's statement states it.

Many European exports say whose account it is above the header: Santander's ``Titular;RUIZ
PEREZ JAVIER``, ING's ``Titular:,MORENO GARCIA LUCIA``, Fineco's ``Intestazione Conto Corrente:
ROSSI GIULIA``. A couple keeping two surnames sends money between their accounts with nothing
in common on the two sides but each other's names: Lucía's ``Bizum enviado a Javier Ruiz
Pérez`` leaves her ING account as Javier's Santander receives ``BIZUM DE MORENO GARCIA LUCIA
CONCEPTO CENA``. Each side naming the other account's holder is the household's own money
moving, which no friend's payment of the same sum on the same day is.

A line whose other party is its own account's holder moves the holder's money to or from an
account of theirs at a bank whose statements are not here: Marco's Intesa line "BONIFICO DA VOI
DISPOSTO A FAVORE DI BIANCHI MARCO CAUSALE GIROCONTO" to his deposit account elsewhere.

Names are compared as sets of words, accents and case aside: banks print a person surnames
first or last, with or without accents. A Chinese name is one word: 张伟's WeChat Pay 红包 of
520.00 to 李娜 ("李娜" on his side, "张伟" on hers) is the couple's own money moving.
"""

from __future__ import annotations

import re
import unicodedata

#: what joins the holders of a joint account ("RUIZ PEREZ JAVIER Y MORENO GARCIA LUCIA")
_JOINT = re.compile(r"\s+(?:Y|E|ET|UND|AND|&)\s+|\s*[/&]\s*", re.IGNORECASE)
#: a word of a name; a lone initial says too little to match on
_WORD = re.compile(r"[^\W\d_]{2,}")
#: a name written in Chinese characters (李娜, 欧阳明远): one word, and a whole name
_HAN_NAME = re.compile(r"[\u3400-\u9fff]{2,4}")


def _words(text: str) -> frozenset[str]:
    plain = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return frozenset(_WORD.findall(plain.upper()))


def holder_names(holder: str) -> tuple[frozenset[str], ...]:
    """The names an account is held in, each as its words: one for most accounts, two for a
    joint one. A name of fewer than two words is left out: "MARCO" alone names too many; a
    Chinese name is written as one (WeChat Pay's ``微信昵称：[李娜]``) and is whole."""
    names = (_words(part) for part in _JOINT.split(holder))
    return tuple(name for name in names if len(name) >= 2 or _whole_han_name(name))


def holder_parties(holder: str) -> set[str]:
    """The names ``holder`` states (those :func:`holder_names` keeps), each as a statement
    prints a line's party (upper-case, single-spaced): the household's own people, between whom
    money moving is the household's own (:func:`finapp.core.transfers.pick_pairs`)."""
    parts = (" ".join(part.upper().split()) for part in _JOINT.split(holder))
    return {part for part in parts if holder_names(part)}


def _whole_han_name(words: frozenset[str]) -> bool:
    return len(words) == 1 and _HAN_NAME.fullmatch(next(iter(words))) is not None


def names_holder(text: str, holders: tuple[frozenset[str], ...]) -> bool:
    """Whether ``text`` (a line's payee and memo) names one of ``holders`` whole."""
    if not holders:
        return False
    words = _words(text)
    return any(name <= words for name in holders)


def is_holder(party: str, holders: tuple[frozenset[str], ...]) -> bool:
    """Whether ``party`` (a line's other party, the bank's words taken out) is one of
    ``holders`` by name, no more and no less: the holder's own money moving."""
    return _words(party) in holders
