"""Dialogs of the main window (about, messages)."""
