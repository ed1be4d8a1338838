"""Extract every translatable text of the program and refresh the translation files.

    .venv/bin/python tools/update_translations.py           # refresh the .ts, .qm and label files
    .venv/bin/python tools/update_translations.py --check   # exit 1 if any of them is out of date
    .venv/bin/python tools/update_translations.py --list    # print what was found, and the
                                                            # look-ups whose text is computed

Why not ``pyside6-lupdate`` alone: most of our texts are marked ``QT_TRANSLATE_NOOP(CONTEXT, ...)``
with the context in a module constant, often through an alias (``... import QT_TRANSLATE_NOOP as
T``), and several modules translate through a small wrapper (``def _t(text): return
QCoreApplication.translate("review", text)``). lupdate does not resolve constants, aliases or
wrappers: it drops those texts or files them under a wrong context. This reads the sources with
Python's ``ast`` and resolves what the program resolves when it runs:

- ``QT_TRANSLATE_NOOP(context, text)`` under any alias; ``context`` may be a literal or a string
  constant of this or another module of the program (``CONTEXT``, ``C``...).
- ``QCoreApplication.translate(context, text[, disambiguation])`` (also ``QApplication``).
- ``self.tr(text)`` / ``cls.tr(text)`` in a class: context = the class's name. PySide6's ``tr``
  tries the ``__name__`` of every class in the object's method resolution order, so the class
  whose method holds the call is always tried (checked in tests/test_translations.py).
  ``QDialog.tr(text)`` (a class named) gives that class's name; ``parent.tr(text)`` with
  ``parent: QWidget`` annotated gives the annotation's class.
- Wrappers: any function (or method) that passes one of its parameters as the text of a
  ``QCoreApplication.translate`` with a known context; calls of it with a literal text are texts
  of that context (the first context, for a wrapper that tries several).

Files written (all under ``src/mainstream_desktop/resources/``):

- ``translations/mainstream_<lang>.ts``: every text found, by context. Existing translations are
  kept; a text no longer in the code is marked ``obsolete`` (kept for reuse, ignored by
  lrelease); a new text is ``unfinished``, pre-filled with the translation of the same English
  text in another context when there is one.
- ``translations/mainstream_<lang>.qm``: compiled by ``pyside6-lrelease``; committed, so users
  and installers need no Qt tools (tests/test_translations.py keeps them current).
- ``reference/code_labels_<lang>.csv``: the labels of the shipped reference lists (code lists,
  indicators, units, regions, and the code descriptions the window shows) to translate; a row whose ``status`` is ``untranslated`` still
  holds the English label. A changed English label makes its row untranslated again.
"""

from __future__ import annotations

import argparse
import ast
import csv
import io
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[1]
PACKAGE_DIR = ROOT / "src" / "mainstream_desktop"
PACKAGE = "mainstream_desktop"
TRANSLATIONS_DIR = PACKAGE_DIR / "resources" / "translations"
REFERENCE_DIR = PACKAGE_DIR / "resources" / "reference"
LANGUAGES = ("fr", "es", "ru", "ar")
MARKER = (f"{PACKAGE}.core.messages", "QT_TRANSLATE_NOOP")
QT_APPLICATIONS = {"QCoreApplication", "QGuiApplication", "QApplication"}
UNFINISHED = "unfinished"
OBSOLETE = "obsolete"
_OBSOLETE_TYPES = {"obsolete", "vanished"}


# -- what the sources say ---------------------------------------------------------------------
@dataclass(frozen=True, order=True)
class Location:
    path: str  # relative to the package directory, with "/"
    line: int


@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    locations: list[Location] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass(frozen=True)
class Finding:
    """A translation call whose text or context this tool cannot know; ``problem`` says why."""

    location: Location
    call: str
    problem: str
    error: bool  # an error makes --check fail: the text can never be translated as written


@dataclass
class Extraction:
    messages: dict[tuple[str, str, str], Message] = field(default_factory=dict)
    findings: list[Finding] = field(default_factory=list)

    def add(self, context: str, source: str, comment: str, location: Location) -> None:
        message = self.messages.setdefault((context, source, comment), Message(context, source, comment))
        if location not in message.locations:
            message.locations.append(location)

    def errors(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.error]


@dataclass
class _Module:
    name: str
    path: Path
    tree: ast.Module
    constants: dict[str, ast.expr] = field(default_factory=dict)
    imports: dict[str, tuple[str, str]] = field(default_factory=dict)  # alias -> (module, name)
    module_aliases: dict[str, str] = field(default_factory=dict)  # alias -> module
    classes: set[str] = field(default_factory=set)


def module_name(path: Path, package_dir: Path = PACKAGE_DIR) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _absolute(module: str, level: int, current: str, is_package: bool) -> str:
    if level == 0:
        return module
    base = current.split(".")
    base = base if is_package else base[:-1]
    base = base[: len(base) - (level - 1)]
    return ".".join([*base, module] if module else base)


def _read_module(path: Path, package_dir: Path) -> _Module:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    module = _Module(module_name(path, package_dir), path, tree)
    is_package = path.name == "__init__.py"
    for node in tree.body:
        targets: list[ast.expr] = []
        value: ast.expr | None = None
        if isinstance(node, ast.Assign):
            targets, value = node.targets, node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            targets, value = [node.target], node.value
        for target in targets:
            if isinstance(target, ast.Name) and value is not None:
                module.constants[target.id] = value
        if isinstance(node, ast.ClassDef):
            module.classes.add(node.name)
    for node in ast.walk(tree):  # imports anywhere (many are inside functions, to load lazily)
        if isinstance(node, ast.ImportFrom):
            source = _absolute(node.module or "", node.level, module.name, is_package)
            for alias in node.names:
                module.imports[alias.asname or alias.name] = (source, alias.name)
        elif isinstance(node, ast.Import):
            for alias in node.names:
                module.module_aliases[alias.asname or alias.name.split(".")[0]] = (
                    alias.name if alias.asname else alias.name.split(".")[0])
    return module


class _Program:
    """Every module of the package, to resolve constants and names across imports."""

    def __init__(self, paths: Iterable[Path], package_dir: Path = PACKAGE_DIR) -> None:
        self.package_dir = package_dir
        self.modules = {module.name: module for module in (_read_module(path, package_dir) for path in paths)}
        self.wrappers: dict[tuple[str, str], tuple[str, int]] = {}  # (module, function) -> (context, index)

    def origin(self, module: _Module, name: str) -> tuple[str, str]:
        """The (module, name) a name of ``module`` finally refers to, following imports."""
        seen: set[tuple[str, str]] = set()
        current, symbol = module.name, name
        while (current, symbol) not in seen:
            seen.add((current, symbol))
            owner = self.modules.get(current)
            if owner is None:
                return current, symbol
            value = owner.constants.get(symbol)
            if isinstance(value, ast.Name):  # T = QT_TRANSLATE_NOOP: an alias by assignment
                symbol = value.id
                continue
            if value is not None or symbol not in owner.imports:
                return current, symbol
            current, symbol = owner.imports[symbol]
        return current, symbol

    def string(self, module: _Module, node: ast.expr | None, depth: int = 0) -> str | None:
        """The value of a string expression if it is known without running anything."""
        if node is None or depth > 20:
            return None
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            return node.value
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left, right = self.string(module, node.left, depth + 1), self.string(module, node.right, depth + 1)
            return left + right if left is not None and right is not None else None
        if isinstance(node, ast.Name):
            owner_name, symbol = self.origin(module, node.id)
            owner = self.modules.get(owner_name)
            if owner is not None and symbol in owner.constants:
                return self.string(owner, owner.constants[symbol], depth + 1)
            return None
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            target = module.module_aliases.get(node.value.id)
            owner = self.modules.get(target or "")
            if owner is not None and node.attr in owner.constants:
                return self.string(owner, owner.constants[node.attr], depth + 1)
        return None


def _is_qt_translate(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "translate"
            and isinstance(func.value, ast.Name) and func.value.id in QT_APPLICATIONS)


def _parameters(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[str]:
    arguments = function.args
    return [argument.arg for argument in [*arguments.posonlyargs, *arguments.args]]


def _annotation_class(annotation: ast.expr | None) -> str | None:
    """``QWidget`` from ``QWidget``, ``QWidget | None``, ``Optional[QWidget]`` or ``"QWidget"``."""
    if annotation is None:
        return None
    if isinstance(annotation, ast.Name):
        return annotation.id
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            return _annotation_class(ast.parse(annotation.value, mode="eval").body)
        except SyntaxError:
            return None
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        for side in (annotation.left, annotation.right):
            if not (isinstance(side, ast.Constant) and side.value is None):
                return _annotation_class(side)
    if isinstance(annotation, ast.Subscript) and isinstance(annotation.value, ast.Name) \
            and annotation.value.id == "Optional":
        return _annotation_class(annotation.slice)
    return None


@dataclass
class _Scope:
    class_name: str | None = None
    wrappers: dict[str, tuple[str, int]] = field(default_factory=dict)  # local name -> (context, index)
    methods: dict[str, tuple[str, int]] = field(default_factory=dict)  # self.<name> wrappers of a class
    annotations: dict[str, str] = field(default_factory=dict)  # parameter -> class name
    wrapped_parameter: str = ""  # in a wrapper: the parameter it translates (texts come from callers)


class _Extractor:
    def __init__(self, program: _Program) -> None:
        self.program = program
        self.result = Extraction()

    # -- wrappers ---------------------------------------------------------------------------
    def wrapper_of(self, module: _Module, function: ast.FunctionDef | ast.AsyncFunctionDef) -> tuple[str, int] | None:
        """(context, index of the text parameter) if ``function`` translates a parameter of its own."""
        parameters = _parameters(function)
        for node in ast.walk(function):
            if isinstance(node, ast.Call) and _is_qt_translate(node.func) and len(node.args) >= 2:
                text = node.args[1]
                if isinstance(text, ast.Name) and text.id in parameters:
                    context = self.program.string(module, node.args[0])
                    if context is not None:
                        return context, parameters.index(text.id)
        return None

    def find_module_wrappers(self) -> None:
        for module in self.program.modules.values():
            for node in module.tree.body:
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    wrapper = self.wrapper_of(module, node)
                    if wrapper is not None:
                        self.program.wrappers[(module.name, node.name)] = wrapper

    # -- walking ----------------------------------------------------------------------------
    def run(self) -> Extraction:
        self.find_module_wrappers()
        for module in sorted(self.program.modules.values(), key=lambda m: m.name):
            self.visit_body(module, module.tree.body, [_Scope()])
        return self.result

    def visit_body(self, module: _Module, body: list[ast.stmt], scopes: list[_Scope]) -> None:
        for statement in body:
            self.visit(module, statement, scopes)

    def visit(self, module: _Module, node: ast.AST, scopes: list[_Scope]) -> None:
        if isinstance(node, ast.ClassDef):
            scope = _Scope(class_name=node.name)
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    wrapper = self.wrapper_of(module, item)
                    if wrapper is not None:
                        context, index = wrapper
                        scope.methods[item.name] = (context, index - 1)  # without self
            for decorator in node.decorator_list:
                self.visit(module, decorator, scopes)
            self.visit_body(module, node.body, [*scopes, scope])
            return
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            scope = _Scope(class_name=None)
            arguments = node.args
            for argument in [*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs]:
                annotated = _annotation_class(argument.annotation)
                if annotated:
                    scope.annotations[argument.arg] = annotated
            if isinstance(node, ast.Lambda):
                self.visit(module, node.body, [*scopes, scope])
                return
            wrapped = self.wrapper_of(module, node)
            if wrapped is not None:
                scope.wrapped_parameter = _parameters(node)[wrapped[1]]
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    wrapper = self.wrapper_of(module, item)
                    if wrapper is not None:
                        scope.wrappers[item.name] = wrapper
            for decorator in node.decorator_list:
                self.visit(module, decorator, scopes)
            for default in [*arguments.defaults, *arguments.kw_defaults]:
                if default is not None:
                    self.visit(module, default, scopes)
            self.visit_body(module, node.body, [*scopes, scope])
            return
        if isinstance(node, ast.Call):
            self.call(module, node, scopes)
        for child in ast.iter_child_nodes(node):
            self.visit(module, child, scopes)

    # -- calls ------------------------------------------------------------------------------
    def call(self, module: _Module, node: ast.Call, scopes: list[_Scope]) -> None:
        func = node.func
        location = Location(module.path.relative_to(self.program.package_dir).as_posix(), node.lineno)
        described = ast.unparse(func)
        if isinstance(func, ast.Name) and self.program.origin(module, func.id) == MARKER:
            self.text_call(module, node, location, described, context_node=self._arg(node, 0),
                           text_node=self._arg(node, 1), marker=True)
            return
        if _is_qt_translate(func):
            text = self._arg(node, 1)
            if isinstance(text, ast.Name) and text.id == scopes[-1].wrapped_parameter:
                return  # the wrapper's own look-up: its callers' texts are collected at the calls
            self.text_call(module, node, location, described, context_node=self._arg(node, 0),
                           text_node=text, comment_node=self._arg(node, 2))
            return
        if isinstance(func, ast.Attribute) and func.attr == "tr":
            context = self.tr_context(module, func.value, scopes)
            if context is None:
                self.result.findings.append(Finding(location, described, (
                    f"the context of {ast.unparse(func.value)}.tr() is the class of an object this tool "
                    "cannot see: use self.tr in its class, or ClassName.tr"), error=True))
                return
            self.text_call(module, node, location, described, context=context,
                           text_node=self._arg(node, 0), comment_node=self._arg(node, 1))
            return
        wrapper = self.wrapper_for(module, func, scopes)
        if wrapper is not None:
            context, index = wrapper
            text = self._arg(node, index)
            if isinstance(text, ast.Call) and isinstance(text.func, ast.Name) \
                    and self.program.origin(module, text.func.id) == MARKER:
                return  # marked where it is written: collected there
            self.text_call(module, node, location, described, context=context,
                           text_node=self._arg(node, index), wrapper=True)

    @staticmethod
    def _arg(node: ast.Call, index: int) -> ast.expr | None:
        return node.args[index] if len(node.args) > index and not isinstance(node.args[index], ast.Starred) else None

    def tr_context(self, module: _Module, owner: ast.expr, scopes: list[_Scope]) -> str | None:
        if isinstance(owner, ast.Name):
            if owner.id in {"self", "cls"}:
                return next((scope.class_name for scope in reversed(scopes) if scope.class_name), None)
            for scope in reversed(scopes):
                if owner.id in scope.annotations:
                    return scope.annotations[owner.id]
            if owner.id in module.classes or owner.id[:1].isupper():
                return owner.id  # a class named directly: QDialog.tr, MainWindow.tr
        return None

    def wrapper_for(self, module: _Module, func: ast.expr, scopes: list[_Scope]) -> tuple[str, int] | None:
        if isinstance(func, ast.Name):
            for scope in reversed(scopes):
                if func.id in scope.wrappers:
                    return scope.wrappers[func.id]
            return self.program.wrappers.get(self.program.origin(module, func.id))
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in {"self", "cls"}:
            for scope in reversed(scopes):
                if scope.class_name:
                    return scope.methods.get(func.attr)
        return None

    def text_call(self, module: _Module, node: ast.Call, location: Location, described: str, *,
                  context: str | None = None, context_node: ast.expr | None = None,
                  text_node: ast.expr | None = None, comment_node: ast.expr | None = None,
                  marker: bool = False, wrapper: bool = False) -> None:
        if context is None:
            context = self.program.string(module, context_node)
            if context is None:
                self.result.findings.append(Finding(location, described, (
                    f"context {ast.unparse(context_node) if context_node else '(none)'} is not a string "
                    "known without running the program"), error=True))
                return
        text = self.program.string(module, text_node)
        if text is None:
            computed = text_node is not None and isinstance(text_node, (ast.JoinedStr, ast.BinOp)) or (
                isinstance(text_node, ast.Call) and isinstance(text_node.func, ast.Attribute)
                and text_node.func.attr == "format")
            self.result.findings.append(Finding(location, described, (
                "an f-string or formatted text cannot be translated: translate the template, then format"
                if computed else
                f"the text ({ast.unparse(text_node) if text_node else 'none'}) is computed when the program "
                "runs: it must be marked where it is written"), error=computed or marker))
            return
        if not text.strip():
            return
        comment = self.program.string(module, comment_node) or ""
        self.result.add(context, text, comment, location)


def source_files(package_dir: Path = PACKAGE_DIR) -> list[Path]:
    return sorted(path for path in package_dir.rglob("*.py")
                  if "migrations" not in path.relative_to(package_dir).parts)


def extract(paths: Iterable[Path] | None = None, package_dir: Path = PACKAGE_DIR) -> Extraction:
    """Every translatable text of the program (or of ``paths``, files of the package in
    ``package_dir``) with its context and where it is written."""
    return _Extractor(_Program(source_files(package_dir) if paths is None else paths, package_dir)).run()


# -- the TS files -----------------------------------------------------------------------------
@dataclass
class TsEntry:
    """One message of a TS file as it stands, with what a translator wrote."""

    context: str
    source: str
    comment: str
    translation: str
    translation_type: str  # "" (finished), "unfinished", "obsolete", "vanished"
    numerus_forms: list[str] = field(default_factory=list)
    extra: list[ElementTree.Element] = field(default_factory=list)  # translatorcomment, extracomment...

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)


@dataclass
class TsFile:
    language: str
    attributes: dict[str, str]
    entries: list[TsEntry]


def read_ts(path: Path) -> TsFile:
    root = ElementTree.parse(path).getroot()
    entries: list[TsEntry] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [form.text or "" for form in translation.findall("numerusform")] if translation is not None else []
            extra = [child for child in message
                     if child.tag not in {"location", "source", "comment", "translation"}]
            entries.append(TsEntry(
                name, message.findtext("source") or "", message.findtext("comment") or "",
                (translation.text or "") if translation is not None and not forms else "",
                (translation.get("type") or "") if translation is not None else UNFINISHED, forms, extra))
    return TsFile(root.get("language") or path.stem.split("_")[-1], dict(root.attrib), entries)


def merge(existing: TsFile, extraction: Extraction) -> TsFile:
    """The TS file for the texts extracted now, keeping every translation already made."""
    old = {entry.key: entry for entry in existing.entries}
    by_source: dict[str, str] = {}
    for entry in existing.entries:
        if entry.translation and entry.translation_type == "" and not entry.numerus_forms:
            by_source.setdefault(entry.source, entry.translation)
    entries: list[TsEntry] = []
    for key in sorted(extraction.messages, key=lambda k: (k[0], min(extraction.messages[k].locations), k)):
        message = extraction.messages[key]
        previous = old.get(key)
        if previous is not None:
            kind = previous.translation_type
            if kind in _OBSOLETE_TYPES:  # back in the code: a translator should look at it again
                kind = UNFINISHED
            entries.append(TsEntry(*key, previous.translation, kind, previous.numerus_forms, previous.extra))
        else:
            entries.append(TsEntry(*key, by_source.get(message.source, ""), UNFINISHED))
    for entry in existing.entries:
        if entry.key not in extraction.messages and (entry.translation or any(entry.numerus_forms)):
            entries.append(TsEntry(entry.context, entry.source, entry.comment, entry.translation,
                                   OBSOLETE, entry.numerus_forms, entry.extra))
    return TsFile(existing.language, existing.attributes, entries)


def _escape(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace("'", "&apos;").replace('"', "&quot;"))


def render_ts(ts: TsFile, extraction: Extraction, ts_dir: Path = TRANSLATIONS_DIR) -> str:
    """The TS file as lupdate writes it (Qt Linguist and lrelease read it unchanged)."""
    to_package = Path(*[".."] * len(ts_dir.relative_to(PACKAGE_DIR).parts))
    attributes = " ".join(f'{name}="{_escape(value)}"' for name, value in ts.attributes.items())
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>", f"<TS {attributes}>"]
    contexts: dict[str, list[TsEntry]] = {}
    for entry in ts.entries:
        contexts.setdefault(entry.context, []).append(entry)
    for name in sorted(contexts):
        lines += ["<context>", f"    <name>{_escape(name)}</name>"]
        for entry in contexts[name]:
            numerus = ' numerus="yes"' if entry.numerus_forms else ""
            lines.append(f"    <message{numerus}>")
            message = extraction.messages.get(entry.key)
            if message is not None and entry.translation_type not in _OBSOLETE_TYPES:
                for location in sorted(message.locations):
                    filename = (to_package / location.path).as_posix()
                    lines.append(f'        <location filename="{_escape(filename)}" line="{location.line}"/>')
            lines.append(f"        <source>{_escape(entry.source)}</source>")
            if entry.comment:
                lines.append(f"        <comment>{_escape(entry.comment)}</comment>")
            for extra in entry.extra:
                lines.append("        " + ElementTree.tostring(extra, encoding="unicode").strip())
            kind = f' type="{entry.translation_type}"' if entry.translation_type else ""
            if entry.numerus_forms:
                forms = "".join(f"\n            <numerusform>{_escape(form)}</numerusform>"
                                for form in entry.numerus_forms)
                lines.append(f"        <translation{kind}>{forms}\n        </translation>")
            else:
                lines.append(f"        <translation{kind}>{_escape(entry.translation)}</translation>")
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def ts_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"mainstream_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS_DIR / f"mainstream_{language}.qm"


def refreshed_ts(language: str, extraction: Extraction) -> str:
    path = ts_path(language)
    existing = read_ts(path) if path.is_file() else TsFile(
        language, {"version": "2.1", "language": language}, [])
    return render_ts(merge(existing, extraction), extraction)


# -- compiled catalogues ----------------------------------------------------------------------
def lrelease_command() -> str:
    for candidate in (Path(sys.executable).parent / "pyside6-lrelease", ROOT / ".venv" / "bin" / "pyside6-lrelease"):
        if candidate.exists():
            return str(candidate)
    found = shutil.which("pyside6-lrelease") or shutil.which("lrelease")
    if found is None:
        raise SystemExit("pyside6-lrelease not found: install PySide6 (the .venv has it)")
    return found


def compile_qm(ts_file: Path, qm_file: Path) -> None:
    """``pyside6-lrelease`` into ``.partial``, then renamed: never a half-written catalogue."""
    partial = qm_file.with_name(qm_file.name + ".partial")
    try:
        subprocess.run([lrelease_command(), "-silent", "-nounfinished", str(ts_file), "-qm", str(partial)],
                       check=True, capture_output=True, timeout=120)
        partial.replace(qm_file)
    finally:
        partial.unlink(missing_ok=True)


def compiled_bytes(ts_file: Path) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "catalogue.qm"
        compile_qm(ts_file, target)
        return target.read_bytes()


# -- reference labels -------------------------------------------------------------------------
LABEL_COLUMNS = ("source", "list_name", "code", "label_en", "label", "status")
UNTRANSLATED = "untranslated"
TRANSLATED = "translated"  # or empty: a translator's finished label
DESCRIBED_LISTS = ("READINESS_CRITERION",)
"""Code lists whose descriptions the window shows (as tooltips); the others' descriptions are
notes for the people who maintain the lists, left in English."""


def reference_labels_en() -> list[dict[str, str]]:
    """Every English label of the shipped reference lists, in file order."""
    rows: list[dict[str, str]] = []

    def read(name: str) -> list[dict[str, str]]:
        with (REFERENCE_DIR / name).open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    for row in read("code_lists.csv"):
        rows.append({"source": "code_lists", "list_name": row["list_name"], "code": row["code"],
                     "label_en": row["label_en"]})
    for row in read("code_lists.csv"):
        if row["list_name"] in DESCRIBED_LISTS and row["description"]:
            rows.append({"source": "code_descriptions", "list_name": row["list_name"], "code": row["code"],
                         "label_en": row["description"]})
    for row in read("indicators.csv"):
        rows.append({"source": "indicators", "list_name": "", "code": row["code"], "label_en": row["name_en"]})
    for row in read("units.csv"):
        rows.append({"source": "units", "list_name": "", "code": row["code"], "label_en": row["label_en"]})
    for row in read("m49_regions.csv"):
        rows.append({"source": "m49_regions", "list_name": "", "code": row["code"], "label_en": row["name_en"]})
    rows += core_labels_en()
    return rows


def core_labels_en() -> list[dict[str, str]]:
    """The names core composes labels with that are in no shipped list: the kinds of evidence
    (``core.evidence.KINDS``) and the portfolio's derived indicators (``DERIVED_NAMES``)."""
    from mainstream_desktop.core.evidence import KINDS, MISSING, MISSING_CODE
    from mainstream_desktop.core.portfolio_indicators import DERIVED_NAMES

    rows = [{"source": "indicators", "list_name": "", "code": code, "label_en": name}
            for code, name in DERIVED_NAMES.items()]
    rows += [{"source": "evidence_kinds", "list_name": "", "code": kind.type_name, "label_en": kind.prefix}
             for kind in KINDS]
    rows.append({"source": "evidence_kinds", "list_name": "", "code": MISSING_CODE, "label_en": MISSING})
    return rows


def labels_path(language: str) -> Path:
    return REFERENCE_DIR / f"code_labels_{language}.csv"


def refreshed_labels(language: str, path: Path | None = None) -> str:
    """The label file of ``language`` (read from ``path``, by default the shipped one) for
    today's English labels, keeping every translation."""
    existing: dict[tuple[str, str, str], dict[str, str]] = {}
    path = path or labels_path(language)
    if path.is_file():
        with path.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                existing[(row["source"], row["list_name"], row["code"])] = row
    out = io.StringIO()
    writer = csv.DictWriter(out, LABEL_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in reference_labels_en():
        before = existing.get((row["source"], row["list_name"], row["code"]))
        if before is None or not before.get("label"):
            label, status = row["label_en"], UNTRANSLATED
        elif before["label_en"] != row["label_en"]:
            label, status = before["label"], UNTRANSLATED  # the English changed: check it again
        else:
            label, status = before["label"], before.get("status", "")
        writer.writerow({**row, "label": label, "status": status})
    return out.getvalue()


# -- the command ------------------------------------------------------------------------------
def _write_if_changed(path: Path, text: str) -> bool:
    if path.is_file() and path.read_text(encoding="utf-8") == text:
        return False
    partial = path.with_name(path.name + ".partial")
    partial.write_text(text, encoding="utf-8", newline="\n")
    partial.replace(path)
    return True


def _without_line_numbers(ts_text: str) -> str:
    return re.sub(r'(<location filename="[^"]*") line="\d+"', r"\1", ts_text)


def out_of_date(extraction: Extraction) -> list[str]:
    """The files the command would change for more than the line numbers of the texts' locations
    (an edit that only moves texts down a file needs no new catalogue)."""
    stale = []
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.is_file() or _without_line_numbers(path.read_text(encoding="utf-8")) != _without_line_numbers(
                refreshed_ts(language, extraction)):
            stale.append(str(path.relative_to(ROOT)))
        if not qm_path(language).is_file() or (path.is_file() and compiled_bytes(path) != qm_path(language).read_bytes()):
            stale.append(str(qm_path(language).relative_to(ROOT)))
        labels = labels_path(language)
        if not labels.is_file() or labels.read_text(encoding="utf-8") != refreshed_labels(language):
            stale.append(str(labels.relative_to(ROOT)))
    return stale


def update(extraction: Extraction) -> list[str]:
    changed = []
    for language in LANGUAGES:
        if _write_if_changed(ts_path(language), refreshed_ts(language, extraction)):
            changed.append(str(ts_path(language).relative_to(ROOT)))
        before = qm_path(language).read_bytes() if qm_path(language).is_file() else b""
        compile_qm(ts_path(language), qm_path(language))
        if qm_path(language).read_bytes() != before:
            changed.append(str(qm_path(language).relative_to(ROOT)))
        if _write_if_changed(labels_path(language), refreshed_labels(language)):
            changed.append(str(labels_path(language).relative_to(ROOT)))
    return changed


def summary(language: str) -> tuple[int, int, int]:
    """(finished, unfinished, obsolete) messages of a language's TS file."""
    entries = read_ts(ts_path(language)).entries
    obsolete = sum(entry.translation_type in _OBSOLETE_TYPES for entry in entries)
    unfinished = sum(entry.translation_type == UNFINISHED for entry in entries)
    return len(entries) - obsolete - unfinished, unfinished, obsolete


def _print_findings(findings: Iterator[Finding] | list[Finding]) -> None:
    for finding in findings:
        kind = "error" if finding.error else "note"
        print(f"{kind}: {finding.location.path}:{finding.location.line}: {finding.call}: {finding.problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a file is out of date")
    parser.add_argument("--list", action="store_true", help="print every text found and every computed look-up")
    args = parser.parse_args(argv)
    extraction = extract()
    if args.list:
        for message in sorted(extraction.messages.values(), key=lambda m: m.key):
            print(f"{message.context}\t{message.source!r}\t{message.locations[0].path}:{message.locations[0].line}")
        _print_findings(extraction.findings)
        return 0
    _print_findings(extraction.errors())
    if args.check:
        stale = out_of_date(extraction)
        for path in stale:
            print(f"out of date: {path}")
        if stale or extraction.errors():
            print("run: .venv/bin/python tools/update_translations.py")
            return 1
        return 0
    changed = update(extraction)
    print(f"{len(extraction.messages)} texts in {len({m.context for m in extraction.messages.values()})} contexts")
    for language in LANGUAGES:
        finished, unfinished, obsolete = summary(language)
        print(f"{language}: {finished} finished, {unfinished} unfinished, {obsolete} obsolete")
    for path in changed:
        print(f"updated {path}")
    return 1 if extraction.errors() else 0


if __name__ == "__main__":
    raise SystemExit(main())
