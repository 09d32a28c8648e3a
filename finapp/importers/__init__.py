"""Readers that turn a statement file into a :class:`ParsedStatement`. No database here."""
