"""Telling a value the database refuses (the row's fault: store the others, set this one aside) from a database
that is unavailable (everyone's problem: answer 503 so the provider delivers again)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, StatementError

# PostgreSQL SQLSTATE classes: 22 data exception (a NUL byte, a value too long), 23 integrity constraint violation.
_REFUSED_CLASSES = ("22", "23")
_BINDING_ERRORS = (UnicodeError, ValueError, TypeError, OverflowError)  # raised before the database saw anything
_SQLITE_REFUSALS = (sqlite3.DataError, sqlite3.IntegrityError, sqlite3.InterfaceError)


def refused_value(error: BaseException) -> bool:
    if isinstance(error, _BINDING_ERRORS):
        return True
    if isinstance(error, DBAPIError):
        original = error.orig
        sqlstate = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
        if isinstance(sqlstate, str):
            return sqlstate[:2] in _REFUSED_CLASSES
        if isinstance(original, sqlite3.ProgrammingError):  # a value of a type SQLite cannot bind
            return str(original).startswith("Error binding parameter")
        return isinstance(original, _SQLITE_REFUSALS)
    if isinstance(error, StatementError):  # a bind parameter could not be converted
        return isinstance(error.orig, _BINDING_ERRORS)
    return False
