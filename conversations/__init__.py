"""The pure core of Worker Callbacks: conversation state, scripts, answer parsing, flags and schedules.

Nothing in this package reads the clock, touches the network or the database. The shell (``bot/``) passes
``now`` and a ``Locales`` implementation into :func:`conversations.engine.step`.
"""

from conversations.engine import Transition, step

__all__ = ["Transition", "step"]
