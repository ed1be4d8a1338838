"""The Qt window: the only package (with ``app.py``) that imports PySide6.

Widgets call core services and receive frozen DTOs; they never see ORM rows or sessions, and
they decide nothing a test without Qt could not check in core.
"""
