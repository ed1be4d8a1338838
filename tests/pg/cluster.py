"""A throwaway PostgreSQL server for the tests and the benchmark: ``initdb`` into a temporary
folder, ``pg_ctl start`` on a free loopback port (and a unix socket inside that folder), and
``pg_ctl stop`` plus removal of the folder afterwards.

Debian's PostgreSQL (``apt-get install postgresql``) puts its programs in
``/usr/lib/postgresql/<version>/bin``, outside ``PATH``; ``find_bin_dir`` looks there and on
``PATH``. PostgreSQL refuses to run as root, so as root the server runs as the ``postgres`` user
the Debian package creates (through ``runuser``), in a folder handed to that user. Nothing here is
Qt, SQLAlchemy or the program: only the standard library, so a benchmark can use it too.
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SERVER_USER = "postgres"  # the account Debian's package creates; the server's superuser role too
START_TIMEOUT_S = 60


class ClusterUnavailable(Exception):
    """No PostgreSQL programs here, or no way to run them: the reason, for a skip message."""


def find_bin_dir() -> Path | None:
    """The folder of ``initdb``/``pg_ctl``: ``$MAINSTREAM_PG_BIN``, then ``PATH``, then the newest
    ``/usr/lib/postgresql/*/bin`` (Debian)."""
    chosen = os.environ.get("MAINSTREAM_PG_BIN")
    if chosen:
        return Path(chosen) if (Path(chosen) / "initdb").exists() else None
    on_path = shutil.which("initdb")
    if on_path and shutil.which("pg_ctl"):
        return Path(on_path).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"),
                        key=lambda p: _version_key(p.parent.parent.name), reverse=True)
    return candidates[0].parent if candidates else None


def _version_key(name: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", name)) or (0,)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class ThrowawayCluster:
    """One server in its own temporary folder. ``durable=False`` (the tests) turns fsync off:
    nothing here must survive a power cut, and every commit is then as fast as the disk cache."""

    durable: bool = False
    folder: Path | None = None
    port: int = 0
    _run_as: list[str] = field(default_factory=list)
    _bin: Path | None = None

    @property
    def url(self) -> str:
        """The SQLAlchemy URL of the server's ``postgres`` database."""
        return self.database_url("postgres")

    def database_url(self, database: str) -> str:
        return f"postgresql+psycopg://{SERVER_USER}@127.0.0.1:{self.port}/{database}"

    def start(self) -> ThrowawayCluster:
        self._bin = find_bin_dir()
        if self._bin is None:
            raise ClusterUnavailable("the PostgreSQL server programs (initdb, pg_ctl) are not installed "
                                     "(Debian: apt-get install postgresql; './setup.sh test' installs them)")
        self._run_as = self._runner()
        self.folder = Path(tempfile.mkdtemp(prefix="mainstream-pg-"))
        try:
            self._hand_over(self.folder)
            data = self.folder / "data"
            self._run(["initdb", "-D", str(data), "-U", SERVER_USER, "--auth=trust", "-E", "UTF8",
                       "--no-locale", "--no-sync"])
            self.port = free_port()
            options = [f"-c listen_addresses=127.0.0.1", f"-c port={self.port}",
                       f"-c unix_socket_directories={self.folder}", "-c max_connections=200",
                       "-c shared_buffers=128MB", "-c timezone=UTC"]
            if not self.durable:
                options += ["-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off"]
            self._run(["pg_ctl", "start", "-w", "-t", str(START_TIMEOUT_S), "-D", str(data),
                       "-l", str(self.folder / "server.log"), "-o", " ".join(options)])
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop the server (immediately: its data is thrown away) and remove its folder."""
        if self.folder is None:
            return
        data = self.folder / "data"
        if (data / "postmaster.pid").exists():
            try:
                self._run(["pg_ctl", "stop", "-w", "-m", "immediate", "-D", str(data)])
            except (ClusterUnavailable, OSError):
                pass
        shutil.rmtree(self.folder, ignore_errors=True)
        self.folder = None

    def log_tail(self, lines: int = 40) -> str:
        if self.folder is None or not (self.folder / "server.log").exists():
            return ""
        return "\n".join((self.folder / "server.log").read_text(errors="replace").splitlines()[-lines:])

    # -- running the server's programs as a user that may ---------------------------------------
    @staticmethod
    def _runner() -> list[str]:
        if os.geteuid() != 0:
            return []
        try:
            pwd.getpwnam(SERVER_USER)
        except KeyError as exc:
            raise ClusterUnavailable(f"running as root, and there is no '{SERVER_USER}' user to run the "
                                     "server as (Debian's postgresql package creates it)") from exc
        runuser = shutil.which("runuser")
        if runuser:
            return [runuser, "-u", SERVER_USER, "--"]
        su = shutil.which("su")
        if su:
            return [su, SERVER_USER, "-s", "/bin/sh", "-c"]
        raise ClusterUnavailable("running as root without runuser or su to start the server as postgres")

    def _hand_over(self, folder: Path) -> None:
        if self._run_as:
            entry = pwd.getpwnam(SERVER_USER)
            os.chown(folder, entry.pw_uid, entry.pw_gid)
            folder.chmod(0o700)

    def _run(self, command: list[str]) -> None:
        assert self._bin is not None
        program = [str(self._bin / command[0]), *command[1:]]
        if self._run_as and self._run_as[-1] == "-c":  # su: one shell command line
            import shlex

            program = [*self._run_as, " ".join(shlex.quote(part) for part in program)]
        else:
            program = [*self._run_as, *program]
        result = subprocess.run(program, capture_output=True, text=True, cwd="/", timeout=120)
        if result.returncode != 0:
            raise ClusterUnavailable(f"{command[0]} failed ({result.returncode}): "
                                     f"{(result.stderr or result.stdout).strip()[-800:]}\n{self.log_tail()}")


def start_cluster(durable: bool = False) -> ThrowawayCluster:
    return ThrowawayCluster(durable=durable).start()
