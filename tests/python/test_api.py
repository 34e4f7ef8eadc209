"""The installed package: results equal to the command line's, types, bad input, big input."""

import ast
import json
import re
import subprocess
import threading
import time
from pathlib import Path

import pytest

import vn_news_extract as vx
from conftest import ROOT, dev_texts, read_text


def test_installed_from_the_wheel_not_from_the_source_tree():
    assert "site-packages" in vx.__file__, vx.__file__
    pkg = Path(vx.__file__).parent
    assert (pkg / "py.typed").is_file() and (pkg / "__init__.pyi").is_file()
    assert vx.__version__ == vx.version()
    assert vx.MAX_INPUT_BYTES == 10 * 1024 * 1024


def test_results_equal_the_command_lines_for_the_dev_texts(cli_results):
    for path, want in cli_results.items():
        got = vx.extract(read_text(path))
        assert got == want, path
        # the same keys in the same order: json.dumps gives the command line's layout
        assert list(got) == list(want)


def test_extract_many_equals_extract_in_input_order(cli_results):
    paths = list(cli_results)
    texts = [read_text(p) for p in paths] * 3
    for jobs in (None, 1, 2, 5):
        got = vx.extract_many(texts, jobs=jobs)
        assert got == [cli_results[p] for p in paths] * 3, jobs
    assert vx.extract_many(iter(texts[:2])) == [vx.extract(t) for t in texts[:2]]
    assert vx.extract_many([]) == []


def test_reference_date(cli):
    text = "Chiều 22-12, Sở Ngoại vụ đón hơn 80 đoàn cấp cao."
    x = vx.extract(text, reference_date="2025-12-23")
    assert x["dates"][0]["value"] == "2025-12-22" and x["dates"][0]["relative"] is True
    assert x["figures"][0]["value"] == 80.0 and x["figures"][0]["qualifier"] == "more_than"
    out = subprocess.run([str(cli), "--reference-date", "2025-12-23", "-"], input=text.encode(),
                         capture_output=True, check=True).stdout
    assert x == json.loads(out)
    assert vx.extract(text) != x  # without it the day-month has no year
    assert vx.extract_many([text], reference_date="2025-12-23") == [x]
    assert vx.extract(text, reference_date="yesterday")["warnings"]


@pytest.mark.parametrize("bad", [None, 5, b"bytes", ["a list"], 3.5])
def test_bad_input_types_raise_type_error(bad):
    with pytest.raises(TypeError, match="text must be str"):
        vx.extract(bad)
    with pytest.raises(TypeError, match=r"texts\[1\] must be str"):
        vx.extract_many(["ok", bad])
    with pytest.raises(TypeError):
        vx.extract("text", reference_date=bad if bad is not None else 7)


def test_other_bad_arguments():
    with pytest.raises(TypeError, match="iterable of str, not a str"):
        vx.extract_many("one string")
    with pytest.raises(TypeError, match="iterable"):
        vx.extract_many(5)
    with pytest.raises(ValueError):
        vx.extract_many(["a"], jobs=0)
    with pytest.raises(TypeError):
        vx.extract_many(["a"], jobs="2")
    with pytest.raises(TypeError):
        vx.extract()  # missing argument
    assert vx.extract("still works")["version"] == 1


def test_str_subclass_lone_surrogates_and_offsets_in_utf16():
    class S(str):
        pass

    assert vx.extract(S("Ngày 12/01/2025")) == vx.extract("Ngày 12/01/2025")
    x = vx.extract("\ud800 Ngày 12/01/2025, ông Nguyễn Văn An đến Hà Nội.")
    assert any("surrogate" in w for w in x["warnings"])
    text = "😀 Ngày 12/01/2025, ông Nguyễn Văn An thăm Hà Nội."  # an astral character first
    y = vx.extract(text)
    d = y["dates"][0]["span"]
    assert d["start"] == 3  # UTF-16: the emoji is two units
    assert vx.utf16_slice(text, d) == d["text"] and d["text"].startswith("Ngày 12/01/2025")
    assert text[d["start"] - 1 :].startswith("Ngày")  # a code-point index is one less


def test_a_10_mb_string_works():
    base = "".join(read_text(p) + "\n\n" for p in dev_texts())
    text = base * (10_000_000 // len(base.encode()) + 1)
    assert len(text.encode()) > 10_000_000
    t0 = time.perf_counter()
    x = vx.extract(text)
    assert time.perf_counter() - t0 < 120
    assert x["version"] == 1 and len(x["dates"]) > 1000
    for d in x["dates"][:50] + x["dates"][-50:]:
        assert vx.utf16_slice(text, d["span"]) == d["span"]["text"]
    # above MAX_INPUT_BYTES: truncated, with a warning
    if len(text.encode()) > vx.MAX_INPUT_BYTES:
        assert any("truncated" in w for w in x["warnings"])


def test_the_gil_is_released_while_extracting():
    text = "".join(read_text(p) for p in dev_texts()) * 20
    ticks = []
    stop = threading.Event()

    def count():
        while not stop.is_set():
            ticks.append(1)
            time.sleep(0.001)

    t = threading.Thread(target=count)
    t.start()
    time.sleep(0.02)
    before = len(ticks)
    t0 = time.perf_counter()
    vx.extract(text)
    elapsed = time.perf_counter() - t0
    during = len(ticks) - before
    stop.set()
    t.join()
    # with the GIL held the other thread could not tick at all during the call
    assert elapsed < 0.05 or during >= 5, (elapsed, during)


def test_extract_lines_equals_the_command_lines_jsonl(cli, tmp_path):
    paths = dev_texts()
    lines = [json.dumps({"id": p.stem, "text": read_text(p), "n": i}, ensure_ascii=False)
             for i, p in enumerate(paths)]
    lines.insert(2, '{"id": "bad", "text": 12}')
    lines.insert(3, "not json")
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(lines) + "\n", encoding="utf-8")
    r = subprocess.run([str(cli), "--quiet", "--jsonl", str(src)], capture_output=True)
    assert r.returncode == 1
    want = r.stdout.decode().splitlines()
    got = vx.extract_lines(src.read_text(encoding="utf-8").splitlines(keepends=True), jobs=2)
    assert got == want  # byte for byte
    assert json.loads(got[3])["line"] == 4


def test_stubs_describe_the_results(cli_results):
    """Every TypedDict of __init__.pyi has exactly the keys of the results."""
    tree = ast.parse((Path(vx.__file__).parent / "__init__.pyi").read_text())
    types = {n.name: [s.target.id for s in n.body if isinstance(s, ast.AnnAssign)]
             for n in tree.body if isinstance(n, ast.ClassDef)}
    x = max(cli_results.values(), key=lambda r: sum(len(v) for v in r.values() if isinstance(v, list)))
    assert types["Extraction"] == list(x)
    assert types["Article"] == list(x["article"])
    pairs = {"people": "Person", "organizations": "Organization", "locations": "Location",
             "dates": "DateMention", "figures": "Figure", "documents": "DocumentRef",
             "events": "EventRef", "quotes": "Quote", "actions": "Action"}
    for field, name in pairs.items():
        items = [i for r in cli_results.values() for i in r[field]]
        assert items, field
        assert all(types[name] == list(i) for i in items), name
    assert types["Span"] == list(x["dates"][0]["span"])
    # the functions are typed too
    funcs = {n.name for n in tree.body if isinstance(n, ast.FunctionDef)}
    assert {"extract", "extract_many", "extract_lines", "version", "utf16_slice"} <= funcs


def test_the_readme_pandas_example_runs(tmp_path, monkeypatch):
    """The README's Python section, run as written on a folder of the dev texts."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", readme, re.S)
    example = next(b for b in blocks if "DataFrame" in b)
    folder = tmp_path / "articles" / "2025"
    folder.mkdir(parents=True)
    for p in dev_texts()[:5]:
        (folder / p.name).write_bytes(p.read_bytes())
    monkeypatch.chdir(tmp_path)
    scope = {}
    exec(compile(example, "README.md", "exec"), scope)
    df = scope["actions"]
    assert len(df) > 10 and {"file", "type", "actor", "counterpart"} <= set(df.columns)
    assert set(df["type"]) <= {"visit", "receive", "talks", "sign", "award", "establish_relations", "attend"}
