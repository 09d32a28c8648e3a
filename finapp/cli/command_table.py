"""Each command word of ``finapp`` and the module that registers it, with no imports: the
launcher (``finapp/__main__.py``) tells CLI from GUI by it without loading the CLI."""

from __future__ import annotations

#: The module that registers each command word, in the order ``--help`` lists them. A run
#: imports only its command's module (and what that needs), not every command's services.
COMMAND_MODULES: dict[str, str] = {
    "import": "import_cmd",
    "import-undo": "import_cmd",
    "transactions": "transactions_cmd",
    "categorize": "categorize_cmd",
    "split": "split_cmd",
    "threshold": "threshold_cmd",
    "accounts": "accounts_cmd",
    "balance": "balance_cmd",
    "subscriptions": "subscriptions_cmd",
    "budget": "budget_cmd",
    "goals": "goals_cmd",
    "health": "health_cmd",
    "alerts": "alerts_cmd",
    "report": "report_cmd",
    "categories": "categories_cmd",
    "payees": "payees_cmd",
    "note": "annotate_cmd",
    "tag": "annotate_cmd",
    "tags": "annotate_cmd",
    "reconcile": "reconcile_cmd",
    "networth": "networth_cmd",
    "rules": "rules_cmd",
    "undo": "edits_cmd",
    "redo": "edits_cmd",
    "edits": "edits_cmd",
    "backup": "backup_cmd",
    "restore": "restore_cmd",
    "recovery-key": "keys_cmd",
    "passphrase": "keys_cmd",
    "export": "export_cmd",
    "wipe": "wipe_cmd",
    "check": "check_cmd",
    "settings": "settings_cmd",
    "autostart": "autostart_cmd",
    "forecast": "forecast_cmd",
    "rates": "rates_cmd",
}
