"""Generate src/lexicons/vn_districts.tsv and src/lexicons/vn_wards.tsv: Vietnam's district-level
and commune-level units, before and after the reform of 1 July 2025.

On 1 July 2025 the district level (quận, huyện, thị xã, thành phố thuộc tỉnh) was abolished and
the 10,051 communes, wards and townships were merged into 3,321 communes, wards and special zones
directly under the 34 provinces.  Older articles name the old units, newer ones the new; both
files hold every unit of the official lists, not a sample.

vn_districts.tsv - the 696 district-level units before 1 July 2025, and those of the list of
February 2020 that the list of January 2025 no longer has.
  Columns: name  kind  province  province_now  status  code  now
    name          without its kind word ("Hoàn Kiếm" for "Quận Hoàn Kiếm").
    kind          quận | huyện | thị xã | thành phố (a city under a province).
    province      the province it belonged to, as `name` in vn_provinces.tsv.
    province_now  the province since 1 July 2025 that holds it (the successor of `province`).
    status        before = in the list of January 2025 (so it existed until 1 July 2025);
                  earlier = only in the list of February 2020 (merged, abolished or changed
                  kind between the two: Quận 2, Quận 9, Quận Thủ Đức of HCMC in 2021, Huyện Phú
                  Quốc when it became a city ...); news of 2017-2020 names them.
    code          GSO district code (three digits).
    now           the kind of the unit since 1 July 2025 of the same name in province_now
                  (phường | xã | đặc khu; "Hoàn Kiếm" is now a phường, "Côn Đảo" a đặc khu),
                  empty when no unit of that name exists there now.

vn_wards.tsv - the commune-level units before and after 1 July 2025.
  Columns: name  kind  province  status  district  province_before  code
    name             without its kind word ("Phúc Xá" for "Phường Phúc Xá"; numbered wards
                     keep their number, "1" for "Phường 1": such names are read only after
                     the kind word).
    kind             phường | xã | thị trấn (before only) | đặc khu (after only).
    province         the province since 1 July 2025 (as `name` in vn_provinces.tsv).
    status           before (only before 1 July 2025), after (only since), both (a unit of this
                     name and kind existed in this province before and exists since), earlier
                     (in the list of February 2020, not in that of January 2025).
    district         the district it belonged to before, with its kind word ("Huyện Kỳ Anh":
                     Hà Tĩnh had also a "Thị xã Kỳ Anh"), empty for after-only units.
    province_before  the province it belonged to before, empty for after-only units.
    code             GSO code: the new code for after and both, the old code for before.
  "both" is decided by name, kind and province: the unit may have absorbed others.  Where an old
  province had several units of one name and kind (in different districts), the one whose code
  the new unit kept is the "both" row (else the one with the lowest code); the others are
  "before".

Sources and licences
  * vietnam-provinces 2025.10.1 (PyPI, data version 2025-10-18) - the 3,321 units since
    1 July 2025, with their new codes;
  * vietnam-provinces 0.2 (PyPI, GSO list of 25 February 2020) - the 707 districts and 10,767
    communes of 2020, for the units gone before 2025 (requirements-2020.txt);
  * vietnam-provinces 0.6.0 (PyPI, data version 2025-01-04) - the 696 districts and 10,051
    communes, wards and townships before, with their old codes (its `division_type` field is
    not reliable in that version - every district says "huyện", every ward "xã" - so kinds are
    read from the names' first words);
  both by Nguyễn Hồng Quân, GPL-3.0-or-later; only the facts (names, codes, hierarchy of the
  General Statistics Office's official lists) are taken.  Province names and the old->new
  province mapping come from vn_provinces.tsv (vn_provinces.py, same two sources).
  The source has no unit-level merger mapping (which old wards form each new one) beyond the
  code a new unit kept, and no alternative spellings.

Re-run (Python 3.11, from the repository root): `python3 scripts/lexicons/regen.py` installs the
pinned sources and runs every generator (vn_provinces.py before this one); after that
`python3 scripts/lexicons/vn_admin.py` alone also works.
"""

import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import (  # noqa: E402
    DEPS_DIR, OUT_DIR, norm, pylex_dir, pylex_old_dir, read_tsv, write_tsv,
)

NEW_JSON = os.path.join(pylex_dir(), "vietnam_provinces", "data", "nested-divisions.json")
OLD_JSON = os.path.join(pylex_old_dir(), "vietnam_provinces", "data", "nested-divisions.json")
Y2020_JSON = os.path.join(os.environ.get("PYLEX_2020_DIR") or os.path.join(DEPS_DIR, "py_2020"),
                          "vietnam_provinces", "data", "nested-divisions.json")

KIND = re.compile(r"^(Quận|Huyện|Thị xã|Thành phố|Phường|Xã|Thị trấn|Đặc khu)\s+(\S.*)$",
                  re.IGNORECASE)
DISTRICT_KINDS = {"quận", "huyện", "thị xã", "thành phố"}
WARD_KINDS_BEFORE = {"phường", "xã", "thị trấn"}
WARD_KINDS_AFTER = {"phường", "xã", "đặc khu"}
HCMC = "Thành phố Hồ Chí Minh"

# Expected sizes of the official lists in the two pinned versions.
N_DISTRICTS, N_WARDS_BEFORE, N_WARDS_AFTER = 696, 10051, 3321
N_DISTRICTS_2020, N_WARDS_2020 = 707, 10767


def split_kind(full, allowed, where):
    m = KIND.match(norm(full))
    if not m or m.group(1).lower() not in allowed:
        sys.exit(f"{where}: cannot read the kind of {full!r}")
    return m.group(2), m.group(1).lower()


def province_name(full):
    full = norm(full)
    return full if full == HCMC else re.sub(r"^(Tỉnh|Thành phố)\s+", "", full)


def main():
    with open(NEW_JSON, encoding="utf-8") as fh:
        new = json.load(fh)
    with open(OLD_JSON, encoding="utf-8") as fh:
        old = json.load(fh)
    with open(Y2020_JSON, encoding="utf-8") as fh:
        y2020 = json.load(fh)
    _, prov_rows = read_tsv(os.path.join(OUT_DIR, "vn_provinces.tsv"))
    current = {r["name"] for r in prov_rows if r["status"] == "current"}
    successor = {r["name"]: r["successor"] for r in prov_rows if r["status"] == "former"}
    successor.update({n: n for n in current})

    # After the reform: (name, kind, province) -> (code).
    after = {}
    for p in new:
        prov = province_name(p["name"])
        if prov not in current:
            sys.exit(f"new province {prov!r} not in vn_provinces.tsv")
        for w in p["wards"]:
            name, kind = split_kind(w["name"], WARD_KINDS_AFTER, prov)
            key = (name, kind, prov)
            if key in after:
                sys.exit(f"two units {key} since 1 July 2025")
            after[key] = w["code"]

    districts, wards_before = [], []
    for p in old:
        prov = province_name(p["name"])
        if prov not in successor:
            sys.exit(f"old province {prov!r} not in vn_provinces.tsv")
        now_prov = successor[prov]
        seen = set()
        for d in p["districts"]:
            dname, dkind = split_kind(d["name"], DISTRICT_KINDS, prov)
            if (dname, dkind) in seen:
                sys.exit(f"two districts {dkind} {dname!r} in {prov}")
            seen.add((dname, dkind))
            dfull = f"{dkind[0].upper()}{dkind[1:]} {dname}"  # "Huyện Kỳ Anh" (also Thị xã Kỳ Anh)
            now = sorted(k for (n, k, pr) in after if n == dname and pr == now_prov)
            if len(now) > 1:
                sys.exit(f"{dname} ({now_prov}): several units of that name now: {now}")
            districts.append([dname, dkind, prov, now_prov, "before", f"{d['code']:03d}",
                              now[0] if now else ""])
            for w in d["wards"]:
                wname, wkind = split_kind(w["name"], WARD_KINDS_BEFORE, f"{prov}/{dname}")
                wards_before.append((wname, wkind, now_prov, dfull, prov, w["code"]))

    if (len(districts), len(wards_before), len(after)) != (N_DISTRICTS, N_WARDS_BEFORE,
                                                           N_WARDS_AFTER):
        sys.exit(f"unexpected sizes: {len(districts)} districts, {len(wards_before)} wards "
                 f"before, {len(after)} after")

    # Units of the February 2020 list that the January 2025 list no longer has (same name, kind
    # and province): merged, abolished or changed kind in between.  Provinces by code (the 63
    # were the same in 2020 and 2025).
    old_prov = {p["code"]: province_name(p["name"]) for p in old}
    d2025 = {(d[0], d[1], d[2]) for d in districts}
    w2025 = {(w[0], w[1], w[4]) for w in wards_before}
    n_d2020 = n_w2020 = 0
    wards_earlier = []
    for p in y2020:
        prov = old_prov[p["code"]]
        now_prov = successor[prov]
        for d in p["districts"]:
            n_d2020 += 1
            dname, dkind = split_kind(d["name"], DISTRICT_KINDS, f"2020 {prov}")
            dfull = f"{dkind[0].upper()}{dkind[1:]} {dname}"
            if (dname, dkind, prov) not in d2025:
                now = sorted(k for (n, k, pr) in after if n == dname and pr == now_prov)
                districts.append([dname, dkind, prov, now_prov, "earlier", f"{d['code']:03d}",
                                  now[0] if now else ""])
            for w in d["wards"]:
                n_w2020 += 1
                wname, wkind = split_kind(w["name"], WARD_KINDS_BEFORE, f"2020 {prov}/{dname}")
                if (wname, wkind, prov) not in w2025:
                    wards_earlier.append([wname, wkind, now_prov, "earlier", dfull, prov,
                                          f"{w['code']:05d}"])
    if (n_d2020, n_w2020) != (N_DISTRICTS_2020, N_WARDS_2020):
        sys.exit(f"unexpected 2020 sizes: {n_d2020} districts, {n_w2020} wards")
    # one row per unit: a name that was in two districts of one province in 2020 and is gone
    # in 2025 gives two rows (different districts), an exact repeat gives one.
    wards_earlier = [list(t) for t in sorted({tuple(r) for r in wards_earlier})]

    # Which old unit continues each new one of the same name, kind and province.
    by_key = collections.defaultdict(list)
    for w in wards_before:
        by_key[w[:3]].append(w)
    continues = {}  # id of the old tuple -> new code
    for key, code in after.items():
        cands = by_key.get(key)
        if not cands:
            continue
        same_code = [w for w in cands if w[5] == code]
        pick = same_code[0] if same_code else min(cands, key=lambda w: w[5])
        continues[id(pick)] = code

    rows = []
    for w in wards_before:
        name, kind, prov, dname, prov_before, code = w
        if id(w) in continues:
            rows.append([name, kind, prov, "both", dname, prov_before, f"{continues[id(w)]:05d}"])
        else:
            rows.append([name, kind, prov, "before", dname, prov_before, f"{code:05d}"])
    continued = {(r[0], r[1], r[2]) for r in rows if r[3] == "both"}
    for (name, kind, prov), code in after.items():
        if (name, kind, prov) not in continued:
            rows.append([name, kind, prov, "after", "", "", f"{code:05d}"])

    rows += wards_earlier
    status = collections.Counter(r[3] for r in rows)
    print(f"districts: {len(districts)} "
          f"({dict(collections.Counter(d[1] for d in districts))}), "
          f"{sum(1 for d in districts if d[4] == 'earlier')} only in the 2020 list, "
          f"{sum(1 for d in districts if d[6])} with a unit of the same name now; "
          f"wards: {len(rows)} rows {dict(status)}")
    if status["both"] + status["after"] != N_WARDS_AFTER:
        sys.exit("count check failed: after + both != units since 1 July 2025")
    if status["both"] + status["before"] != N_WARDS_BEFORE:
        sys.exit("count check failed: before + both != units before 1 July 2025")

    src = ("Sources: PyPI vietnam-provinces 2025.10.1 (units since 1 July 2025), 0.6.0 (the list of "
           "January 2025) and 0.2")
    src0 = ("  (the list of February 2020), data of the")
    src2 = ("  General Statistics Office of Viet Nam, package GPL-3.0-or-later by Nguyễn Hồng Quân; "
            "provinces as in vn_provinces.tsv.")
    write_tsv(
        os.path.join(OUT_DIR, "vn_districts.tsv"),
        [
            "vn_districts.tsv - Vietnam's 696 district-level units before 1 July 2025, when the "
            "district level was abolished.",
            "Generated by scripts/lexicons/vn_admin.py - do not edit by hand, edit the script.",
            src, src0, src2,
            "name: without the kind word. kind: quận | huyện | thị xã | thành phố (under a "
            "province).",
            "status: before = in the list of January 2025 (until 1 July 2025); earlier = only in "
            "the list of February 2020",
            "  (merged, abolished or changed kind before 2025: Quận 2, Quận 9, Quận Thủ Đức ...).",
            "province: the province before 1 July 2025; province_now: the one since. code: GSO "
            "district code.",
            "now: kind of the unit of the same name in province_now since 1 July 2025 (phường | "
            "xã | đặc khu), or empty.",
        ],
        ["name", "kind", "province", "province_now", "status", "code", "now"],
        districts,
    )
    write_tsv(
        os.path.join(OUT_DIR, "vn_wards.tsv"),
        [
            "vn_wards.tsv - Vietnam's commune-level units: the 10,051 before 1 July 2025 (phường, "
            "xã, thị trấn)",
            "  and the 3,321 since (phường, xã, đặc khu), one row per unit, or one for both "
            "periods (status both),",
            "  and those of February 2020 gone from the January 2025 list (status earlier).",
            "Generated by scripts/lexicons/vn_admin.py - do not edit by hand, edit the script.",
            src, src0, src2,
            "name: without the kind word (numbered wards keep the number: read them only after "
            "the kind word).",
            "province: since 1 July 2025. status: before | after | both (same name, kind and "
            "province in both periods) | earlier.",
            "district (with its kind word), province_before: where it was before 1 July 2025 "
            "(empty for after; in 2020 for earlier).",
            "code: GSO code (new for after/both, old for before, of 2020 for earlier).",
        ],
        ["name", "kind", "province", "status", "district", "province_before", "code"],
        rows,
    )


if __name__ == "__main__":
    main()
