"""Generate src/lexicons/regions.tsv: continents, world regions, seas and Vietnamese regions.

Columns: name  country  aliases
  name     the form Vietnamese press writes (lower-case "châu", "miền", "quần đảo" as in
           running text; the extractor ignores case).
  country  ISO alpha-2 when the region lies in one country (VN for Vietnamese regions,
           RU for Siberia ...), empty for continents, world regions, oceans and seas
           (Biển Đông included: country empty).
  aliases  other surface forms, '|'-separated (Vietnamese variants, abbreviations,
           English names).

Sources and licences: a curated list written for this project (no third-party data).

Re-run (Python 3.11, standard library only, from the repository root):
  python3 scripts/lexicons/regions.py
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, alias_collisions, match_key, uniq, write_tsv  # noqa: E402

# (name, country, [aliases])
REGIONS = [
    # --- continents ---------------------------------------------------------------------
    ("châu Á", "", ["Á châu", "Asia"]),
    ("châu Âu", "", ["Âu châu", "Europe", "lục địa già"]),
    ("châu Phi", "", ["Phi châu", "Africa"]),
    ("châu Mỹ", "", ["Mỹ châu", "châu Mĩ", "Americas"]),
    ("châu Đại Dương", "", ["Oceania"]),
    ("Á - Âu", "", ["Á-Âu", "Eurasia", "lục địa Á - Âu", "Âu - Á"]),
    # --- Asia ---------------------------------------------------------------------------
    ("Đông Nam Á", "", ["Southeast Asia", "ĐNÁ", "khu vực Đông Nam Á"]),
    ("Đông Bắc Á", "", ["Northeast Asia"]),
    ("Đông Á", "", ["East Asia"]),
    ("Nam Á", "", ["South Asia"]),
    ("Trung Á", "", ["Central Asia"]),
    ("Tây Á", "", ["West Asia", "Western Asia"]),
    ("Trung Đông", "", ["Middle East", "Trung Cận Đông"]),
    ("Cận Đông", "", ["Near East"]),
    ("Viễn Đông", "", ["Far East"]),
    ("vùng Vịnh", "", ["Vùng Vịnh Ba Tư", "Gulf region", "các nước vùng Vịnh"]),
    ("Đông Dương", "", ["bán đảo Đông Dương", "Indochina", "Indochine"]),
    ("bán đảo Triều Tiên", "", ["Korean Peninsula"]),
    ("bán đảo Ả Rập", "", ["Arabian Peninsula", "bán đảo Arab"]),
    ("Tiểu vùng sông Mê Kông", "", ["Tiểu vùng Mê Kông", "Tiểu vùng Mekong",
                                    "Tiểu vùng Mê Kông mở rộng", "Mekong", "Mê Kông",
                                    "sông Mê Kông", "Mekong subregion", "GMS"]),
    ("châu Á - Thái Bình Dương", "", ["Asia-Pacific", "Asia Pacific", "APAC",
                                      "Á - Thái Bình Dương"]),
    ("Ấn Độ Dương - Thái Bình Dương", "", ["Ấn Độ - Thái Bình Dương", "Indo-Pacific",
                                           "Indo Pacific"]),
    # --- Americas -------------------------------------------------------------------------
    ("Bắc Mỹ", "", ["North America", "Bắc Mĩ"]),
    ("Nam Mỹ", "", ["South America", "Nam Mĩ"]),
    ("Trung Mỹ", "", ["Central America", "Trung Mĩ"]),
    ("Mỹ Latinh", "", ["Mỹ La-tinh", "Mỹ Latin", "Mĩ Latinh", "Latin America", "châu Mỹ Latinh"]),
    ("Caribe", "", ["Ca-ri-bê", "Caribbean", "Caribê", "vùng Caribe", "biển Caribe"]),
    # --- Europe ---------------------------------------------------------------------------
    ("Bắc Âu", "", ["Northern Europe", "Nordic"]),
    ("Tây Âu", "", ["Western Europe"]),
    ("Đông Âu", "", ["Eastern Europe"]),
    ("Trung Âu", "", ["Central Europe"]),
    ("Nam Âu", "", ["Southern Europe"]),
    ("Balkan", "", ["bán đảo Balkan", "Ban-căng", "Bancăng", "Balkans"]),
    ("Scandinavia", "", ["bán đảo Scandinavia", "Xcăng-đi-na-vi"]),
    ("Baltic", "", ["các nước Baltic", "vùng Baltic", "biển Baltic", "Ban-tích"]),
    ("Kavkaz", "", ["Caucasus", "Cáp-ca-dơ", "Capcadơ"]),
    # --- Africa ---------------------------------------------------------------------------
    ("Bắc Phi", "", ["North Africa"]),
    ("Tây Phi", "", ["West Africa"]),
    ("Đông Phi", "", ["East Africa"]),
    ("Sừng châu Phi", "", ["Horn of Africa"]),
    ("châu Phi hạ Sahara", "", ["châu Phi cận Sahara", "Sub-Saharan Africa", "hạ Sahara",
                                "cận Sahara"]),
    ("Sahel", "", ["vùng Sahel"]),
    # --- oceans, seas, poles ------------------------------------------------------------
    ("Biển Đông", "", ["East Sea", "South China Sea", "biển Nam Trung Hoa"]),
    ("Thái Bình Dương", "", ["Pacific", "Pacific Ocean"]),
    ("Đại Tây Dương", "", ["Atlantic", "Atlantic Ocean"]),
    ("Ấn Độ Dương", "", ["Indian Ocean"]),
    ("Bắc Băng Dương", "", ["Arctic Ocean"]),
    ("Nam Đại Dương", "", ["Southern Ocean", "Nam Băng Dương"]),
    ("Bắc Cực", "", ["Arctic", "vùng Bắc Cực"]),
    ("Nam Cực", "", ["Antarctic", "châu Nam Cực", "vùng Nam Cực"]),
    ("Địa Trung Hải", "", ["Mediterranean", "Mediterranean Sea", "biển Địa Trung Hải"]),
    ("Biển Đỏ", "", ["Red Sea"]),
    ("Biển Đen", "", ["Black Sea"]),
    ("Biển Hoa Đông", "", ["East China Sea"]),
    ("biển Nhật Bản", "", ["Sea of Japan"]),
    ("vịnh Ba Tư", "", ["Persian Gulf"]),
    ("biển Arab", "", ["Arabian Sea", "biển Ả Rập"]),
    ("eo biển Hormuz", "", ["Strait of Hormuz", "Hormuz"]),
    ("eo biển Malacca", "", ["Strait of Malacca", "Malacca Strait"]),
    ("eo biển Đài Loan", "", ["Taiwan Strait"]),
    ("vịnh Thái Lan", "", ["Gulf of Thailand"]),
    ("vịnh Bắc Bộ", "", ["Gulf of Tonkin", "Tonkin Gulf"]),
    ("kênh đào Suez", "", ["Suez Canal", "kênh Suez"]),
    ("kênh đào Panama", "", ["Panama Canal", "kênh Panama"]),
    # --- foreign regions inside one country ----------------------------------------------
    ("Siberia", "RU", ["Xi-bia", "Xibia", "Xi-bê-ri", "Siberi"]),
    ("Viễn Đông Nga", "RU", ["Russian Far East", "vùng Viễn Đông Nga"]),
    # --- Vietnamese regions (country VN) ---------------------------------------------------
    ("miền Bắc", "VN", ["Bắc Việt Nam", "miền Bắc Việt Nam"]),
    ("miền Trung", "VN", ["miền Trung Việt Nam"]),
    ("miền Nam", "VN", ["miền Nam Việt Nam", "Nam Việt Nam"]),
    ("Bắc Bộ", "VN", ["Bắc Kỳ"]),
    ("Trung Bộ", "VN", ["Trung Kỳ"]),
    ("Nam Bộ", "VN", ["Nam Kỳ"]),
    ("Tây Bắc", "VN", ["Tây Bắc Bộ", "vùng Tây Bắc"]),
    ("Đông Bắc", "VN", ["Đông Bắc Bộ", "vùng Đông Bắc"]),
    ("Trung du và miền núi phía Bắc", "VN", ["Trung du miền núi phía Bắc",
                                             "miền núi phía Bắc", "Trung du và miền núi Bắc Bộ",
                                             "Trung du miền núi Bắc Bộ"]),
    ("Đồng bằng sông Hồng", "VN", ["ĐBSH", "Red River Delta", "châu thổ sông Hồng"]),
    ("Bắc Trung Bộ", "VN", []),
    ("Nam Trung Bộ", "VN", []),
    ("Duyên hải Nam Trung Bộ", "VN", []),
    ("Duyên hải miền Trung", "VN", []),
    ("Bắc Trung Bộ và Duyên hải miền Trung", "VN", ["Bắc Trung Bộ và duyên hải Trung Bộ"]),
    ("Tây Nguyên", "VN", ["Central Highlands"]),
    ("Đông Nam Bộ", "VN", []),
    ("Tây Nam Bộ", "VN", ["miền Tây Nam Bộ"]),
    ("Đồng bằng sông Cửu Long", "VN", ["ĐBSCL", "Mekong Delta", "châu thổ sông Cửu Long",
                                       "Đồng bằng Sông Cửu Long"]),
    ("Vùng Thủ đô", "VN", ["Vùng Thủ đô Hà Nội"]),
    ("Hoàng Sa", "VN", ["quần đảo Hoàng Sa", "Paracel", "Paracel Islands"]),
    ("Trường Sa", "VN", ["quần đảo Trường Sa", "Spratly", "Spratly Islands", "Spratlys"]),
]
# Not listed: "Trung Phi" (= the Central African Republic in text), "Nam Phi" (South
# Africa), bare "miền Tây" (colloquial Mekong Delta, but also "the West"), "phương Tây"
# ("the West", a political not geographic term).


def main():
    rows, entries = [], []
    for name, country, aliases in REGIONS:
        forms = uniq(aliases, exclude_keys={match_key(name)})
        rows.append([name, country, "|".join(forms)])
        entries.append((name, [name] + forms))
    coll = alias_collisions(entries)
    for k, ids in sorted(coll.items()):
        print(f"COLLISION {k!r}: {sorted(ids)}")
    if coll:
        sys.exit("alias collisions")
    comments = [
        "regions.tsv - continents, world regions, oceans/seas and Vietnamese regions.",
        "Generated by scripts/lexicons/regions.py - do not edit by hand, edit the script.",
        "Source: curated list written for this project (no third-party data).",
        "country: ISO alpha-2 if the region lies in one country (VN for Vietnamese regions), else empty.",
        "aliases: '|'-separated. Matching ignores case, tone placement and spacing around . - /.",
    ]
    write_tsv(os.path.join(OUT_DIR, "regions.tsv"), comments, ["name", "country", "aliases"],
              rows, list_columns=("aliases",))


if __name__ == "__main__":
    main()
