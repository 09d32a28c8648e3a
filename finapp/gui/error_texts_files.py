"""What is wrong with a statement file, in the user's language: the sentences of the codes
the importers give their refusals and repairs (context "ErrorText", worded by
:func:`finapp.gui.error_texts.problem_text`).

Kept apart from the refusals of the store, the keys and the disk so each table stays one
screenful per subject; a bank's own element names (``<TRNAMT>``, “Amt”) stay as the file
writes them, since that is what the user finds in it.
"""

from __future__ import annotations

from finapp.tr_marks import QT_TRANSLATE_NOOP

FILE_SENTENCES = {
    # finapp's own export, imported again
    "export.bad_cell": QT_TRANSLATE_NOOP("ErrorText", "not a date, time or amount finapp wrote"),
    "export.bad_amount": QT_TRANSLATE_NOOP("ErrorText", "not an amount finapp wrote"),
    "export.bad_manifest": QT_TRANSLATE_NOOP(
        "ErrorText", "{manifest} beside it is unreadable or damaged"
    ),
    "export.cut_short": QT_TRANSLATE_NOOP(
        "ErrorText", "the file ends in the middle of a row: it was cut short"
    ),
    "export.changed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file was cut or changed after export: expected {expected} rows, found {found} "
        "({manifest} beside it says so; a file edited on purpose imports from a folder without "
        "{manifest})",
    ),
    "export.not_utf8": QT_TRANSLATE_NOOP("ErrorText", "a finapp export must be UTF-8"),
    "export.columns": QT_TRANSLATE_NOOP(
        "ErrorText", "the finapp export lacks the column(s) {columns}"
    ),
    "export.cells": QT_TRANSLATE_NOOP("ErrorText", "a row has the wrong number of cells"),
    "export.not_csv": QT_TRANSLATE_NOOP(
        "ErrorText", "not a readable CSV file (a quote is left open or a cell is cut)"
    ),
    "export.empty": QT_TRANSLATE_NOOP("ErrorText", "the finapp export holds no transactions"),
    "export.bad_split": QT_TRANSLATE_NOOP(
        "ErrorText", "a part of a split line is damaged (its category, amount or line is missing)"
    ),
    "export.split_sum": QT_TRANSLATE_NOOP(
        "ErrorText", "the parts in {file} do not add up to the line's {amount}"
    ),
    "export.bad_row": QT_TRANSLATE_NOOP("ErrorText", "a row of {file} is not as finapp wrote it"),
    "export.not_json": QT_TRANSLATE_NOOP("ErrorText", "not the list of objects finapp writes"),
    "export.part": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{file} is part of a finapp export: import {transactions} (or the export's folder), "
        "which brings back {file} with everything else the export holds",
    ),
    # a line in another encoding than the rest of its file
    "import.line_not_utf8": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this line is not UTF-8 while the rest of the file is; export the file again or "
        "convert it to UTF-8",
    ),
    "import.line_utf8": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this line is UTF-8 while the rest of the file is {encoding}; export the file again or "
        "convert it to UTF-8",
    ),
    # files dropped for a statement that are something else, or damaged on their way
    "import.pdf": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a PDF document, not a statement export: download the statement from the bank as CSV, "
        "Excel, OFX/QFX, QIF, CAMT or MT940 instead",
    ),
    "import.zip": QT_TRANSLATE_NOOP(
        "ErrorText", "a ZIP archive, not a statement: unpack it and import the files inside"
    ),
    "import.zip_files": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a ZIP archive holding {files}, not a statement: unpack it and import the files inside",
    ),
    "import.zip_password": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a password-protected ZIP archive holding {files}, not a statement: unpack it with the "
        "password that came with it (Alipay and WeChat Pay send theirs in the app, apart from "
        "the email) and import the files inside",
    ),
    "import.spreadsheet_xml": QT_TRANSLATE_NOOP(
        "ErrorText",
        "an Excel 2003 XML spreadsheet, which finapp does not read: open it in Excel and save it "
        "as Excel Workbook (.xlsx) or CSV",
    ),
    "import.zero_byte": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a zero byte (NUL) inside this line: the file was damaged while it was downloaded or "
        "copied; download it again",
    ),
    "row.cut_short": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends inside this line ({column} “{value}”, where every other row has {usual} "
        "decimals): the download stopped before the end; download the statement again",
    ),
    "row.open_quote": QT_TRANSLATE_NOOP(
        "ErrorText",
        'a quote (") opens in this line and is never closed, so the lines after it run together '
        "into one cell: correct the quote in the file or download the statement again",
    ),
    # workbooks (.xlsx, .xls, a web page saved as .xls) and what finapp cannot read of them
    "workbook.encrypted": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the workbook is protected by a password: open it in Excel, remove the password "
        "(File > Info > Protect Workbook) and save it, or save it as CSV",
    ),
    "workbook.html_no_rows": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a web page with no table of transactions, not a statement: download the statement "
        "again from the bank (a page saved in its place, such as the sign-in page, holds none)",
    ),
    "workbook.ods": QT_TRANSLATE_NOOP(
        "ErrorText", "an OpenDocument spreadsheet (.ods) is not read: save it as .xlsx or CSV"
    ),
    "workbook.office": QT_TRANSLATE_NOOP(
        "ErrorText", "an Office document (Word, Outlook…), not a statement export"
    ),
    "workbook.damaged": QT_TRANSLATE_NOOP("ErrorText", "the workbook is damaged"),
    "workbook.no_sheet": QT_TRANSLATE_NOOP("ErrorText", "the workbook has no worksheet"),
    # Quicken's QIF
    "qif.empty": QT_TRANSLATE_NOOP("ErrorText", "the QIF file lists no transactions"),
    "qif.before_header": QT_TRANSLATE_NOOP(
        "ErrorText", "not a QIF line before the first !Type or !Account header"
    ),
    "qif.no_date": QT_TRANSLATE_NOOP("ErrorText", "the record has no date (D line)"),
    "qif.no_amount": QT_TRANSLATE_NOOP("ErrorText", "the record has no amount (T line)"),
    "qif.cut_short": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends inside this record, before its ^: the download stopped before the end; "
        "download the statement again",
    ),
    # split records (S/$ lines) left one line of their total; {lines} is "lines 2, 9"
    "qif.split_sum": QT_TRANSLATE_NOOP(
        "ErrorText",
        "split records kept whole, each one line of its total with its parts named in the memo: "
        "the parts do not add up to the total ({lines}); those of line {line} add up to "
        "{parts}, its total is {total}",
    ),
    "qif.split_signs": QT_TRANSLATE_NOOP(
        "ErrorText",
        "split records kept whole, each one line of its total with its parts named in the memo: "
        "a part is 0.00 or signed against the total, which a split cannot hold ({lines})",
    ),
    # SWIFT MT940
    "mt940.before_field": QT_TRANSLATE_NOOP("ErrorText", "text before the first MT940 field"),
    "mt940.no_account": QT_TRANSLATE_NOOP("ErrorText", "a statement without its account (:25:)"),
    "mt940.cut_short": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends inside a statement, before its closing balance (:62F:): the download "
        "stopped before the end; download the statement again",
    ),
    "mt940.no_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "no currency before the first statement line"
    ),
    "mt940.bad_balance": QT_TRANSLATE_NOOP(
        "ErrorText", "the balance :{tag}: cannot be read: “{text}”"
    ),
    "mt940.balance_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "the balance is in {balance}, the statement in {statement}"
    ),
    "mt940.bad_line": QT_TRANSLATE_NOOP(
        "ErrorText", "the statement line :61: cannot be read: “{text}”"
    ),
    "mt940.bad_day": QT_TRANSLATE_NOOP("ErrorText", "the date “{value}” is not a calendar day"),
    # what lenient reading of a bank's OFX put right, for the user to check
    "ofx.no_header": QT_TRANSLATE_NOOP(
        "ErrorText", "the file has no OFX header; it was read from its <OFX> element"
    ),
    "ofx.no_ofxheader": QT_TRANSLATE_NOOP(
        "ErrorText", "the OFX header has no OFXHEADER line; it was read past"
    ),
    "ofx.odd_header": QT_TRANSLATE_NOOP(
        "ErrorText", "the OFX header is not written as OFX sets it ({text}); it was read past"
    ),
    "ofx.lower_tags": QT_TRANSLATE_NOOP(
        "ErrorText", "tags are not all written in upper case ({tag}); read as upper case"
    ),
    "ofx.bare_amp": QT_TRANSLATE_NOOP(
        "ErrorText", "a text holds a bare & ({text}); read as the character &"
    ),
    "ofx.line_breaks": QT_TRANSLATE_NOOP(
        "ErrorText", "texts hold line breaks written as {tag} (line {line}); read as spaces"
    ),
    "ofx.escaped_twice": QT_TRANSLATE_NOOP(
        "ErrorText", "a text's characters are escaped twice ({text}); read as escaped once"
    ),
    "ofx.balance_lines": QT_TRANSLATE_NOOP(
        "ErrorText",
        "transactions only stating the account's balance ({text}; {lines}) left out",
    ),
    "ofx.out_of_order": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the fields of transactions are out of OFX's order (<{later}> after <{earlier}>; "
        "{lines}); read by their names",
    ),
    "ofx.stray_close": QT_TRANSLATE_NOOP(
        "ErrorText",
        "an end tag that closes no field (</{tag}>) stands in transactions ({lines}); each "
        "field was read up to the next tag",
    ),
    "ofx.unclosed_records": QT_TRANSLATE_NOOP(
        "ErrorText",
        "transactions (<STMTTRN>) never closed ({lines}); each was read up to the next "
        "transaction or the list's end",
    ),
    "ofx.misclosed": QT_TRANSLATE_NOOP(
        "ErrorText", "<{tag}> was closed by </{closer}> (line {line}); read as its end"
    ),
    "ofx.unclosed": QT_TRANSLATE_NOOP(
        "ErrorText", "<{tag}> was never closed; read up to {closer} (line {line})"
    ),
    "ofx.unclosed_of": QT_TRANSLATE_NOOP(
        "ErrorText",
        "<{tag}> of account {account} was never closed; read up to {closer} (line {line})",
    ),
    "csv.brackets_as_column": QT_TRANSLATE_NOOP(
        "ErrorText",
        "amounts in brackets under debit or credit (‘{example}’ on line {line}) were read as "
        "their column says, money out or in, as the balance column shows",
    ),
    "csv.balance_breaks": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the balance column does not follow from the amounts from line {line} on, so no "
        "balance was taken from this file",
    ),
    "csv.balance_unreadable": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line} has no balance in the balance column, so no balance was taken from this file",
    ),
    "csv.minus_against_column": QT_TRANSLATE_NOOP(
        "ErrorText",
        "amounts with a minus under debit or credit (‘{example}’ on line {line}) were read as "
        "taken back, money in under debit and out under credit, as the balance column shows",
    ),
    "ofx.decimal_comma": QT_TRANSLATE_NOOP(
        "ErrorText", "amounts are written with a decimal comma ({example}); read as {read}"
    ),
    "ofx.stated_day": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the statement of account {account} states no {tags}; its days were taken from its lines",
    ),
    "ofx.currency": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the statement of account {account} names no currency (<CURDEF>); read as {currency}",
    ),
    "ofx.lines": QT_TRANSLATE_NOOP("ErrorText", "lines {shown}"),
    "ofx.lines_more": QT_TRANSLATE_NOOP("ErrorText", "lines {shown} and {more} more"),
    "workbook.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "the workbook unpacks to {megabytes} MB, too large to be a statement"
    ),
    "workbook.too_many_rows": QT_TRANSLATE_NOOP(
        "ErrorText", "the sheet has more than {rows} rows, more than Excel allows"
    ),
    "workbook.too_many_columns": QT_TRANSLATE_NOOP(
        "ErrorText", "this row has {columns} columns; a statement has a few dozen at most"
    ),
    "workbook.entities": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the workbook's XML declares entities; finapp never expands them, so it is not read",
    ),
    "workbook.no_defusedxml": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this copy of finapp lacks its XML safety guard (“defusedxml”), so workbooks are not "
        "read: reinstall finapp or save the workbook as CSV",
    ),
    "qif.investment": QT_TRANSLATE_NOOP(
        "ErrorText",
        "an investment account's list (“!Type:Invst”): finapp does not track investments; export "
        "the bank, card and cash accounts only",
    ),
    "qif.unknown_list": QT_TRANSLATE_NOOP("ErrorText", "“{value}” is no QIF list finapp knows"),
    "qif.dates_unsettled": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the date “{value}” reads as {us} (month first, US) or {eu} (day first), and no date in "
        "the file settles which; export it again with dates written YYYY-MM-DD, or as OFX or CSV",
    ),
    "qif.dotted_month_first": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{value}” is written with dots, which are day first, but reads only month first",
    ),
    "qif.dates_mixed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the dates do not fit one day/month order: “{day}” (line {day_line}) is day first, "
        "“{month}” (line {month_line}) month first",
    ),
    "mt940.long_amount": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{cell}…” is longer than the 15 characters MT940 allows"
    ),
    "mt940.no_comma": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{cell}” has no decimal comma, which MT940 requires"
    ),
    "mt940.decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{cell}” has more decimals than {currency} has"
    ),
    # why an OFX file is refused: the field at fault, named and shown
    "ofx.field.type": QT_TRANSLATE_NOOP("ErrorText", "type"),
    "ofx.field.name": QT_TRANSLATE_NOOP("ErrorText", "name"),
    "ofx.field.amount": QT_TRANSLATE_NOOP("ErrorText", "amount"),
    "ofx.field.posted": QT_TRANSLATE_NOOP("ErrorText", "date"),
    "ofx.field.user_date": QT_TRANSLATE_NOOP("ErrorText", "date of the purchase"),
    "ofx.field.id": QT_TRANSLATE_NOOP("ErrorText", "bank's id"),
    "ofx.field.sic": QT_TRANSLATE_NOOP("ErrorText", "industry code"),
    "ofx.field.check": QT_TRANSLATE_NOOP("ErrorText", "check number"),
    "ofx.missing_field": QT_TRANSLATE_NOOP("ErrorText", "the transaction has no {field} (<{tag}>)"),
    "ofx.empty_field": QT_TRANSLATE_NOOP(
        "ErrorText", "the transaction's {field} (<{tag}>) is empty"
    ),
    "ofx.bad_field": QT_TRANSLATE_NOOP(
        "ErrorText", "the transaction's {field} (<{tag}>) “{value}” cannot be read"
    ),
    # a day before 1970 (19000101, 19700101) a bank writes for a line it has no day for
    "ofx.placeholder_date": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the transaction's {field} (<{tag}>) “{value}” is before 1970: a placeholder the bank "
        "wrote, not the day of a transaction",
    ),
    "ofx.bad_transaction": QT_TRANSLATE_NOOP("ErrorText", "the transaction cannot be read"),
    "ofx.unusable_amount": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{value}” is not a number an account can hold"
    ),
    "ofx.unusable_total": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the investment transaction “{id}” moves “{value}” in cash, not a number an account can "
        "hold",
    ),
    "ofx.undated_total": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the investment transaction “{id}” moves “{value}” in cash, but its trade and "
        "settlement days cannot be read",
    ),
    "ofx.undated_cash_line": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the investment transaction “{id}” moves “{value}” in cash, but its day cannot be read",
    ),
    "ofx.unusable_ledger_balance": QT_TRANSLATE_NOOP(
        "ErrorText", "the ledger balance “{value}” is not a number an account can hold"
    ),
    "ofx.unusable_available_balance": QT_TRANSLATE_NOOP(
        "ErrorText", "the available balance “{value}” is not a number an account can hold"
    ),
    "ofx.mixed_marks": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the amount “{value}” is written with another decimal mark than “{other}” (line "
        "{other_line}), so whether it means thousands is unclear",
    ),
    "ofx.unreadable": QT_TRANSLATE_NOOP(
        "ErrorText", "not a readable OFX statement: its tags are damaged or out of place"
    ),
    "ofx.bank_error": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the bank answered with an error instead of a statement: “{message}” (code {number}); "
        "download the statement again",
    ),
    "ofx.signon_refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the bank refused the sign-on instead of sending a statement: “{message}” (code {number})",
    ),
    "ofx.account_list": QT_TRANSLATE_NOOP(
        "ErrorText", "this OFX file lists accounts but holds no statement (an account-list reply)"
    ),
    "ofx.signon_reply": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this OFX file holds no account statement: it is the bank's reply to a sign-on or "
        "another request",
    ),
    "ofx.no_statement": QT_TRANSLATE_NOOP("ErrorText", "the OFX file holds no account statement"),
    "ofx.no_ofx_element": QT_TRANSLATE_NOOP(
        "ErrorText", "the file has an OFX header but no <OFX> element: it holds no statement"
    ),
    "ofx.truncated_list": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends inside its list of transactions: it was cut short; download it again",
    ),
    "ofx.truncated": QT_TRANSLATE_NOOP(
        "ErrorText", "the file ends inside a statement: it was cut short; download it again"
    ),
    "ofx.no_rate": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the transaction is in {symbol} (<CURRENCY>) but gives no usable rate to {currency}, "
        "the statement's currency (<CURRATE> “{value}”)",
    ),
    # a statement whose every DEBIT is money in and every CREDIT money out (stored as written)
    "ofx.signs_contradict_types": QT_TRANSLATE_NOOP(
        "ErrorText",
        "every DEBIT line of account {account} is money in and every CREDIT line money out "
        "({count} lines; line {debit_line}: DEBIT {debit}, line {credit_line}: CREDIT {credit}): "
        "stored as written; if purchases show as money in, the bank signed the file from its "
        "own side",
    ),
    # lines a statement gives in another currency, read in its own at the file's rates
    "ofx.converted": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: {written} {symbol} (<CURRENCY>) read as {read} {currency} at the rate the "
        "statement gives ({rate})",
    ),
    "ofx.converted_lines": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} lines in {symbol} (<CURRENCY>) read in {currency} at the rates the statement "
        "gives; the first, line {line}: {written} {symbol} at {rate} is {read} {currency}",
    ),
    # the bank corrects (REPLACE) or withdraws (DELETE) a transaction stored by an earlier
    # import; {was} and {now} are a line as "PAYEE -100.00 on 2026-11-03"
    "import.correction_replaced": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the bank replaced its earlier transaction '{id}' of account {account} "
        "({was}) with {now}; the stored line was corrected, keeping its category, note and tags",
    ),
    "import.correction_unsplit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the bank replaced its earlier transaction '{id}' of account {account} "
        "({was}) with {now}; the stored line was corrected, and its split no longer adds up, so "
        "it is one line in its largest part's category: split it again",
    ),
    "import.corrected_since": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} lines the bank has replaced or withdrawn since an earlier import of them were "
        "not added again",
    ),
    "import.correction_deleted": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the bank withdrew its earlier transaction '{id}' of account {account} "
        "({was}); it was removed from the books (undoing this import puts it back)",
    ),
    # the bank sent a statement with an error or warning status (its own words in {message})
    "ofx.bank_status": QT_TRANSLATE_NOOP(
        "ErrorText",
        'the bank sent the statement of account {account} with {severity} "{message}" '
        "(code {number}): it may be incomplete; it was imported as sent, download it again "
        "later for the rest",
    ),
    # an investment statement is kept as its cash; its holdings' worth is not tracked
    "ofx.investment_cash": QT_TRANSLATE_NOOP(
        "ErrorText",
        "investment account {account} is kept as its cash ({cash} {currency}); shares bought "
        "or sold move that cash within the account, neither spending nor income; its holdings "
        "({holdings} {currency} at the statement's prices) are not tracked",
    ),
    # a balance the bank wrote as no number (N/A, a dash): the statement imports without it
    "ofx.ledger_balance_not_a_number": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the ledger balance of account {account} is written “{value}”, not a "
        "number; the statement was imported without it",
    ),
    "ofx.available_balance_not_a_number": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the available balance of account {account} is written “{value}”, not a "
        "number; the statement was imported without it",
    ),
    "ofx.ledger_balance_undated": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the ledger balance of account {account} is dated “{value}”, no real day; "
        "the statement was imported without it",
    ),
    "ofx.available_balance_undated": QT_TRANSLATE_NOOP(
        "ErrorText",
        "line {line}: the available balance of account {account} is dated “{value}”, no real "
        "day; the statement was imported without it",
    ),
    "ofx.truncated_document": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends before its </OFX>: it was cut short and what came after is missing; "
        "download it again",
    ),
    "ofx.truncated_in_tag": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file ends in the middle of a tag ({tag}) before its </OFX>: it was cut short and "
        "what came after is missing; download it again",
    ),
    # why a camt (ISO 20022) file is refused: the part of the statement at fault
    "camt.part.entry": QT_TRANSLATE_NOOP("ErrorText", "the entry"),
    "camt.part.ledger_balance": QT_TRANSLATE_NOOP("ErrorText", "the ledger balance"),
    "camt.part.available_balance": QT_TRANSLATE_NOOP("ErrorText", "the available balance"),
    "camt.part.booking_date": QT_TRANSLATE_NOOP("ErrorText", "booking date"),
    "camt.part.value_date": QT_TRANSLATE_NOOP("ErrorText", "value date"),
    "camt.part.balance_date": QT_TRANSLATE_NOOP("ErrorText", "balance date"),
    "camt.part.period_start": QT_TRANSLATE_NOOP("ErrorText", "start of the period"),
    "camt.part.period_end": QT_TRANSLATE_NOOP("ErrorText", "end of the period"),
    "camt.not_camt": QT_TRANSLATE_NOOP("ErrorText", "not an ISO 20022 camt.052/053/054 document"),
    "camt.no_statement": QT_TRANSLATE_NOOP(
        "ErrorText", "the camt document holds no statement, report or notification"
    ),
    "camt.doctype": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the XML declares a “DOCTYPE” (where entities are defined); bank statements never do, so "
        "it is refused unread",
    ),
    "camt.not_xml": QT_TRANSLATE_NOOP(
        "ErrorText", "the XML is damaged (not well-formed): the file may be cut short"
    ),
    "camt.no_account": QT_TRANSLATE_NOOP("ErrorText", "the statement names no account (“Acct/Id”)"),
    "camt.no_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "the statement names no currency (“Acct/Ccy”)"
    ),
    "camt.no_booking_date": QT_TRANSLATE_NOOP(
        "ErrorText", "the booked entry has no booking date (“BookgDt”)"
    ),
    "camt.no_amount": QT_TRANSLATE_NOOP("ErrorText", "{what} has no amount (“Amt”)"),
    "camt.bad_amount": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{value}” of {what} is not an ISO 20022 amount"
    ),
    "camt.other_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount of {what} is in {written}, the account in {currency}"
    ),
    "camt.bad_indicator": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{what} says “{value}” where “CRDT” (money in) or “DBIT” (money out) belongs (“CdtDbtInd”)",
    ),
    "camt.no_indicator": QT_TRANSLATE_NOOP(
        "ErrorText", "{what} does not say money in or money out (“CdtDbtInd”)"
    ),
    "camt.no_date": QT_TRANSLATE_NOOP("ErrorText", "the {what} has neither “Dt” nor “DtTm”"),
    "camt.bad_date_time": QT_TRANSLATE_NOOP(
        "ErrorText", "the {what} “{value}” is no date and time"
    ),
    "camt.missing": QT_TRANSLATE_NOOP("ErrorText", "the {what} (“{path}”) is missing"),
    "camt.bad_day": QT_TRANSLATE_NOOP("ErrorText", "the {what} “{value}” is no calendar date"),
    "camt.day_outside": QT_TRANSLATE_NOOP(
        "ErrorText", "the {what} “{value}” lies outside the dates finapp keeps ({first} – {last})"
    ),
    "camt.balance_undated": QT_TRANSLATE_NOOP("ErrorText", "{what} has no date"),
    "camt.not_booked": QT_TRANSLATE_NOOP(
        "ErrorText", "the entry is not booked (status {status}): left out"
    ),
    "camt.not_booked_no_status": QT_TRANSLATE_NOOP(
        "ErrorText", "the entry is not booked (it has no status): left out"
    ),
    # a CSV row that moves none of the user's money, left out and listed
    "row.pending": QT_TRANSLATE_NOOP("ErrorText", "status “{status}”: not booked yet (pending)"),
    "row.status_neutral": QT_TRANSLATE_NOOP("ErrorText", "status “{status}”: no money moved"),
    "row.cancelled": QT_TRANSLATE_NOOP("ErrorText", "no amount (cancelled)"),
    "row.stated_balance": QT_TRANSLATE_NOOP(
        "ErrorText", "“{said}”: a balance the statement states, no money moved"
    ),
    "row.scheduled": QT_TRANSLATE_NOOP(
        "ErrorText", "dated {day}, after the day of import: scheduled, not booked yet"
    ),
    "row.totals": QT_TRANSLATE_NOOP(
        "ErrorText", "“{said}”: a totals row adding up other lines, no money moved"
    ),
    "row.no_money_line": QT_TRANSLATE_NOOP(
        "ErrorText", "no date and no amount: a line of the statement's, no money moved"
    ),
    "row.neutral": QT_TRANSLATE_NOOP(
        "ErrorText", "“{word}”: the export counts it as neither income nor spending"
    ),
    "row.neutral_refund": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{word}” (a refund the export books apart): the export counts it as neither income nor "
        "spending",
    ),
    "row.refund_of_left_out": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a refund of a trade the export leaves out (closed or returned): no money back",
    ),
    "row.repays_app_credit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{said}” pays back the app's own credit, whose purchases are counted on their own rows: "
        "a move of your own money, neither income nor spending",
    ),
    "row.neutral_own_money": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{word}” (a move between your own balances and cards): the export counts it as neither "
        "income nor spending",
    ),
}
