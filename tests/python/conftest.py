"""Fixtures of the Python package's tests: the command line to compare with, the dev texts."""

import glob
import json
import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"


def cli_path() -> Path:
    """The command line built by the test command (VNX_CLI), else the cli or release build."""
    for p in [os.environ.get("VNX_CLI"), ROOT / "target/cli/vn-news-extract", ROOT / "target/release/vn-news-extract"]:
        if p and Path(p).is_file():
            return Path(p)
    pytest.skip("no vn-news-extract binary built (cargo build --profile cli)")


def dev_texts():
    """tests/data/dev/texts, and ../shared/eval/dev*/texts when present."""
    paths = sorted(glob.glob(str(ROOT / "tests/data/dev/texts/*.txt")))
    paths += sorted(glob.glob(str(SHARED / "eval/dev*/texts/*.txt")))
    assert len(paths) >= 5
    return [Path(p) for p in paths]


@pytest.fixture(scope="session")
def cli():
    return cli_path()


@pytest.fixture(scope="session")
def cli_results(cli, tmp_path_factory):
    """The command line's result for every dev text (per-file mode, one run)."""
    paths = dev_texts()
    out = tmp_path_factory.mktemp("cli")
    results = {}
    # one run per folder, so that same-named files of different dev sets do not collide
    for folder in sorted({p.parent for p in paths}):
        dest = out / str(abs(hash(str(folder))))
        subprocess.run([str(cli), "--quiet", "--out", str(dest), str(folder)], check=True)
        for p in paths:
            if p.parent == folder:
                results[p] = json.loads((dest / (p.stem + ".json")).read_text(encoding="utf-8"))
    return results


def read_text(p: Path) -> str:
    return p.read_bytes().decode("utf-8", "replace")
