"""Mainstream Desktop: the offline-first companion to the GMG handbook on mainstreaming migration.

The package root only carries the version; everything else lives in the layered sub-packages
described in ``docs/architecture.md``.
"""

__version__ = "0.1.0"
