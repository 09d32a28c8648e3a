# What finapp uses of xlrd 2.0 (it ships no types): reading an .xls's cells.
from typing import TextIO

from xlrd import compdoc as compdoc
from xlrd import formula as formula
from xlrd import sheet as sheet
from xlrd import xldate as xldate
from xlrd.sheet import Sheet

XL_CELL_EMPTY: int
XL_CELL_TEXT: int
XL_CELL_NUMBER: int
XL_CELL_DATE: int
XL_CELL_BOOLEAN: int
XL_CELL_ERROR: int
XL_CELL_BLANK: int

class XLRDError(Exception): ...

class Book:
    datemode: int
    def sheets(self) -> list[Sheet]: ...
    def release_resources(self) -> None: ...

def open_workbook(
    filename: str | None = None,
    logfile: TextIO = ...,
    verbosity: int = 0,
    use_mmap: bool = True,
    file_contents: bytes | None = None,
    encoding_override: str | None = None,
    formatting_info: bool = False,
    on_demand: bool = False,
    ragged_rows: bool = False,
    ignore_workbook_corruption: bool = False,
) -> Book: ...
