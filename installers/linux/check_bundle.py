#!/usr/bin/env python3
"""Check a built Linux bundle before it is packaged: nothing missing, nothing unexpected.

    python3 installers/linux/check_bundle.py BUNDLE_FOLDER [--depends-out FILE]

- every file the package ships (reference CSVs, fonts, translations compiled to ``.qm``, the
  icon) and every Alembic migration script is inside the bundle where ``importlib.resources``
  and Alembic look for it;
- every library any binary of the bundle needs is either in the bundle or one of the system
  libraries listed in ``system-libraries.txt`` (read from ``objdump -p``, so a library left out
  by mistake fails here, on the build machine, not on a user's computer);
- the newest C library version the binaries ask for, which becomes ``libc6 (>= x.y)`` in the
  ``.deb``.

Prints what it measured (size, file count, the C library version) and, with ``--depends-out``,
writes the Depends and Recommends lines for ``DEBIAN/control``. Exits 1 with the reasons if a
check fails. Plain Python 3 (no venv needed) plus ``objdump`` from binutils.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import bundle_contents as contents

SYSTEM_LIBRARIES = HERE / "system-libraries.txt"
INTERNAL = "_internal"
ELF_MAGIC = b"\x7fELF"
_GLIBC = re.compile(r"GLIBC_(\d+)\.(\d+)(?:\.(\d+))?")


@dataclass(frozen=True)
class SystemLibrary:
    soname: str
    package: str
    relation: str  # "depends" or "recommends"


@dataclass
class BundleReport:
    size_bytes: int = 0
    file_count: int = 0
    elf_count: int = 0
    glibc: tuple[int, ...] = (2, 17)
    used_system_libraries: set[str] = field(default_factory=set)
    problems: list[str] = field(default_factory=list)


def read_system_libraries(path: Path = SYSTEM_LIBRARIES) -> dict[str, SystemLibrary]:
    libraries: dict[str, SystemLibrary] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        soname, package, relation = line.split()
        if relation not in {"depends", "recommends"}:
            raise ValueError(f"{path}: unknown relation {relation!r} for {soname}")
        libraries[soname] = SystemLibrary(soname, package, relation)
    return libraries


def is_elf(path: Path) -> bool:
    if not path.is_file() or path.is_symlink():
        return False
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def needed_and_glibc(path: Path) -> tuple[list[str], tuple[int, ...]]:
    """The ``NEEDED`` libraries of one ELF file and the newest ``GLIBC_x.y`` it asks for."""
    output = subprocess.run(
        ["objdump", "-p", str(path)], check=True, capture_output=True, text=True
    ).stdout
    needed = re.findall(r"^\s+NEEDED\s+(\S+)$", output, flags=re.MULTILINE)
    versions = [tuple(int(part) for part in match if part) for match in _GLIBC.findall(output)]
    return needed, max(versions, default=(2, 17))


def check_bundle(bundle: Path, system: dict[str, SystemLibrary]) -> BundleReport:
    report = BundleReport()
    internal = bundle / INTERNAL
    for name in (contents.GUI_NAME, contents.CLI_NAME):
        if not is_elf(bundle / name):
            report.problems.append(f"the program {name} is missing from {bundle}")
    for source, destination in contents.package_data_files():
        target = internal / destination / Path(source).name
        if not target.is_file():
            report.problems.append(f"shipped file missing: {destination}/{Path(source).name}")
    for source in contents.translation_sources():
        compiled = (
            internal / "mainstream_desktop" / "resources" / "translations" / (source.stem + ".qm")
        )
        if not compiled.is_file():
            report.problems.append(f"compiled translation missing: {compiled.name}")

    present: set[str] = set()
    elves: list[Path] = []
    for path in bundle.rglob("*"):
        present.add(path.name)
        if path.is_file() and not path.is_symlink():
            report.file_count += 1
            report.size_bytes += path.stat().st_size
            if is_elf(path):
                elves.append(path)
    report.elf_count = len(elves)
    for path in elves:
        needed, glibc = needed_and_glibc(path)
        report.glibc = max(report.glibc, glibc)
        for library in needed:
            if library in present:
                continue
            if library in system:
                report.used_system_libraries.add(library)
            else:
                report.problems.append(
                    f"{path.relative_to(bundle)} needs {library}, which is neither in the bundle "
                    f"nor a system library listed in {SYSTEM_LIBRARIES.name}"
                )
    return report


def control_fields(report: BundleReport, system: dict[str, SystemLibrary]) -> dict[str, str]:
    """``Depends`` and ``Recommends`` for the .deb, from the system libraries the bundle uses."""
    glibc = ".".join(str(part) for part in report.glibc)
    depends = {f"libc6 (>= {glibc})"}
    recommends: set[str] = set()
    for soname in report.used_system_libraries:
        library = system[soname]
        if library.package == "libc6":
            continue
        (depends if library.relation == "depends" else recommends).add(library.package)
    fields = {"Depends": ", ".join(sorted(depends))}
    if recommends:
        fields["Recommends"] = ", ".join(sorted(recommends))
    return fields


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path)
    parser.add_argument(
        "--depends-out", type=Path, help="write the Depends/Recommends lines of DEBIAN/control here"
    )
    args = parser.parse_args(argv)
    system = read_system_libraries()
    report = check_bundle(args.bundle, system)
    print(
        f"bundle: {report.size_bytes / 1e6:.0f} MB in {report.file_count} files, "
        f"{report.elf_count} ELF binaries; needs glibc >= "
        f"{'.'.join(str(part) for part in report.glibc)}; system libraries used: "
        f"{', '.join(sorted(report.used_system_libraries))}"
    )
    if report.problems:
        for problem in report.problems:
            print(f"check_bundle: {problem}", file=sys.stderr)
        return 1
    if args.depends_out:
        lines = [f"{name}: {value}" for name, value in control_fields(report, system).items()]
        args.depends_out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
