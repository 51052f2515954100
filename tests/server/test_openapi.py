"""The OpenAPI document tells a client author every refusal, as the RFC 7807 body the server sends."""

from __future__ import annotations

import re
from typing import Any

import requests
from advisor_sync.protocol import API_PREFIX

from .live import Api, LiveServer

PROBLEM_MEDIA = "application/problem+json"


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [
        (path, method, operation)
        for path, item in document["paths"].items()
        for method, operation in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


def test_every_problem_response_is_declared_as_a_problem_document(server: LiveServer) -> None:
    document = requests.get(f"{server.url}{API_PREFIX}/openapi.json", timeout=30).json()
    api = [(p, m, op) for p, m, op in operations(document) if p.startswith(API_PREFIX)]
    assert api
    for path, method, operation in api:
        responses = operation["responses"]
        problems = {status: body for status, body in responses.items() if status[0] in "45"}
        assert problems, f"{method} {path} declares no problem response"
        for status, body in problems.items():
            schema = body["content"][PROBLEM_MEDIA]["schema"]
            assert schema == {"$ref": "#/components/schemas/ProblemDocument"}, f"{method} {path} {status}"
            assert body["description"], f"{method} {path} {status} says nothing"
        if not path.endswith(("/info", "/health", "/ready")):
            assert {"400", "413", "422"} <= problems.keys(), f"{method} {path}"
        if "/auth/login" not in path and not path.endswith(("/info", "/health", "/ready")):
            assert {"401", "403"} <= problems.keys(), f"{method} {path} needs a token"
    login = document["paths"][f"{API_PREFIX}/auth/login"]["post"]["responses"]
    assert "429" in login
    assert "409" in document["paths"][f"{API_PREFIX}/sync/push"]["post"]["responses"]
    assert "413" in document["paths"][f"{API_PREFIX}/files/{{sha256}}"]["put"]["responses"]
    schemas = document["components"]["schemas"]
    assert "HTTPValidationError" not in schemas, "422 is our problem document, not FastAPI's default body"
    assert {"type", "title", "status", "detail", "code", "request_id"} <= schemas["ProblemDocument"]["properties"].keys()


def test_operation_ids_read_as_what_a_client_calls(server: LiveServer) -> None:
    document = requests.get(f"{server.url}{API_PREFIX}/openapi.json", timeout=30).json()
    ids = [operation["operationId"] for _path, _method, operation in operations(document)]
    assert len(ids) == len(set(ids)), "operation ids are unique"
    assert all(re.fullmatch(r"[a-z][a-z0-9_]*", op) for op in ids), ids
    assert {"login", "push", "pull", "ready"} <= set(ids)


def test_a_refusal_has_the_title_the_document_promises(bob: Api) -> None:
    refused = bob.get("/monitoring")
    assert refused.status_code == 403
    assert refused.headers["content-type"] == PROBLEM_MEDIA
    assert refused.json()["title"] == "Forbidden"
    assert refused.json()["request_id"] == refused.headers["X-Request-ID"]
