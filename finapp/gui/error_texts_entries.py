"""What is wrong with something the user typed or named, in the user's language: the sentences
of the codes the services give such refusals (context "ErrorText", worded by
:func:`finapp.gui.error_texts.problem_text`, which shows a ``{category}`` as the window does).

Kept apart from the refusals of files, the store and the disk so each table stays one
screenful per subject.
"""

from __future__ import annotations

from finapp.tr_marks import QT_TRANSLATE_NOOP

ENTRY_SENTENCES = {
    # subscriptions, their reviews and calendar, cards, rules and undo
    "subscription.no_name": QT_TRANSLATE_NOOP("ErrorText", "A subscription needs a name"),
    "subscription.bad_reminders": QT_TRANSLATE_NOOP(
        "ErrorText", "Reminders are days before the renewal, from 0 to 366"
    ),
    "subscription.merge_itself": QT_TRANSLATE_NOOP(
        "ErrorText", "A subscription cannot be merged with itself"
    ),
    "subscription.merge_manual": QT_TRANSLATE_NOOP(
        "ErrorText", "A subscription added by hand has no charges to merge"
    ),
    "review.cancelled_next": QT_TRANSLATE_NOOP(
        "ErrorText", "A cancelled subscription has no next review"
    ),
    "review.not_ahead": QT_TRANSLATE_NOOP("ErrorText", "The next review must come after {today}"),
    "review.not_subscription": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} is not a subscription: only a subscription has a yearly review"
    ),
    "review.cancelled": QT_TRANSLATE_NOOP("ErrorText", "{name} is cancelled already"),
    "review.dismissed": QT_TRANSLATE_NOOP("ErrorText", "{name} is dismissed already"),
    "account.no_name": QT_TRANSLATE_NOOP("ErrorText", "An account needs a name"),
    "account.no_such_type": QT_TRANSLATE_NOOP(
        "ErrorText", "No account type {type}; one of {types}"
    ),
    "account.name_taken": QT_TRANSLATE_NOOP(
        "ErrorText", "Another account is called {name} already"
    ),
    "account.lines_after_closing": QT_TRANSLATE_NOOP(
        "ErrorText", "{account} has transactions up to {date}: close it on that day or later"
    ),
    "account.not_closed": QT_TRANSLATE_NOOP("ErrorText", "{account} is not closed"),
    "account.bad_currency": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a currency code (three letters, such as EUR)"
    ),
    "account.currency_unit": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{account} cannot change from {old} to {new}: the two are not written with the same "
        "number of decimals, so its amounts would change",
    ),
    "account.currency_whole": QT_TRANSLATE_NOOP(
        "ErrorText", "{count} transactions of {account} have cents, which {new} does not have"
    ),
    "account.closing_ahead": QT_TRANSLATE_NOOP(
        "ErrorText", "{account} can be closed once it is: {date} is after today"
    ),
    "goal.closed_account": QT_TRANSLATE_NOOP(
        "ErrorText", "{name} is closed: a goal counts the money an open account holds"
    ),
    "import.after_closing": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{account} was closed on {date}, and {count} of the lines added are later: if it is "
        "still open, reopen it on the Accounts page",
    ),
    "card.not_a_card": QT_TRANSLATE_NOOP(
        "ErrorText", "{account} is not a credit card: only a card has a limit"
    ),
    "card.limit_not_positive": QT_TRANSLATE_NOOP(
        "ErrorText", "A credit limit must be above zero, not {amount}"
    ),
    "calendar.empty": QT_TRANSLATE_NOOP(
        "ErrorText", "No renewals are coming to put in a calendar; nothing was written"
    ),
    "calendar.is_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a folder; name the .ics file to write"
    ),
    "calendar.no_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no folder {folder} to write {name} into"
    ),
    "undo.nothing": QT_TRANSLATE_NOOP("ErrorText", "Nothing to undo: nothing was imported yet"),
    "edit.nothing_to_undo": QT_TRANSLATE_NOOP("ErrorText", "Nothing to undo: no edit is left"),
    "edit.nothing_to_redo": QT_TRANSLATE_NOOP(
        "ErrorText", "Nothing to redo: no edit was undone since the last one"
    ),
    "edit.changed_since": QT_TRANSLATE_NOOP(
        "ErrorText",
        "This edit can no longer be undone or redone: what it changed was changed since "
        "(elsewhere, or by another finapp). Nothing was changed, and the older edits were "
        "forgotten",
    ),
    "payee.merge_same": QT_TRANSLATE_NOOP(
        "ErrorText", "{source} is the payee it would be merged into: choose another"
    ),
    "rule.no_outcome": QT_TRANSLATE_NOOP(
        "ErrorText", "A rule needs a category or a new payee name"
    ),
    # an amount typed in a field
    "amount.not_typed": QT_TRANSLATE_NOOP(
        "ErrorText", "“{cell}” is not an amount (write it as 12.50)"
    ),
    # a line split among categories
    "split.too_few_parts": QT_TRANSLATE_NOOP("ErrorText", "A split needs two parts or more"),
    "split.zero_line": QT_TRANSLATE_NOOP("ErrorText", "A line of zero has nothing to split"),
    "split.zero_part": QT_TRANSLATE_NOOP(
        "ErrorText", "The part of {category} is zero: remove it or give it an amount"
    ),
    "split.wrong_sign": QT_TRANSLATE_NOOP(
        "ErrorText", "The part of {category} ({amount}) is not signed as the line ({line})"
    ),
    "split.sum_mismatch": QT_TRANSLATE_NOOP(
        "ErrorText", "The parts add up to {total}, not to the line's {line} {currency}"
    ),
    "split.too_many_decimals": QT_TRANSLATE_NOOP(
        "ErrorText", "{amount} has more decimals than {currency} allows ({places})"
    ),
    "split.not_split": QT_TRANSLATE_NOOP("ErrorText", "This line is not split"),
    "split.mixed_signs": QT_TRANSLATE_NOOP(
        "ErrorText", "Write the parts all with a minus or all without"
    ),
    # categories, budgets and goals (a {category} is shown as the window shows it)
    "category.bad_path": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a category path: its levels are separated by “:”"
    ),
    "category.bad_name": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a category name: a name holds no “:”"
    ),
    "category.control_character": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a category name: a name holds no tab or line break"
    ),
    "category.name_too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "A category name is at most {limit} characters long; this one has {length}"
    ),
    "category.missing": QT_TRANSLATE_NOOP("ErrorText", "There is no category “{category}”"),
    "category.exists": QT_TRANSLATE_NOOP("ErrorText", "The category “{category}” already exists"),
    "category.exists_at_top": QT_TRANSLATE_NOOP(
        "ErrorText", "A category “{name}” already exists at the top level"
    ),
    "category.exists_under": QT_TRANSLATE_NOOP(
        "ErrorText", "A category “{name}” already exists under “{category}”"
    ),
    "category.move_into_itself": QT_TRANSLATE_NOOP(
        "ErrorText", "“{category}” cannot be moved under itself"
    ),
    "category.merge_into_itself": QT_TRANSLATE_NOOP(
        "ErrorText", "“{category}” cannot be merged into itself or one of its own parts"
    ),
    "category.reassign_to_itself": QT_TRANSLATE_NOOP(
        "ErrorText",
        "the transactions of “{category}” cannot move to it or to one of its own parts",
    ),
    "category.has_children": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{category}” has sub-categories: move them first, or choose a category for its "
        "transactions",
    ),
    "budget.not_positive": QT_TRANSLATE_NOOP(
        "ErrorText", "A budget must be above zero, not {amount}"
    ),
    "budget.not_spending": QT_TRANSLATE_NOOP(
        "ErrorText", "“{category}” is not a spending category"
    ),
    "budget.missing": QT_TRANSLATE_NOOP("ErrorText", "“{category}” has no budget"),
    "goal.no_account": QT_TRANSLATE_NOOP(
        "ErrorText", "A goal needs at least one account whose balance counts"
    ),
    "goal.no_name": QT_TRANSLATE_NOOP("ErrorText", "A goal needs a name"),
    "goal.not_positive": QT_TRANSLATE_NOOP(
        "ErrorText", "A goal's target must be above zero, not {amount}"
    ),
    "goal.not_ahead": QT_TRANSLATE_NOOP(
        "ErrorText", "A goal's date must be after today ({today}), not {day}"
    ),
    "goal.exists": QT_TRANSLATE_NOOP("ErrorText", "There is already a goal named “{name}”"),
    "goal.currencies": QT_TRANSLATE_NOOP(
        "ErrorText", "The goal is in {currency}; {names} is in another currency"
    ),
    "goal.missing": QT_TRANSLATE_NOOP("ErrorText", "There is no goal named “{name}”"),
    "goal.owed_account": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{name} holds money owed, not saved: link a savings or checking account to a goal",
    ),
    # a value typed for a setting
    "setting.int_list": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a list of whole numbers (for example 30,7,1)"
    ),
    "setting.negative_list": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected whole numbers from 0 up, not “{value}”"
    ),
    "setting.not_whole": QT_TRANSLATE_NOOP("ErrorText", "“{value}” is not a whole number"),
    "setting.not_positive": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected a number above 0, not “{value}”"
    ),
    "setting.negative_amount": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected an amount from 0 up, not “{value}”"
    ),
    "setting.factor": QT_TRANSLATE_NOOP("ErrorText", "Expected a factor above 1, not “{value}”"),
    "setting.percent": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected a percentage from 1 to 100, not “{value}”"
    ),
    "setting.percents": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected percentages from 1 to 100, not “{value}”"
    ),
    "setting.currency": QT_TRANSLATE_NOOP(
        "ErrorText", "Expected a currency code such as USD, or auto, not “{value}”"
    ),
    "setting.per_currency": QT_TRANSLATE_NOOP(
        "ErrorText",
        "Expected a currency code and an amount for each currency, such as "
        "USD=10000,CNY=50000, not “{value}”",
    ),
    "setting.unknown": QT_TRANSLATE_NOOP("ErrorText", "There is no setting “{key}”"),
    # rules and their patterns
    "rule.no_pattern": QT_TRANSLATE_NOOP("ErrorText", "A rule needs a pattern to match"),
    "rule.min_above_max": QT_TRANSLATE_NOOP("ErrorText", "The minimum amount is above the maximum"),
    "regex.refused": QT_TRANSLATE_NOOP(
        "ErrorText", "“{pattern}” is not a pattern finapp can use: {reason}"
    ),
    "regex.too_long": QT_TRANSLATE_NOOP("ErrorText", "it is longer than {most} characters"),
    "regex.repeat": QT_TRANSLATE_NOOP("ErrorText", "it repeats something more than {most} times"),
    "regex.too_large": QT_TRANSLATE_NOOP(
        "ErrorText", "it is too large to run on every transaction; make it simpler"
    ),
    "regex.unsupported": QT_TRANSLATE_NOOP(
        "ErrorText",
        "lookaround such as (?= or (?<! and backreferences such as \\1 are not supported",
    ),
    "regex.invalid": QT_TRANSLATE_NOOP(
        "ErrorText",
        "it is not a regular expression (a bracket left open or a character out of place)",
    ),
    # notes and tags on transactions
    "transaction.missing": QT_TRANSLATE_NOOP("ErrorText", "No transaction with id {ids}"),
    "tag.empty": QT_TRANSLATE_NOOP(
        "ErrorText", "“{tag}” is not a tag: write a word after the #, such as #tax"
    ),
    "tag.bad_character": QT_TRANSLATE_NOOP(
        "ErrorText",
        "“{tag}” is not a tag: “{character}” is not allowed (letters, digits, - and _ only)",
    ),
    "tag.too_long": QT_TRANSLATE_NOOP(
        "ErrorText", "“{tag}” is not a tag: it is longer than {most} characters"
    ),
    # payees, exchange rates and the health report
    "payee.no_name": QT_TRANSLATE_NOOP("ErrorText", "Name the payee to rename"),
    "payee.missing": QT_TRANSLATE_NOOP("ErrorText", "There is no payee “{name}”"),
    "rate.bad_code": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is not a currency code (three letters, such as EUR)"
    ),
    "rate.not_positive": QT_TRANSLATE_NOOP("ErrorText", "A rate must be above zero, not “{value}”"),
    "rate.base": QT_TRANSLATE_NOOP(
        "ErrorText", "{currency} is the base currency: its rate is always 1"
    ),
    "rate.unreadable": QT_TRANSLATE_NOOP("ErrorText", "{path} cannot be read ({why})"),
    "report.not_html": QT_TRANSLATE_NOOP(
        "ErrorText", "The report is an HTML file: name it with .html, not {name}"
    ),
    "report.no_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "There is no folder {folder} to write {name} into"
    ),
    "report.is_folder": QT_TRANSLATE_NOOP(
        "ErrorText", "{path} is a folder; name the .html file to write"
    ),
    # a CSV layout saved under a name, quiet hours, an export's folder
    "profile.no_name": QT_TRANSLATE_NOOP("ErrorText", "A profile needs a name"),
    "profile.built_in": QT_TRANSLATE_NOOP(
        "ErrorText", "“{name}” is the name of a built-in profile; choose another"
    ),
    "profile.unknown": QT_TRANSLATE_NOOP(
        "ErrorText", "No CSV profile named “{name}”; the profiles are: {names}"
    ),
    "import.unknown_date_format": QT_TRANSLATE_NOOP(
        "ErrorText", "“{value}” is no date format finapp reads; the formats are: {formats}"
    ),
    "quiet_hours.bad": QT_TRANSLATE_NOOP(
        "ErrorText", "Quiet hours are a span such as 22:00-08:00, or off; not “{value}”"
    ),
    "export.is_file": QT_TRANSLATE_NOOP("ErrorText", "{folder} is a file; export into a folder"),
    "export.not_empty": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{folder} holds files that are not a finapp export; export into an empty or new folder "
        "(such as {inside}) or into a previous export to replace it",
    ),
    # reconciling an account to its statements
    "reconcile_after_statements": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{account}'s statements do not reach {through}: import them up to that day before "
        "reconciling to it",
    ),
    "reconcile_differences": QT_TRANSLATE_NOOP(
        "ErrorText",
        "{account}'s transactions differ from its statements in {count} period(s) up to "
        "{through}, the first {start} to {end} by {difference} {currency}: import what is "
        "missing, or accept the books as they stand",
    ),
}
