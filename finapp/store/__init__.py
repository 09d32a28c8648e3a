"""The encrypted store: SQLAlchemy tables on SQLCipher, key handling and schema migrations."""
