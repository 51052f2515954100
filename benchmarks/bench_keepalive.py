"""Kept-alive requests to ``advisor-server serve --workers N``, on an inherited socket and on a port.

The figure behind the TCP_NODELAY fix (sync/advisor_sync/server/listening.py):
with Nagle left on, every request after the first on one connection waits
for the client's delayed ACK, about 40 ms on Linux.

    .venv/bin/python -m benchmarks.bench_keepalive [WORKERS]
"""

from __future__ import annotations

import http.client
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REQUESTS = 30


def median_ms(listen: str, workers: int) -> float:
    """Median of :data:`REQUESTS` GET /health on one kept-alive connection, after a first one that waits for the server."""
    database = f"sqlite:///{Path(tempfile.mkdtemp()) / 'server.sqlite3'}"
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    kept: tuple[int, ...] = ()
    if listen == "fd":
        listener.listen(128)
        where, kept = ["--fd", str(listener.fileno())], (listener.fileno(),)
    else:
        listener.close()
        where = ["--host", "127.0.0.1", "--port", str(port)]
    command = [sys.executable, "-m", "advisor_sync.server.cli", "--db", database, "serve", "--workers", str(workers), *where]
    server = subprocess.Popen(command, pass_fds=kept, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        connection = _first_answer(port)
        times = []
        for _ in range(REQUESTS):
            started = time.perf_counter()
            connection.request("GET", "/api/v1/health")
            connection.getresponse().read()
            times.append(time.perf_counter() - started)
        connection.close()
        return statistics.median(times) * 1000
    finally:
        server.terminate()
        server.wait(timeout=30)
        listener.close()


def _first_answer(port: int) -> http.client.HTTPConnection:
    """A connection that has had one answer (a server on a port may not be listening yet)."""
    deadline = time.monotonic() + 60
    while True:
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        try:
            connection.request("GET", "/api/v1/health")
            connection.getresponse().read()
            return connection
        except OSError:
            connection.close()
            if time.monotonic() > deadline:
                raise
            time.sleep(0.1)


def main() -> None:
    workers = int(sys.argv[1]) if len(sys.argv) > 1 else 2
    os.environ.setdefault("BASISSCAN_LANG", "en")
    for listen in ("fd", "port"):
        print(f"serve --{listen} --workers {workers}: median {median_ms(listen, workers):.1f} ms per kept-alive request")


if __name__ == "__main__":
    main()
