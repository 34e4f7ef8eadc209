"""Generate src/lexicons/vn_provinces.tsv: Vietnam's province-level units, before and after 1 July 2025.

Columns: code  name  kind  status  successor  aliases
  code       official two-digit GSO code: the new code for current units, the old code for
             former units.  NOTE: a former unit's old code can equal a current unit's new
             code (e.g. 15 = old Yên Bái and new Lào Cai), so `code` is not a unique key.
  name       without "Tỉnh "; centrally-run cities without "Thành phố ", except
             "Thành phố Hồ Chí Minh" (a bare "Hồ Chí Minh" is the person).
  kind       `city` for centrally-run cities (thành phố trực thuộc trung ương), else `province`.
  status     `current` (the 34 units since 1 July 2025, each once, whether or not it
             existed before) or `former` (the 29 pre-merger units that ceased to exist).
  successor  for former units: the `name` of the current unit it was merged into.
  aliases    other press forms: old names, spelling variants, abbreviations, English /
             unaccented forms (hand-curated, ALIASES below).

Sources and licences
  * vietnam-provinces 2025.10.1 (PyPI, data version 2025-10-18; package licensed
    GPL-3.0-or-later by Nguyễn Hồng Quân).  Only facts are taken from it - the names,
    codes and types of the General Statistics Office's official list of units: the 34
    current units.
  * vietnam-provinces 0.6.0 (PyPI, data version 2025-01-04, same author/licence): the 63
    pre-merger units with their old codes.
  * The merger mapping is DERIVED from the two data sets: GSO kept one of the old ward
    codes for each new ward, so each new province's ward codes are looked up in the old
    data to find which old provinces it absorbed.  (Checked against Resolution
    202/2025/QH15: 11 units unchanged, 23 new units formed from 2-3 old ones.)
  * Aliases: hand-curated for this project.

Re-run (Python 3.11, from the repository root): `python3 scripts/lexicons/regen.py` installs the
pinned sources (requirements.txt, requirements-old.txt) and runs every generator; after that
`python3 scripts/lexicons/vn_provinces.py` alone also works.
Environment: PYLEX_DIR, PYLEX_OLD_DIR (default target/lexicon-deps/py, target/lexicon-deps/py_old).
Matching ignores case, tone placement and spacing around . - / : "Bà Rịa-Vũng Tàu" and
"TP. HCM" are the same strings as "Bà Rịa - Vũng Tàu" and "TP.HCM" for the extractor and
are not listed separately.
"""

import collections
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import (  # noqa: E402
    OUT_DIR, alias_collisions, match_key, norm, pylex_dir, pylex_old_dir, uniq, write_tsv,
)

NEW_JSON = os.path.join(pylex_dir(), "vietnam_provinces", "data", "nested-divisions.json")
OLD_JSON = os.path.join(pylex_old_dir(), "vietnam_provinces", "data", "nested-divisions.json")

HCMC = "Thành phố Hồ Chí Minh"

# Aliases keyed by canonical name (after prefix stripping and tone normalisation).
ALIASES = {
    HCMC: ["TP.HCM", "TPHCM", "TP HCM", "TP. Hồ Chí Minh", "TP Hồ Chí Minh", "Thành phố HCM",
           "Sài Gòn", "Saigon", "Sai Gon", "HCMC", "Ho Chi Minh City", "Thành phố Sài Gòn"],
    "Hà Nội": ["Thủ đô Hà Nội", "Hanoi", "Ha Noi", "TP Hà Nội"],
    "Huế": ["Thừa Thiên Huế", "Thừa Thiên - Huế", "TT-Huế", "TT Huế", "Hue", "Cố đô Huế"],
    "Đà Nẵng": ["Da Nang", "Danang"],
    "Hải Phòng": ["Hai Phong", "Haiphong"],
    "Cần Thơ": ["Can Tho"],
    "Bà Rịa - Vũng Tàu": ["BR-VT", "BRVT", "Ba Ria - Vung Tau"],
    "Đắk Lắk": ["Đắc Lắc", "Đăk Lăk", "Đắk Lắc", "Dak Lak", "Daklak"],
    "Đắk Nông": ["Đắc Nông", "Đăk Nông", "Dak Nong"],
    "Bắc Kạn": ["Bắc Cạn"],
    "Kon Tum": ["Kontum"],
    "Khánh Hòa": ["Khanh Hoa"],
    "Lâm Đồng": ["Lam Dong"],
    "Quảng Ninh": ["Quang Ninh"],
    "Bình Dương": ["Binh Duong"],
    "Đồng Nai": ["Dong Nai"],
}
# Forms deliberately NOT listed: bare "Hồ Chí Minh" (the person); "Vũng Tàu", "Đà Lạt",
# "Nha Trang", "Hạ Long" (cities inside provinces, not province names); "Thừa Thiên-Huế"
# and "Bà Rịa-Vũng Tàu" (same as the spaced forms for the matcher).


def strip_prefix(full):
    full = norm(full)
    if full == HCMC:
        return full
    return re.sub(r"^(Tỉnh|Thành phố)\s+", "", full)


def main():
    with open(NEW_JSON, encoding="utf-8") as fh:
        new = json.load(fh)
    with open(OLD_JSON, encoding="utf-8") as fh:
        old = json.load(fh)
    if len(new) != 34 or len(old) != 63:
        sys.exit(f"unexpected source sizes: new={len(new)} old={len(old)}")

    old_by_code = {p["code"]: p for p in old}
    ward_to_old = {}
    for p in old:
        for d in p["districts"]:
            for w in d["wards"]:
                ward_to_old[w["code"]] = p["code"]

    rows, entries = [], []
    absorbed = {}  # old code -> new name
    current_names = set()
    for p in new:
        name = strip_prefix(p["name"])
        kind = "city" if p["division_type"] == "thành phố trung ương" else "province"
        current_names.add(name)
        counts = collections.Counter(ward_to_old.get(w["code"]) for w in p["wards"])
        counts.pop(None, None)  # a handful of brand-new ward codes
        for oc, n in counts.items():
            if n < 5:
                sys.exit(f"suspicious mapping {name} <- {old_by_code[oc]['name']} ({n} wards)")
            if oc in absorbed:
                sys.exit(f"old unit {oc} mapped twice")
            absorbed[oc] = name
        forms = uniq(ALIASES.get(name, []), exclude_keys={match_key(name)})
        rows.append([f"{p['code']:02d}", name, kind, "current", "", "|".join(forms)])
        entries.append((name, [name] + forms))
    if set(absorbed) != set(old_by_code):
        sys.exit(f"unmapped old units: {set(old_by_code) - set(absorbed)}")

    continuing = 0
    for oc, p in sorted(old_by_code.items()):
        name = strip_prefix(p["name"])
        if name in current_names:
            continuing += 1
            if absorbed[oc] != name:
                sys.exit(f"{name} continues but was mapped to {absorbed[oc]}")
            continue
        kind = "city" if p["name"].startswith("Thành phố") else "province"
        forms = uniq(ALIASES.get(name, []), exclude_keys={match_key(name)})
        rows.append([f"{oc:02d}", name, kind, "former", absorbed[oc], "|".join(forms)])
        entries.append((name, [name] + forms))
    for n in ALIASES:
        if n not in {r[1] for r in rows}:
            sys.exit(f"ALIASES key {n!r} matches no unit")

    coll = alias_collisions(entries)
    for k, ids in sorted(coll.items()):
        print(f"COLLISION {k!r}: {sorted(ids)}")
    if coll:
        sys.exit("alias collisions")
    n_cur = sum(r[3] == "current" for r in rows)
    n_former = sum(r[3] == "former" for r in rows)
    print(f"current={n_cur} former={n_former} continuing={continuing} "
          f"pre-merger units (former+continuing)={n_former + continuing}")
    if n_cur != 34 or n_former + continuing != 63:
        sys.exit("count check failed")

    comments = [
        "vn_provinces.tsv - Vietnam's province-level units: the 34 since 1 July 2025 (current) and the",
        "  29 pre-merger provinces that ceased to exist (former, with the unit they merged into).",
        "Generated by scripts/lexicons/vn_provinces.py - do not edit by hand, edit the script.",
        "Sources: PyPI vietnam-provinces 2025.10.1 (new units, codes) and 0.6.0 (63 old units, codes),",
        "  data from the General Statistics Office of Viet Nam, package GPL-3.0-or-later by Nguyễn Hồng Quân;",
        "  merger mapping derived from shared ward codes; aliases hand-curated (this project).",
        "code: GSO code (new code for current, old code for former units; NOT unique across rows).",
        "kind: city = centrally-run city, province otherwise. aliases: '|'-separated.",
        "Prefixes Tỉnh/Thành phố/TP/TP. are stripped by the extractor and not listed (except HCMC forms).",
    ]
    write_tsv(os.path.join(OUT_DIR, "vn_provinces.tsv"), comments,
              ["code", "name", "kind", "status", "successor", "aliases"], rows,
              list_columns=("aliases",))


if __name__ == "__main__":
    main()
