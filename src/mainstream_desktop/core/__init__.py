"""Business rules and use cases: services that open one unit of work per user action,
validation with typed problems, completeness rules, reference data, the demo loader.

No Qt here: progress and cancellation arrive as plain callables, results leave as frozen DTOs.
"""
