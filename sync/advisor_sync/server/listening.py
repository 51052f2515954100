"""Serving on a socket someone else opened (systemd socket activation, a test), with any number of workers.

uvicorn reads ``--fd`` with ``socket.fromfd(fd, AF_UNIX, ...)``: whatever the
descriptor really is, the socket claims to be a Unix socket, so the event loop
never turns Nagle's algorithm off on the connections it accepts, and every
request after the first on a kept-alive connection waits about 40 ms for the
client's delayed ACK (docs/benchmarks.md). Here the socket is taken for what it
is, and TCP_NODELAY is set on the listener too: Linux hands it on to every
accepted connection, whichever event loop and HTTP parser run the workers.
"""

from __future__ import annotations

import socket

import uvicorn
from uvicorn.supervisors import Multiprocess

TCP_FAMILIES = (socket.AF_INET, socket.AF_INET6)


def inherited_socket(fd: int) -> socket.socket:
    """The listening socket behind ``fd``, as the kernel describes it (family, type, protocol), Nagle off for TCP."""
    sock = socket.socket(fileno=fd)
    if sock.family in TCP_FAMILIES and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return sock


def serve_on(config: uvicorn.Config, sock: socket.socket) -> None:
    """What ``uvicorn.run(fd=...)`` does, on a socket that knows it is TCP: one process, or ``config.workers``."""
    if config.workers > 1:
        Multiprocess(config, sockets=[sock]).run()
    else:
        uvicorn.Server(config).run(sockets=[sock])
