"""The extractor on a Dask cluster: a bag of JSON Lines shards -> extract -> JSON Lines shards of
results (the same lines as ``vn-news-extract --jsonl`` writes for each shard) and a table of the
diplomatic actions.

Local, two worker processes::

    python -m vn_news_extract.cluster shard articles/ shards/ --per-shard 500
    python -m vn_news_extract.cluster run --workers 2 --out results/ 'shards/*.jsonl'

On a cluster (``dask-scheduler`` on one machine, ``dask-worker tcp://HOST:8786`` on each of the
others, the same wheel installed everywhere; shards and results on storage every machine sees,
a shared folder or any fsspec URL such as ``s3://…``)::

    python -m vn_news_extract.cluster run --scheduler tcp://HOST:8786 --out results/ 'shards/*.jsonl'

From Python: ``extract_shards(paths, out_dir, client=client)``. Needs ``dask[bag]``,
``distributed`` and ``pandas`` (the extra ``vn-news-extract[dask]``).
"""

from __future__ import annotations

import argparse
import json
import os
import posixpath
import sys
import time
from dataclasses import dataclass, field
from typing import Any, Iterable, List, Optional, Sequence, Union

from . import extract_lines

ACTION_COLUMNS = ["id", "type", "actor", "counterpart", "location", "date", "text", "start", "end"]


@dataclass
class Run:
    """What ``extract_shards`` did."""

    results: List[str]  # the result shards, one per input shard
    articles: int  # records written (results and error records)
    failed: int  # error records (bad lines), each also naming its line
    actions: Any = field(repr=False)  # pandas.DataFrame, columns ACTION_COLUMNS
    seconds: float = 0.0


def _extract_partition(lines: Iterable[str], reference_date: Optional[str]) -> List[str]:
    # one partition is one whole shard (blocksize=None), so line numbers are the shard's;
    # one thread per task: a worker's threads (and processes) are the parallelism
    return extract_lines(list(lines), jobs=1, reference_date=reference_date)


def _summary(results: Iterable[str]) -> list:
    n = failed = 0
    rows = []
    for line in results:
        n += 1
        rec = json.loads(line)
        if "error" in rec and "extraction" not in rec:
            failed += 1
            continue
        for a in rec["extraction"]["actions"]:
            span = a["span"]
            rows.append(
                [rec["id"], a["type"], a["actor"], a["counterpart"], a["location"], a["date"],
                 span["text"], span["start"], span["end"]]
            )
    return [(n, failed, rows)]


def _paths(inputs: Union[str, Sequence[str]]) -> List[str]:
    from fsspec.core import get_fs_token_paths

    _, _, paths = get_fs_token_paths(inputs)
    if not paths:
        raise FileNotFoundError(f"no shard matches {inputs!r}")
    return sorted(paths)


def extract_shards(
    inputs: Union[str, Sequence[str]],
    out_dir: str,
    client: Any = None,
    reference_date: Optional[str] = None,
) -> Run:
    """Extract every article of the JSON Lines shards ``inputs`` (paths, globs or fsspec URLs),
    one task per shard, on ``client`` (a ``distributed.Client``; default: the current one).
    Writes ``out_dir/<shard name>`` for each shard and returns the counts and the actions table."""
    import dask
    import dask.bag as db
    import pandas as pd

    t0 = time.perf_counter()
    paths = _paths(inputs)
    names = [posixpath.basename(p) for p in paths]
    if len(set(names)) != len(names):
        raise ValueError("two shards have the same name; their results would collide")
    if "://" not in out_dir:
        os.makedirs(out_dir, exist_ok=True)
    outputs = [posixpath.join(out_dir, n) for n in names]
    bag = db.read_text(paths, blocksize=None)
    results = bag.map_partitions(_extract_partition, reference_date)
    writes = results.to_textfiles(outputs, compute=False, last_endline=True)
    summary = results.map_partitions(_summary)
    kwargs = {"scheduler": client} if client is not None else {}
    *_, parts = dask.compute(*writes, summary, **kwargs)
    rows = [r for _, _, rs in parts for r in rs]
    return Run(
        results=outputs,
        articles=sum(n for n, _, _ in parts),
        failed=sum(f for _, f, _ in parts),
        actions=pd.DataFrame(rows, columns=ACTION_COLUMNS),
        seconds=time.perf_counter() - t0,
    )


def write_shards(folder: str, out_dir: str, per_shard: int = 1000) -> List[str]:
    """JSON Lines shards of the ``*.txt`` articles under ``folder`` (in name order):
    ``{"id": <path under folder, without .txt>, "text": …}``, ``per_shard`` lines per shard."""
    texts = []
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        texts += [os.path.join(dirpath, f) for f in sorted(filenames) if f.endswith(".txt")]
    texts.sort(key=lambda p: os.path.relpath(p, folder).split(os.sep))
    os.makedirs(out_dir, exist_ok=True)
    shards = []
    for k in range(0, len(texts), per_shard):
        path = os.path.join(out_dir, f"shard-{k // per_shard:05d}.jsonl")
        with open(path, "w", encoding="utf-8") as f:
            for p in texts[k : k + per_shard]:
                with open(p, "rb") as t:
                    text = t.read().decode("utf-8", "replace")
                rid = os.path.relpath(p, folder)[: -len(".txt")].replace(os.sep, "/")
                f.write(json.dumps({"id": rid, "text": text}, ensure_ascii=False) + "\n")
        shards.append(path)
    return shards


def main(argv: Optional[Sequence[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m vn_news_extract.cluster", description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    sh = sub.add_parser("shard", help="JSON Lines shards of a folder of *.txt articles")
    sh.add_argument("folder")
    sh.add_argument("out_dir")
    sh.add_argument("--per-shard", type=int, default=1000)
    rn = sub.add_parser("run", help="extract JSON Lines shards on a Dask cluster")
    rn.add_argument("inputs", nargs="+", help="shards: paths, globs or fsspec URLs")
    rn.add_argument("--out", required=True, help="folder of the result shards")
    rn.add_argument("--actions", help="CSV of the actions (default: OUT/actions.csv)")
    rn.add_argument("--scheduler", help="address of a dask-scheduler (default: a local cluster)")
    rn.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="local worker processes")
    rn.add_argument("--reference-date")
    a = ap.parse_args(argv)
    if a.command == "shard":
        shards = write_shards(a.folder, a.out_dir, a.per_shard)
        print(f"{len(shards)} shards in {a.out_dir}", file=sys.stderr)
        return 0
    from distributed import Client, LocalCluster

    if a.scheduler:
        client = Client(a.scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=a.workers, threads_per_worker=1, processes=True)
        client = Client(cluster)
    try:
        inputs = a.inputs[0] if len(a.inputs) == 1 else a.inputs
        run = extract_shards(inputs, a.out, client=client, reference_date=a.reference_date)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
    actions = a.actions or os.path.join(a.out, "actions.csv")
    run.actions.to_csv(actions, index=False)
    print(
        f"{run.articles} articles in {run.seconds:.2f} s, {run.failed} failed; "
        f"{len(run.results)} result shards in {a.out}, {len(run.actions)} actions in {actions}",
        file=sys.stderr,
    )
    return 1 if run.failed else 0


if __name__ == "__main__":
    sys.exit(main())
