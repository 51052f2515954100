"""PostgreSQL for the benchmarks: the tests' server when one is set, else a private throwaway cluster.

``BASISSCAN_TEST_POSTGRES_URL`` (what ``.ci/with-services`` exports) is used as it is. Without it a
cluster is made in a temporary folder with the newest ``/usr/lib/postgresql/*/bin`` (as the
``postgres`` user when run as root: initdb refuses root), on a free loopback port, and removed
afterwards. Without PostgreSQL's binaries there is none, and the PostgreSQL rows are left out.

:func:`cluster_cpu_seconds` reads what the cluster's processes have used of the CPU, for the crowd's
floor (``sync_crowds.crowd_rows``): the postmaster and its live backends, and the backends it has reaped.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
from sqlalchemy.engine import make_url

URL_ENV = "BASISSCAN_TEST_POSTGRES_URL"


@contextmanager
def postgres() -> Iterator[str | None]:
    """A URL of a PostgreSQL server to make databases on, or None."""
    given = os.environ.get(URL_ENV)
    if given:
        yield given
        return
    binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: [int(n) for n in p.split("/")[4].split(".")])
    if not binaries:
        yield None
        return
    bin_dir = Path(binaries[-1]).parent
    folder = Path(tempfile.mkdtemp(prefix="bench-pg-"))
    as_owner: list[str] = []
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres")
        as_owner = ["runuser", "-u", "postgres", "--"]
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    def quiet(command: list[str]) -> None:
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)

    quiet([*as_owner, str(bin_dir / "initdb"), "-D", str(folder / "pg"), "-A", "trust", "-U", "postgres"])
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c max_connections=300"
    start = [
        *as_owner,
        str(bin_dir / "pg_ctl"),
        "-D",
        str(folder / "pg"),
        "-o",
        options,
        "-l",
        str(folder / "log"),
        "-w",
        "start",
    ]
    quiet(start)
    try:
        yield f"postgresql+psycopg://postgres@127.0.0.1:{port}/postgres"
    finally:
        quiet([*as_owner, str(bin_dir / "pg_ctl"), "-D", str(folder / "pg"), "-m", "fast", "stop"])
        shutil.rmtree(folder, ignore_errors=True)


def cluster_cpu_seconds(database_url: str) -> float | None:
    """CPU seconds the cluster behind ``database_url`` has used so far, or None when it is not on this machine.

    Found through the postmaster (the parent of this connection's backend): its own time, that of its
    live children, and what its reaped children used (``cutime``/``cstime``), from ``/proc``.
    """
    admin = make_url(database_url).set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        found = connection.execute("SELECT pg_backend_pid()").fetchone()
        assert found is not None
        backend = _stat(int(found[0]))  # None: the server runs elsewhere (or in a container of its own)
        if backend is None:
            return None
        postmaster = int(backend[1][1])
    if "postgres" not in (_name(postmaster) or ""):
        return None
    return _tree_seconds(postmaster)


def _stat(pid: int) -> tuple[int, list[str]] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return pid, text.rsplit(")", 1)[1].split()


def _name(pid: int) -> str | None:
    try:
        return Path(f"/proc/{pid}/comm").read_text().strip()
    except OSError:
        return None


def _tree_seconds(root: int) -> float:
    """utime + stime + cutime + cstime of ``root`` and of each live process under it."""
    children: dict[int, list[int]] = {}
    times: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (found := _stat(int(entry.name))) is not None:
            pid, fields = found
            children.setdefault(int(fields[1]), []).append(pid)
            times[pid] = sum(int(fields[index]) for index in (11, 12, 13, 14))
    ticks, waiting = 0, [root]
    while waiting:
        pid = waiting.pop()
        ticks += times.get(pid, 0)
        waiting += children.get(pid, [])
    return ticks / os.sysconf("SC_CLK_TCK")


@contextmanager
def fresh_database(server_url: str) -> Iterator[str]:
    """A new, empty database on the server (dropped afterwards): each benchmark starts from nothing."""
    url = make_url(server_url)
    name = f"bench_{uuid.uuid4().hex[:12]}"
    admin = url.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
