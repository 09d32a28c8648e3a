"""``python -m finapp``: the desktop app without arguments, the CLI with a command."""

from __future__ import annotations

import sys


def main() -> int:
    argv = sys.argv[1:]
    if not argv or all(not a.startswith("-") and "." in a for a in argv):
        from finapp.gui.app import main as gui_main

        return gui_main()
    from finapp.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
