"""``finapp --help`` and every command's ``--help`` explain every argument, in one wording.

A user reads ``--help`` to learn what to type: an option listed with nothing beside it
(``--json``, ``TXN_ID``) leaves them guessing, and one option worded three ways (``print the
summary as JSON``, ``print the result as JSON``, nothing) reads as three different things.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator

import pytest

from finapp.cli.args import AS_OF_HELP, JSON_HELP
from finapp.cli.main import build_parser
from tests.cli_in_process import run_main


def _parsers(
    parser: argparse.ArgumentParser, name: str = "finapp", said: str = ""
) -> Iterator[tuple[str, argparse.ArgumentParser, str]]:
    """Each parser with its command line and what ``--help`` says of it (its line in its
    parent's list and its description)."""
    yield name, parser, f"{said} {parser.description or ''}"
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            lines = {line.dest: line.help or "" for line in action._choices_actions}
            for word, child in action.choices.items():
                yield from _parsers(child, f"{name} {word}", lines.get(word, ""))


def _arguments() -> Iterator[tuple[str, argparse.Action, str]]:
    for name, parser, said in _parsers(build_parser()):
        for action in parser._actions:
            if not isinstance(action, argparse._SubParsersAction | argparse._HelpAction):
                yield name, action, said


def _explained(action: argparse.Action, said: str) -> bool:
    """An option says what it does; a positional does, or the command's own line names it
    (``set KEY to VALUE``)."""
    if action.help:
        return True
    return not action.option_strings and str(action.metavar) in said


def test_every_argument_of_every_command_says_what_it_is() -> None:
    unexplained = [
        f"{name} {action.option_strings[0] if action.option_strings else action.metavar}"
        for name, action, said in _arguments()
        if not _explained(action, said)
    ]
    assert unexplained == []


def test_json_and_as_of_read_the_same_in_every_command() -> None:
    helps = {
        (option, action.help)
        for _, action, _ in _arguments()
        for option in action.option_strings
        if option in ("--json", "--as-of")
    }
    transactions = "one JSON document for programs (payee as stored, statement_text as printed)"
    assert helps == {("--json", JSON_HELP), ("--json", transactions), ("--as-of", AS_OF_HELP)}


def test_the_transactions_help_tells_of_the_names_and_the_statement_text(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run_main(["transactions", "--help"], capsys)
    assert code == 0
    assert "--raw" in out and "as the statement printed it" in out
    assert "--names" in out and "as the window shows it" in out


def test_every_command_with_actions_names_them_action(capsys: pytest.CaptureFixture[str]) -> None:
    """``finapp rules`` alone says which argument is missing in the help's own word."""
    metavars = {
        name: action.metavar
        for name, parser, _ in _parsers(build_parser())
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction) and name != "finapp"
    }
    assert set(metavars.values()) == {"ACTION"}, metavars
    code, _, err = run_main(["rules"], capsys)
    assert code == 2 and "required: ACTION (see `finapp rules --help`)" in err
