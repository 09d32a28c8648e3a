"""Read one bank or payment-app export whole: a CSV, an Excel workbook or a saved web page,
into a :class:`ParsedFile`, with the user's mapping, a saved one, or detection's."""

from __future__ import annotations

from dataclasses import replace

from finapp.importers.base import ParsedFile
from finapp.importers.csv.account_cells import with_account_cells
from finapp.importers.csv.account_holder import preamble_holder
from finapp.importers.csv.balance_signs import FirstSignNeeded
from finapp.importers.csv.bank_categories import with_bank_categories
from finapp.importers.csv.card_number import card_number
from finapp.importers.csv.closing_line import with_closing_line
from finapp.importers.csv.deposit_kind import with_deposit_kind
from finapp.importers.csv.described_accounts import with_described_accounts
from finapp.importers.csv.detect import detect_mapping
from finapp.importers.csv.file_hints import with_profile_defaults
from finapp.importers.csv.file_rows import read_rows, refuse_stray_rows
from finapp.importers.csv.html_table import html_table, looks_like_web_page
from finapp.importers.csv.labelled_text import labelled_table, looks_like_labelled_text
from finapp.importers.csv.mapping import CsvMapping, header_key
from finapp.importers.csv.mapping_needed import CsvMappingNeeded
from finapp.importers.csv.preamble_account import preamble_account_name
from finapp.importers.csv.profile import Profile
from finapp.importers.csv.reading_report import reading_report
from finapp.importers.csv.row_currency import with_written_currency
from finapp.importers.csv.running_balance import with_stated_balances
from finapp.importers.csv.sections import section_title, sections, titled
from finapp.importers.csv.stated_period import with_stated_period
from finapp.importers.csv.statements import statements
from finapp.importers.csv.table import CsvTable, read_table
from finapp.importers.csv.text import decode_text
from finapp.importers.csv.wallet_owner import wallet_owner
from finapp.importers.csv.workbook import workbook_table
from finapp.importers.workbook_marks import looks_like_workbook


def sniff(data: bytes) -> CsvTable:
    """Decode and split a CSV export, or take an Excel workbook's transaction sheet, a web
    page's table saved as ``.xls`` or Santander UK's labelled text download (raises
    :class:`NotTextError` for binary data, :class:`WorkbookError` for an unreadable workbook or
    a page without a table)."""
    if looks_like_workbook(data):
        return workbook_table(data)
    if looks_like_web_page(data):
        return html_table(data)
    decoded = decode_text(data)
    if looks_like_labelled_text(decoded.text):  # Santander UK's text download
        return labelled_table(decoded.text, decoded.encoding)
    return read_table(decoded.text, decoded.encoding, decoded.stray_lines, decoded.stray_reason)


def read_csv(
    path: str,
    data: bytes,
    mapping: CsvMapping | None = None,
    saved: dict[str, CsvMapping] | None = None,
    skip_bad_rows: bool = False,
    profile: Profile | None = None,
    first_sign: str = "",
    date_format: str = "",
) -> ParsedFile:
    """Read a CSV export with ``mapping``, else a saved mapping for its header, else detection
    (with ``profile`` instead of the one its header matches, when given). ``first_sign`` says
    whether the oldest row is money in or out, for amounts a balance column signs;
    ``date_format`` (``DD/MM/YYYY``) the user's word on dates that fit more than one order.

    Raises :class:`CsvMappingNeeded` when unsure and :class:`RowProblem` for a bad row.
    """
    table = sniff(data)
    parts = sections(table) if mapping is None else (table,)
    read = [
        _read_table(part, path, mapping, saved, skip_bad_rows, profile, first_sign, date_format)
        for part in parts
    ]
    if len(read) == 1:
        return read[0]
    # an export of several accounts, a section each: each section's account by its title
    titled_statements = (
        titled(statement, section_title(part))
        for part, one in zip(parts, read, strict=True)
        for statement in one.statements
    )
    return replace(
        read[0],
        statements=tuple(titled_statements),
        skipped=tuple(row for one in read for row in one.skipped),
        repairs=tuple(said for one in read for said in one.repairs),
        notes=tuple(said for one in read for said in one.notes),
    )


def _read_table(
    table: CsvTable,
    path: str,
    mapping: CsvMapping | None,
    saved: dict[str, CsvMapping] | None,
    skip_bad_rows: bool,
    profile: Profile | None,
    first_sign: str,
    date_format: str,
) -> ParsedFile:
    """:func:`read_csv` of one table: the whole file's, or one section's."""
    refuse_stray_rows(table, range(table.data_start))
    if mapping is None and saved and profile is None:
        mapping = saved.get(header_key(table.header))
    if mapping is None:
        detected = detect_mapping(table, path, profile, date_format, first_sign)
        mapping = with_written_currency(table, detected)
    else:
        mapping = with_profile_defaults(mapping.for_header(table.header), table)
    if first_sign:
        mapping = replace(mapping, first_sign=first_sign)
    try:
        by_group, skipped = read_rows(table, mapping, skip_bad_rows)
    except FirstSignNeeded as exc:
        raise CsvMappingNeeded(path, [exc.args[0]], table, mapping) from None
    label = mapping.profile or "detected"
    number = card_number(table, mapping, path)
    holder = preamble_holder(table) or wallet_owner(table, mapping)
    read = statements(by_group, mapping, number, holder, preamble_account_name(table))
    balanced = with_stated_balances(read, table, mapping)
    stated = with_account_cells(
        with_closing_line(balanced.statements, table, mapping), table, mapping, path
    )
    stated = with_described_accounts(with_bank_categories(stated, table, mapping), table, mapping)
    return ParsedFile(
        path=path,
        format=f"csv:{label}",
        statements=with_stated_period(
            with_deposit_kind(stated, mapping.profile, path), table.preamble
        ),
        skipped=tuple(skipped),
        repairs=balanced.repairs,
        notes=balanced.notes,
        detected=reading_report(table, mapping),
    )
