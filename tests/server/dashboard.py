"""A browser without a browser: the dashboard over plain HTTP, with its cookies and forms."""

from __future__ import annotations

import csv
import io
import re
from typing import Any

import requests

from advisor_app.domain.csvcells import csv_dialect

from .live import PASSWORD

CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


class Dashboard:
    def __init__(self, base_url: str, language: str = "en") -> None:
        self.base_url = base_url
        self.language = language
        self.http = requests.Session()
        self.http.headers["Accept-Language"] = language

    def get(self, path: str, **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.http.get(f"{self.base_url}{path}", **kwargs)

    def post(self, path: str, data: dict[str, str], **kwargs: Any) -> requests.Response:
        kwargs.setdefault("timeout", 30)
        return self.http.post(f"{self.base_url}{path}", data=data, **kwargs)

    def log_in(self, username: str, password: str = PASSWORD) -> requests.Response:
        form = self.get("/dashboard/login")
        return self.post(
            "/dashboard/login",
            {"username": username, "password": password, "csrf_token": csrf_of(form.text)},
            allow_redirects=False,
        )

    def csv(self, path: str) -> list[dict[str, str]]:
        response = self.get(path)
        assert response.status_code == 200, response.text
        assert response.headers["content-type"].startswith("text/csv")
        text = response.content.decode("utf-8-sig")
        return list(csv.DictReader(io.StringIO(text), delimiter=csv_dialect(self.language).delimiter))


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    assert found, "the page has no form token"
    return found.group(1)
