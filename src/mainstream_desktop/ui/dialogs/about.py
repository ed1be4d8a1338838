"""Help > About: what the program is, and the versions and paths a support person asks for."""

from __future__ import annotations

from typing import TYPE_CHECKING

import platform
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from mainstream_desktop import __version__

if TYPE_CHECKING:
    from mainstream_desktop.core.services import Services


def _version(package: str) -> str:
    try:
        return metadata.version(package)
    except metadata.PackageNotFoundError:
        return "?"


def about_text(services: Services | None) -> str:
    site = services.site() if services else None
    rows = [
        ("Mainstream Desktop", __version__),
        ("Python", platform.python_version()),
        ("Qt", qVersion()),
        ("PySide6", pyside_version),
        ("SQLAlchemy", _version("SQLAlchemy")),
        ("pandas", _version("pandas")),
        ("matplotlib", _version("matplotlib")),
        ("reportlab", _version("reportlab")),
    ]
    table = "".join(f"<tr><td>{name}</td><td>{version}</td></tr>" for name, version in rows)
    site_line = (QMessageBox.tr("Site: {name} ({kind}), {id}").format(name=site.name, kind=site.kind.value,
                                                                       id=site.site_id)
                 if site else QMessageBox.tr("Site: not initialised"))
    return (
        "<h3>Mainstream Desktop</h3>"
        + QMessageBox.tr("<p>Guides a government through the GMG handbook <i>Mainstreaming Migration "
                         "into Development Planning</i>, offline.</p>")
        + f"<table>{table}</table>"
        + f"<p>{site_line}<br>"
        + (QMessageBox.tr("Data folder: {path}").format(path=services.paths.root) if services else "")
        + "</p>"
    )


def show_about(parent: QWidget, services: Services | None) -> None:
    QMessageBox.about(parent, QMessageBox.tr("About Mainstream Desktop"), about_text(services))
