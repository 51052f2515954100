"""One form of address: the advisor is "je" everywhere, never "u" (issue 10).

The UI and the PDF said "je" while the core's and the sync client's messages
said "u"/"uw", so one screen could mix both ("Je wijzigingen..." beside "log
opnieuw in met uw wachtwoord"). This test reads every Dutch text an advisor can
meet and refuses the formal forms, so a new message cannot bring them back:

* every ``Text(nl, en)`` pair written in the core, the sync client, the protocol
  and the server (its answers that the app shows, and the coordinators' dashboard),
  found in the source, so a message is checked whether or not a test raises it;
* every Dutch translation of the desktop UI (``resources/translations/*_nl.ts``,
  plural forms included);
* the Dutch texts of the shipped questionnaires.
"""

from __future__ import annotations

import ast
import json
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("advisor_app", "sync/advisor_sync", "ui/advisor_ui")
FORMAL = re.compile(r"(?<![+\w&'{-])(u|uw|uzelf|U|Uw|Uzelf)(?![\w'+}-])")
""""u", "uw" as words; not "Ctrl+U", a ``{u}`` placeholder or a letter inside a word."""


def _literal(node: ast.expr | None) -> str | None:
    """The text of a string literal; an f-string's placeholders become ``{}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _literal(node.left), _literal(node.right)
        return left + right if left is not None and right is not None else None
    return None


def _dutch_of_text_pairs() -> Iterator[tuple[str, str]]:
    for package in SOURCES:
        for path in sorted((ROOT / package).rglob("*.py")):
            where = path.relative_to(ROOT).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                called = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
                if called != "Text":
                    continue
                dutch = node.args[0] if node.args else next((k.value for k in node.keywords if k.arg == "nl"), None)
                text = _literal(dutch)
                if text is not None:
                    yield f"{where}:{node.lineno}", text


def _dutch_translations() -> Iterator[tuple[str, str]]:
    for path in sorted((ROOT / "resources" / "translations").glob("*_nl.ts")):
        for message in ET.parse(path).getroot().iter("message"):
            translation = message.find("translation")
            if translation is None:
                continue
            forms = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
            source = message.findtext("source", "")
            yield from ((f"{path.name} ({source[:40]!r})", form) for form in forms)


def _dutch_of_questionnaires() -> Iterator[tuple[str, str]]:
    def walk(value: object, where: str) -> Iterator[tuple[str, str]]:
        if isinstance(value, dict):
            for key, inner in value.items():
                if key == "nl" and isinstance(inner, str):
                    yield where, inner
                else:
                    yield from walk(inner, f"{where}.{key}")
        elif isinstance(value, list):
            for index, inner in enumerate(value):
                yield from walk(inner, f"{where}[{index}]")

    for path in sorted((ROOT / "resources" / "questionnaires").glob("*.json")):
        yield from walk(json.loads(path.read_text(encoding="utf-8")), path.name)


def _formal(texts: Iterator[tuple[str, str]]) -> list[str]:
    return [f"{where}: {text[:100]}" for where, text in texts if FORMAL.search(text)]


def test_the_core_and_sync_messages_say_je() -> None:
    found = list(_dutch_of_text_pairs())
    assert len(found) > 200, "the scan found the Text pairs"
    assert _formal(iter(found)) == []


def test_the_desktop_s_dutch_translations_say_je() -> None:
    found = list(_dutch_translations())
    assert len(found) > 200, "the scan found the translations"
    assert _formal(iter(found)) == []


def test_the_questionnaires_say_no_u() -> None:
    found = list(_dutch_of_questionnaires())
    assert found, "the scan found the Dutch questionnaire texts"
    assert _formal(iter(found)) == []


def test_the_scan_sees_the_formal_forms_and_not_their_look_alikes() -> None:
    assert FORMAL.search("log opnieuw in met uw wachtwoord")
    assert FORMAL.search("Uw wijzigingen blijven bewaard")
    assert FORMAL.search("voordat u de cijfers gebruikt")
    assert FORMAL.search("U bent uitgelogd.")
    for harmless in ("Vervolgscan (Ctrl+U)", "{u} bijgewerkt", "nu uitgelogd", "Sl&uiten", "u-bocht"):
        assert not FORMAL.search(harmless), harmless
