"""None, True and False kept alive on Python 3.11 however often Qt hands them back.

PySide6 6.12 (an ``abi3`` wheel) returns None from a void call (``setText``, ``setTabOrder``,
``beginResetModel``…), from a null pointer or an empty ``QVariant`` (``focusWidget()``,
``currentData()``), and True from ``Signal.emit()``, without the reference the caller then
drops. From Python 3.12 on these objects are immortal and nothing happens; on 3.11 each call
takes one reference the interpreter's own data still counts on, and once a session's typing,
page switches and reloads have taken them all, CPython aborts ("Fatal Python error:
none_dealloc" / "bool_dealloc"): the window vanished without a traceback, at a moment that
depended only on how much the user had done. Giving the three objects more spare references
than a process could ever use is what 3.12 does for them.
"""

from __future__ import annotations

import ctypes
import sys

#: references added to each object: at a million lost a second, they last some 9 years
SPARE_REFERENCES = 1 << 48


def keep_singletons_alive() -> None:
    """Give None, True and False :data:`SPARE_REFERENCES` more references (once a process;
    nothing where they are immortal already)."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    if hasattr(sys, "getobjects"):  # a trace-refs build: the count is not the first field
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < SPARE_REFERENCES:  # not given them yet in this process
            count.value += SPARE_REFERENCES
