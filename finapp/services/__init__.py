"""Use cases shared by the CLI and the GUI. The only layer that opens sessions and commits.

Nothing here prints, exits or imports Qt: results are plain dataclasses, failures are
:class:`finapp.errors.FinappError`.
"""
