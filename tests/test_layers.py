"""The house follows the book: each package imports only the packages below it.

The order is written once, here. A module may import its own package and any package on a
lower floor; never a package beside it or above it. Imports inside functions count too (a
lazy import is still a dependency), and so do imports for type checking only.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "wordspictures"

# Bottom to top. A name is a package of wordspictures, or a module at its root.
FLOORS: tuple[tuple[str, ...], ...] = (
    ("problems",),               # what is wrong, and where
    ("errors",),                 # the one error type the command line shows
    ("system",),                 # files, the cache folder, other cores
    ("language",),               # a language's pack: templates and facts
    ("account",),                # the YAML read and checked into typed objects
    ("fonts", "lint"),           # the typefaces; the word check
    ("book",),                   # the pages planned
    ("layout", "illustrate", "voice"),  # the pages placed; the pictures drawn; read aloud
    ("render",),                 # PPTX, PDF and booklet bytes
    ("api",),                    # the library's front door
    ("commands",),               # what a caseworker runs
    ("__init__", "__main__"),    # the package's own front door
)
FLOOR = {name: number for number, names in enumerate(FLOORS) for name in names}
MAX_LINES = 400
# Modules allowed over MAX_LINES, each with its reason.
LONG_MODULES: dict[str, str] = {}


def modules() -> list[Path]:
    """Return every Python file of the package."""
    return sorted(PACKAGE.rglob("*.py"))


def known_modules() -> set[str]:
    """Return the dotted names of every module and package."""
    return {module_name(p) for p in modules()}


def module_name(path: Path) -> str:
    """Return the dotted name of a file: wordspictures.account.load."""
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path) -> set[str]:
    """Return the wordspictures modules (or names in them) a file imports, anywhere in it.

    ``from package import module`` imports that module (Python loads every package's
    ``__init__`` on the way to any of its modules: that is no dependency of ours).
    """
    own = module_name(path)
    package = own if path.name == "__init__.py" else own.rsplit(".", 1)[0]
    known = known_modules()
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[:len(package.split(".")) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            for alias in node.names:
                name = f"{target}.{alias.name}"
                found.add(name if name in known else target)
    return {name for name in found if name.startswith("wordspictures.") or name == "wordspictures"}


def room(name: str) -> str:
    """Return the floor's name of a module: its package under wordspictures, or itself."""
    parts = name.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def imported_modules(path: Path) -> set[str]:
    """Return the modules a file imports: a name imported from a module counts as that
    module (``wordspictures.__version__`` is the package itself)."""
    known = known_modules()
    found = set()
    for name in imported(path):
        while name not in known and "." in name:
            name = name.rsplit(".", 1)[0]
        found.add(name)
    return found


def edges() -> dict[str, set[str]]:
    """Return, for each module, the modules of the package it imports."""
    return {module_name(p): imported_modules(p) - {"wordspictures"} for p in modules()}


def test_every_room_is_on_a_floor() -> None:
    rooms = {room(module_name(p)) for p in modules()} - {"examples"}
    assert rooms - set(FLOOR) == set(), "add the new package to FLOORS, in its place"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_run_downward(path: Path) -> None:
    own = room(module_name(path))
    wrong = []
    for name in sorted(imported_modules(path)):
        other = room(name)
        if other == own or name == "wordspictures":  # the package itself, for __version__
            continue
        if other not in FLOOR or FLOOR[other] >= FLOOR[own]:
            wrong.append(name)
    assert not wrong, (f"{module_name(path)} (floor {FLOOR[own]}) imports {wrong}, "
                       f"which are not below it")


def test_no_circles() -> None:
    graph = edges()
    circles = [component for component in strongly_connected(graph) if len(component) > 1]
    circles += [[m] for m, targets in graph.items() if m in targets]
    assert circles == []


def strongly_connected(graph: dict[str, set[str]]) -> list[list[str]]:
    """Return the strongly connected parts of a graph (Tarjan's algorithm)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            part = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                part.append(top)
                if top == node:
                    break
            found.append(sorted(part))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_layer_check_sees_a_wrong_import(tmp_path: Path) -> None:
    """The checks above would pass on nothing: show that they read a real import."""
    assert "wordspictures.account.model" in imported(PACKAGE / "book" / "pages.py")
    assert FLOOR["book"] > FLOOR["account"]
    assert strongly_connected({"a": {"b"}, "b": {"a"}, "c": set()}) == [["a", "b"], ["c"]]


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_small(path: Path) -> None:
    name = module_name(path)
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES or name in LONG_MODULES, (
        f"{name} has {lines} lines: split it by job (or add it to LONG_MODULES with a reason)")


def test_every_package_is_installed() -> None:
    """A package missing from pyproject.toml's list would be missing from the wheel."""
    # (tomllib is Python 3.11; the list is one bracket of quoted names)
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    listed = set(re.findall(r'"([\w.]+)"', re.search(r"\npackages = \[(.*?)\]", text, re.S)[1]))
    packages = {module_name(p.parent / "__init__.py") for p in PACKAGE.rglob("__init__.py")}
    assert packages - listed == set()


def test_every_package_says_its_job_and_what_it_may_import() -> None:
    for init in PACKAGE.glob("*/__init__.py"):
        doc = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or ""
        assert len(doc) > 80, f"{init}: say the package's job in its docstring"
        allowed = re.search(r"May import[^:]*:(.*)", doc, re.S)
        assert allowed, f"{init}: say which packages it may import ('May import: …')"
        named = set(re.findall(r"``(\w+)``", allowed.group(1)))
        below = {n for n, f in FLOOR.items() if f < FLOOR[init.parent.name]}
        assert named <= below, f"{init}: names packages that are not below it"
