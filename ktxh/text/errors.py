"""Errors raised when a file cannot be read."""

from __future__ import annotations


class ReadError(Exception):
    """A file that cannot become a document; the message names file and reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
