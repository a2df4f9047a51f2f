"""The wheel and sdist build, declare exactly the runtime dependencies, and work when installed."""

from __future__ import annotations

import re
import subprocess
import sys
import tarfile
import venv
import zipfile
from pathlib import Path

import pytest

import trieve_py_client

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = {"urllib3", "pydantic", "python-dateutil", "typing-extensions"}
SMOKE = """
import sys, trieve_py_client
assert "trieve_py_client.testing" not in sys.modules
from trieve_py_client.testing import LocalTrieveServer
with LocalTrieveServer() as server:
    config = trieve_py_client.Configuration(host=server.url, api_key={"ApiKey": server.api_key})
    with trieve_py_client.ApiClient(config) as client:
        keys = trieve_py_client.UserApi(client).get_user_api_keys()
print(trieve_py_client.__version__, len(keys), trieve_py_client.__file__)
"""


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return out


def test_version_is_declared_once() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE)
    assert declared is not None
    assert declared[1] == trieve_py_client.__version__
    assert "version" not in (ROOT / "setup.cfg").read_text().split("[mypy]")[0]


def test_wheel_metadata_and_contents(dist: Path) -> None:
    names, metadata = wheel_metadata(dist)
    assert "trieve_py_client/py.typed" in names
    # The local server reads its spec at run time.
    assert "trieve_py_client/testing/spec.json" in names
    assert "trieve_py_client/api/user_api.py" in names
    assert "trieve_py_client/testing/__main__.py" in names
    assert not any(name.startswith(("test/", "benchmarks/", "examples/")) for name in names)
    requires = {
        re.split(r"[<>=!;\s]", line.removeprefix("Requires-Dist: "))[0].lower()
        for line in metadata.splitlines()
        if line.startswith("Requires-Dist:") and "extra ==" not in line
    }
    assert requires == RUNTIME
    assert "Requires-Python: >=3.10" in metadata


def sdist_names(dist: Path) -> set[str]:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        return {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}


def wheel_metadata(dist: Path) -> tuple[set[str], str]:
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        return names, archive.read(metadata_name).decode()


def test_sdist_has_the_sources(dist: Path) -> None:
    assert {"pyproject.toml", "README.md", "trieve_py_client/__init__.py"} <= sdist_names(dist)


def test_sdist_has_no_test_suite_it_could_not_run(dist: Path) -> None:
    """The tests need the whole repository (conftest, fixtures, README, docs, openapi.json,
    examples), so the sdist ships none of them rather than some that fail."""
    names = sdist_names(dist)
    assert not any(name == "test" or name.startswith("test/") for name in names)
    assert not any(name.startswith(("benchmarks/", "examples/", "docs/")) for name in names)


def test_license_ships_in_the_wheel_and_the_sdist(dist: Path) -> None:
    text = (ROOT / "LICENSE").read_text()
    assert text.startswith("MIT License\n")
    assert "Copyright (c) 2026 trieve_py_client team" in text
    assert re.search(r'^license = "MIT"$', (ROOT / "pyproject.toml").read_text(), re.MULTILINE)
    assert "LICENSE" in sdist_names(dist)
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        (licence,) = [n for n in archive.namelist() if n.endswith(".dist-info/licenses/LICENSE")]
        assert archive.read(licence).decode() == text
    metadata = wheel_metadata(dist)[1].splitlines()
    assert "License-Expression: MIT" in metadata
    assert "License-File: LICENSE" in metadata


def test_build_requires_a_setuptools_that_knows_license_files() -> None:
    # license-files and an SPDX `license` string are PEP 639, which setuptools 77 implements.
    pyproject = (ROOT / "pyproject.toml").read_text()
    bound = re.search(r'^requires = \["setuptools>=(\d+)', pyproject, re.MULTILINE)
    assert bound is not None
    assert int(bound[1]) >= 77


def test_wheel_declares_where_the_project_lives(dist: Path) -> None:
    urls = dict(
        line.removeprefix("Project-URL: ").split(", ", 1)
        for line in wheel_metadata(dist)[1].splitlines()
        if line.startswith("Project-URL: ")
    )
    assert {"Homepage", "Source", "Issues", "Documentation"} <= set(urls)
    assert all(url.startswith("https://") for url in urls.values())
    assert urls["Issues"] == urls["Source"] + "/issues"


def test_readme_says_this_distribution_replaces_the_official_one(dist: Path) -> None:
    """Same distribution name, so pip swaps one for the other; the README says so and how to
    go back."""
    name = re.search(r"^Name: (.+)$", wheel_metadata(dist)[1], re.MULTILINE)
    assert name is not None
    assert re.sub(r"[-_.]+", "-", name[1]).lower() == "trieve-py-client"
    readme = (ROOT / "README.md").read_text()
    installation = " ".join(readme.split("## Installation")[1].split("\n## ")[0].split())
    assert "replaces the official `trieve-py-client`" in installation
    assert "`pip install trieve-py-client==0.11.8`" in installation


def test_wheel_installs_into_a_fresh_venv_and_works(dist: Path, tmp_path: Path) -> None:
    (wheel,) = dist.glob("*.whl")
    env_dir = tmp_path / "venv"
    # The test's own pip installs into the new environment (pip's --python): bootstrapping a
    # pip into it would take longer than the install itself.
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet", str(wheel)],
        check=True,
        capture_output=True,
        timeout=300,
    )
    done = subprocess.run(
        [str(python), "-c", SMOKE],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    version, count, location = done.stdout.split()
    assert version == trieve_py_client.__version__
    assert count == "1"
    assert location.startswith(str(env_dir))
