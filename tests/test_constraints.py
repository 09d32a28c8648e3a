"""The lock (constraints.txt) pins every dependency pyproject.toml declares, within its bounds.

``make run``/``make test``/``make package`` install with ``-c constraints.txt``; a dependency
added to pyproject.toml without ``make lock`` would install at whatever version is newest that
day, and a lower bound raised past its pin would make every install fail to resolve.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
#: the extras the Makefile installs (``.[test]`` for run/test/bench, ``.[package]`` to bundle)
EXTRAS = ("test", "package")


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"constraints.txt: {line!r} is not pinned to one version"
            pins[canonicalize_name(name)] = Version(version)
    return pins


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    requirements = [Requirement(text) for text in project["dependencies"]]
    for extra in EXTRAS:
        requirements += [Requirement(text) for text in project["optional-dependencies"][extra]]
    return requirements


def test_constraints_say_how_they_were_made() -> None:
    header = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("#") and "make lock" in header


def test_every_declared_dependency_is_pinned_within_its_bounds() -> None:
    pins = _pins()
    wrong = []
    for requirement in _declared():
        if requirement.marker is not None and not requirement.marker.evaluate({"extra": ""}):
            continue  # another platform's dependency: the lock is made on this one
        pinned = pins.get(canonicalize_name(requirement.name))
        if pinned is None or not requirement.specifier.contains(pinned, prereleases=True):
            wrong.append(f"{requirement} (pinned: {pinned})")
    assert not wrong, "run `make lock` and commit constraints.txt: " + ", ".join(wrong)
