"""What a bank says of a statement it sent: the ``<STATUS>`` of each statement response.

A bank answers each statement request with a status; code 0 is success. A response that
carries an error (``<SEVERITY>ERROR``) or a warning and still holds a statement is the bank's
word that the data may be incomplete (Ally's "Partial data", code 2000): the statement is
imported, as the bank sent it, and the user is told what the bank said. A response with an
error and no statement is refused instead (:func:`finapp.importers.ofx._no_statement_reason`).

ofxparse keeps only the first response's status, so the document's skeleton (the transaction
records already cut out: a few hundred bytes per statement) is read for each.
"""

from __future__ import annotations

import re

from finapp.importers import ofx_problems

#: one statement response: bank, card or investment
_RESPONSE = re.compile(
    r"<(STMTTRNRS|CCSTMTTRNRS|INVSTMTTRNRS)>(.*?)(?:</\1>|(?=<(?:STMTTRNRS|CCSTMTTRNRS|"
    r"INVSTMTTRNRS)>)|\Z)",
    re.S | re.I,
)
_STATEMENT = re.compile(r"<(?:STMTRS|CCSTMTRS|INVSTMTRS)>", re.I)
_STATUS = re.compile(r"<STATUS>(.*?)(?:</STATUS>|(?=<[A-Z]+RS>))", re.S | re.I)
_ACCTID = re.compile(r"<ACCTID>\s*([^<\s]*)", re.I)
#: a status of which the user is told: an error, or a warning with a code other than success
_SAID = frozenset({"ERROR", "WARN"})


def _field(status: str, tag: str) -> str:
    found = re.search(rf"<{tag}>([^<]*)", status, re.I)
    return " ".join(found.group(1).split()) if found else ""


def status_notes(skeleton: str) -> list[str]:
    """A note per statement whose response says an error or a warning, in the bank's words."""
    notes: list[str] = []
    for found in _RESPONSE.finditer(skeleton):
        response = found.group(2)
        statement = _STATEMENT.search(response)
        if statement is None:
            continue
        status = _STATUS.search(response, 0, statement.start())
        if status is None:
            continue
        severity = _field(status.group(1), "SEVERITY").upper()
        code = _field(status.group(1), "CODE")
        if severity not in _SAID or code.strip("0") == "":
            continue
        number = _ACCTID.search(response, statement.start())
        account = f"…{number.group(1)[-4:]}" if number and number.group(1) else ""
        message = _field(status.group(1), "MESSAGE")
        notes.append(ofx_problems.bank_status(account, severity, message, code))
    return notes
