"""The import structure, read from the source: no cycles in bot/, index/ or filmbot/ (imports inside
functions count, so a cycle cannot hide in a deferred import), and bot/ and the CLI reach the engine
only through its public API, the `index` package root."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "index", "filmbot")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def all_modules() -> dict[str, Path]:
    return {module_name(p): p for pkg in PACKAGES for p in sorted((ROOT / pkg).rglob("*.py"))}


def imports_of(name: str, path: Path, modules: dict[str, Path]) -> list[tuple[str, int]]:
    """(imported module, line) for every import statement anywhere in the file, resolved to the
    project's modules: `from a import b` means `a.b` when that is a module, else `a`."""
    is_package = path.name == "__init__.py"
    found: list[tuple[str, int]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), filename=str(path))):
        if isinstance(node, ast.Import):
            found += [(alias.name, node.lineno) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: from . import x / from .a import b
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, base] if base else anchor)
            for alias in node.names:
                child = f"{base}.{alias.name}"
                found.append((child if child in modules else base, node.lineno))
    return [(target, line) for target, line in found if target in modules and target != name]


def graph() -> dict[str, set[str]]:
    modules = all_modules()
    return {name: {t for t, _ in imports_of(name, path, modules)} for name, path in modules.items()}


def find_cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """Every strongly connected component with more than one module (Tarjan), as a readable cycle."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                components.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return components


def test_the_graph_is_read_from_the_source() -> None:
    edges = graph()
    # a deferred import inside a function is an edge like any other
    assert "index.snapshot" in edges["index.engine"]
    assert "bot.shared" in edges["bot.views"] and "bot.cogs.ask" not in edges["bot.client"]
    assert find_cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_import_cycles(package: str) -> None:
    cycles = [c for c in find_cycles(graph()) if any(m == package or m.startswith(package + ".") for m in c)]
    assert not cycles, "import cycles: " + "; ".join(" ↔ ".join(c) for c in cycles)


@pytest.mark.parametrize("package", ["bot", "filmbot"])
def test_only_the_index_root_is_imported(package: str) -> None:
    modules = all_modules()
    offenders = [
        f"{path.relative_to(ROOT)}:{line} imports {target}"
        for name, path in modules.items()
        if name == package or name.startswith(package + ".")
        for target, line in imports_of(name, path, modules)
        if target.startswith("index.")
    ]
    assert not offenders, "bot/ and the CLI may import only `index` (its public API):\n" + "\n".join(
        offenders
    )


def test_no_module_imports_by_computed_name() -> None:
    """importlib.import_module hides an edge from this test (and from readers)."""
    users = [
        str(path.relative_to(ROOT))
        for path in all_modules().values()
        if "import_module(" in path.read_text(encoding="utf-8")
    ]
    assert not users, users
