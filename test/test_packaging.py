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

ROOT = Path(__file__).resolve().parent.parent
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
    (wheel,) = dist.glob("*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        metadata_name = next(n for n in names if n.endswith(".dist-info/METADATA"))
        metadata = archive.read(metadata_name).decode()
    assert "trieve_py_client/py.typed" in names
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


def test_sdist_has_the_sources(dist: Path) -> None:
    (sdist,) = dist.glob("*.tar.gz")
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    assert {"pyproject.toml", "README.md", "trieve_py_client/__init__.py"} <= names


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
