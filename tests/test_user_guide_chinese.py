"""The Chinese user guide (Help → 用户指南 under zh_CN) tells what the English one tells, and
names the menus, pages, tabs and buttons by the words the Chinese interface shows, so a reader
finds each one where the guide says it is."""

from __future__ import annotations

import html
import re

from finapp.gui.resources import resource_dir
from finapp.guide_text import guide_file

#: a menu path as the guide writes it ("文件 → 导入对账单…"), each step a label
_PATH = re.compile(r"([^\s（）()，。；：、*“”]+)(?= → )| → \*?([^\s（）()，。；：、*“”]+)")
#: a label set in italics (*撤销本次导入*)
_ITALIC = re.compile(r"(?<!\*)\*([^*\n]+)\*(?!\*)")
#: an accelerator a translation carries ("撤销(&U)", "导入对账单(&I)…")
_ACCELERATOR = re.compile(r"\(&.\)|&")


def _guide(language: str) -> str:
    return (resource_dir() / guide_file(language)).read_text(encoding="utf-8")


def _interface_words() -> set[str]:
    """Every translation the Chinese interface shows, without accelerators."""
    ts = (resource_dir() / "i18n" / "finapp_zh_CN.ts").read_text(encoding="utf-8")
    found = re.findall(r"<translation[^>]*>(.*?)</translation>", ts, re.S)
    found += re.findall(r"<numerusform>(.*?)</numerusform>", ts, re.S)
    return {_ACCELERATOR.sub("", html.unescape(text)).strip() for text in found}


def test_the_chinese_guide_tells_each_thing_the_english_one_tells() -> None:
    english, chinese = _guide("en"), _guide("zh_CN")
    topics = [line for line in english.splitlines() if line.startswith("- **")]
    translated = [line for line in chinese.splitlines() if line.startswith("- **")]
    assert len(translated) == len(topics) == 10
    shortcuts = re.compile(r"Ctrl\+(?:Shift\+)?[A-Z0-9/,]|F\d+")
    assert sorted(shortcuts.findall(chinese)) == sorted(shortcuts.findall(english))
    commands = re.compile(r"`finapp [^`]+`")
    said = [sorted(" ".join(c.split()) for c in commands.findall(g)) for g in (chinese, english)]
    assert said[0] == said[1]


def test_every_label_the_chinese_guide_names_is_one_the_interface_shows() -> None:
    guide = _guide("zh_CN")
    words = _interface_words()
    labels = {step for pair in _PATH.findall(guide) for step in pair if step}
    # the README's own section names are quoted in English, as the README is
    labels |= {text for text in _ITALIC.findall(guide) if not text.isascii()}
    assert {"文件", "导入对账单…", "撤销本次导入", "设置", "数据与安全", "年度回顾…"} <= labels
    unknown = sorted(label for label in labels if not any(word.startswith(label) for word in words))
    assert unknown == []
