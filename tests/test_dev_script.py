"""The one-command set-up: ./dev and the CI entry point .ci/run (cheap: no network, no apt)."""

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "dev"
CI_RUN = ROOT / ".ci" / "run"

pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def test_ci_run_invokes_dev_test_from_the_repo_root():
    text = CI_RUN.read_text(encoding="utf-8")
    commands = [
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]
    assert 'cd "$(dirname "${BASH_SOURCE[0]}")/.."' in commands
    # the README's test command runs first (set -e: a failure stops CI there), then the
    # Linux installers are built and smoke-tested (issue 10)
    cd = commands.index('cd "$(dirname "${BASH_SOURCE[0]}")/.."')
    runs = [c for c in commands[cd + 1:] if c.startswith("./dev") or c.startswith("exec ")]
    assert runs[0] in ("exec ./dev test", "./dev test")
    assert runs[1:] == ["./dev package", "./dev package --smoke-test",
                        "./dev package --upgrade-test"]
    assert "set -euo pipefail" in commands
    assert "DEBIAN_FRONTEND=noninteractive" in text


@pytest.mark.parametrize("script", [DEV, CI_RUN], ids=["dev", ".ci/run"])
def test_scripts_are_executable_bash_without_syntax_errors(script):
    assert script.read_text(encoding="utf-8").startswith("#!/usr/bin/env bash\n")
    if os.name == "posix":
        assert os.access(script, os.X_OK), f"chmod +x {script.name}"
    subprocess.run(["bash", "-n", str(script)], check=True)


def test_dev_help_lists_the_commands():
    # `help` must not set anything up: it runs before any venv or apt work.
    result = subprocess.run(
        ["bash", str(DEV), "help"], capture_output=True, text=True, timeout=30, check=True
    )
    listed = set(re.findall(r"^  (\w+)", result.stdout, flags=re.MULTILINE))
    assert {"run", "test", "lint", "bench", "translations", "help"} <= listed
    assert result.stderr == ""


def test_dev_rejects_an_unknown_command():
    result = subprocess.run(
        ["bash", str(DEV), "no-such-command"], capture_output=True, text=True, timeout=30
    )
    assert result.returncode != 0
    assert "unknown command: no-such-command" in result.stderr
