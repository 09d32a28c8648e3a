"""Modal dialogs of the desktop app (unlock, first run, import wizard and summary)."""
