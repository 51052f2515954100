"""HTTP to the central server: timeouts, retries with backoff, TLS, and plain errors.

Every call has a timeout. Connection errors, 429 and 5xx are retried with
exponential backoff (honouring ``Retry-After``): safe for every call the
client makes, because a push carries its batch id and an upload its SHA-256.
TLS certificates are always verified, against the system's CAs or an own CA
bundle. A problem response becomes the matching ``SyncError``.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar, overload

import requests
from pydantic import BaseModel
from pydantic import ValidationError as ShapeError

from advisor_app import __version__
from advisor_app.domain.text import Text

from ..protocol import API_PREFIX, PROTOCOL_VERSION, VERSION_HEADER
from .errors import (
    OfflineError,
    ServerError,
    SyncCancelled,
    TlsError,
)
from .refusals import problem_error, retry_after_seconds, unfitting_answer

Model = TypeVar("Model", bound=BaseModel)
Answer = TypeVar("Answer")
TRANSIENT = (
    requests.exceptions.ConnectionError,
    requests.exceptions.Timeout,
    requests.exceptions.ChunkedEncodingError,
    requests.exceptions.ContentDecodingError,
)


class BearerToken(requests.auth.AuthBase):
    """The device token, as the request's auth rather than a plain header.

    requests consults ``~/.netrc`` (or ``$NETRC``) for every request that has no auth of its own, and
    an entry for the server's host would replace the ``Authorization`` header with its own Basic one:
    every sync then fails as "not logged in". Given as auth, the token is what goes, and no netrc
    file is read per request.
    """

    def __init__(self, token: str) -> None:
        self.token = token

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


@dataclass(frozen=True)
class RetryPolicy:
    attempts: int = 5
    backoff: float = 0.5
    """Seconds before the first retry; doubled for each next one."""
    max_delay: float = 10.0
    max_retry_after: float = 30.0
    """A longer ``Retry-After`` is not waited for: the error is reported instead."""


@dataclass(frozen=True)
class Timeouts:
    connect: float = 10.0
    read: float = 120.0


DEFAULT_TIMEOUTS = Timeouts()
DEFAULT_RETRY = RetryPolicy()


class KeptAlive:
    """Idle HTTP sessions per server, handed to the next client of this app run.

    The app makes a new engine, and so a new client, for each sync; taking the last one's session
    reuses its kept-alive connection (no new TCP and TLS handshake) for the next sync. A session
    serves one client at a time; what a client sets (its token, language) goes on each request,
    never on the session, so nothing of one client stays for the next. A connection the server
    closed meanwhile is noticed by urllib3 before reuse and opened anew.
    """

    KEEP = 2
    """Idle sessions kept per server: the app runs one sync at a time, a login or logout beside it at most."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._idle: dict[str, list[requests.Session]] = {}

    def take(self, server_url: str) -> requests.Session:
        with self._lock:
            idle = self._idle.get(server_url)
            if idle:
                return idle.pop()
        return _session_for(server_url)

    def give_back(self, server_url: str, session: requests.Session) -> None:
        session.cookies.clear()
        with self._lock:
            idle = self._idle.setdefault(server_url, [])
            if len(idle) < self.KEEP:
                idle.append(session)
                return
        session.close()


KEPT_ALIVE = KeptAlive()


def _session_for(server_url: str) -> requests.Session:
    """A session that has read the environment's proxies and CA bundle for this server once.

    requests reads them again on every request (``HTTPS_PROXY`` and ``NO_PROXY`` by walking the whole
    environment twice, then ``REQUESTS_CA_BUNDLE`` or ``CURL_CA_BUNDLE``): a third of a millisecond each
    time, 7 % of a sync with nothing to do. An app run's environment does not change, so they are read
    here, for the one server the session talks to, and the session stops reading them (nor ``~/.netrc``,
    see :class:`BearerToken`).
    """
    session = requests.Session()
    found = session.merge_environment_settings(server_url, {}, None, None, None)
    session.proxies.update(found["proxies"])
    session.verify = found["verify"]
    session.trust_env = False
    return session


class ApiClient:
    """One server, one device token (or none, for the login)."""

    def __init__(
        self,
        server_url: str,
        *,
        token: str | None = None,
        ca_bundle: str | None = None,
        language: str = "nl",
        timeouts: Timeouts = DEFAULT_TIMEOUTS,
        retry: RetryPolicy = DEFAULT_RETRY,
        cancel: threading.Event | None = None,
    ) -> None:
        self.server_url = server_url
        self.timeouts = timeouts
        self.retry = retry
        self.cancel = cancel
        self.session = KEPT_ALIVE.take(server_url)
        self.verify = ca_bundle or None
        """Passed on every request, where it wins over the session's (``$REQUESTS_CA_BUNDLE`` or the system's CAs)."""
        self.headers = {
            VERSION_HEADER: str(PROTOCOL_VERSION),
            "Accept-Language": language,
            "User-Agent": f"Basisscan/{__version__}",
        }
        """On each request rather than on the session, which the next client reuses (:class:`KeptAlive`)."""
        self.auth = BearerToken(token) if token else None
        self.round_trips = 0

    def close(self) -> None:
        """Done with the server for now: the session and its open connection wait for the next client."""
        KEPT_ALIVE.give_back(self.server_url, self.session)

    # -- typed helpers ------------------------------------------------------------

    def get(self, path: str, answer: type[Model], params: Mapping[str, Any] | None = None) -> Model:
        return self._exchange("GET", path, answer.model_validate_json, params=params)

    def post(self, path: str, body: BaseModel, answer: type[Model], params: Mapping[str, Any] | None = None) -> Model:
        return self._exchange(
            "POST",
            path,
            answer.model_validate_json,
            data=body.model_dump_json(),
            headers={"Content-Type": "application/json"},
            params=params,
        )

    def post_json(self, path: str, body: bytes, answer: type[Model], params: Mapping[str, Any] | None = None) -> Model:
        """A body serialized already (a push keeps the same JSON as its pending copy, see ``pushing``)."""
        return self._exchange(
            "POST", path, answer.model_validate_json, data=body, headers={"Content-Type": "application/json"}, params=params
        )

    def put_bytes(self, path: str, content: bytes, media_type: str, answer: type[Model], params: Mapping[str, Any]) -> Model:
        return self._exchange(
            "PUT", path, answer.model_validate_json, data=content, headers={"Content-Type": media_type}, params=params
        )

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        """A call whose answer carries nothing to read (such as the logout)."""
        return self._exchange(method, path, None, **kwargs)

    # -- the one request loop -------------------------------------------------------

    @overload
    def _exchange(self, method: str, path: str, read: Callable[[bytes], Answer], **kwargs: Any) -> Answer: ...

    @overload
    def _exchange(self, method: str, path: str, read: None, **kwargs: Any) -> requests.Response: ...

    def _exchange(self, method: str, path: str, read: Callable[[bytes], Any] | None, **kwargs: Any) -> Any:
        """Send until an answer arrives whole: a dropped connection, a 429, a 5xx or a truncated answer is tried again."""
        url = f"{self.server_url}{API_PREFIX}{path}"
        kwargs["headers"] = {**self.headers, **kwargs.get("headers", {})}
        delay = self.retry.backoff
        failure: Exception | None = None
        response: requests.Response | None = None
        for attempt in range(self.retry.attempts):
            if attempt:
                self._wait(delay)
                delay = min(delay * 2, self.retry.max_delay)
            self._check_cancel()
            try:
                self.round_trips += 1
                response = self.session.request(
                    method,
                    url,
                    timeout=(self.timeouts.connect, self.timeouts.read),
                    verify=self.verify,
                    auth=self.auth,
                    **kwargs,
                )
            except requests.exceptions.SSLError as exc:
                why = _reason(exc)
                raise TlsError(
                    Text(
                        f"De beveiligde verbinding met {self.server_url} is niet te vertrouwen ({why.nl}); "
                        "er is niets verstuurd. "
                        "Controleer het serveradres of stel het CA-bestand van je organisatie in.",
                        f"The secure connection to {self.server_url} cannot be trusted ({why.en}); nothing was sent. "
                        "Check the server address or configure your organisation's CA bundle.",
                    )
                ) from None
            except TRANSIENT as exc:
                failure, response = exc, None
                continue
            if response.status_code == 429 or response.status_code >= 500:
                retry_after = retry_after_seconds(response)
                if retry_after is not None and retry_after > self.retry.max_retry_after:
                    raise problem_error(response)
                if retry_after is not None:
                    delay = max(delay, retry_after)
                failure = None
                continue
            if response.status_code >= 400:
                raise problem_error(response)
            if read is None:
                return response
            try:
                return read(response.content)
            except ShapeError as exc:
                if not cut_off(exc):
                    raise unfitting_answer(self.server_url, exc) from None
                failure, response = exc, None  # cut off on the way (the headers may even look fine): ask again
        if response is not None:
            raise problem_error(response)
        if isinstance(failure, ShapeError):
            raise ServerError(
                Text(
                    f"Het antwoord van {self.server_url} is niet te lezen; is dit een Basisscan-server?",
                    f"The answer from {self.server_url} cannot be read; is this a Basisscan server?",
                )
            )
        why = _reason(failure)
        raise OfflineError(
            Text(
                f"De server {self.server_url} is niet bereikbaar ({why.nl}). Je wijzigingen blijven bewaard "
                "en gaan mee bij de volgende synchronisatie.",
                f"The server {self.server_url} cannot be reached ({why.en}). Your changes are kept "
                "and will be sent at the next sync.",
            )
        )

    def _wait(self, seconds: float) -> None:
        if self.cancel is not None:
            if self.cancel.wait(seconds):
                raise cancelled()
        else:
            time.sleep(seconds)

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise cancelled()


def cancelled() -> SyncCancelled:
    return SyncCancelled(
        Text(
            "Synchronisatie geannuleerd; wat al verwerkt was blijft bewaard, de rest volgt de volgende keer",
            "Sync cancelled; what was already processed is kept, the rest follows next time",
        )
    )


def cut_off(exc: ShapeError) -> bool:
    """Whether the answer is no JSON at all (cut off on the way, or not from a Basisscan server)."""
    return any(error["type"] == "json_invalid" for error in exc.errors(include_url=False))


REASONS = (
    ("Connection refused", Text("verbinding geweigerd", "connection refused")),
    ("Name or service not known", Text("servernaam onbekend", "unknown server name")),
    ("Temporary failure in name resolution", Text("servernaam niet op te zoeken", "server name cannot be looked up")),
    ("No route to host", Text("geen route naar de server", "no route to the server")),
    ("Network is unreachable", Text("geen netwerk", "no network")),
    ("timed out", Text("geen antwoord binnen de wachttijd", "no answer in time")),
    ("certificate verify failed", Text("certificaat niet te controleren", "certificate cannot be verified")),
    ("reset by peer", Text("verbinding verbroken", "connection reset")),
)
"""The operating system's English words, said in the user's language; the sentence never carries them."""


def _reason(exc: BaseException | None) -> Text:
    if exc is None:
        return Text("geen antwoord", "no answer")
    text = str(exc)
    for marker, reason in REASONS:
        if marker in text:
            return reason
    if isinstance(exc, requests.exceptions.Timeout):
        return Text("geen antwoord binnen de wachttijd", "no answer in time")
    if isinstance(exc, requests.exceptions.SSLError):
        return Text("certificaat niet te controleren", "certificate cannot be verified")
    return Text("verbinding mislukt", "the connection failed")
