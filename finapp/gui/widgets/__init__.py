"""Widgets the pages share: empty states, in-page notices, selection-bound actions."""
