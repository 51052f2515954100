"""The real server with its JSON answers edited on their way out: how an app meets another server's words.

A test plays a newer server (answers with fields this app does not know) or a faulty one (a
record with a field of the wrong type) by handing over a function from the request's path and
the answer's JSON to the JSON sent instead. Everything else is the live server on loopback; the
app speaks real HTTP to it.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn
from advisor_sync.server.core.config import Settings

from ..server.live import Database, LiveServer

Rewrite = Callable[[str, Any], Any]
"""``(path, answer JSON) -> the JSON to send``; the path is the request's, such as ``/api/v1/sync/pull``."""
Message = dict[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class Rewriting:
    """ASGI middleware: a JSON answer is gathered whole, rewritten and sent with its new length."""

    def __init__(self, app: Any, rewrite: Rewrite) -> None:
        self.app = app
        self.rewrite = rewrite

    async def __call__(self, scope: Message, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start: Message = {}
        body = bytearray()

        async def edited(message: Message) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
                return
            if message["type"] != "http.response.body":
                await send(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            headers = [(key, value) for key, value in start["headers"] if key.lower() != b"content-length"]
            content = bytes(body)
            if dict(headers).get(b"content-type", b"").startswith(b"application/json") and content:
                content = json.dumps(self.rewrite(scope["path"], json.loads(content))).encode()
            await send({**start, "headers": [*headers, (b"content-length", str(len(content)).encode())]})
            await send({"type": "http.response.body", "body": content})

        await self.app(scope, receive, edited)


class RewritingServer(LiveServer):
    def __init__(self, settings: Settings, rewrite: Rewrite) -> None:
        super().__init__(settings)
        config = uvicorn.Config(
            Rewriting(self.app, rewrite), log_level="warning", access_log=False, lifespan="off", proxy_headers=False
        )
        self._server = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [self.socket]}, daemon=True)


@contextmanager
def rewriting_server(database: Database, rewrite: Rewrite) -> Iterator[LiveServer]:
    """Another server on the test's database (beside its ``server``), its answers rewritten."""
    with RewritingServer(Settings(database_url=database.url), rewrite) as server:
        yield server
