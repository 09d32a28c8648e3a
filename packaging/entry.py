"""The frozen app's one entry point: the desktop app without arguments, the CLI with a command.

PyInstaller needs a script, not a ``module:function``; this file only hands over to
``finapp.__main__`` so the bundle dispatches exactly as ``python -m finapp`` does.
"""

import sys

from finapp.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
