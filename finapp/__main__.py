"""``python -m finapp`` and the frozen app: the CLI when a command is named, else the desktop app.

The desktop app takes options of its own (``--demo``, ``--lang``, ``--data-dir``) and statement
files to import, so the choice is made on the command word, not on the presence of options.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from finapp.cli.command_table import COMMAND_MODULES

#: The CLI's top-level commands, from the command table (which imports nothing), so starting the
#: desktop app does not import every command module.
CLI_COMMANDS = frozenset(COMMAND_MODULES)
_CLI_ONLY_OPTIONS = frozenset({"-h", "--help", "--version"})


def wants_cli(argv: Sequence[str]) -> bool:
    """True when the arguments name a CLI command (or ask for the CLI's help or version)."""
    return any(arg in CLI_COMMANDS or arg in _CLI_ONLY_OPTIONS for arg in argv)


def main() -> int:
    argv = sys.argv[1:]
    if wants_cli(argv):
        from finapp.cli.main import console_main

        return console_main()
    from finapp.gui.app import main as gui_main

    return gui_main()


if __name__ == "__main__":
    sys.exit(main())
