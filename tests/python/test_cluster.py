"""The Dask recipe (vn_news_extract.cluster) on a LocalCluster of two worker processes: JSON Lines
shards in, result shards equal to the command line's --jsonl for the same shards, and the
actions table. Over the dev texts always; over the 5,931 corpus articles when ../shared is
present (its time is printed)."""

import json
import subprocess
import time

import pytest
from distributed import Client, LocalCluster

from vn_news_extract import cluster
from conftest import ROOT, SHARED, dev_texts


@pytest.fixture(scope="module")
def client():
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        with Client(lc) as c:
            yield c


def check_against_cli(cli, shards, run):
    articles = failed = actions = 0
    for shard, result in zip(shards, run.results):
        r = subprocess.run([str(cli), "--quiet", "--jsonl", shard], capture_output=True)
        want = r.stdout.decode().splitlines()
        with open(result, encoding="utf-8") as f:
            got = f.read().splitlines()
        assert [json.loads(g) for g in got] == [json.loads(w) for w in want], shard
        articles += len(want)
        failed += sum("error" in json.loads(w) for w in want)
        actions += sum(len(json.loads(w).get("extraction", {}).get("actions", [])) for w in want)
    assert (run.articles, run.failed, len(run.actions)) == (articles, failed, actions)


def test_dask_over_dev_text_shards(client, cli, tmp_path):
    src = tmp_path / "articles"
    for i, p in enumerate(dev_texts()):
        d = src / f"set{i % 2}"
        d.mkdir(parents=True, exist_ok=True)
        (d / f"{i:03d}_{p.name}").write_bytes(p.read_bytes())
    shards = cluster.write_shards(str(src), str(tmp_path / "shards"), per_shard=3)
    assert len(shards) >= 2
    # a corrupt line in the last shard: an error record with its line number, the rest done
    with open(shards[-1], "a", encoding="utf-8") as f:
        f.write('{"id": "broken", "text": \n')
    run = cluster.extract_shards(str(tmp_path / "shards" / "*.jsonl"), str(tmp_path / "out"), client=client)
    assert run.failed == 1
    check_against_cli(cli, shards, run)
    assert list(run.actions.columns) == cluster.ACTION_COLUMNS
    assert run.actions["id"].str.startswith("set").all()


def test_the_command_line_entry(cli, tmp_path):
    src = tmp_path / "a"
    src.mkdir()
    for p in dev_texts()[:4]:
        (src / p.name).write_bytes(p.read_bytes())
    py = __import__("sys").executable
    subprocess.run([py, "-m", "vn_news_extract.cluster", "shard", str(src), str(tmp_path / "s"), "--per-shard", "2"], check=True)
    r = subprocess.run([py, "-m", "vn_news_extract.cluster", "run", "--workers", "2", "--out", str(tmp_path / "o"),
                        str(tmp_path / "s" / "*.jsonl")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "4 articles" in r.stderr
    assert (tmp_path / "o" / "actions.csv").read_text().startswith("id,type,actor,counterpart")
    assert sorted(p.name for p in (tmp_path / "o").glob("*.jsonl")) == ["shard-00000.jsonl", "shard-00001.jsonl"]


def test_dask_over_the_corpus(client, cli, tmp_path):
    corpus = SHARED / "corpus" / "baomoi"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus absent")
    shards = cluster.write_shards(str(corpus), str(tmp_path / "shards"), per_shard=250)
    run = cluster.extract_shards(shards, str(tmp_path / "out"), client=client)
    print(f"\nDask, LocalCluster of 2 worker processes: {run.articles} corpus articles in {len(shards)} shards, "
          f"{run.seconds:.2f} s, {len(run.actions)} actions")
    assert run.articles == len(list(corpus.glob("*.txt"))) and run.failed == 0
    check_against_cli(cli, shards, run)
