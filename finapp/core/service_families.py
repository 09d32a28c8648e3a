"""Families of services a household rarely needs two of: music, video, cloud storage, news,
fitness.

A service's family comes from a small table of well-known services matched on the words of its
name and merchant (``Spotify``, ``QQ音乐``, ``百度网盘``); when no word matches, from the
category its charges carry (``Entertainment:Music``, ``Entertainment:Streaming``,
``Health:Fitness``). Words win because they are specific: a music service filed under
Entertainment:Streaming is still a music service.

Kept apart from the audit (:mod:`finapp.core.subscription_audit`) because it is a table of
knowledge about the world, which grows with every service added, while the audit's rules stay.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Family:
    """A kind of service of which a household rarely needs two."""

    name: str  # music, video, cloud_storage, news, fitness
    words: tuple[str, ...]  # lower-case words of well-known services' names and merchants
    categories: tuple[str, ...] = ()  # category paths its services are filed under


#: Well-known services by family. Music comes before video so that "YouTube Music" is music.
FAMILIES: tuple[Family, ...] = (
    Family(
        "music",
        (
            "spotify",
            "apple music",
            "youtube music",
            "amazon music",
            "tidal",
            "deezer",
            "pandora",
            "soundcloud",
            "qq音乐",
            "网易云音乐",
            "酷狗",
            "酷我",
        ),
        ("Entertainment:Music",),
    ),
    Family(
        "video",
        (
            "netflix",
            "hulu",
            "disney",
            "hbo",
            "paramount",
            "peacock",
            "prime video",
            "apple tv",
            "youtube premium",
            "youtube tv",
            "crunchyroll",
            "爱奇艺",
            "iqiyi",
            "腾讯视频",
            "优酷",
            "youku",
            "芒果tv",
            "哔哩哔哩",
            "bilibili",
        ),
        ("Entertainment:Streaming",),
    ),
    Family(
        "cloud_storage",
        (
            "icloud",
            "google one",
            "dropbox",
            "onedrive",
            "百度网盘",
            "baidu netdisk",
            "pcloud",
            "box.com",
        ),
    ),
    Family(
        "news",
        (
            "nytimes",
            "new york times",
            "wsj",
            "wall street journal",
            "washington post",
            "economist",
            "financial times",
            "the atlantic",
            "财新",
            "caixin",
        ),
    ),
    Family(
        "fitness",
        (
            "gym",
            "planet fitness",
            "equinox",
            "24 hour fitness",
            "la fitness",
            "anytime fitness",
            "peloton",
            "strava",
            "classpass",
            "健身",
            "keep会员",
        ),
        ("Health:Fitness",),
    ),
)


def _matches(word: str, text: str) -> bool:
    if word.isascii():
        return re.search(rf"(?<![a-z0-9]){re.escape(word)}(?![a-z0-9])", text) is not None
    return word in text


@functools.lru_cache(maxsize=1024)
def service_family(words: str, category: str | None) -> str | None:
    """The family of the service named by ``words`` (its name and merchant): by its words
    first, else by ``category``, the category path its charges carry. Remembered: every alert
    check asks it of the same few dozen subscriptions, each asking costing a search per word
    of the table."""
    text = words.lower()
    for family in FAMILIES:
        if any(_matches(word, text) for word in family.words):
            return family.name
    for family in FAMILIES:
        if category and any(
            category == path or category.startswith(f"{path}:") for path in family.categories
        ):
            return family.name
    return None
