"""The script PyInstaller freezes as ``mainstream-desktop``: the desktop window (``app.main``)."""

from mainstream_desktop.app import main

raise SystemExit(main())
