"""The UI thread only draws: no service call, database read, scoring or file I/O straight from a widget.

An AST lint over ``ui/advisor_ui``. A call that reaches the data folder (anything
called through ``workspace``, the properties that read the database, the context's
``advisor_name()``, a function imported from ``advisor_app.services``, ``.report``
or ``.store``) must sit inside a lambda or a nested function: those are what the
code hands to ``TaskRunner.start`` or ``Autosaver.submit`` (the worker runs them).
A call directly in a method body runs on the main thread and is refused, unless
it is in :data:`ALLOWED` with the reason.

The rule is a heuristic on purpose: it cannot see where a nested function ends up,
so a callback defined inside a method could still read on the main thread; review
keeps those honest. What it does stop is the plain case that made the window stall.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui" / "advisor_ui"
DATA_MODULES = ("advisor_app.services", "advisor_app.report", "advisor_app.store")
READING_PROPERTIES = {"demo_in_use", "reports_dir"}
"""Workspace properties that read the database or make a folder (``is_demo`` is read once, when the folder opens)."""
HARMLESS = {"folder", "db", "questionnaire", "catalogue"}
"""Workspace attributes that hold an object or a value already in memory (only a call on them would read)."""

ALLOWED: dict[tuple[str, str], str] = {
    # Start-up and shut-down, before the window shows or after it went.
    ("app.py", "open_context"): "for scripts that build their own windows (benchmarks, screenshots); the app opens in a worker",
    ("app.py", "Start.close"): "closes the workspace after the window went",
    ("context.py", "AppContext.advisor_name"): "the helper itself; its callers are checked",
    # Jobs: module functions that only ever run inside a worker.
    ("results/data.py", "*"): "the results page's jobs, handed to context.tasks.start",
    ("models/scans.py", "prepared_scans"): "the Scans page's rows, made in the worker that read them (start, ScansPage.fetch)",
    ("views/backup.py", "choose_backup"): "default_backup_path only builds a path (no I/O)",
}


@dataclass(frozen=True)
class Violation:
    file: str
    function: str
    line: int
    code: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line} in {self.function}: {self.code}"


def _chain(node: ast.expr) -> list[str]:
    """``self.context.workspace.scans.get`` -> ["self", "context", "workspace", "scans", "get"]."""
    names: list[str] = []
    while isinstance(node, ast.Attribute):
        names.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        names.append(node.id)
    return names[::-1]


def _workspace_aliases(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """Names a method body binds to the workspace or a part of it, directly (not inside a nested function)."""
    found: set[str] = set()
    for statement in function.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Assign) and "workspace" in _chain(node.value):
                targets = [t for t in node.targets if isinstance(t, ast.Name)]
                found |= {t.id for t in targets}
                for target in node.targets:
                    if isinstance(target, ast.Tuple) and isinstance(node.value, ast.Tuple):
                        for name, value in zip(target.elts, node.value.elts, strict=False):
                            if isinstance(name, ast.Name) and "workspace" in _chain(value):
                                found.add(name.id)
    return found


def _data_names(tree: ast.Module) -> set[str]:
    """Names imported from the core's data modules (services, report, store)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(DATA_MODULES):
            for alias in node.names:
                name = alias.asname or alias.name
                if not name[:1].isupper():  # functions, not the classes and records used as types
                    found.add(name)
    return found


class _Finder(ast.NodeVisitor):
    def __init__(self, file: str, data_names: set[str]) -> None:
        self.file = file
        self.data_names = data_names
        self.scope: list[str] = []
        self.depth = 0
        """Functions entered: 1 is a method body (main thread); deeper is a job or a callback."""
        self.lambdas = 0
        self.aliases: set[str] = set()
        """Local names bound to the workspace or one of its services (``scans = workspace.scans``)."""
        self.found: list[Violation] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.scope.append(node.name)
        self.generic_visit(node)
        self.scope.pop()

    def _function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scope.append(node.name)
        self.depth += 1
        outer = self.aliases
        if self.depth == 1:
            self.aliases = _workspace_aliases(node)
        self.generic_visit(node)
        self.aliases = outer
        self.depth -= 1
        self.scope.pop()

    visit_FunctionDef = _function  # noqa: N815 - ast's name
    visit_AsyncFunctionDef = _function  # noqa: N815 - ast's name

    def visit_Lambda(self, node: ast.Lambda) -> None:
        self.lambdas += 1
        self.generic_visit(node)
        self.lambdas -= 1

    @property
    def on_main_thread(self) -> bool:
        return self.depth == 1 and self.lambdas == 0

    def visit_Call(self, node: ast.Call) -> None:
        if self.on_main_thread:
            chain = _chain(node.func)
            reads = (
                ("workspace" in chain[:-1] and chain[-1] not in HARMLESS)
                or (len(chain) > 1 and chain[0] in self.aliases and chain[-1] not in HARMLESS)
                or chain[-2:] == ["context", "advisor_name"]
                or (len(chain) == 1 and chain[0] in self.data_names)
            )
            if reads:
                self._report(node)
        self.generic_visit(node)

    def visit_Attribute(self, node: ast.Attribute) -> None:
        chain = _chain(node.value)
        through_workspace = "workspace" in chain or (bool(chain) and chain[0] in self.aliases)
        if self.on_main_thread and node.attr in READING_PROPERTIES and through_workspace:
            self._report(node)
        self.generic_visit(node)

    def _report(self, node: ast.AST) -> None:
        function = ".".join(self.scope)
        self.found.append(Violation(self.file, function, getattr(node, "lineno", 0), ast.unparse(node)[:90]))


def violations() -> list[Violation]:
    found: list[Violation] = []
    for path in sorted(UI.rglob("*.py")):
        relative = path.relative_to(UI).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        finder = _Finder(relative, _data_names(tree))
        finder.visit(tree)
        found += finder.found
    return found


def _allowed(violation: Violation) -> bool:
    return any(
        violation.file == file
        and (function == "*" or violation.function == function or violation.function.startswith(function + "."))
        for file, function in ALLOWED
    )


def test_no_widget_reads_or_writes_the_data_folder_on_the_ui_thread() -> None:
    refused = [str(v) for v in violations() if not _allowed(v)]
    assert refused == [], "hand these to context.tasks.start(...) or context.autosaver.submit(...):\n" + "\n".join(refused)


def test_the_allow_list_names_only_places_that_still_need_it() -> None:
    """An entry whose code has moved to a worker is taken off, so the list only shrinks."""
    found = violations()
    stale = [
        f"{file} {function}"
        for file, function in ALLOWED
        if not any(v.file == file and (function == "*" or v.function == function) for v in found)
    ]
    assert stale == []


def test_the_lint_sees_a_read_on_the_main_thread_and_lets_a_job_pass() -> None:
    """The rule itself, on a small example: the direct call is found, the one handed to the runner is not."""
    source = (
        "class Page:\n"
        "    def show(self):\n"
        "        company = self.context.workspace.companies.get(self.id)\n"
        "        self.context.tasks.start(lambda _c: self.context.workspace.scans.summaries(), self.done, self.failed)\n"
        "        def job(_c):\n"
        "            return self.context.workspace.demo_in_use\n"
        "        demo = self.context.workspace.demo_in_use\n"
    )
    finder = _Finder("example.py", set())
    finder.visit(ast.parse(source))
    assert [v.line for v in finder.found] == [3, 7]
