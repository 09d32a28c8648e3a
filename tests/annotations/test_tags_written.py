"""Tags as a person writes them: with or without #, any case, any script; refusals say why."""

from __future__ import annotations

import pytest

from finapp.core.tags import MOST_CHARACTERS, normalize_tag, parse_tags, shown
from finapp.errors import InvalidInputError


@pytest.mark.parametrize(
    ("written", "kept"),
    [
        ("#holiday-2026", "holiday-2026"),
        ("holiday-2026", "holiday-2026"),
        ("#Tax", "tax"),
        ("TAX", "tax"),
        ("#旅行", "旅行"),
        ("#家庭_开支", "家庭_开支"),
        ("#café", "café"),
        ("  #kitchen-renovation  ", "kitchen-renovation"),
    ],
)
def test_a_tag_is_kept_without_its_hash_and_case_folded(written: str, kept: str) -> None:
    assert normalize_tag(written) == kept
    assert shown(normalize_tag(written)) == f"#{kept}"


@pytest.mark.parametrize(
    ("written", "code", "fact"),
    [
        ("#", "tag.empty", {}),
        ("#tax!", "tag.bad_character", {"character": "!"}),
        ("#a.b", "tag.bad_character", {"character": "."}),
        ("##tax", "tag.bad_character", {"character": "#"}),
        ("#" + "x" * (MOST_CHARACTERS + 1), "tag.too_long", {"most": str(MOST_CHARACTERS)}),
    ],
)
def test_what_is_no_tag_is_refused_with_the_reason(
    written: str, code: str, fact: dict[str, str]
) -> None:
    with pytest.raises(InvalidInputError) as refused:
        normalize_tag(written)
    assert refused.value.code == code
    assert refused.value.params["tag"] == written
    assert fact.items() <= refused.value.params.items()
    assert written.strip() in str(refused.value)


def test_forty_characters_is_still_a_tag() -> None:
    assert normalize_tag("#" + "y" * MOST_CHARACTERS) == "y" * MOST_CHARACTERS


def test_a_typed_line_gives_each_tag_once_in_order() -> None:
    assert parse_tags("#holiday-2026 #tax") == ["holiday-2026", "tax"]
    assert parse_tags("#Tax, travel  #TAX") == ["tax", "travel"]
    assert parse_tags("   ") == []


def test_one_bad_tag_in_a_line_refuses_the_line() -> None:
    with pytest.raises(InvalidInputError, match="“tax\\$” is not a tag"):
        parse_tags("#holiday tax$")
