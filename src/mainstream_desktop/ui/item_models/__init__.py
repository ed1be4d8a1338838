"""Qt item models over core services: they fetch what the views show, lazily, and hand every
change back to the service; the rules stay in core."""
