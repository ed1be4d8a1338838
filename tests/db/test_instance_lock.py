"""One running program per data folder, and a crash never leaves the folder locked."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mainstream_desktop.core.errors import StoreUnavailable
from mainstream_desktop.core.services import open_services
from mainstream_desktop.db.instance_lock import DataFolderInUse, InstanceLock
from mainstream_desktop.paths import DataPaths

HOLDER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from mainstream_desktop.core.services import open_services
    from mainstream_desktop.paths import DataPaths

    services = open_services(DataPaths(Path(sys.argv[1])), actor="child")
    print("ready", flush=True)
    time.sleep(120)
""")


@pytest.fixture
def folder(data_paths: DataPaths, template_database: Path) -> DataPaths:
    """A data folder holding a ready database (so opening it is quick)."""
    data_paths.root.mkdir(parents=True)
    shutil.copyfile(template_database, data_paths.database)
    return data_paths


def test_second_open_of_the_same_folder_is_refused_until_close(folder: DataPaths) -> None:
    first = open_services(folder, actor="tester")
    try:
        with pytest.raises(StoreUnavailable) as raised:
            open_services(folder, actor="tester")
        assert "already in use" in raised.value.message
        assert f"process {os.getpid()}" in raised.value.message
        first.drafts.save("still", {"usable": True})  # the refusal did not disturb the holder
        assert first.drafts.load("still") == {"usable": True}
    finally:
        first.close()

    second = open_services(folder, actor="tester")
    try:
        assert second.drafts.load("still") == {"usable": True}
    finally:
        second.close()


def test_close_twice_is_harmless(folder: DataPaths) -> None:
    services = open_services(folder, actor="tester")
    services.close()
    services.close()

    open_services(folder, actor="tester").close()


def test_other_folders_are_independent(
    folder: DataPaths, tmp_path: Path, template_database: Path
) -> None:
    other = DataPaths(tmp_path / "other")
    other.root.mkdir()
    shutil.copyfile(template_database, other.database)

    first = open_services(folder, actor="tester")
    try:
        open_services(other, actor="tester").close()
    finally:
        first.close()


def test_instance_lock_records_the_holder(tmp_path: Path) -> None:
    path = tmp_path / ".instance.lock"
    lock = InstanceLock(path)
    lock.acquire()
    try:
        assert path.with_suffix(".owner").read_text(encoding="utf-8") == str(os.getpid())
        with pytest.raises(DataFolderInUse, match=str(os.getpid())):
            InstanceLock(path).acquire()
    finally:
        lock.release()
    assert not path.with_suffix(".owner").exists()
    again = InstanceLock(path)
    again.acquire()
    again.release()


def test_a_killed_holder_leaves_the_folder_usable(folder: DataPaths) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder.root)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        first_line = child.stdout.readline().strip()
        assert first_line == "ready", child.stderr.read() if child.stderr else ""

        with pytest.raises(StoreUnavailable, match=f"already in use .*process {child.pid}"):
            open_services(folder, actor="tester")

        child.send_signal(signal.SIGKILL)
        assert child.wait(timeout=10) == -signal.SIGKILL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        for stream in (child.stdout, child.stderr):
            if stream is not None:
                stream.close()

    services = open_services(folder, actor="tester")
    try:
        assert services.workspaces.list_workspaces() == []
        assert services.engine.dialect.name == "sqlite"
    finally:
        services.close()
