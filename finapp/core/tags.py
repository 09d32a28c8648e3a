"""Tags a person writes on transactions: ``#holiday-2026``, ``#tax``, ``#旅行``.

A tag is written with or without its ``#`` and kept without it, case-folded, so ``#Tax``,
``tax`` and ``#TAX`` are one tag and the report by tag never counts them apart. A tag holds
letters of any script, digits, ``-`` and ``_`` (so it reads as one word in a search box and
in a CSV cell) and at most :data:`MOST_CHARACTERS` characters; anything else is refused with
the reason, never quietly changed into another tag.
"""

from __future__ import annotations

import re
import unicodedata

from finapp.errors import InvalidInputError, Problem

#: the longest tag kept: long enough for ``#kitchen-renovation-2026``, short enough for a column
MOST_CHARACTERS = 40

#: what separates tags in a line a person types: spaces and commas ("#tax, #travel")
_SEPARATORS = re.compile(r"[\s,，]+")


def _allowed(character: str) -> bool:
    """Letters (with their combining marks, which some scripts need), digits, ``-`` and ``_``."""
    if character in "-_":
        return True
    kind = unicodedata.category(character)
    return kind[0] in "LM" or kind == "Nd"


def normalize_tag(written: str) -> str:
    """The tag ``written`` names, as it is kept; :class:`InvalidInputError` says why it cannot be
    a tag."""
    tag = unicodedata.normalize("NFC", written.strip()).removeprefix("#").casefold()
    if not tag:
        english = f"“{written}” is not a tag: write a word after the #, such as #tax"
        raise InvalidInputError(Problem("tag.empty", english, tag=written))
    wrong = next((c for c in tag if not _allowed(c)), None)
    if wrong is not None:
        english = (
            f"“{written}” is not a tag: “{wrong}” is not allowed (letters, digits, - and _ only)"
        )
        raise InvalidInputError(Problem("tag.bad_character", english, tag=written, character=wrong))
    if len(tag) > MOST_CHARACTERS:
        english = f"“{written}” is not a tag: it is longer than {MOST_CHARACTERS} characters"
        raise InvalidInputError(Problem("tag.too_long", english, tag=written, most=MOST_CHARACTERS))
    return tag


def parse_tags(line: str) -> list[str]:
    """The tags of a typed line such as ``"#holiday-2026 #tax"``, each once, in the order
    written; an empty line is no tags."""
    tags: dict[str, None] = {}
    for word in _SEPARATORS.split(line):
        if word:
            tags[normalize_tag(word)] = None
    return list(tags)


def shown(tag: str) -> str:
    """A kept tag as the user reads it: with its ``#``."""
    return f"#{tag}"
