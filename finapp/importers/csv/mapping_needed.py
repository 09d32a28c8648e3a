"""The refusal that opens the mapping wizard: what detection found unclear, and what it found.

Apart from detection because the import service and the GUI only catch it: knowing the
refusal must not load the CSV reader when the file imported is an OFX.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from finapp.errors import Problem, UnknownFormatError, problem_list

if TYPE_CHECKING:
    from finapp.importers.csv.mapping import CsvMapping
    from finapp.importers.csv.table import CsvTable


class CsvMappingNeeded(UnknownFormatError):
    """Detection is unsure; ``problems`` say what, ``partial`` holds what was found."""

    def __init__(
        self,
        path: str,
        problems: list[str],
        table: CsvTable | None = None,
        partial: CsvMapping | None = None,
    ) -> None:
        listed = problem_list(problems)
        super().__init__(
            path,
            Problem(
                "csv.mapping_needed",
                f"cannot read this CSV without a column mapping: {listed} ({_way_out(problems)})",
                problems=listed,
            ),
        )
        self.problems = problems
        self.table = table
        self.partial = partial


#: problems the user settles by saying whether the oldest row is money in or out
_OLDEST_ROW = frozenset({"balance.first_sign", "csv.deposits_only"})


def _way_out(problems: list[str]) -> str:
    """What the user can do, in the command line's words (the English is the CLI's; the GUI
    words the code its own way, with its mapping wizard): ``--date-format`` settles dates
    alone, a built-in profile or one saved from the wizard settles the rest. A file whose every
    amount is positive is most often Amex's short download (``Date,Description,Amount``) with
    no payment in it yet, which no word of it names: its profile is named."""
    unclear = [p for p in problems if getattr(p, "code", "") != "csv.bad_amount_line"]
    dates = [p for p in unclear if isinstance(p, Problem) and p.code == "csv.dates_ambiguous"]
    if dates and len(dates) == len(unclear):
        first, second = dates[0].params["first"], dates[0].params["second"]
        return f"with --date-format {first} or --date-format {second}"
    if unclear and all(getattr(p, "code", "") in _OLDEST_ROW for p in unclear):
        return "with --first-row in or --first-row out, or in the app's import wizard"
    if unclear and all(getattr(p, "code", "") == "csv.all_positive" for p in unclear):
        return (  # Amex's Date,Description,Amount download before any payment is in it
            'American Express\'s download of charges reads with --profile "American Express"; '
            "else choose a profile with --profile NAME, or map the columns in the app's import "
            "wizard and save them as a profile"
        )
    return (
        "choose a profile with --profile NAME, or map the columns in the app's import "
        "wizard and save them as a profile"
    )
