"""The database layer: engines and their pragmas, the unit of work, migrations and backups.

Everything here speaks SQLAlchemy and knows nothing of Qt or of business rules.
"""
