"""A translated sentence's names sit in it as the language writes them.

A translation keeps its placeholders apart from the words around them, as a Latin name needs
("Netflix 的账单"); a Chinese name between Chinese words takes no space ("即微信支付的对账单截止日",
never "即 微信支付 的"); two names side by side stay apart; an English sentence is as written.
"""

from __future__ import annotations

from finapp.tr_marks import fill


def test_a_chinese_name_between_chinese_words_takes_no_space() -> None:
    said = fill("按 %1 判断，即 %2 的对账单截止日。", ("2026年3月31日", "微信支付、支付宝"))
    assert said == "按 2026年3月31日判断，即微信支付、支付宝的对账单截止日。"
    assert fill("在 %1 支出 %2", ("女朋友", "¥520.00")) == "在女朋友支出 ¥520.00"


def test_latin_names_keep_their_spaces_and_two_names_stay_apart() -> None:
    assert fill("%1 的账单", ("Netflix",)) == "Netflix 的账单"
    assert fill("%1 %2", ("支付宝", "花呗")) == "支付宝 花呗"
    assert fill("Paid to %1 today", ("李建国",)) == "Paid to 李建国 today"
    assert fill("%1 renews %3", ("Hulu", "x")) == "Hulu renews %3"  # no third value: kept
