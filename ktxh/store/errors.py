"""Errors of the store, with messages fit to show a user."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or used; the message says why."""


class NotFound(StoreError):
    """No row with the id asked for."""
