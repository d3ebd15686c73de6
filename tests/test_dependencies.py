"""Every third-party package Warta imports is declared in pyproject.toml.

A package that only arrives as another's dependency (django-filter through
Wagtail, lxml.html.clean through trafilatura) can vanish or fail to resolve
with another version or an older pip; this reads every import in warta/,
bench/ and tests/ and checks its distribution is named in the dependencies or
an extra.
"""

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"warta", "bench", "tests", "conftest", "__future__"}


def imported_modules():
    """``{top-level module: a file importing it}`` for absolute imports."""
    found = {}
    files = [ROOT / "conftest.py"]
    for folder in ("warta", "bench", "tests"):
        files += (ROOT / folder).rglob("*.py")
    for path in files:
        siblings = {p.stem for p in path.parent.glob("*.py")}  # bench: import run
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and not node.level and node.module:
                names = [node.module]
            else:
                continue
            for name in names:
                top = name.partition(".")[0]
                if top in sys.stdlib_module_names or top in OWN or top in siblings:
                    continue
                found.setdefault(top, path.relative_to(ROOT))
    return found


def declared():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    specs = project["dependencies"] + sum(project["optional-dependencies"].values(), [])
    return {normal(re.split(r"[\[<>=!~;\s]", spec)[0]) for spec in specs}


def normal(name):
    return re.sub(r"[-_.]+", "-", name).lower()


def test_every_imported_package_is_declared():
    distributions = packages_distributions()
    names = declared()
    missing = {
        module: str(path)
        for module, path in imported_modules().items()
        if not {normal(d) for d in distributions.get(module, [module])} & names
    }
    assert missing == {}


def test_lxml_html_clean_is_declared_for_import_page():
    # Imported by jusText (trafilatura), not by Warta: the scan cannot see it.
    assert "lxml-html-clean" in declared()
