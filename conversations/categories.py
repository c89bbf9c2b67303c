"""Complaint categories (ILO forced-labour indicators, SMETA / amfori BSCI / RBA codes) and severities."""

from __future__ import annotations

from enum import StrEnum


class Category(StrEnum):
    RETALIATION = "retaliation"
    WAGES = "wages"
    HOURS = "hours"
    DOCUMENTS = "documents"
    RECRUITMENT_FEES = "recruitment_fees"
    MOVEMENT = "movement"
    HARASSMENT = "harassment"
    VIOLENCE = "violence"
    HEALTH_SAFETY = "health_safety"
    CHILD_LABOUR = "child_labour"
    DISCRIMINATION = "discrimination"
    GRIEVANCE_ACCESS = "grievance_access"
    CONTACT_REQUEST = "contact_request"


class Severity(StrEnum):
    """P0: immediate danger, a person now. P1: urgent, within 24-72 hours. P2: routine, reported in aggregates."""

    P0 = "P0"
    P1 = "P1"
    P2 = "P2"

    @property
    def rank(self) -> int:
        return {"P0": 0, "P1": 1, "P2": 2}[self.value]


def most_severe(*severities: Severity | None) -> Severity | None:
    present = [s for s in severities if s is not None]
    return min(present, key=lambda s: s.rank) if present else None
