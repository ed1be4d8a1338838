"""One module per publisher layout; each exposes ``read(path, ...) -> ParsedTable``."""
