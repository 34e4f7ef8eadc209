"""Generate src/lexicons/foreign_places.tsv: foreign sub-national places named in Vietnamese news.

Columns: name  kind  country  aliases  weak
  name     canonical form as Vietnamese press writes it (Vietnamese form where one is
           standard - "Bắc Kinh", "Luân Đôn", "Quảng Đông" - else the usual Latin form).
  kind     `city` (capitals, cities, municipalities such as Thượng Hải, city-states inside
           a federation such as Hamburg, SARs Hồng Kông / Ma Cao) or `province` (any
           first-level unit: province, state, prefecture, oblast, krai, republic, Land,
           region, territory, autonomous region; also Gaza / West Bank, Orange County).
  country  ISO 3166-1 alpha-2.
  aliases  other surface forms ('|'): English / pinyin / romaji / local forms, older
           Vietnamese transliterations (with and without hyphens where both are used),
           ISO 3166-2 romanisations from pycountry.
  weak     `1` when the name or an alias is also a Vietnamese word, a Vietnamese place
           name, a common personal name or an English word, so context is needed.

Policy decisions
  * Name shared by a city and the first-level unit around it: ONE row.  Capitals and the
    cities the brief lists as major cities are `city` (Tokyo, Osaka, Kyoto, Fukuoka,
    Hiroshima, Nagasaki, Viêng Chăn, Phnôm Pênh, Bangkok, Berlin, Hamburg, Bremen,
    Novosibirsk, New York, Seoul, Busan ...); the other Japanese prefectures, Russian
    oblasts/krais named after their capital (Irkutsk, Khabarovsk ...) and Lao / Thai
    provinces are `province`, because Vietnamese diplomatic news names them as partner
    localities ("tỉnh Irkutsk", "tỉnh Chăm-pa-xắc").
  * Vientiane Province (Laos) has the same name as the capital: covered by the capital
    row "Viêng Chăn" only.  Moscow Oblast is "Moscow Oblast" (bare Moskva = the capital).
    The US states New York and Washington are "New York State" / "Washington State";
    bare "New York" is the city, bare "Washington" the capital.
  * Cities whose Sino-Vietnamese name is a Vietnamese place name and would mislead
    are left out or kept only under another form: Changsha is listed as "Changsha"
    (its Sino-Vietnamese "Trường Sa" = the Spratly Islands), Taiyuan (Thái Nguyên) and
    Xining (Tây Ninh), Honghe (Hồng Hà) and Wenshan (Văn Sơn) are not listed.
  * Capitals skipped: VN (Hà Nội is in vn_provinces.tsv); city-states whose capital is
    the country name (SG, LU, MC, DJ, GI, VA, SM); HK/MO (rows of their own); SC
    "Victoria" (kept as the Australian state); duplicates and plain English words among
    small territories' capitals (see SKIP_CAPITALS).
  * Partner / sister localities of Hồ Chí Minh City, Hà Nội, Đà Nẵng and Hải Phòng are
    included as city rows only where widely reported and certain: Shanghai, Busan,
    Osaka, San Francisco, Saint Petersburg, Lyon (HCMC); Bangkok, Beijing, Moscow,
    Seoul, Fukuoka, Ankara (Hà Nội); Oakland, Daegu (Đà Nẵng); Seattle, Kitakyushu,
    Incheon, Vladivostok (Hải Phòng).  No package with sister-city data was available,
    so no further pairs were added.

Sources and licences
  * Capitals: npm countries-list 3.4.1 (MIT), field `capital`.
  * First-level units of JP, KR, LA, KH, US, AU, CA, DE, FR, GB: pycountry 26.2.16
    subdivisions (ISO 3166-2 data from Debian iso-codes, LGPL-2.1): names / ISO
    romanisations, and a count check.
  * Everything else (Vietnamese and Sino-Vietnamese names, Russian federal subjects,
    Chinese cities, world cities, weak flags): hand-curated for this project.

Re-run (Python 3.11, from the repository root): `python3 scripts/lexicons/regen.py` installs the
pinned sources (requirements.txt, npm/package-lock.json) and runs every generator; after that
`python3 scripts/lexicons/foreign_places.py` alone also works.
Environment: PYLEX_DIR, NPM_LEX_DIR (default target/lexicon-deps/py, target/lexicon-deps/npm).
Run vn_provinces.py and countries.py first: this script cross-checks against their output.
"""

import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import (  # noqa: E402
    OUT_DIR, add_pylex_path, alias_collisions, match_key, norm, npm_dir, read_tsv, split_list,
    uniq, write_tsv,
)

add_pylex_path()
import pycountry  # noqa: E402

# --------------------------------------------------------------------------------------
# Block format: one entry per line, "Name = alias; alias; ...".  A leading "*" marks the
# entry weak.  Blank lines and lines starting with "#" are ignored.

ENTRIES = []  # (name, kind, country, [aliases], weak)


def block(kind, country, text):
    for line in text.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        weak = line.startswith("*")
        line = line.lstrip("*").strip()
        name, _, rest = line.partition("=")
        aliases = [a.strip() for a in rest.split(";") if a.strip()]
        ENTRIES.append((name.strip(), kind, country, aliases, weak))


# --- capitals -------------------------------------------------------------------------
# Vietnamese / press forms for capitals.  "Name = aliases"; the English capital from
# countries-list is added as an alias automatically when it differs.
CAPITAL_VI = {
    "AE": "Abu Dhabi = A-bu Đa-bi; Abu Đa-bi",
    "AM": "Yerevan = Erevan",
    "AR": "Buenos Aires = Bu-ê-nốt Ai-rét; Buênốt Airét",
    "AT": "Vienna = Wien",
    "AU": "Canberra = Can-bê-ra; Canbêra",
    "AZ": "Baku = Ba-cu",
    "BD": "Dhaka = Đắc-ca; Đắcca; Dacca",
    "BE": "Brussels = Brúc-xen; Brúcxen; Bruxelles; Brussel",
    "BN": "Bandar Seri Begawan = Ban-đa Xê-ri Bê-ga-oan",
    "BR": "Brasília = Brasilia; Bra-xi-li-a; Braxilia",
    "BY": "Minsk = Min-xcơ; Minxcơ",
    "CA": "Ottawa = Ốt-ta-oa; Ốttaoa",
    "CH": "Bern = Berne; Béc-nơ; Bécnơ",
    "CL": "Santiago = Xan-ti-a-gô; Xantiagô; Santiago de Chile",
    "CN": "Bắc Kinh = Beijing; Peking",
    "CO": "Bogotá = Bogota; Bô-gô-ta",
    "CR": "San José = San Jose",
    "CU": "La Habana = Havana; Habana; La Ha-ba-na; Ha-va-na",
    "CZ": "Prague = Praha; Pra-ha",
    "DE": "Berlin = Béc-lin; Béclin",
    "DK": "Copenhagen = Cô-pen-ha-ghen; Côpenhaghen; København",
    "DZ": "Algiers = Alger; An-giê; Angiê",
    "EG": "Cairo = Cai-rô; Cairô",
    "ES": "Madrid = Ma-đrít; Mađrít",
    "ET": "Addis Ababa = Addis Abeba; A-đi A-bê-ba",
    "FI": "Helsinki = Hen-xin-ki; Henxinki",
    "FR": "Paris = Pa-ri; Pari",
    "GB": "Luân Đôn = London",
    "GR": "Athens = A-ten; Aten; Athinai",
    "HU": "Budapest = Bu-đa-pét; Buđapét",
    "ID": "Jakarta = Gia-các-ta; Giacácta; Djakarta",
    "IL": "Jerusalem = Giê-ru-xa-lem; Giêrusalem",
    "IN": "New Delhi = Niu Đê-li; Niu Đêli",
    "IQ": "Baghdad = Bát-đa; Bátđa",
    "IR": "Tehran = Tê-hê-ran; Têhêran; Teheran",
    "IS": "Reykjavik = Reykjavík",
    "IT": "Rome = Roma; Rô-ma",
    "JP": "Tokyo = Tô-ky-ô; Tôkyô; Tōkyō",
    "KE": "Nairobi = Nai-rô-bi",
    "KH": "Phnôm Pênh = Phnom Penh; Phnompenh",
    "KP": "Bình Nhưỡng = Pyongyang; Pyong Yang",
    "KR": "Seoul = Xơ-un; Xơun",
    "KW": "Kuwait City = Thành phố Kuwait",
    "KZ": "Astana = A-xta-na; Axtana; Nur-Sultan",
    "LA": "Viêng Chăn = Vientiane; Viêngchăn; Viangchan; Thủ đô Viêng Chăn",
    "LB": "Beirut = Bê-rút; Bâyrút",
    "LK": "Colombo = Cô-lôm-bô; Côlômbô",
    "MD": "Chișinău = Chisinau; Chişinău; Kishinev",
    "MM": "Naypyidaw = Nay Pyi Taw; Naypyitaw",
    "PF": "Papeete",
    "GU": "Hagåtña = Hagatna",
    "EH": "El Aaiún = Laayoune; El Aaiun",
    "YE": "Sana'a = Sanaa",
    "MN": "Ulaanbaatar = U-lan Ba-to; Ulan Ba-to; Ulanbato; Ulan Bator",
    "MX": "Mexico City = Thành phố Mexico; Ciudad de México; Mê-hi-cô Xi-ti",
    "MY": "Kuala Lumpur = Cu-a-la Lăm-pơ; Kuala Lămpơ",
    "NI": "Managua = Ma-na-goa",
    "NL": "Amsterdam = Am-xtéc-đam; Amxtécđam",
    "NO": "Oslo = Ô-xlô; Ôxlô",
    "NP": "Kathmandu = Ca-tman-đu; Katmandu",
    "NZ": "Wellington = Oen-linh-tơn; Oenlinhtơn",
    "PA": "Panama City = Thành phố Panama",
    "GT": "Guatemala City = Thành phố Guatemala",
    "PE": "Lima = Li-ma",
    "PH": "Manila = Ma-ni-la",
    "PK": "Islamabad = I-xla-ma-bát; Ixlamabát",
    "PL": "Warsaw = Vác-sa-va; Vácsava; Vacsava; Warszawa",
    "PT": "Lisbon = Lisboa",
    "QA": "Doha = Đô-ha",
    "RO": "Bucharest = Bu-ca-rét; Bucarét; București; Bucuresti",
    "RS": "Belgrade = Bê-ô-grát; Beograd",
    "RU": "Moskva = Moscow; Mát-xcơ-va; Matxcơva; Mạc Tư Khoa",
    "SA": "Riyadh = Ri-át; Riát",
    "SE": "Stockholm = Xtốc-khôm; Xtốckhôm",
    "SV": "San Salvador = Xan Xan-va-đo",
    "SY": "Damascus = Đa-mát; Đamát; Damas",
    "TH": "Bangkok = Băng Cốc; Krung Thep; Krung Thep Maha Nakhon",
    "TL": "Dili = Đi-li",
    "TR": "Ankara = An-ca-ra",
    "TW": "Đài Bắc = Taipei",
    "UA": "Kiev = Kyiv; Ki-ép; Kiép",
    "US": "Washington = Oa-sinh-tơn; Oasinhtơn; Washington D.C.; Washington DC; District of Columbia",
    "UZ": "Tashkent = Ta-sken; Taskent; Toshkent",
    "VE": "Caracas = Ca-ra-cát; Caracát",
    "XK": "Pristina = Priština; Prishtina",
    "ZA": "Pretoria = Prê-tô-ri-a; Prêtôria",
}
WEAK_CAPITALS = {"BG", "OM"}  # Sofia (given name); Muscat (Shine Muscat grapes, wine)
SKIP_CAPITALS = {
    "VN": "Hà Nội is in vn_provinces.tsv",
    "HK": "'City of Victoria'; HK has its own row", "MO": "no capital; own row",
    "SG": "capital = country name", "LU": "capital = country name",
    "MC": "capital = country name", "DJ": "capital = country name",
    "GI": "capital = country name", "VA": "Vatican City is a country alias",
    "SM": "City of San Marino = country", "SC": "Victoria = the Australian state",
    "NF": "Kingston duplicates Jamaica's capital",
    "AI": "'The Valley'", "CC": "'West Island'", "CX": "'Flying Fish Cove'",
    "GS": "'King Edward Point'", "PN": "'Adamstown'", "SH": "'Jamestown'",
    "MS": "'Plymouth' (English city)", "IM": "'Douglas' (personal name)",
    "BM": "'Hamilton' (personal name)", "FK": "'Stanley' (personal name)",
    "KY": "'George Town' (also Penang)", "VG": "'Road Town'", "TC": "'Cockburn Town'",
    "PM": "'Saint-Pierre'", "RE": "'Saint-Denis'", "GG": "'St. Peter Port'",
    "JE": "'Saint Helier'", "TF": "'Port-aux-Français'", "TK": "'Fakaofo' (atoll)",
    "UM": "none", "AQ": "none", "BV": "none", "HM": "none",
    "BO": "Sucre added by hand together with La Paz",
}

# --- China ------------------------------------------------------------------------------
block("province", "CN", """
*Hà Bắc = Hebei
*Sơn Tây = Shanxi
Liêu Ninh = Liaoning
Cát Lâm = Jilin
Hắc Long Giang = Heilongjiang
Giang Tô = Jiangsu
Chiết Giang = Zhejiang
An Huy = Anhui
Phúc Kiến = Fujian
Giang Tây = Jiangxi
Sơn Đông = Shandong
*Hà Nam = Henan
Hồ Bắc = Hubei
Hồ Nam = Hunan
Quảng Đông = Guangdong
*Hải Nam = Hainan; đảo Hải Nam
Tứ Xuyên = Sichuan; Szechuan
Quý Châu = Guizhou
Vân Nam = Yunnan
Thiểm Tây = Shaanxi
Cam Túc = Gansu
*Thanh Hải = Qinghai
Nội Mông = Nội Mông Cổ; Inner Mongolia; Nei Mongol; Khu tự trị Nội Mông
Quảng Tây = Guangxi; Khu tự trị dân tộc Choang Quảng Tây; Khu tự trị Quảng Tây
Tây Tạng = Tibet; Xizang; Khu tự trị Tây Tạng
Ninh Hạ = Ningxia; Khu tự trị dân tộc Hồi Ninh Hạ
Tân Cương = Xinjiang; Khu tự trị Duy Ngô Nhĩ Tân Cương
""")
block("city", "CN", """
Thượng Hải = Shanghai
Thiên Tân = Tianjin
Trùng Khánh = Chongqing
Thâm Quyến = Shenzhen
Quảng Châu = Guangzhou; Canton
Nam Ninh = Nanning
Côn Minh = Kunming
Hàng Châu = Hangzhou
Tô Châu = Suzhou
Hạ Môn = Xiamen
Vũ Hán = Wuhan
Thành Đô = Chengdu
Tây An = Xi'an; Xian
Nam Kinh = Nanjing
Thanh Đảo = Qingdao
Đại Liên = Dalian
Trịnh Châu = Zhengzhou
Quế Lâm = Guilin
Bằng Tường = Pingxiang
*Đông Hưng = Dongxing
Phòng Thành Cảng = Fangchenggang
*Hà Khẩu = Hekou
Sùng Tả = Chongzuo
Bách Sắc = Baise
Khâm Châu = Qinzhou
Bắc Hải = Beihai
Liễu Châu = Liuzhou
Hải Khẩu = Haikou
Tam Á = Sanya
Trạm Giang = Zhanjiang
Đông Quản = Dongguan; Đông Hoản
Phật Sơn = Foshan
Chu Hải = Zhuhai
Sán Đầu = Shantou
Phúc Châu = Fuzhou
Ninh Ba = Ningbo
Hợp Phì = Hefei
Tế Nam = Jinan
Thạch Gia Trang = Shijiazhuang
Thẩm Dương = Shenyang
*Trường Xuân = Changchun
Cáp Nhĩ Tân = Harbin
Lan Châu = Lanzhou
Ô Lỗ Mộc Tề = Urumqi; Ürümqi
Lhasa = Lạp Tát
Quý Dương = Guiyang
Nam Xương = Nanchang
Ngân Xuyên = Yinchuan
Changsha
""")
block("city", "HK", "Hồng Kông = Hong Kong; Hương Cảng")
block("city", "MO", "Ma Cao = Macau; Macao; Áo Môn")
block("city", "TW", """
Cao Hùng = Kaohsiung
Đài Trung = Taichung
Đài Nam = Tainan
Đào Viên = Taoyuan
Tân Bắc = New Taipei
""")

# --- Japan: 47 prefectures (names checked against pycountry JP) + cities ----------------
JP_CITY_PREFECTURES = {"Tokyo", "Osaka", "Kyoto", "Fukuoka", "Hiroshima", "Nagasaki"}
JP_WEAK = {"Saga", "Yamaguchi", "Ishikawa", "Miyazaki"}  # English word / common surnames
JP_ALIASES = {
    "Hokkaido": ["Hokkaidō"], "Osaka": ["Ōsaka", "Ô-xa-ca"], "Kyoto": ["Kyōto", "Kiôtô"],
    "Hyogo": ["Hyōgo"], "Kochi": ["Kōchi"], "Oita": ["Ōita"], "Gunma": ["Gumma"],
    "Hiroshima": ["Hi-rô-si-ma", "Hirôsima"], "Nagasaki": ["Na-ga-xa-ki", "Nagaxaki"],
    "Okinawa": ["Ô-ki-na-oa"],
}
block("city", "JP", """
Yokohama
Nagoya
*Kobe = Kōbe
Sapporo
Sendai
Kitakyushu = Kitakyūshū
*Kawasaki
Sakai
""")

# --- South Korea ------------------------------------------------------------------------
block("city", "KR", """
Busan = Pusan; Bu-san
Incheon = Inchon
Daegu = Taegu
Daejeon = Taejon
Gwangju = Kwangju
Ulsan
*Sejong = Sejong City
""")
block("province", "KR", """
Gyeonggi = Kyonggi; Kyunggi; Gyeonggi-do
Gangwon = Kangwon; Gangwon-do
Chungcheong Bắc = Bắc Chungcheong; North Chungcheong; Chungcheongbuk-do; Chungbuk
Chungcheong Nam = Nam Chungcheong; South Chungcheong; Chungcheongnam-do; Chungnam
Jeolla Bắc = Bắc Jeolla; North Jeolla; Jeollabuk-do; Jeonbuk
Jeolla Nam = Nam Jeolla; South Jeolla; Jeollanam-do; Jeonnam
Gyeongsang Bắc = Bắc Gyeongsang; North Gyeongsang; Gyeongsangbuk-do; Gyeongbuk
Gyeongsang Nam = Nam Gyeongsang; South Gyeongsang; Gyeongsangnam-do; Gyeongnam
Jeju = Jeju-do; Cheju; đảo Jeju
""")

# --- Laos: 17 provinces (the prefecture = capital row Viêng Chăn) -----------------------
block("province", "LA", """
Phông-xa-lỳ = Phongsaly; Phongsali; Phôngsali; Phôngxalỳ
Luông Nặm Thà = Luổng Nặm Thà; Luang Namtha; Louang Namtha
U-đôm-xay = Oudomxay; Udomxay; Oudômxai; Udomxai; Uđômxay
Bò Kẹo = Bokeo; Bokèo
Luông Pha-bang = Luông Phabang; Luông Prabang; Luang Prabang; Luangprabang; Louangphabang
Hủa Phăn = Houaphanh; Houaphan; Huaphan
Xay-nha-bu-ly = Xaynhabuly; Xayaboury; Sayaboury; Xayabouly; Xaignabouli
Xiêng Khoảng = Xieng Khouang; Xiangkhouang
Bô-ly-khăm-xay = Bôlykhămxay; Bolikhamxay; Bolikhamsai; Bolikhamxai
Khăm Muồn = Khammouane; Khammouan
Xa-vẳn-na-khệt = Xavẳnnakhệt; Savannakhet; Savannakhét
Sa-la-van = Salavan; Saravane; Xa-la-van; Xalavan
*Xê Kông = Sê Kông; Sekong; Xekong; Xékong
Chăm-pa-xắc = Chămpaxắc; Champasak; Champassak
Át-tạ-pư = Attapư; Attapeu; Attapu
Xay-xổm-bun = Xaysomboun; Xaisomboun; Xaisômboun
""")

# --- Cambodia: 24 provinces (+ capital row Phnôm Pênh) ---------------------------------
block("province", "KH", """
Banteay Meanchey = Banteay Mean Choăy; Banteay Mean Chey
Battambang = Bát Đom Boong; Baat Dambang
Kampong Cham = Kông Pông Chàm; Công-pông Chàm; Kampong Chaam; Kompong Cham
Kampong Chhnang = Kompong Chhnang
Kampong Speu = Kampong Spueu; Kompong Speu
Kampong Thom = Kampong Thum; Kompong Thom
Kampot = Cam-pốt; Kampốt
Kandal = Kandaal
Koh Kong = Kaoh Kong
Kratie = Kratié; Kracheh
Mondulkiri = Mondol Kiri; Mundulkiri
Oddar Meanchey = Otdar Mean Chey; Otdar Meanchey
Pailin
Preah Sihanouk = Kampong Som; Kompong Som
Preah Vihear
Pursat = Pousaat; Posat
Prey Veng = Prey Veaeng; Prây Veng
Ratanakiri = Rotanak Kiri; Rattanakiri; Ratanak Kiri
Siem Reap = Xiêm Riệp; Siem Reab
Stung Treng = Stueng Traeng
Svay Rieng = Svaay Rieng; Xvây Riêng
Takeo = Taakaev; Tà Keo
*Kep = Kaeb; Kép
Tbong Khmum = Tboung Khmum
""")
block("city", "KH", "Sihanoukville")

# --- Thailand (selection) ----------------------------------------------------------------
block("province", "TH", """
Chiang Mai = Chiềng Mai
Phuket
Udon Thani = U-đon Tha-ni
Nakhon Phanom = Na-khon Pha-nom
Khon Kaen
""")
block("city", "TH", "Pattaya = Phatthaya")

# --- USA: 50 states from pycountry; Vietnamese forms here ---------------------------------
US_VI = {
    "California": ["Ca-li-phoóc-ni-a"],
    "Texas": ["Tếch-dát"],
    "Hawaii": ["Ha-oai", "Haoai", "Hawai"],
    "Alaska": ["A-lát-xca"],
}
US_RENAME = {"New York": "New York State", "Washington": "Washington State"}
US_WEAK = {"Georgia", "Virginia"}  # country Georgia; given name
block("city", "US", """
New York = New York City; Niu Oóc; Niu-oóc; Nữu Ước; NYC
San Francisco = Xan Phran-xi-xcô
Los Angeles
Chicago = Chi-ca-gô
Houston
Seattle
Oakland
Boston
Honolulu
Las Vegas
Philadelphia
Atlanta
Miami
San Diego
""")
block("province", "US", "Orange County = Quận Cam")

# --- Australia, Canada (names from pycountry), cities ----------------------------------
AU_VI = {
    "South Australia": ["Nam Úc"],
    "Western Australia": ["Tây Úc"],
    "Northern Territory": ["Lãnh thổ Bắc Úc", "Bắc Úc"],
    "Australian Capital Territory": ["Lãnh thổ Thủ đô Australia", "Lãnh thổ Thủ đô Úc"],
    "New South Wales": ["NSW"],
}
AU_WEAK = {"Victoria"}  # personal name; Lake Victoria; capital of Seychelles
block("city", "AU", """
Sydney = Xít-ni; Xítni
Melbourne = Men-bơn; Menbơn
Brisbane
Perth
Adelaide
*Darwin
""")
CA_VI = {"Quebec": ["Québec"], "Newfoundland and Labrador": ["Newfoundland"],
         "British Columbia": [], "Prince Edward Island": []}
block("city", "CA", """
Vancouver
Toronto
Montreal = Montréal
""")

# --- Germany, France, UK ------------------------------------------------------------------
DE_ALIASES = {
    "Bayern": ["Bavaria"], "Hessen": ["Hesse"],
    "Niedersachsen": ["Lower Saxony", "Hạ Saxony"],
    "Nordrhein-Westfalen": ["North Rhine-Westphalia", "NRW", "Bắc Rhine-Westphalia"],
    "Rheinland-Pfalz": ["Rhineland-Palatinate"], "Sachsen": ["Saxony"],
    "Sachsen-Anhalt": ["Saxony-Anhalt"], "Thüringen": ["Thuringia"],
    "Mecklenburg-Vorpommern": ["Mecklenburg-Western Pomerania"],
    "Baden-Württemberg": ["Baden-Wurttemberg"],
}
DE_CITY_STATES = {"Berlin", "Hamburg", "Bremen"}  # Berlin comes from the capitals
block("city", "DE", """
Frankfurt = Frankfurt am Main; Phran-phuốc
Munich = München; Muy-ních; Muyních
Cologne = Köln
Düsseldorf = Dusseldorf
Stuttgart
Leipzig = Lai-pxích; Laipxích
Dresden
""")
# ISO spellings differ from the usual ones for three regions: rename, keep ISO as alias.
FR_RENAME = {"Grand-Est": "Grand Est",
             "Provence-Alpes-Côte-d’Azur": "Provence-Alpes-Côte d'Azur",
             "Pays-de-la-Loire": "Pays de la Loire"}
FR_ALIASES = {
    "Bretagne": ["Brittany"], "Normandie": ["Normandy"], "Occitanie": ["Occitania"],
    "Île-de-France": ["Ile-de-France"], "Provence-Alpes-Côte-d’Azur": ["PACA"],
}
block("province", "FR", "Corse = Corsica")
block("city", "FR", """
Strasbourg = Xtrát-xbua
Lyon
Marseille = Marseilles; Mác-xây
""")
block("province", "GB", """
England
Scotland = Xcốt-len
Wales = xứ Wales
Northern Ireland = Bắc Ireland; Bắc Ai-len
""")
block("city", "GB", """
Manchester
Edinburgh
Liverpool
""")

# --- Russia: 83 federal subjects (English press names) -----------------------------------
block("province", "RU", """
# republics (21)
Adygea = Adygeya; Cộng hòa Adygea
Cộng hòa Altai = Altai Republic
Bashkortostan = Bashkiria; Cộng hòa Bashkortostan
Buryatia = Buryatiya; Cộng hòa Buryatia
Chechnya = Chechen; Cộng hòa Chechnya; Chesnia
Chuvashia = Chuvash; Cộng hòa Chuvashia
Dagestan = Daghestan; Cộng hòa Dagestan
Ingushetia = Cộng hòa Ingushetia
Kabardino-Balkaria = Cộng hòa Kabardino-Balkaria
Kalmykia = Cộng hòa Kalmykia
Karachay-Cherkessia = Karachay-Cherkess
Karelia = Cộng hòa Karelia
Khakassia = Cộng hòa Khakassia
Komi = Cộng hòa Komi
Mari El = Cộng hòa Mari El
Mordovia = Cộng hòa Mordovia
North Ossetia = North Ossetia-Alania; Bắc Ossetia; Bắc Ossetia-Alania
Sakha = Yakutia; Cộng hòa Sakha
Tatarstan = Ta-ta-xtan; Cộng hòa Tatarstan
Tuva = Tyva; Cộng hòa Tuva
Udmurtia = Cộng hòa Udmurtia
# krais (9)
Altai Krai = Altaysky
Kamchatka = Kamchatka Krai
Khabarovsk = Kha-ba-rốp-xcơ
Krasnodar
Krasnoyarsk
Perm
Primorsky = Primorye; Primorsky Krai; Primorie
Stavropol
Zabaykalsky = Zabaykalsky Krai; Transbaikal
# oblasts (46; Novosibirsk is a city row below)
Amur = Amur Oblast
Arkhangelsk
Astrakhan
Belgorod
Bryansk
Chelyabinsk
Irkutsk
Ivanovo
Kaliningrad
Kaluga
Kemerovo = Kuzbass
*Kirov
Kostroma
Kurgan
Kursk
Leningrad = Leningrad Oblast
Lipetsk
Magadan
Moscow Oblast = Moskva Oblast
Murmansk
Nizhny Novgorod = Nizhni Novgorod
Novgorod = Veliky Novgorod
Omsk
Orenburg
Oryol = Orel
Penza
Pskov
Rostov = Rostov-on-Don; Rostov-na-Donu
Ryazan
Sakhalin = Xa-kha-lin; Xakhalin
Samara
Saratov
Smolensk
Sverdlovsk
Tambov
Tomsk
Tula
Tver
Tyumen
Ulyanovsk = Ulianovsk
*Vladimir
Volgograd
Vologda
Voronezh
Yaroslavl
# autonomous oblast (1) and okrugs (4)
Jewish Autonomous Oblast = Jewish Autonomous Region
Chukotka
Khanty-Mansi = Khanty-Mansiysk; Yugra
Nenets
Yamalo-Nenets = Yamal
""")
block("city", "RU", """
# federal city (Moskva comes from the capitals)
Saint Petersburg = St. Petersburg; St Petersburg; Saint-Petersburg; Sankt-Peterburg; Xanh Pê-téc-bua; Xanh Pêtécbua
Novosibirsk = Nô-vô-xi-biếc; Nôvôxibiếc
Vladivostok = Vla-đi-vô-xtốc; Vlađivôxtốc
Kazan = Ca-dan
Yekaterinburg = Ekaterinburg
Sochi = Xô-chi
""")

# --- Ukraine (places frequent in news) ------------------------------------------------------
block("province", "UA", """
Crimea = Krym; Crưm; bán đảo Crimea
Donetsk
Luhansk = Lugansk
Kharkiv = Kharkov
Zaporizhzhia = Zaporizhia; Zaporozhye
Kherson
""")
block("city", "UA", """
Sevastopol = Xê-va-xtô-pôn
Odessa = Odesa
Lviv
""")

# --- South and South-East Asia --------------------------------------------------------------
block("city", "IN", """
Mumbai = Bombay
Bangalore = Bengaluru
Kolkata = Calcutta
Chennai = Madras
Hyderabad
Ahmedabad
Delhi
Bodh Gaya = Bồ Đề Đạo Tràng; Bodhgaya
""")
block("city", "ID", """
Surabaya
Bandung
Medan
Batam
Yogyakarta = Jogjakarta; Jogja
Semarang
Makassar
""")
block("province", "ID", "Bali = đảo Bali")
block("city", "PH", """
Cebu = Cebu City
Davao = Davao City
Quezon City = Quezon
Makati
""")
block("province", "MY", """
Penang = Pulau Pinang; Pênang
Johor
Sabah
Sarawak
Malacca = Melaka
""")
block("city", "MY", """
Putrajaya
Langkawi
""")
block("city", "MM", """
Yangon = Rangoon; Y-an-gun; Ngưỡng Quang
Mandalay = Man-đa-lay
""")
block("city", "BO", """
La Paz
Sucre
""")

# --- Middle East, Africa, Americas, Oceania, other Europe ------------------------------------
block("city", "AE", "Dubai = Đu-bai")
block("city", "SA", "Jeddah = Jiddah")
block("city", "IL", "Tel Aviv = Tel Aviv-Yafo; Ten A-víp")
block("province", "PS", """
Gaza = Dải Gaza; Gaza Strip
*Bờ Tây = West Bank; Bờ Tây sông Jordan
""")
block("city", "TR", "Istanbul = I-xtan-bun; Ixtanbun")
block("city", "KZ", "Almaty = An-ma-ti; Alma-Ata")
block("city", "NG", "Lagos")
block("city", "ZA", """
Johannesburg
Cape Town
""")
block("city", "BR", """
São Paulo = Sao Paulo; Xao Pao-lô
Rio de Janeiro = Ri-ô đơ Gia-nê-rô
""")
block("city", "NZ", "Auckland")
block("city", "CH", """
Geneva = Giơ-ne-vơ; Giơnevơ; Genève; Geneve
Davos = Đa-vốt
Zurich = Zürich
""")
block("city", "NL", """
Rotterdam
The Hague = La Hay; Den Haag
""")
block("city", "IT", "Milan = Milano")
block("city", "ES", "Barcelona = Bác-xê-lô-na")
block("city", "AT", "*Viên")  # Vienna: "Viên" is also a common word (viên = pill, member)


def load_capitals():
    with open(os.path.join(npm_dir(), "node_modules", "countries-list",
                           "countries.min.json"), encoding="utf-8") as fh:
        data = json.load(fh)
    return {k: v.get("capital", "") for k, v in data.items()}


def add_capitals():
    caps = load_capitals()
    iso = {c.alpha_2 for c in pycountry.countries}
    for code in sorted(caps):
        cap = caps[code]
        if code not in iso and code != "XK":
            continue
        if code in SKIP_CAPITALS or not cap:
            continue
        if code in CAPITAL_VI:
            name, _, rest = CAPITAL_VI[code].partition("=")
            aliases = [a.strip() for a in rest.split(";") if a.strip()]
            aliases.append(cap)
        else:
            name, aliases = cap, []
        ENTRIES.append((name.strip(), "city", code, aliases, code in WEAK_CAPITALS))
    for code in CAPITAL_VI:
        if code in SKIP_CAPITALS:
            sys.exit(f"capital {code} both translated and skipped")


def add_subdivisions():
    def subs(cc, types=None):
        out = [s for s in pycountry.subdivisions.get(country_code=cc)
               if types is None or s.type in types]
        return sorted(out, key=lambda s: s.code)

    jp = subs("JP")
    assert len(jp) == 47, len(jp)
    for s in jp:
        n = s.name
        kind = "city" if n in JP_CITY_PREFECTURES else "province"
        if n == "Tokyo":
            continue  # capital row
        ENTRIES.append((n, kind, "JP", JP_ALIASES.get(n, []), n in JP_WEAK))
    cn = subs("CN")
    assert len(cn) == 34, len(cn)
    cn_forms = {match_key(f) for e in ENTRIES if e[2] in ("CN", "HK", "MO")
                for f in [e[0]] + e[3]}
    for s in cn:  # every province-level unit except Taiwan must be present (pinyin alias)
        pinyin = " ".join(w for w in s.name.split()
                          if w not in ("Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur"))
        if s.code in ("CN-TW", "CN-HK", "CN-MO"):
            continue
        if match_key(pinyin) not in cn_forms:
            sys.exit(f"Chinese unit missing: {s.code} {s.name}")
    kr = subs("KR")
    assert len(kr) == 17, len(kr)
    la = subs("LA")
    assert len(la) == 18, len(la)  # 17 provinces + prefecture; rows matched in add_iso_romanisations
    kh = subs("KH")
    assert len(kh) == 25, len(kh)
    us = subs("US", {"State"})
    assert len(us) == 50, len(us)
    for s in us:
        n = s.name
        ENTRIES.append((US_RENAME.get(n, n), "province", "US", US_VI.get(n, []),
                        n in US_WEAK))
    au = subs("AU")
    assert len(au) == 8
    for s in au:
        ENTRIES.append((s.name, "province", "AU", AU_VI.get(s.name, []), s.name in AU_WEAK))
    ca = subs("CA")
    assert len(ca) == 13
    for s in ca:
        ENTRIES.append((s.name, "province", "CA", CA_VI.get(s.name, []), False))
    de = subs("DE")
    assert len(de) == 16
    for s in de:
        n = s.name
        if n == "Berlin":
            continue  # capital row
        kind = "city" if n in DE_CITY_STATES else "province"
        ENTRIES.append((n, kind, "DE", DE_ALIASES.get(n, []), False))
    fr = subs("FR", {"Metropolitan region"})
    assert len(fr) == 12, len(fr)
    for s in fr:
        n = s.name
        name = FR_RENAME.get(n, n)
        ENTRIES.append((name, "province", "FR", FR_ALIASES.get(n, []) + [n], False))


def add_iso_romanisations():
    """Attach pycountry ISO 3166-2 romanisations for LA / KH rows (matched by hand table)."""
    iso_to_row = {
        # LA
        "LA-AT": "Át-tạ-pư", "LA-BK": "Bò Kẹo", "LA-BL": "Bô-ly-khăm-xay",
        "LA-CH": "Chăm-pa-xắc", "LA-HO": "Hủa Phăn", "LA-KH": "Khăm Muồn",
        "LA-LM": "Luông Nặm Thà", "LA-LP": "Luông Pha-bang", "LA-OU": "U-đôm-xay",
        "LA-PH": "Phông-xa-lỳ", "LA-SL": "Sa-la-van", "LA-SV": "Xa-vẳn-na-khệt",
        "LA-VI": "Viêng Chăn", "LA-VT": "Viêng Chăn", "LA-XA": "Xay-nha-bu-ly",
        "LA-XE": "Xê Kông", "LA-XI": "Xiêng Khoảng", "LA-XS": "Xay-xổm-bun",
        # KH
        "KH-1": "Banteay Meanchey", "KH-2": "Battambang", "KH-3": "Kampong Cham",
        "KH-4": "Kampong Chhnang", "KH-5": "Kampong Speu", "KH-6": "Kampong Thom",
        "KH-7": "Kampot", "KH-8": "Kandal", "KH-9": "Koh Kong", "KH-10": "Kratie",
        "KH-11": "Mondulkiri", "KH-12": "Phnôm Pênh", "KH-13": "Preah Vihear",
        "KH-14": "Prey Veng", "KH-15": "Pursat", "KH-16": "Ratanakiri", "KH-17": "Siem Reap",
        "KH-18": "Preah Sihanouk", "KH-19": "Stung Treng", "KH-20": "Svay Rieng",
        "KH-21": "Takeo", "KH-22": "Oddar Meanchey", "KH-23": "Kep", "KH-24": "Pailin",
        "KH-25": "Tbong Khmum",
    }
    by_name = {e[0]: i for i, e in enumerate(ENTRIES)}
    for cc in ("LA", "KH"):
        for s in pycountry.subdivisions.get(country_code=cc):
            target = iso_to_row.get(s.code)
            if target is None or target not in by_name:
                sys.exit(f"no row for {s.code} {s.name}")
            i = by_name[target]
            name, kind, country, aliases, weak = ENTRIES[i]
            ENTRIES[i] = (name, kind, country, aliases + [s.name], weak)


def main():
    add_capitals()
    add_subdivisions()
    add_iso_romanisations()

    # Russia completeness: 83 federal subjects = rows of RU + Moskva + St Petersburg
    ru_prov = [e for e in ENTRIES if e[2] == "RU" and e[1] == "province"]
    # + Moskva and Saint Petersburg (federal cities, city rows) + Novosibirsk (the oblast is
    # covered by the city row).  Crimea and Sevastopol are listed under UA (ISO 3166).
    ru_fed_cities = {"Moskva", "Saint Petersburg", "Novosibirsk"}
    n_ru = len(ru_prov) + len(ru_fed_cities)
    print(f"Russian federal subjects covered: {len(ru_prov)} province rows + 3 = {n_ru} (expect 83)")
    if n_ru != 83:
        sys.exit("Russian federal subject count mismatch")

    rows, entries = [], []
    names_seen = {}
    for name, kind, country, aliases, weak in ENTRIES:
        name = norm(name)
        k = match_key(name)
        if k in names_seen:
            sys.exit(f"duplicate entry name {name!r} ({names_seen[k]} / {country})")
        names_seen[k] = country
        forms = uniq(aliases, exclude_keys={k})
        rows.append([name, kind, country, "|".join(forms), "1" if weak else ""])
        entries.append(((name, country), [name] + forms))
    coll = alias_collisions(entries)
    for k, ids in sorted(coll.items()):
        print(f"COLLISION {k!r}: {sorted(ids)}")
    if coll:
        sys.exit("alias collisions within foreign_places")

    # country codes valid
    iso = {c.alpha_2 for c in pycountry.countries} | {"XK"}
    bad = [r for r in rows if r[2] not in iso]
    if bad:
        sys.exit(f"invalid country codes: {bad}")

    # cross-checks against the other lexicons
    _, vn = read_tsv(os.path.join(OUT_DIR, "vn_provinces.tsv"))
    vn_keys = {}
    for r in vn:
        for f in [r["name"]] + split_list(r["aliases"]):
            vn_keys[match_key(f)] = r["name"]
    print("Foreign-place forms equal to a Vietnamese province name/alias:")
    clash = False
    for r in rows:
        for f in [r[0]] + split_list(r[3]):
            if match_key(f) in vn_keys:
                flag = "weak ok" if r[4] == "1" else "NOT WEAK"
                clash |= r[4] != "1"
                print(f"  {f!r} ({r[0]}, {r[2]}) = VN {vn_keys[match_key(f)]!r}: {flag}")
    if clash:
        sys.exit("a foreign place clashing with a Vietnamese province must be weak")

    comments = [
        "foreign_places.tsv - foreign sub-national places (capitals, cities, provinces/states/",
        "  prefectures/oblasts ...) that Vietnamese news names, with their ISO country code.",
        "Generated by scripts/lexicons/foreign_places.py - do not edit by hand, edit the script.",
        "Sources: capitals from npm countries-list 3.4.1 (MIT); first-level units of JP KR LA KH US AU CA",
        "  DE FR from pycountry 26.2.16 (ISO 3166-2 via Debian iso-codes, LGPL-2.1); Vietnamese and",
        "  Sino-Vietnamese names, Russian subjects, cities and weak flags hand-curated (this project).",
        "kind: city | province (any first-level unit). weak: 1 = also a Vietnamese word/place, a",
        "  personal name or an English word (needs context). aliases: '|'-separated.",
        "Matching ignores case, tone placement and spacing around . - / : such variants are not listed.",
    ]
    write_tsv(os.path.join(OUT_DIR, "foreign_places.tsv"), comments,
              ["name", "kind", "country", "aliases", "weak"], rows, list_columns=("aliases",))


if __name__ == "__main__":
    main()
