"""Archive benchmark over the corpus (../shared/corpus/baomoi, 5,931 articles): the command line
per file and as JSON Lines with 1 and 2 jobs (profiles release and cli), the Python package's
overhead per article, and the Dask recipe on a LocalCluster of two worker processes. Best of
three wall times; CPU times and the load average are printed too (the machine is shared).

    python tests/bench/archive.py --release target/release/vn-news-extract --cli target/cli/vn-news-extract
"""

import argparse
import glob
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, runs):
    best = None
    for _ in range(runs):
        c0, t0 = children_cpu(), time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        wall, cpu = time.perf_counter() - t0, children_cpu() - c0
        if best is None or wall < best[0]:
            best = (wall, cpu)
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--release", required=True)
    ap.add_argument("--cli", required=True)
    ap.add_argument("--corpus", default=os.path.join(os.path.dirname(__file__), "../../../shared/corpus/baomoi"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--json")
    a = ap.parse_args()
    paths = sorted(glob.glob(os.path.join(a.corpus, "*.txt")))
    if not paths:
        sys.exit(f"no corpus at {a.corpus}")
    texts = [open(p, "rb").read().decode("utf-8", "replace") for p in paths]
    mb = sum(len(t.encode()) for t in texts) / 1e6
    n = len(texts)
    tmp = tempfile.mkdtemp(prefix="vnx-bench-")
    out = {"articles": n, "mb": mb, "load_before": os.getloadavg()}
    print(f"corpus: {n} articles, {mb:.1f} MB; load average {os.getloadavg()[0]:.2f}", flush=True)
    jsonl = os.path.join(tmp, "corpus.jsonl")
    with open(jsonl, "w", encoding="utf-8") as f:
        for p, t in zip(paths, texts):
            f.write(json.dumps({"id": os.path.basename(p)[:-4], "text": t}, ensure_ascii=False) + "\n")

    rows = []
    for profile, binary in [("release", a.release), ("cli", a.cli)]:
        for mode in ("files", "jsonl"):
            for jobs in (1, 2):
                dest = os.path.join(tmp, f"{profile}-{mode}-{jobs}")
                if mode == "files":
                    cmd = [binary, "--quiet", "--jobs", str(jobs), "--out", dest, a.corpus]
                else:
                    cmd = [binary, "--quiet", "--jobs", str(jobs), "--jsonl", jsonl, "--out", dest + ".jsonl"]
                wall, cpu = timed(cmd, a.runs)
                rows.append({"profile": profile, "mode": mode, "jobs": jobs, "wall": wall, "cpu": cpu})
                print(f"{profile:8} {mode:6} --jobs {jobs}: {wall:6.2f} s wall, {mb / wall:5.1f} MB/s, "
                      f"CPU {cpu:5.2f} s; load {os.getloadavg()[0]:.2f}", flush=True)
    out["cli"] = rows
    for profile in ("release", "cli"):
        for mode in ("files", "jsonl"):
            w1 = next(r["wall"] for r in rows if (r["profile"], r["mode"], r["jobs"]) == (profile, mode, 1))
            w2 = next(r["wall"] for r in rows if (r["profile"], r["mode"], r["jobs"]) == (profile, mode, 2))
            print(f"speed-up of --jobs 2 over --jobs 1 ({profile}, {mode}): {w1 / w2:.2f}x")

    # --jsonl equals the per-file mode
    same = 0
    with open(os.path.join(tmp, "cli-jsonl-2.jsonl"), encoding="utf-8") as f:
        for line, p in zip(f, paths):
            rec = json.loads(line)
            stem = os.path.basename(p)[:-4]
            with open(os.path.join(tmp, "cli-files-2", stem + ".json"), encoding="utf-8") as g:
                same += rec["id"] == stem and rec["extraction"] == json.load(g)
    print(f"--jsonl equals the per-file mode: {same} of {n} articles")
    out["jsonl_equal"] = same

    # Python: extract in a loop on one thread vs the command line's --jobs 1 --jsonl
    import vn_news_extract as vx

    best = min(timed_py(lambda: [vx.extract(t) for t in texts]) for _ in range(a.runs))
    native = min(r["wall"] for r in rows if (r["profile"], r["mode"], r["jobs"]) == ("cli", "jsonl", 1))
    many2 = min(timed_py(lambda: vx.extract_many(texts, jobs=2)) for _ in range(a.runs))
    print(f"Python extract, one thread: {best:.2f} s ({best / n * 1e6:.0f} µs per article); the command line "
          f"--jobs 1 --jsonl {native:.2f} s ({native / n * 1e6:.0f} µs); overhead {(best - native) / n * 1e6:.0f} µs "
          f"per article ({(best / native - 1) * 100:.0f}%); extract_many(jobs=2) {many2:.2f} s")
    out["python"] = {"extract_s": best, "cli_jsonl_1_s": native, "extract_many_2_s": many2}

    # Dask: a LocalCluster of two worker processes over shards of 250 articles
    from distributed import Client, LocalCluster

    from vn_news_extract import cluster

    shards = cluster.write_shards(a.corpus, os.path.join(tmp, "shards"), per_shard=250)
    t0 = time.perf_counter()
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as lc, Client(lc) as c:
        up = time.perf_counter() - t0
        runs = [cluster.extract_shards(shards, os.path.join(tmp, "dask"), client=c) for _ in range(a.runs)]
    best_run = min(runs, key=lambda r: r.seconds)
    print(f"Dask, LocalCluster(2 processes): {best_run.articles} articles in {len(shards)} shards, "
          f"{best_run.seconds:.2f} s ({mb / best_run.seconds:.1f} MB/s; cluster start {up:.1f} s), "
          f"{len(best_run.actions)} actions")
    equal = 0
    for shard, result in zip(shards, best_run.results):
        want = subprocess.run([a.cli, "--quiet", "--jsonl", shard], capture_output=True, check=True).stdout
        with open(result, encoding="utf-8") as f:
            equal += [json.loads(x) for x in f.read().splitlines()] == [json.loads(x) for x in want.decode().splitlines()]
    print(f"Dask results equal the command line's: {equal} of {len(shards)} shards")
    out["dask"] = {"seconds": best_run.seconds, "cluster_start": up, "shards": len(shards), "equal_shards": equal}
    out["load_after"] = os.getloadavg()
    print(f"load average at the end {os.getloadavg()[0]:.2f}")
    if a.json:
        with open(a.json, "w") as f:
            json.dump(out, f, indent=1)
    shutil.rmtree(tmp, ignore_errors=True)


def timed_py(f):
    t0 = time.perf_counter()
    f()
    return time.perf_counter() - t0


if __name__ == "__main__":
    main()
