"""``python -m mainstream_desktop`` starts the desktop program (same as ``mainstream-desktop``)."""

from mainstream_desktop.app import main

raise SystemExit(main())
