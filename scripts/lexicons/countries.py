"""Generate src/lexicons/countries.tsv: countries and territories as Vietnamese text names them.

Columns: code  name  aliases  weak_aliases
  code          ISO 3166-1 alpha-2 (all 249 from pycountry) plus XK (Kosovo, in CLDR).
  name          canonical Vietnamese name: CLDR's Vietnamese territory name, overridden
                where Vietnamese press / the Ministry of Foreign Affairs use another
                standard form (see NAME_OVERRIDES, one comment per override).
  aliases       other names: CLDR Vietnamese alt forms, the English short and common
                names (pycountry name / common_name, skipping ISO's inverted
                "Korea, Republic of" style), Vietnamese official long forms, older
                Vietnamese transliterations, everyday short forms (EXTRA_ALIASES).
  weak_aliases  names (from name or aliases) that are also ordinary Vietnamese words or
                common given names; listed here INSTEAD of in aliases.  A weak canonical
                name is repeated here.

Sources and licences
  * CLDR 48.2.0 Vietnamese territory names, npm package cldr-localenames-full@48.2.0,
    file main/vi/territories.json - Unicode License v3 (Unicode-3.0).
  * pycountry 26.2.16 (PyPI) - ISO 3166-1 codes and English names from Debian
    iso-codes; LGPL-2.1.
  * Hand-curated Vietnamese forms (long official forms as used by the Ministry of
    Foreign Affairs / Vietnam News Agency, older transliterations, short forms)
    written for this project.

Re-run (Python 3.11, from the repository root): `python3 scripts/lexicons/regen.py` installs the
pinned sources (requirements.txt, npm/package-lock.json) and runs every generator; after that
`python3 scripts/lexicons/countries.py` alone also works.
Environment: PYLEX_DIR, NPM_LEX_DIR (default target/lexicon-deps/py, target/lexicon-deps/npm).
Name matching in the extractor ignores case, tone-mark placement (hoà/hòa) and spacing
around . - /, so variants differing only in those ways are not listed.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import (  # noqa: E402
    OUT_DIR, add_pylex_path, alias_collisions, match_key, norm, npm_dir, uniq, write_tsv,
)

add_pylex_path()
import pycountry  # noqa: E402

# --------------------------------------------------------------------------------------
# Canonical-name overrides of the CLDR Vietnamese name.  Each with its reason.
NAME_OVERRIDES = {
    # CLDR's main form is "Vương quốc Anh"; the press and MOFA short form is "Anh".
    "GB": "Anh",
    # CLDR "Myanmar (Miến Điện)" carries a parenthesis; press writes "Myanmar".
    "MM": "Myanmar",
    # CLDR "Congo - Kinshasa" is a display disambiguator, not a name used in text.
    "CD": "Cộng hòa Dân chủ Congo",
    # CLDR "Congo - Brazzaville": idem.
    "CG": "Cộng hòa Congo",
    # CLDR uses a curly apostrophe; press text overwhelmingly has the ASCII one.
    "CI": "Côte d'Ivoire",
    # CLDR's "Đặc khu Hành chính Hồng Kông, Trung Quốc" is a full official style.
    "HK": "Hồng Kông",
    # CLDR's "Đặc khu Hành chính Macao, Trung Quốc": press writes "Ma Cao".
    "MO": "Ma Cao",
    # CLDR "Lãnh thổ Palestine" (Palestinian Territories); Vietnam recognises the
    # State of Palestine and the press writes "Palestine".
    "PS": "Palestine",
    # CLDR "Thành Vatican"; press writes "Vatican" (or "Tòa Thánh Vatican").
    "VA": "Vatican",
    # CLDR "Quần đảo Cocos (Keeling)" carries a parenthesis.
    "CC": "Quần đảo Cocos",
    # CLDR "Ca-ri-bê Hà Lan" is an odd half-transliteration; use the island names.
    "BQ": "Bonaire, Sint Eustatius và Saba",
    # CLDR "Ukraina"; the press (VnExpress, VTV, Tuổi Trẻ, Thanh Niên) and recent MOFA
    # news write "Ukraine"; "Ukraina" stays an alias.
    "UA": "Ukraine",
}
# Deliberately NOT overridden (CLDR already has the press form): US "Hoa Kỳ",
# AU "Úc", KP "Triều Tiên", KR "Hàn Quốc", CZ "Séc", NL "Hà Lan", RU "Nga", DE "Đức",
# FR "Pháp", JP "Nhật Bản", CN "Trung Quốc".  IT stays "Italy" (CLDR; MOFA and most
# national papers write "Italy", "Ý" is the colloquial form and is weak).

# --------------------------------------------------------------------------------------
# Extra aliases.  Order inside a list does not matter.  Weak forms may be listed here
# too: they are moved to weak_aliases automatically (see WEAK).
EXTRA_ALIASES = {
    # --- ASEAN -------------------------------------------------------------------
    "VN": ["Việt", "Vietnam", "Viet Nam", "Cộng hòa Xã hội chủ nghĩa Việt Nam", "CHXHCN Việt Nam",
           "Socialist Republic of Viet Nam"],
    "LA": ["Laos", "Lao", "Cộng hòa Dân chủ Nhân dân Lào", "CHDCND Lào",
           "Lao People's Democratic Republic", "Lao PDR"],
    "KH": ["Cambodia", "Vương quốc Campuchia", "Cam-pu-chia", "Căm-pu-chia", "Kingdom of Cambodia"],
    "TH": ["Thailand", "Vương quốc Thái Lan", "Thái"],
    "MM": ["Miến Điện", "Mianma", "Mi-an-ma", "Burma", "Cộng hòa Liên bang Myanmar"],
    "MY": ["Ma-lai-xi-a", "Malaixia"],
    "SG": ["Xin-ga-po", "Xinhgapo", "Xingapo", "Cộng hòa Singapore", "Tân Gia Ba"],
    "ID": ["In-đô-nê-xi-a", "Inđônêxia", "Cộng hòa Indonesia"],
    "PH": ["Phi-líp-pin", "Philíppin", "Cộng hòa Philippines", "Phi Luật Tân", "Philippin"],
    "BN": ["Bru-nây", "Brunây", "Brunei Darussalam", "Nhà nước Brunei Darussalam",
           "Bru-nây Đa-rút-xa-lam"],
    "TL": ["Timor Leste", "Đông Ti-mo", "Cộng hòa Dân chủ Timor-Leste", "East Timor",
           "Ti-mo Lét-xtê"],
    # --- North-East Asia ------------------------------------------------------------
    "CN": ["Trung", "China", "Trung Hoa", "Cộng hòa Nhân dân Trung Hoa", "CHND Trung Hoa",
           "People's Republic of China"],
    "JP": ["Japan", "Nhật"],
    "KR": ["South Korea", "Republic of Korea", "Đại Hàn Dân Quốc", "Nam Hàn", "Hàn",
           "Đại Hàn"],
    "KP": ["North Korea", "Cộng hòa Dân chủ Nhân dân Triều Tiên", "CHDCND Triều Tiên",
           "Bắc Triều Tiên", "Bắc Hàn", "Democratic People's Republic of Korea"],
    "MN": ["Mongolia"],
    "TW": ["Taiwan", "Trung Hoa Dân Quốc", "Đài Bắc Trung Hoa", "Chinese Taipei"],
    "HK": ["Hong Kong", "Hương Cảng", "Đặc khu hành chính Hồng Kông",
           "Hong Kong SAR"],
    "MO": ["Macao", "Macau", "Áo Môn", "Đặc khu hành chính Ma Cao"],
    # --- Americas ---------------------------------------------------------------------
    "US": ["Mỹ", "Mĩ", "Hợp chúng quốc Hoa Kỳ", "Hợp chủng quốc Hoa Kỳ", "United States",
           "United States of America", "USA", "Hợp chúng quốc Mỹ"],
    "CA": ["Ca-na-đa", "Canađa", "Gia Nã Đại"],
    "MX": ["Mê-hi-cô", "Mêhicô", "México", "Mexicô"],
    "CU": ["Cu-ba", "Cộng hòa Cuba"],
    "BR": ["Bra-xin", "Braxin", "Brasil", "Cộng hòa Liên bang Brazil"],
    "AR": ["Ác-hen-ti-na", "Achentina", "Cộng hòa Argentina"],
    "CL": ["Chi-lê", "Chilê", "Cộng hòa Chile"],
    "VE": ["Vê-nê-xu-ê-la", "Vênêxuêla", "Cộng hòa Bolivar Venezuela",
           "Bolivarian Republic of Venezuela"],
    "SV": ["En Xan-va-đo", "Cộng hòa El Salvador", "Salvador"],
    "PE": ["Pê-ru", "Pêru"],
    "CO": ["Cô-lôm-bi-a", "Côlômbia"],
    "BO": ["Bô-li-vi-a", "Bôlivia", "Plurinational State of Bolivia"],
    "EC": ["Ê-cu-a-đo", "Êcuađo"],
    "UY": ["U-ru-goay", "Urugoay"],
    "PY": ["Pa-ra-goay", "Paragoay"],
    "NI": ["Ni-ca-ra-goa", "Nicaragoa"],
    "PA": ["Pa-na-ma"],
    "DO": ["Đô-mi-ni-ca-na", "Dominican Republic"],
    # --- Europe -------------------------------------------------------------------------
    "RU": ["Russia", "Liên bang Nga", "LB Nga", "Russian Federation"],
    "GB": ["Vương quốc Anh", "Liên hiệp Vương quốc Anh và Bắc Ireland",
           "Vương quốc Liên hiệp Anh và Bắc Ireland", "Vương quốc Liên hiệp Anh và Bắc Ai-len",
           "Anh Quốc", "United Kingdom", "Britain", "Great Britain", "UK"],
    "FR": ["France", "Cộng hòa Pháp"],
    "DE": ["Germany", "Cộng hòa Liên bang Đức", "CHLB Đức"],
    "IT": ["Ý", "Italia", "Cộng hòa Italy", "Cộng hòa Italia", "I-ta-li-a"],
    "ES": ["Spain", "Vương quốc Tây Ban Nha"],
    "PT": ["Portugal", "Cộng hòa Bồ Đào Nha"],
    "NL": ["Netherlands", "Vương quốc Hà Lan", "Holland"],
    "BE": ["Belgium", "Vương quốc Bỉ"],
    "LU": ["Lúc-xăm-bua", "Lúcxămbua", "Đại Công quốc Luxembourg"],
    "AT": ["Austria", "Cộng hòa Áo"],
    "CH": ["Switzerland", "Liên bang Thụy Sĩ", "Thụy Sỹ"],
    "IE": ["Ai-len", "Ai Len", "Ailen", "Cộng hòa Ireland"],
    "DK": ["Denmark", "Vương quốc Đan Mạch"],
    "SE": ["Sweden", "Vương quốc Thụy Điển"],
    "NO": ["Norway", "Vương quốc Na Uy"],
    "FI": ["Finland", "Cộng hòa Phần Lan"],
    "IS": ["Ai-xơ-len", "Aixơlen"],
    "PL": ["Poland", "Cộng hòa Ba Lan"],
    "CZ": ["Cộng hòa Séc", "Czech", "Czech Republic", "Czechia"],
    "SK": ["Xlô-va-ki-a", "Xlôvakia", "Cộng hòa Slovakia"],
    "HU": ["Hung-ga-ri", "Hunggari", "Hungari"],
    "RO": ["Ru-ma-ni", "Rumani", "Rumania", "Rô-ma-ni-a"],
    "BG": ["Bun-ga-ri", "Bungari", "Cộng hòa Bulgaria"],
    "GR": ["Greece", "Cộng hòa Hy Lạp"],
    "HR": ["Crô-a-ti-a", "Crôatia", "Cộng hòa Croatia"],
    "SI": ["Xlô-ven-ni-a", "Xlôvenia", "Cộng hòa Slovenia"],
    "EE": ["E-xtô-ni-a", "Extônia", "Cộng hòa Estonia"],
    "LV": ["Lát-vi-a", "Látvia", "Cộng hòa Latvia"],
    "LT": ["Lithuania", "Lít-va", "Cộng hòa Litva"],
    "MT": ["Man-ta", "Cộng hòa Malta"],
    "CY": ["Cyprus", "Cộng hòa Síp"],
    "RS": ["Xéc-bi-a", "Xécbia"],
    "AL": ["An-ba-ni", "Anbani"],
    "MK": ["Macedonia", "Ma-xê-đô-ni-a"],
    "MD": ["Môn-đô-va", "Mônđôva", "Moldavia"],
    "BY": ["Bê-la-rút", "Bêlarút", "Belarút", "Bạch Nga", "Cộng hòa Belarus"],
    "UA": ["Ukraina", "U-crai-na", "Ucraina"],
    "GE": ["Gru-di-a", "Grudia", "Gruzia"],
    "AM": ["Ác-mê-ni-a", "Ácmênia"],
    "AZ": ["A-déc-bai-gian", "Adécbaigian"],
    "TR": ["Türkiye", "Turkey", "Cộng hòa Thổ Nhĩ Kỳ"],
    "VA": ["Thành Vatican", "Tòa Thánh Vatican", "Tòa Thánh", "Holy See", "Vatican City"],
    "XK": ["Cô-xô-vô"],
    # --- Oceania -----------------------------------------------------------------------
    "AU": ["Australia", "Ô-xtrây-li-a", "Ôxtrâylia", "Liên bang Australia", "Liên bang Úc"],
    "NZ": ["Niu Di-lân", "Niu Dilân", "Tân Tây Lan"],
    "PG": ["Pa-pua Niu Ghi-nê", "Papua Niu Ghinê"],
    # --- South / Central / West Asia -----------------------------------------------------
    "IN": ["India", "Cộng hòa Ấn Độ"],
    "PK": ["Pa-ki-xtan", "Pakixtan"],
    "BD": ["Băng-la-đét", "Bănglađét"],
    "LK": ["Xri Lan-ca", "Xri Lanca"],
    "NP": ["Nê-pan", "Nêpan"],
    "AF": ["Áp-ga-ni-xtan", "Ápganixtan"],
    "KZ": ["Ca-dắc-xtan", "Cadắcxtan", "Kazakstan", "Cộng hòa Kazakhstan"],
    "UZ": ["U-dơ-bê-ki-xtan", "Udơbêkixtan"],
    "KG": ["Cư-rơ-gư-xtan", "Cưrơgưxtan", "Kyrgyz Republic"],
    "TJ": ["Tát-gi-ki-xtan", "Tátgikixtan"],
    "TM": ["Tuốc-mê-ni-xtan", "Tuốcmênixtan"],
    "IR": ["I-ran", "Cộng hòa Hồi giáo Iran", "Islamic Republic of Iran", "Ba Tư"],
    "IQ": ["I-rắc", "Irắc"],
    "SY": ["Xy-ri", "Xyri"],
    "LB": ["Liban", "Lebanon", "Libăng"],
    "IL": ["I-xra-en", "Ixraen", "Nhà nước Israel"],
    "PS": ["Lãnh thổ Palestine", "Nhà nước Palestine", "Pa-le-xtin", "Palextin"],
    "JO": ["Gioóc-đa-ni", "Gioócđani"],
    "SA": ["Saudi Arabia", "Arab Saudi", "Ả-rập Xê-út", "Ả Rập Saudi", "Vương quốc Ả Rập Xê-út",
           "Saudi"],
    "AE": ["UAE", "United Arab Emirates", "Các Tiểu vương quốc Arab Thống nhất",
           "Các Tiểu vương quốc Ả-rập Thống nhất", "Tiểu vương quốc Ả Rập Thống nhất"],
    "QA": ["Ca-ta", "Nhà nước Qatar"],
    "KW": ["Cô-oét", "Côoét"],
    "OM": ["Ô-man"],
    "YE": ["Y-ê-men", "Yêmen"],
    "BH": ["Ba-ranh"],
    # --- Africa ----------------------------------------------------------------------
    "EG": ["Egypt", "Cộng hòa Ả Rập Ai Cập"],
    "ZA": ["South Africa", "Cộng hòa Nam Phi"],
    "DZ": ["An-giê-ri", "Angiêri"],
    "MA": ["Morocco", "Maroc", "Marốc"],
    "TN": ["Tuy-ni-di", "Tuynidi"],
    "LY": ["Li-bi", "Libi"],
    "SD": ["Xu-đăng", "Xuđăng"],
    "ET": ["Ê-ti-ô-pi-a", "Êtiôpia"],
    "KE": ["Kê-ni-a", "Kênia"],
    "TZ": ["Tan-da-ni-a", "Tandania"],
    "MZ": ["Mô-dăm-bích", "Môdămbích"],
    "AO": ["Ăng-gô-la", "Ănggôla"],
    "NG": ["Ni-giê-ri-a", "Nigiêria"],
    "ZW": ["Dim-ba-bu-ê", "Dimbabuê"],
    "SN": ["Xê-nê-gan", "Xênêgan"],
    "MG": ["Ma-đa-gát-xca", "Mađagátxca"],
    "CI": ["Côte d’Ivoire", "Bờ Biển Ngà", "Ivory Coast"],
    "CD": ["Congo - Kinshasa", "CHDC Congo", "DR Congo",
           "Democratic Republic of the Congo"],
    "CG": ["Congo - Brazzaville", "Congo", "Republic of the Congo"],
    "SZ": ["Eswatini"],
    # --- small territories: names in English without the ISO inversion --------------
    "BQ": ["Ca-ri-bê Hà Lan", "Caribbean Netherlands", "Bonaire, Sint Eustatius and Saba"],
    "CC": ["Quần đảo Cocos (Keeling)", "Cocos (Keeling) Islands", "Cocos Islands"],
    "FK": ["Malvinas", "Quần đảo Malvinas"],
    "VG": ["British Virgin Islands"],
    "VI": ["U.S. Virgin Islands", "US Virgin Islands"],
    "SH": ["Saint Helena, Ascension and Tristan da Cunha"],
}

# Names that are ordinary Vietnamese words or common Vietnamese given names (checked
# one by one for every single-syllable name).  They go to weak_aliases.
WEAK = {
    "Anh",    # anh = elder brother / "you"; also a very common given name
    "Đức",    # đức = virtue; common given name
    "Nhật",   # nhật = day/sun (nhật ký); given name
    "Mỹ",     # mỹ = beautiful (mỹ phẩm); given name
    "Mĩ",     # spelling variant of the above
    "Ý",      # ý = idea, intention
    "Pháp",   # pháp = law / dharma (biện pháp, pháp luật)
    "Thái",   # thái = to slice; Thái ethnic group; given name
    "Hàn",    # hàn = to weld, cold; surname
    "Nga",    # common female given name
    "Áo",     # áo = shirt, coat
    "Bỉ",     # bỉ (khinh bỉ, bỉ ổi)
    "Séc",    # séc = cheque
    "Lao",    # lao = tuberculosis / to hurl (English adjective form of Laos)
    "Jersey",  # jersey (sports shirt) in sports news
    "Salvador",  # given name / Brazilian city
    "Tòa Thánh",  # also the Cao Đài Holy See (Tây Ninh)
    "Ba Tư",  # Persia: historical, also Persian cats, carpets
    "Congo",  # also the river and the other Congo; needs context
    "Việt",   # the first half of "Việt - Nhật", "Việt - Mỹ" (pairs of short forms)
    "Trung",  # "Việt - Trung"; also trung = middle (miền Trung, Trung ương)
}
# Checked single-syllable names kept STRONG: "Úc" (no common word), "Lào" (only in the
# bound compounds thuốc lào / lào xào; too important to weaken), "Síp" (no common word),
# "Nga" is weak, "Chad"/"Mali"/"Oman"/"Peru"/"Togo" are not Vietnamese words.

# English pycountry names that must NOT be used as aliases (ambiguous or misleading).
SKIP_ENGLISH = {
    "Korea",
    "Georgia",  # identical to CLDR anyway; the US state is in foreign_places (weak)
}

# ISO codes in CLDR that are not ISO 3166-1 countries (skipped): AC CP CQ DG EA EU EZ IC QO
# TA UN XA XB ZZ.  XK (Kosovo, user-assigned) is added.
EXTRA_CODES = ["XK"]


def load_cldr():
    path = os.path.join(npm_dir(), "node_modules", "cldr-localenames-full", "main", "vi",
                        "territories.json")
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    terr = data["main"]["vi"]["localeDisplayNames"]["territories"]
    main, alts = {}, {}
    for k, v in terr.items():
        code, _, alt = k.partition("-alt-")
        if alt:
            alts.setdefault(code, []).append(v)
        else:
            main[code] = v
    return main, alts


def english_names(c):
    out = []
    for attr in ("name", "common_name"):
        v = getattr(c, attr, None)
        if not v or "," in v or "(" in v or v in SKIP_ENGLISH:
            continue
        out.append(v)
    return out


def main():
    cldr_main, cldr_alts = load_cldr()
    weak_keys = {match_key(w) for w in WEAK}
    rows = []
    entries = []
    codes = [c.alpha_2 for c in pycountry.countries]
    if len(codes) != 249:
        sys.exit(f"expected 249 ISO 3166-1 codes from pycountry, got {len(codes)}")
    for x in EXTRA_CODES:
        if x in cldr_main:
            codes.append(x)
        else:
            print(f"NOTE: {x} not in CLDR; skipped")
    for code in codes:
        c = pycountry.countries.get(alpha_2=code)
        if code not in cldr_main:
            sys.exit(f"{code} missing from CLDR vi")
        name = norm(NAME_OVERRIDES.get(code, cldr_main[code]))
        cands = [cldr_main[code]] + cldr_alts.get(code, [])
        if c is not None:
            cands += english_names(c)
        cands += EXTRA_ALIASES.get(code, [])
        if code == "XK":
            cands += ["Kosovo"]
        # CLDR alt forms with parentheses are replaced by cleaner forms above
        cands = [x for x in cands if not ("(" in x and code in ("MM", "FK"))]
        forms = uniq(cands, exclude_keys={match_key(name)})
        weak = [f for f in [name] + forms if match_key(f) in weak_keys]
        strong = [f for f in forms if match_key(f) not in weak_keys]
        rows.append([code, name, "|".join(strong), "|".join(uniq(weak))])
        entries.append((code, [name] + forms))
    for code in list(NAME_OVERRIDES) + list(EXTRA_ALIASES):
        if code not in codes:
            sys.exit(f"override for unknown code {code}")
    coll = alias_collisions(entries)
    for k, ids in sorted(coll.items()):
        print(f"COLLISION {k!r}: {sorted(ids)}")
    if coll:
        sys.exit("alias collisions: resolve them")
    comments = [
        "countries.tsv - countries and territories as Vietnamese text names them.",
        "Generated by scripts/lexicons/countries.py - do not edit by hand, edit the script.",
        "Sources: CLDR 48.2.0 Vietnamese territory names (npm cldr-localenames-full, Unicode-3.0);",
        "  ISO 3166-1 codes and English names from pycountry 26.2.16 (Debian iso-codes, LGPL-2.1);",
        "  hand-curated Vietnamese long forms, transliterations and short forms (this project).",
        "code: ISO 3166-1 alpha-2 (+XK). name: canonical Vietnamese name. aliases: other surface",
        "  forms, '|'-separated. weak_aliases: forms that are also common Vietnamese words or given",
        "  names (need context); a weak canonical name is repeated there.",
        "Matching ignores case, tone placement (hòa/hoà) and spacing around . - / : such variants are not listed.",
    ]
    write_tsv(os.path.join(OUT_DIR, "countries.tsv"), comments,
              ["code", "name", "aliases", "weak_aliases"], rows,
              list_columns=("aliases", "weak_aliases"))


if __name__ == "__main__":
    main()
