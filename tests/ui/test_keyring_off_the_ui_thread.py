"""No keyring look-up on the UI thread: the OS keyring may be a D-Bus call away, and it can hang (issue 10).

The device token lives in the OS keyring (Secret Service over D-Bus on Linux). A
locked or slow keyring blocks whoever asks, so every widget asks through the
sync controller in a worker. This AST lint, beside ``test_ui_thread.py``'s
data-folder rule, refuses a call of the controller's keyring readers
(:data:`KEYRING_READERS`) or of the client's ``Credentials``/``SyncEngine``
directly in a method body (the main thread); inside a lambda or a nested
function (a job handed to ``context.tasks.start``) it passes.
"""

from __future__ import annotations

import ast
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui" / "advisor_ui"
KEYRING_READERS = {"credentials", "keyring_warning", "logged_in_as", "engine", "account_state", "Credentials", "SyncEngine"}
HELPERS = {
    ("controllers/sync.py", "SyncController.engine"): "the helpers themselves: their callers are checked",
    ("controllers/sync.py", "SyncController.keyring_warning"): "the helpers themselves: their callers are checked",
    ("controllers/sync.py", "SyncController.logged_in_as"): "the helpers themselves: their callers are checked",
    ("controllers/sync.py", "SyncController.account_state"): "the helpers themselves: their callers are checked",
    ("controllers/sync.py", "SyncController.credentials"): "the helpers themselves: their callers are checked",
}


def _called_name(call: ast.Call) -> str:
    func = call.func
    return func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""


def _direct_calls(function: ast.FunctionDef | ast.AsyncFunctionDef) -> list[ast.Call]:
    """Calls in the method's own body: not inside a nested function or a lambda (those are jobs or callbacks)."""
    found: list[ast.Call] = []

    def walk(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                continue
            if isinstance(child, ast.Call):
                found.append(child)
            walk(child)

    walk(function)
    return found


def _methods(tree: ast.Module) -> list[tuple[str, ast.FunctionDef]]:
    """Module functions and class methods, by their dotted names."""
    found: list[tuple[str, ast.FunctionDef]] = []
    for top in tree.body:
        if isinstance(top, ast.ClassDef):
            found += [(f"{top.name}.{m.name}", m) for m in top.body if isinstance(m, ast.FunctionDef)]
        elif isinstance(top, ast.FunctionDef):
            found.append((top.name, top))
    return found


def keyring_reads(source: str, file: str) -> list[tuple[str, str, int]]:
    return [
        (file, name, call.lineno)
        for name, method in _methods(ast.parse(source))
        for call in _direct_calls(method)
        if _called_name(call) in KEYRING_READERS and (file, name) not in HELPERS
    ]


def test_no_widget_looks_in_the_keyring_on_the_ui_thread() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        found += keyring_reads(path.read_text(encoding="utf-8"), path.relative_to(UI).as_posix())
    assert found == [], "hand these to context.tasks.start(...):\n" + "\n".join(map(str, found))


def test_the_helpers_listed_still_exist() -> None:
    names = {name for name, _method in _methods(ast.parse((UI / "controllers" / "sync.py").read_text(encoding="utf-8")))}
    assert {function for _file, function in HELPERS} <= names


def test_the_lint_sees_a_keyring_read_on_the_main_thread_and_lets_a_job_pass() -> None:
    source = (
        "class Page:\n"
        "    def show(self):\n"
        "        warning = self.controller.keyring_warning()\n"
        "        self.context.tasks.start(lambda _c: self.controller.logged_in_as(url), self.done, self.failed)\n"
        "        def job(_c):\n"
        "            return self.controller.account_state(url)\n"
        "        engine = self.controller.engine(url)\n"
    )
    assert [line for _file, _name, line in keyring_reads(source, "example.py")] == [3, 7]
