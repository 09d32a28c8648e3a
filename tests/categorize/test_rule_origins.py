"""Every origin a rule can have is offered by the CLI and worded by the Settings page: an origin
cannot be added half-done.

The checks run over every :class:`RuleOrigin` member, so a new origin that ``finapp rules list
--origin`` would refuse, or that the Rules table would show as its raw code, fails here.
"""

from __future__ import annotations

import pytest

from finapp.cli.main import build_parser
from finapp.core.rule_origins import RuleOrigin
from finapp.gui.rule_words import rule_origin


@pytest.mark.parametrize("origin", list(RuleOrigin))
def test_the_command_line_lists_rules_of_each_origin(origin: RuleOrigin) -> None:
    args = build_parser("rules").parse_args(["rules", "list", "--origin", origin])
    assert args.origin == origin.value


def test_the_command_line_refuses_an_origin_naming_the_words_it_takes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        build_parser("rules").parse_args(["rules", "list", "--origin", "bank"])
    said = capsys.readouterr().err
    assert "'shipped', 'user', 'learned'" in said
    assert "RuleOrigin" not in said


def test_the_settings_page_words_every_origin(qapp) -> None:  # type: ignore[no-untyped-def]
    """The Rules table's Origin column says who made a rule in words, one each."""
    shown = [rule_origin(origin) for origin in RuleOrigin]
    assert all(word != origin.value for word, origin in zip(shown, RuleOrigin, strict=True))
    assert len(set(shown)) == len(RuleOrigin)
    assert rule_origin(RuleOrigin.USER) == "Yours"
