"""The script PyInstaller freezes as ``mainstream``: the command line (``cli.main``)."""

from mainstream_desktop.cli import main

raise SystemExit(main())
