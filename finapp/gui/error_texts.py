"""What went wrong, in the user's language, from the code and facts the core gave it.

The core and the services say every refusal in English (the CLI and the logs read it) and
give the ones a person meets a :class:`~finapp.errors.Problem`: a code and the facts it was
made from. Here each code gets one translatable sentence (context "ErrorText") with the facts
put in by name (``{path}``, ``{line}``); a fact that is itself a Problem is worded in turn. A code
this table does not know shows the English, which is better than nothing.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from finapp.errors import FinappError, Problem
from finapp.gui.account_names import shown_account_name
from finapp.gui.category_names import display_category
from finapp.gui.error_texts_entries import ENTRY_SENTENCES
from finapp.gui.error_texts_files import FILE_SENTENCES
from finapp.tr_marks import QT_TRANSLATE_NOOP, filled

_FACT = re.compile(r"\{(\w+)\}")
#: facts that name an account, shown as the window names it ("Alipay 支付宝" is 支付宝)
_ACCOUNT_FACTS = frozenset({"account", "wallet"})

_SENTENCES = {
    # lists: the items are put together with the language's own separator
    "list": QT_TRANSLATE_NOOP("ErrorText", "; "),
    "and": QT_TRANSLATE_NOOP("ErrorText", " and "),
    "names": QT_TRANSLATE_NOOP("ErrorText", ", "),
    # a statement file and what is wrong with it
    "statement": QT_TRANSLATE_NOOP("ErrorText", "{path}: {reason}"),
    "statement.line": QT_TRANSLATE_NOOP("ErrorText", "{path}, line {line}: {reason}"),
    "import.cancelled": QT_TRANSLATE_NOOP("ErrorText", "Import cancelled; nothing was written."),
    "import.unreadable": QT_TRANSLATE_NOOP("ErrorText", "the file cannot be read ({why})"),
    "import.not_file": QT_TRANSLATE_NOOP("ErrorText", "this is not a file"),
    "import.account_told_apart": QT_TRANSLATE_NOOP(
        "ErrorText", '"{old}" is now called "{name}", told from the new "{new}"'
    ),
    "import.folder_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "a folder holding no statement file: finapp imports the CSV, Excel, OFX/QFX, QIF, CAMT "
        "and MT940 files a folder holds (not those in its subfolders), or the folder of "
        "finapp's own export",
    ),
    "import.folder_left_out": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} other file(s) in {folder} left out, not being statement exports "
        "(CSV, Excel, OFX/QFX, QIF, CAMT or MT940): {names}",
    ),
    "import.empty": QT_TRANSLATE_NOOP("ErrorText", "the file is empty"),
    "import.too_large": QT_TRANSLATE_NOOP("ErrorText", "the file is too large to be a statement"),
    "import.binary": QT_TRANSLATE_NOOP(
        "ErrorText", "not a statement: it is a binary file, not a text export"
    ),
    "import.damaged": QT_TRANSLATE_NOOP(
        "ErrorText", "the file is damaged or not in a statement layout finapp can read"
    ),
    "import.ambiguous_account": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} accounts end in {last4} ({names}): the statement went into a new account "
        "rather than a guess",
    ),
    "account.same_last_four": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} accounts end in {last4} ({names}): name the account or give its id",
    ),
    "import.unnamed_account": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file names no bank or account, so it went into “{name}” with the earlier files "
        "that name none; if it is another account's, undo this import and import it again "
        "with File → Import into account…",
    ),
    "import.number_learned": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{name}” now knows its account number (…{last4}), read from this file: its lines "
        "already there were not imported again",
    ),
    "import.skip_hint": QT_TRANSLATE_NOOP("ErrorText", "{reason}"),
    # lines counted once because they repeat another line of their statement
    "import.repeated_id_at": QT_TRANSLATE_NOOP(
        "ErrorText", "line {line} repeats line {earlier}'s transaction id {id}: counted once"
    ),
    "import.repeated_id": QT_TRANSLATE_NOOP(
        "ErrorText", "a line repeats an earlier line's transaction id {id}: counted once"
    ),
    # lines held already as the bank wrote them in an earlier download
    "import.reworded": QT_TRANSLATE_NOOP(
        "ErrorText",
        "lines of {account} already there as the bank first wrote them, counted as duplicates: "
        "{count} (the same amount within {days} days, the payee worded anew, such as ‘{payee}’ "
        "on {day})",
    ),
    # a statement held already under transaction ids the bank changed
    "import.new_ids": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} lines of {account} were already there under other transaction ids (the bank "
        "gave them new ones): counted as duplicates",
    ),
    "import.reused_ids": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the bank gave transaction id(s) {ids} to other transactions than before (its ids are "
        "numbers within a download): {count} line(s) added as transactions of their own",
    ),
    "import.repeated_ids_more": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} more lines repeat an earlier line's transaction id, date, amount and payee: "
        "each counted once",
    ),
    # payment-app rows and the bank lines that funded them (finapp.services.wallet_funding)
    "import.wallet_funded": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} bank or card line(s) are the {wallet} payments they funded: counted once, as "
        "the payments",
    ),
    "import.app_funded": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} row(s) of another payment app (a 美团 order paid 微信支付) are the {wallet} "
        "payments they paid: counted once, as the payments",
    ),
    "import.wallet_moves": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{count} bank or card line(s) move money to or from your own Alipay/WeChat Pay balance "
        "or credit (花呗还款, 零钱提现…): transfers, not spending or income",
    ),
    "row.bad_date": QT_TRANSLATE_NOOP("ErrorText", "“{cell}” is not a date (expected {format})"),
    "row.no_amount": QT_TRANSLATE_NOOP("ErrorText", "no amount"),
    "row.no_direction": QT_TRANSLATE_NOOP(
        "ErrorText", "“{word}” says neither money in nor money out"
    ),
    "row.other_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{cell}” is not in {currency}, the currency of its row"
    ),
    "row.other_file_currency": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the amount “{cell}” is not in {currency}, the currency this file is read in (no column "
        "gives each row's currency)",
    ),
    "row.bad_balance": QT_TRANSLATE_NOOP("ErrorText", "the balance: {reason}"),
    "row.bad_fee": QT_TRANSLATE_NOOP("ErrorText", "the fee: {reason}"),
    "row.bad_refund": QT_TRANSLATE_NOOP("ErrorText", "the refund: {reason}"),
    "amount.bad": QT_TRANSLATE_NOOP("ErrorText", "“{cell}” is not an amount"),
    "amount.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "the amount “{cell}” is too large to be real"
    ),
    "amount.decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "{amount} has more decimals than {currency} allows ({places} decimals)"
    ),
    "amount.no_decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "{amount} has more decimals than {currency} allows (no decimals)"
    ),
    # a statement file's own refusals and repairs, by format
    **FILE_SENTENCES,
    # what the user typed or named: categories, budgets, goals, settings, reconciling
    **ENTRY_SENTENCES,
    # a CSV layout finapp cannot tell by itself (the wizard's warnings)
    "csv.mapping_needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "this CSV cannot be read without a column mapping: {problems} (choose a profile or "
        "map the columns)",
    ),
    "csv.impossible_date": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a date (a calendar date from 1900 to 2199)"
    ),
    "csv.no_dates": QT_TRANSLATE_NOOP(
        "ErrorText", "not a statement export: no row holds a date (or it lists no transactions)"
    ),
    "csv.no_date_column": QT_TRANSLATE_NOOP("ErrorText", "no date column found"),
    "csv.no_amount_column": QT_TRANSLATE_NOOP(
        "ErrorText", "no amount column found (nor both debit and credit columns)"
    ),
    "csv.not_dates": QT_TRANSLATE_NOOP(
        "ErrorText", "column “{column}” holds values that are not dates"
    ),
    "csv.dates_ambiguous": QT_TRANSLATE_NOOP(
        "ErrorText", "the dates in “{column}” fit both {first} and {second}; say which"
    ),
    "csv.dates_not_in_format": QT_TRANSLATE_NOOP(
        "ErrorText", "the dates in “{column}” are not all written {format}"
    ),
    "csv.bad_amount_line": QT_TRANSLATE_NOOP("ErrorText", "line {line}: {reason}"),
    "csv.profile_columns_missing": QT_TRANSLATE_NOOP(
        "ErrorText", "this file is not a “{profile}” export: it lacks the columns {missing}"
    ),
    "csv.all_positive": QT_TRANSLATE_NOOP(
        "ErrorText",
        "every amount in {column} is positive, so money in cannot be told from money out (is "
        "this a card export where charges are positive?)",
    ),
    "csv.deposits_only": QT_TRANSLATE_NOOP(
        "ErrorText",
        "every amount in {amount_column} is positive and the balance in {balance_column} rises "
        "by each one, so every row but the oldest is money in: say whether the oldest (line "
        "{line}: {date} {payee} {amount}) is money in too (a savings account's deposit) or "
        "money out; a card's charges, where the balance is what is owed, need its profile or "
        "a column mapping",
    ),
    "csv.card_sign_unclear": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the file looks like a credit card's (column “{column}”): say whether a positive amount "
        "is a purchase (money out) or money in",
    ),
    "csv.two_dates": QT_TRANSLATE_NOOP(
        "ErrorText", "columns {columns} both hold dates; say which is the transaction's"
    ),
    "csv.two_directions": QT_TRANSLATE_NOOP(
        "ErrorText", "columns {columns} both say money in or out"
    ),
    "csv.unsigned_or_balance": QT_TRANSLATE_NOOP(
        "ErrorText",
        "columns {columns} could each be amounts without a sign or the running balance that "
        "moves by them; say which is the amount",
    ),
    "csv.debit_or_credit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "columns {columns} could be money out and money in (debit and credit); say which is which",
    ),
    "csv.many_amounts": QT_TRANSLATE_NOOP(
        "ErrorText",
        "columns {columns} all hold amounts and none is a running balance of another; say "
        "which is the amount",
    ),
    # amounts without a sign, signed by the running balance
    "balance.missing": QT_TRANSLATE_NOOP(
        "ErrorText", "no balance, which tells the sign of its amount"
    ),
    "balance.both_orders": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the balances add up both oldest first and newest first, so the sign of the amounts "
        "cannot be told",
    ),
    "balance.broken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the balance {balance} does not follow from the balance before it ({before}) and the "
        "amount {amount}, so the sign of the amounts cannot be told",
    ),
    "balance.first_sign": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the balance column tells money in from money out for every row but the oldest (line "
        "{line}: {date} {payee} {amount}): say whether that row is money in or money out",
    ),
    "preview.first_sign": QT_TRANSLATE_NOOP(
        "ErrorText",
        "no sign until the oldest row (line {line}) is said to be money in or money out",
    ),
    # passphrases, keys and the system keyring
    "passphrase.too_short": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The new passphrase must have at least {length} characters other than spaces at "
        "either end; nothing was changed",
    ),
    "passphrase.change_unfinished": QT_TRANSLATE_NOOP(
        "ErrorText",
        "A change of the key was cut short and {count} backups already use its new key: "
        "finish that change first (with the same new passphrase); nothing was changed",
    ),
    "passphrase.needed": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This store is protected by a passphrase: enter it to unlock. If its key was in the "
        "system keyring and it was moved without its store.id file, enter its recovery key.",
    ),
    "key.wrong": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} cannot be opened: wrong passphrase or key, or not a finapp database"
    ),
    "keyring.none": QT_TRANSLATE_NOOP(
        "ErrorText", "No secure system keyring is available on this machine"
    ),
    "keyring.none_new": QT_TRANSLATE_NOOP(
        "ErrorText",
        "No system keyring is available: choose a passphrase to protect your data",
    ),
    "keyring.refused": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The system keyring refused to keep the key; the passphrase still protects the store",
    ),
    "keyring.refused_new": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The system keyring refused to keep the key: choose a passphrase to protect your data",
    ),
    "keyring.refused_restore": QT_TRANSLATE_NOOP(
        "ErrorText", "The system keyring refused the key: restore with a passphrase instead"
    ),
    "keyring.no_entry": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The system keyring has no key for this data (entry {entry}): unlock it with its "
        "recovery key, or with its passphrase if you set one",
    ),
    "keyring.already": QT_TRANSLATE_NOOP(
        "ErrorText", "This store's key is already kept in the system keyring"
    ),
    "recovery.mistyped": QT_TRANSLATE_NOOP(
        "ErrorText", "That recovery key is mistyped: check each group of four"
    ),
    "recovery.no_keyring_entry": QT_TRANSLATE_NOOP(
        "ErrorText",
        "The system keyring has no key for this data (entry {entry}): the recovery key you "
        "wrote down opens it, unless you protected it with a passphrase since: then the "
        "passphrase alone does",
    ),
    "recovery.passphrase_store": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This store is protected by your passphrase and has no recovery key: the passphrase "
        "is the only way into it and its backups, on this computer or another; keep it "
        "somewhere safe",
    ),
    # the store, its backups and restoring one
    "demo.folder_taken": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is not finapp's demo, so the demo cannot be made there: move it elsewhere or "
        "rename it to explore the demo",
    ),
    "store.busy": QT_TRANSLATE_NOOP("ErrorText", "{path} is busy in another finapp window"),
    "store.busy_writing": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is busy: another finapp process is writing; try again"
    ),
    # a backup ``wipe --also-backups`` could not rewrite without the erased lines
    "wipe.backup_other_key": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} does not open with this store's key: left as it is, still holding the lines",
    ),
    "wipe.backup_not_rewritten": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} could not be rewritten ({reason}): left as it is, still holding the lines",
    ),
    "store.open_elsewhere": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is open in another finapp window; close it and try again"
    ),
    "store.damaged": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is damaged: restore a backup (Settings → Data and security)"
    ),
    "store.unopenable": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is damaged and cannot be opened (the key is right): restore a backup"
    ),
    "store.vanished": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is missing or empty, but this folder held your finapp data; nothing was "
        "created. Restore a backup you keep elsewhere: finapp restore FILE",
    ),
    "store.vanished_backup": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is missing or empty, but this folder held your finapp data; nothing was "
        "created. Restore the last good backup: finapp restore {backup}",
    ),
    "store.newer": QT_TRANSLATE_NOOP(
        "ErrorText", "This store was written by a newer finapp (schema {schema}); update finapp"
    ),
    "store.not_finapp": QT_TRANSLATE_NOOP(
        "ErrorText", "This database has tables but is not a finapp store"
    ),
    "store.file_as_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a file, not a folder: start finapp with a folder for its data"
    ),
    "file.missing": QT_TRANSLATE_NOOP("ErrorText", "{path}: no such file"),
    "file.damaged": QT_TRANSLATE_NOOP("ErrorText", "{path} is damaged and cannot be used"),
    "file.incomplete": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is damaged or incomplete (cut short?) and cannot be used; the key is right",
    ),
    "backup.onto_store": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is the store itself; choose another place"
    ),
    "backup.no_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path}: no such folder to put the backup in"
    ),
    "backup.inside_data": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} is inside finapp's data folder {data_dir}, which deleting all data removes; "
        "choose a place outside it (another folder, a USB stick)",
    ),
    "backup.taken": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} already exists and is not a backup of this store; choose a new name"
    ),
    "backup.cannot_write": QT_TRANSLATE_NOOP(
        "ErrorText", "The backup cannot be written to {path}: {reason}; the store is unchanged"
    ),
    "backup.damaged": QT_TRANSLATE_NOOP("ErrorText", "{path} cannot be backed up: it is damaged"),
    "backup.retention": QT_TRANSLATE_NOOP(
        "ErrorText", "Keep at least 1 daily backup and no negative counts"
    ),
    "restore.passphrase_needed": QT_TRANSLATE_NOOP(
        "ErrorText", "Choose the passphrase that will protect the restored data"
    ),
    "restore.wrong_key": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} cannot be opened: wrong passphrase or key, or not a finapp database; a backup "
        "made before a passphrase change opens only with the passphrase of then",
    ),
    "restore.store_other_key": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{path} does not open with the key given, so the backup would end under another key "
        "than your data's; nothing was changed",
    ),
    "restore.from_store": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is the store itself; choose a backup to restore"
    ),
    # the disk or the file system refused
    "storage.outcome": QT_TRANSLATE_NOOP("ErrorText", "{text}; {outcome}"),
    "outcome.backup_kept": QT_TRANSLATE_NOOP("ErrorText", "the backup is kept as {path}"),
    "outcome.nothing_created": QT_TRANSLATE_NOOP("ErrorText", "nothing was created"),
    "outcome.not_exported": QT_TRANSLATE_NOOP("ErrorText", "nothing was exported to {path}"),
    "storage.enospc": QT_TRANSLATE_NOOP("ErrorText", "the disk is full (writing {where})"),
    "storage.edquot": QT_TRANSLATE_NOOP("ErrorText", "the disk quota is used up (writing {where})"),
    "storage.erofs": QT_TRANSLATE_NOOP("ErrorText", "{where} is on a read-only disk"),
    "storage.eacces": QT_TRANSLATE_NOOP(
        "ErrorText", "permission denied: {where} (read-only or not yours to write)"
    ),
    "storage.eperm": QT_TRANSLATE_NOOP(
        "ErrorText", "permission denied: {where} (read-only or not yours to write)"
    ),
    "storage.eexist": QT_TRANSLATE_NOOP(
        "ErrorText", "{where} already exists and is not a folder finapp can use"
    ),
    "storage.enotdir": QT_TRANSLATE_NOOP(
        "ErrorText", "a file stands where a folder should be in {where}"
    ),
    "storage.eisdir": QT_TRANSLATE_NOOP(
        "ErrorText", "{where} is a folder where finapp needs a file"
    ),
    "storage.enoent": QT_TRANSLATE_NOOP("ErrorText", "{where} does not exist"),
    "storage.eio": QT_TRANSLATE_NOOP(
        "ErrorText", "the disk reported an error reading or writing {where}"
    ),
    "storage.enametoolong": QT_TRANSLATE_NOOP(
        "ErrorText", "the name is too long for the file system: {where}"
    ),
    "storage.eloop": QT_TRANSLATE_NOOP("ErrorText", "{where} is a loop of symbolic links"),
    "storage.other": QT_TRANSLATE_NOOP("ErrorText", "{where}: {why}"),
}

#: codes whose facts are numbered items put together with the code's own separator
_JOINED = ("list", "and", "names")


def problem_text(text: str) -> str:
    """``text`` in the interface language when it is a Problem with a known code, else as is."""
    if not isinstance(text, Problem):
        return str(text)
    code, params = text.code, text.params
    source = _SENTENCES.get(code)
    if source is None:
        return str(text)
    translated = QCoreApplication.translate("ErrorText", source)
    if code in _JOINED:
        return translated.join(problem_text(params[str(n)]) for n in range(len(params)))
    worded = {name: _fact(name, value) for name, value in params.items()}
    return filled(translated, _FACT, lambda m: worded.get(m[1]))


def _fact(name: str, value: str) -> str:
    """A fact as the window shows it: a category path in the interface language (its shipped
    names translated, as in every list), an account by the name the window gives it ("WeChat
    Pay", 微信支付), a fact that is a Problem worded in turn."""
    if name == "category":
        return display_category(value)
    return shown_account_name(value) if name in _ACCOUNT_FACTS else problem_text(value)


def error_text(exc: FinappError) -> str:
    """What to show the user for a refusal: its Problem worded, else its English message.

    Only a :class:`FinappError` has words for the user; any other exception is a bug whose
    text may quote household data (see :mod:`finapp.gui.errors_shown`).
    """
    return problem_text(exc.message)


def file_problem_text(text: str) -> str:
    """Why a file was refused, for a list that names the file already: "line 12: …", not the
    file's path again."""
    if not isinstance(text, Problem) or text.code not in ("statement", "statement.line"):
        return problem_text(text)
    code, params = text.code, text.params
    reason = problem_text(params["reason"])
    if code == "statement":
        return reason
    line = QCoreApplication.translate("ErrorText", "line {line}: {reason}")
    facts = {"line": params["line"], "reason": reason}
    return filled(line, _FACT, lambda m: facts.get(m[1]))
