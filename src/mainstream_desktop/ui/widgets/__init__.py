"""Reusable widgets: the step navigator, the step page and small building blocks."""
