"""Apps that keep a person's data register here to erase it when the account goes.

accounts knows nothing of the apps above it; they call register_eraser() in
AppConfig.ready(). An eraser runs inside delete_account's transaction.
"""

from collections.abc import Callable
from typing import Any

ERASERS: list[Callable[[Any], None]] = []


def register_eraser(eraser: Callable[[Any], None]) -> None:
    if eraser not in ERASERS:
        ERASERS.append(eraser)
