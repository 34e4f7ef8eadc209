"""Validate the generated gazetteer files in src/lexicons/ (read-only; writes nothing).

Checks: UTF-8, NFC, LF endings; '#' comments then one header row; column count of every
row; no duplicate rows; rows sorted by the first column; names already in the modern
tone placement (hòa/thủy/khỏe); no empty list elements; ISO country codes valid;
vn_provinces successor/count rules; no surface form attached to two entries within one
file; foreign places equal to a Vietnamese province name/alias must be weak.  Prints
cross-file overlaps (informational) and a few counts.

Sources/licences: none of its own (reads the generated files; pycountry 26.2.16,
LGPL-2.1, for the ISO code list).

Re-run (Python 3.11, from the repository root, after the four generators):
  python3 scripts/lexicons/check_places.py   (pycountry from requirements.txt; regen.py runs it)
Exit status 1 if any check fails.
"""

import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, add_pylex_path, match_key, norm, split_list  # noqa: E402

add_pylex_path()
import pycountry  # noqa: E402

FILES = {
    "countries.tsv": (["code", "name", "aliases", "weak_aliases"], ["aliases", "weak_aliases"]),
    "vn_provinces.tsv": (["code", "name", "kind", "status", "successor", "aliases"], ["aliases"]),
    "foreign_places.tsv": (["name", "kind", "country", "aliases", "weak"], ["aliases"]),
    "regions.tsv": (["name", "country", "aliases"], ["aliases"]),
}
ISO = {c.alpha_2 for c in pycountry.countries} | {"XK"}
errors = []


def err(msg):
    errors.append(msg)
    print("ERROR:", msg)


def load(fname):
    header_exp, list_cols = FILES[fname]
    path = os.path.join(OUT_DIR, fname)
    raw = open(path, "rb").read()
    if b"\r" in raw:
        err(f"{fname}: CR characters")
    text = raw.decode("utf-8")
    if unicodedata.normalize("NFC", text) != text:
        err(f"{fname}: not NFC")
    if not text.endswith("\n"):
        err(f"{fname}: no final newline")
    lines = text.split("\n")[:-1]
    i = 0
    while i < len(lines) and lines[i].startswith("#"):
        i += 1
    if i == 0:
        err(f"{fname}: no comment lines")
    header = lines[i].split("\t")
    if header != header_exp:
        err(f"{fname}: header {header}")
    rows = []
    for ln in lines[i + 1:]:
        f = ln.split("\t")
        if len(f) != len(header_exp):
            err(f"{fname}: {len(f)} columns: {ln!r}")
            continue
        rows.append(dict(zip(header_exp, f)))
    keys = [tuple(r.values()) for r in rows]
    if len(set(keys)) != len(keys):
        err(f"{fname}: duplicate rows")
    firsts = [k[0] for k in keys]
    if firsts != sorted(firsts):
        err(f"{fname}: not sorted by first column")
    for r in rows:
        for col, v in r.items():
            if v != v.strip() or "  " in v:
                err(f"{fname}: stray spaces in {col}: {v!r}")
            items = split_list(v) if col in list_cols else [v]
            if col in list_cols and v and "" in v.split("|"):
                err(f"{fname}: empty list element in {col}: {v!r}")
            for it in items:
                if norm(it) != it:
                    err(f"{fname}: not normalised (tone placement/NFC): {it!r}")
    print(f"{fname}: {len(rows)} rows")
    return rows


def forms_of(fname, r):
    if fname == "countries.tsv":
        return [r["name"]] + split_list(r["aliases"]) + split_list(r["weak_aliases"])
    return [r["name"]] + split_list(r["aliases"])


def entry_id(fname, r):
    if fname == "countries.tsv":
        return r["code"]
    if fname == "foreign_places.tsv":
        return (r["name"], r["country"])
    return r["name"]


def main():
    data = {f: load(f) for f in FILES}

    # countries
    codes = [r["code"] for r in data["countries.tsv"]]
    if set(codes) - ISO:
        err(f"countries: invalid codes {set(codes) - ISO}")
    if ISO - set(codes):
        err(f"countries: missing codes {ISO - set(codes)}")
    for r in data["countries.tsv"]:
        w = {match_key(x) for x in split_list(r["weak_aliases"])}
        a = {match_key(x) for x in split_list(r["aliases"])}
        if w & a:
            err(f"countries {r['code']}: weak form also in aliases: {w & a}")
        if match_key(r["name"]) in a:
            err(f"countries {r['code']}: name repeated in aliases")

    # vn_provinces
    vp = data["vn_provinces.tsv"]
    current = {r["name"] for r in vp if r["status"] == "current"}
    former = [r for r in vp if r["status"] == "former"]
    for r in vp:
        if r["status"] not in ("current", "former") or r["kind"] not in ("city", "province"):
            err(f"vn_provinces: bad status/kind {r}")
        if not (len(r["code"]) == 2 and r["code"].isdigit()):
            err(f"vn_provinces: bad code {r}")
        if r["status"] == "former" and r["successor"] not in current:
            err(f"vn_provinces: successor {r['successor']!r} of {r['name']} not current")
        if r["status"] == "current" and r["successor"]:
            err(f"vn_provinces: current {r['name']} has a successor")
        for f in forms_of("vn_provinces.tsv", r):
            if match_key(f) == match_key("Hồ Chí Minh"):
                err("vn_provinces: bare 'Hồ Chí Minh' listed")
    print(f"vn_provinces: current={len(current)} former={len(former)} "
          f"pre-merger units (former + current that existed before) = "
          f"{len(former) + len(current)}  [the 34 current names all existed before 2025]")
    if len(current) != 34 or len(former) + len(current) != 63:
        err("vn_provinces: counts")

    # foreign places / regions codes
    for r in data["foreign_places.tsv"]:
        if r["country"] not in ISO:
            err(f"foreign_places: bad country {r}")
        if r["kind"] not in ("city", "province") or r["weak"] not in ("", "1"):
            err(f"foreign_places: bad kind/weak {r}")
    for r in data["regions.tsv"]:
        if r["country"] and r["country"] not in ISO:
            err(f"regions: bad country {r}")

    # collisions within each file
    for fname, rows in data.items():
        owner = {}
        for r in rows:
            for f in forms_of(fname, r):
                owner.setdefault(match_key(f), set()).add(entry_id(fname, r))
        coll = {k: v for k, v in owner.items() if len(v) > 1}
        print(f"{fname}: alias collisions within file: {len(coll)}")
        for k, v in sorted(coll.items()):
            err(f"{fname}: {k!r} used by {sorted(map(str, v))}")

    # foreign places vs Vietnamese provinces
    vn_keys = {match_key(f): r["name"] for r in vp for f in forms_of("vn_provinces.tsv", r)}
    print("foreign_places forms equal to a Vietnamese province name/alias:")
    for r in data["foreign_places.tsv"]:
        for f in forms_of("foreign_places.tsv", r):
            if match_key(f) in vn_keys:
                ok = r["weak"] == "1"
                print(f"  {f!r} ({r['country']}) = VN {vn_keys[match_key(f)]!r}"
                      f" -> {'weak, ok' if ok else 'NOT WEAK'}")
                if not ok:
                    err(f"foreign place {f!r} clashes with a VN province and is not weak")

    # cross-file overlaps (informational)
    print("cross-file overlaps (informational):")
    index = {}
    for fname, rows in data.items():
        for r in rows:
            for f in forms_of(fname, r):
                index.setdefault(match_key(f), set()).add((fname.split(".")[0], str(entry_id(fname, r))))
    for k, v in sorted(index.items()):
        files = {x[0] for x in v}
        if len(files) > 1:
            print(f"  {k!r}: {sorted(v)}")

    if errors:
        print(f"{len(errors)} error(s)")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
