"""The layers stay honest: import-linter's contracts in pyproject.toml hold."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_are_kept() -> None:
    exe = shutil.which("lint-imports") or str(Path(sys.executable).with_name("lint-imports"))
    proc = subprocess.run([exe], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_scrapy_list_works_from_the_root() -> None:
    exe = str(Path(sys.executable).with_name("scrapy"))
    proc = subprocess.run([exe, "list"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "repwatch" in proc.stdout.split()


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def test_house_style_ruff_and_mypy_are_clean() -> None:
    """ruff (lint + format) and mypy, as the README's contributing notes ask."""
    for argv in (
        [_tool("ruff"), "check", "src", "crawler", "bench", "tests"],
        [_tool("ruff"), "format", "--check", "src", "crawler", "bench"],
        [_tool("mypy"), "src"],
    ):
        proc = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, " ".join(argv[1:]) + "\n" + proc.stdout + proc.stderr
