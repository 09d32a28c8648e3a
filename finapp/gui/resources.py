"""Where the shipped icons and translations live, and QIcon loading for them.

``resources/`` at the top of the repository ships as the package ``finapp.resources``, so one
lookup through :mod:`importlib.resources` works from a checkout, an editable install and a wheel.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

from PySide6.QtGui import QIcon


def resource_dir(*parts: str) -> Path:
    """A directory inside ``finapp.resources`` (e.g. ``resource_dir("icons")``)."""
    return Path(str(resources.files("finapp.resources").joinpath(*parts)))


@cache
def icon(name: str) -> QIcon:
    """The SVG icon ``resources/icons/<name>.svg``; an empty icon when there is none.

    SVG scales crisply at any device pixel ratio, so high-DPI screens need no extra files.
    """
    if not name:
        return QIcon()
    stem = name.removesuffix(".svg")
    path = resource_dir("icons") / f"{stem}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def app_icon() -> QIcon:
    return icon("finapp")
