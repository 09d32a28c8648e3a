"""What the import's progress window says at each step, worded on the worker as the steps come.

The import service tells of each file as its reading starts (a
:data:`~finapp.progress.ProgressFn`) and of each step after it (:class:`~finapp.progress.Stage`);
the summary of what the history holds comes last, as a step of its own. All of it reaches the
window through the task's one progress signal as (done, total, text), the text already in the
user's language. A step whose size is known moves the bar (a statement's lines
filed, then stored); one whose size is not (reading a file, pairing, detecting, the summary)
keeps it busy. Ten years of lines spend seconds at each step: a bar that counted only files
stayed busy under "Importing …" for all of them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from finapp.progress import ProgressFn, Stage
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill

#: each step's sentence; %1 the file, %2 and %3 how many lines of how many
_STAGES: dict[Stage, str] = {
    Stage.FILING: QT_TRANSLATE_NOOP("ImportProgress", "Filing the lines of %1: %2 of %3"),
    Stage.STORING: QT_TRANSLATE_NOOP("ImportProgress", "Storing the lines of %1: %2 of %3"),
    Stage.PAIRING: QT_TRANSLATE_NOOP("ImportProgress", "Pairing transfers between your accounts…"),
    Stage.DETECTING: QT_TRANSLATE_NOOP("ImportProgress", "Finding recurring charges…"),
    Stage.SUMMARY: QT_TRANSLATE_NOOP(
        "ImportProgress", "Looking through the history just imported…"
    ),
}
#: a file's reading, alone or %2 of %3 files
_READING = QT_TRANSLATE_NOOP("ImportProgress", "Importing %1…")
_READING_ONE_OF = QT_TRANSLATE_NOOP("ImportProgress", "Importing %1 (%2 of %3)…")


def _tr(source: str) -> str:
    return QCoreApplication.translate("ImportProgress", source)


class ImportWording:
    """Turns the import's reports into the window's sentences, handed to ``progress``."""

    def __init__(self, progress: ProgressFn) -> None:
        self._progress = progress
        self._file = ""

    def file(self, done: int, total: int, label: str) -> None:
        """A file's reading starts (``label`` its name; none once every file is read)."""
        if not label:
            return
        self._file = label
        if total > 1:
            counted = (label, _number(done + 1), _number(total))
            self._progress(0, 0, fill(_tr(_READING_ONE_OF), counted))
        else:
            self._progress(0, 0, fill(_tr(_READING), (label,)))

    def stage(self, stage: Stage, done: int, total: int) -> None:
        """A step of the work on the file last read, ``done`` of ``total`` when counted."""
        text = fill(_tr(_STAGES[stage]), (self._file, _number(done), _number(total)))
        self._progress(done, total, text)


def _number(count: int) -> str:
    """A count as the user's locale groups it: 120,000 or 120 000."""
    return QLocale().toString(count)
