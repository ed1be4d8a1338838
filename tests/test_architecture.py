"""The layer contracts of docs/architecture.md, enforced: import-linter runs the contracts in
pyproject.toml, and a direct scan double-checks that Qt stays inside ui/ and app.py."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "mainstream_desktop"
HEAVY = {"pandas", "matplotlib", "reportlab"}


def test_import_linter_contracts_hold():
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run([str(lint_imports)], capture_output=True, text=True, timeout=300,
                            cwd=PACKAGE.parents[1])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout


def _imports(path: Path, top_level_only: bool) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    names: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_qt_is_imported_only_in_ui_and_app():
    offenders = [
        str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
        if "PySide6" in _imports(path, top_level_only=False)
        and path.relative_to(PACKAGE).parts[0] not in ("ui", "app.py")
    ]
    assert offenders == []


def test_heavy_libraries_never_load_at_module_level_in_the_window():
    offenders = [
        str(path.relative_to(PACKAGE)) for path in list((PACKAGE / "ui").rglob("*.py")) + [PACKAGE / "app.py"]
        if HEAVY & _imports(path, top_level_only=True)
    ]
    assert offenders == []


def test_every_module_says_what_it_owns():
    missing = [str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
               if "versions" not in path.parts and ast.get_docstring(ast.parse(path.read_text(encoding="utf-8"))) is None]
    assert missing == []


def test_the_window_modules_load_without_the_database_layer():
    """The window shows before SQLAlchemy loads (docs/architecture.md, start-up)."""
    probe = ("import sys, mainstream_desktop.ui.main_window; "
             "print(sorted(m for m in ('sqlalchemy', 'pandas', 'matplotlib') if m in sys.modules))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
