"""Generate src/lexicons/titles.tsv and src/lexicons/honorifics.tsv.

titles.tsv - the HEAD nouns of the titles that precede a person's name in Vietnamese
news.  The extractor parses a title as

    [former/acting marker] [Phó ...] HEAD [qualifier: Thường trực, thứ nhất ...] [organisation]

so this file lists heads only ("Bộ trưởng", "Giám đốc", "Đại sứ"), not every
head + organisation combination ("Bộ trưởng Bộ Ngoại giao" is "Bộ trưởng" + the
organisation "Bộ Ngoại giao").  Fixed compounds whose meaning is not the sum of the
parts, or that are never followed by an organisation, are listed whole ("Chủ tịch
nước", "Chủ tịch Quốc hội", "Ủy viên Bộ Chính trị", "Bí thư Thành ủy").  A "Phó" form
is listed only when it is a title of its own rather than Phó + head ("Phó Đô đốc",
"Phó Giáo sư", "Phó Tiến sĩ"); "Phó Thủ tướng", "Phó Tổng thống", "Phó Chủ tịch nước"
are composed by the extractor and are NOT listed.

  Columns: head  category  takes_org  notes
    head       the head as the press writes it (modern tone placement: Ủy, Hòa, Thủy)
    category   party state government legislature local diplomatic foreign monarchy
               international military police business academic religious honorary
               media other
    takes_org  1 = normally followed by the organisation/place/country it heads or
               belongs to ("Bộ trưởng Bộ Ngoại giao", "Tổng thống Đức", "Thị trưởng
               Osaka", "Đại sứ Việt Nam tại Nhật Bản"); 0 = normally stands alone
               before the name ("Tổng Bí thư", "Đại tướng", "Giáo sư")
    notes      English gloss

honorifics.tsv - words used directly before a person's name ("ông", "bà", "đồng chí").
  Columns: word  kind  gender   (gender m / f / empty)

Sources: hand-curated for this project from the Vietnamese political, state,
diplomatic, military and academic title system as written in the Vietnamese press
(Party Statute and Constitution terminology, post-2025 restructuring included, and the
ranks of the Law on Officers of the People's Army and the Law on the People's Public
Security).  No third-party data set is used; the lists below ARE the source.

Re-run (Python 3.11, standard library only, from the repository root):
    python3 scripts/lexicons/titles.py
The script validates the data (NFC, modern tone placement, unique heads ignoring case,
tone placement and spacing around dots, allowed categories) before writing.
"""

from __future__ import annotations

import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, check_text, match_key, norm, write_tsv  # noqa: E402

CATEGORIES = (
    "party", "state", "government", "legislature", "local", "diplomatic", "foreign",
    "monarchy", "international", "military", "police", "business", "academic",
    "religious", "honorary", "media", "other",
)

# Each list: (head, takes_org, English gloss).  The category is the list's.

# party - Communist Party of Vietnam, central to commune level, and the Fatherland
# Front / Youth Union posts that are fixed compounds.  Party committees that follow a
# generic head ("Bí thư" + "Tỉnh ủy Nghệ An") are composed; the frequent
# "Bí thư <committee>" compounds are listed too because the press treats them as one
# title.  Districts (huyện/quận/thị xã) were abolished on 1 July 2025 but remain in
# older text.
PARTY = [
    ("Tổng Bí thư", 0, "General Secretary of the Party Central Committee (for a foreign party, followed by the party's name)"),
    ("Bí thư thứ nhất", 1, "First Secretary (CPV leader 1960-1976; today of the Youth Union Central Committee: 'Bí thư thứ nhất Trung ương Đoàn'); also a diplomatic rank"),
    ("Thường trực Ban Bí thư", 0, "Standing Member of the Party Secretariat"),
    ("Ủy viên Bộ Chính trị", 0, "member of the Politburo"),
    ("Ủy viên Ban Bí thư", 0, "member of the Party Secretariat"),
    ("Bí thư Trung ương Đảng", 0, "Secretary of the Party Central Committee (= member of the Secretariat)"),
    ("Ủy viên Trung ương Đảng", 0, "member of the Party Central Committee"),
    ("Ủy viên Ban Chấp hành Trung ương Đảng", 0, "member of the Party Central Committee (full form)"),
    ("Ủy viên dự khuyết Trung ương Đảng", 0, "alternate member of the Party Central Committee"),
    ("Ủy viên dự khuyết Ban Chấp hành Trung ương Đảng", 0, "alternate member of the Party Central Committee (full form)"),
    ("Ủy viên Quân ủy Trung ương", 0, "member of the Central Military Commission"),
    ("Ủy viên Ban Thường vụ", 1, "member of the standing board of a party committee (+ Tỉnh ủy / Thành ủy / Đảng ủy ...)"),
    ("Ủy viên Ban Chấp hành", 1, "member of the executive committee of a party organisation or mass organisation (+ organisation)"),
    ("Bí thư", 1, "secretary of a party committee or cell (+ committee: 'Bí thư Tỉnh ủy Nghệ An'); also Youth Union secretary"),
    ("Bí thư Thành ủy", 1, "secretary of a city party committee (+ city)"),
    ("Bí thư Tỉnh ủy", 1, "secretary of a provincial party committee (+ province)"),
    ("Bí thư Huyện ủy", 1, "secretary of a district party committee (+ district; districts abolished 2025)"),
    ("Bí thư Quận ủy", 1, "secretary of an urban-district party committee (+ district; abolished 2025)"),
    ("Bí thư Thị ủy", 1, "secretary of a town party committee (+ town; abolished 2025)"),
    ("Bí thư Đảng ủy", 1, "secretary of a party committee of a commune, ward, body or enterprise (+ unit)"),
    ("Bí thư Chi bộ", 1, "secretary of a party cell (+ unit)"),
    ("Bí thư Đảng đoàn", 1, "secretary of a party delegation in a state or mass organisation (+ organisation)"),
    ("Bí thư Ban cán sự đảng", 1, "secretary of the party affairs committee of a ministry or body (+ body)"),
    ("Bí thư Quân ủy Trung ương", 0, "Secretary of the Central Military Commission (held by the General Secretary)"),
    ("Bí thư Đảng ủy Công an Trung ương", 0, "Secretary of the Central Public Security Party Committee"),
    ("Bí thư Trung ương Đoàn", 0, "Secretary of the Central Committee of the Ho Chi Minh Communist Youth Union"),
    ("Thành ủy viên", 0, "member of a city party committee"),
    ("Tỉnh ủy viên", 0, "member of a provincial party committee"),
    ("Huyện ủy viên", 0, "member of a district party committee"),
    ("Đảng ủy viên", 0, "member of a party committee"),
    ("Đảng viên", 0, "party member"),
    ("Trưởng ban", 1, "head of a board/commission; when the organisation itself starts with 'Ban' ('Trưởng Ban Tổ chức Trung ương') the press writes the 'Ban' once: try head 'Trưởng' + organisation 'Ban ...'"),
    ("Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", 0, "President of the Central Committee of the Vietnam Fatherland Front"),
]

# state - the State apart from the Government and the National Assembly: the State
# President, courts, procuracy, State Audit, and generic heads of state bodies.
STATE = [
    ("Chủ tịch nước", 0, "State President (Vietnam; also Laos, China: 'Chủ tịch nước Lào')"),
    ("Chủ tịch", 1, "chairman/president (+ body: 'Chủ tịch UBND TP.HCM', 'Chủ tịch Hội đồng Dân tộc'); 'Chủ tịch Hồ Chí Minh' = President Ho Chi Minh"),
    ("Chủ nhiệm", 1, "chairman of a committee or head of an office (+ body: 'Chủ nhiệm Ủy ban Kiểm tra Trung ương', 'Chủ nhiệm Văn phòng Chính phủ')"),
    ("Chánh án", 1, "Chief Justice / president of a court (+ court)"),
    ("Chánh tòa", 1, "presiding judge of a court division (+ division: 'Chánh tòa Tòa Hình sự')"),
    ("Thẩm phán", 0, "judge"),
    ("Hội thẩm", 0, "people's assessor (lay judge)"),
    ("Viện trưởng Viện Kiểm sát", 1, "Procurator General / chief procurator (+ 'nhân dân tối cao' or place)"),
    ("Kiểm sát viên", 0, "procurator"),
    ("Tổng Kiểm toán Nhà nước", 0, "State Auditor General"),
    ("Kiểm toán trưởng", 1, "Chief Auditor of a State Audit office (+ office)"),
]

# government - the Government (Chính phủ), ministries and their departments and
# agencies, central bank; the same heads serve for foreign governments.
GOVERNMENT = [
    ("Thủ tướng", 1, "Prime Minister (+ 'Chính phủ' or a country; also the Premier of China)"),
    ("Bộ trưởng", 1, "Minister (+ ministry: 'Bộ trưởng Bộ Ngoại giao')"),
    ("Thứ trưởng", 1, "Deputy Minister / Vice Minister (+ ministry)"),
    ("Tổng Thanh tra Chính phủ", 0, "Inspector General of the Government"),
    ("Chánh Thanh tra", 1, "Chief Inspector (+ ministry/department)"),
    ("Thống đốc", 1, "Governor (+ 'Ngân hàng Nhà nước' or a central bank; also Japanese prefectural governors: 'Thống đốc tỉnh Kanagawa')"),
    ("Tổng cục trưởng", 1, "Director General of a General Department (+ 'Tổng cục ...')"),
    ("Cục trưởng", 1, "Director General of a Department (+ 'Cục ...')"),
    ("Chi cục trưởng", 1, "head of a sub-department (+ 'Chi cục ...')"),
    ("Vụ trưởng", 1, "Director General of a ministry department (+ 'Vụ ...')"),
    ("Chánh Văn phòng", 1, "Chief of Office / Chief of Staff (+ office: 'Chánh Văn phòng Trung ương Đảng', 'Chánh Văn phòng Nhà Trắng')"),
    ("Giám đốc", 1, "Director (+ body: 'Giám đốc Sở Ngoại vụ', 'Giám đốc Công an tỉnh'; also of companies, academies, hospitals)"),
    ("Trưởng phòng", 1, "head of a division/office (+ 'Phòng ...' or its field)"),
    ("Người phát ngôn", 1, "spokesperson (+ body: 'Người phát ngôn Bộ Ngoại giao')"),
    ("Phát ngôn viên", 1, "spokesperson (+ body: 'Phát ngôn viên Bộ Ngoại giao Trung Quốc')"),
]

# legislature - the National Assembly and its bodies; foreign parliaments.
LEGISLATURE = [
    ("Chủ tịch Quốc hội", 0, "Chairman of the National Assembly (for a foreign parliament followed by the country)"),
    ("Tổng Thư ký Quốc hội", 0, "Secretary General of the National Assembly"),
    ("Đại biểu Quốc hội", 0, "National Assembly deputy"),
    ("ĐBQH", 0, "abbreviation of Đại biểu Quốc hội"),
    ("Chủ tịch Hạ viện", 1, "Speaker of the lower house / House of Representatives (+ country)"),
    ("Chủ tịch Thượng viện", 1, "President of the Senate / upper house (+ country)"),
    ("Nghị sĩ", 1, "member of parliament (foreign; + country or party)"),
    ("Thượng nghị sĩ", 1, "senator (foreign; + country or party)"),
    ("Hạ nghị sĩ", 1, "member of the lower house / congressman (foreign; + country or party)"),
    ("Lãnh đạo phe đa số", 1, "majority leader (+ chamber: 'Lãnh đạo phe đa số Thượng viện Mỹ')"),
    ("Lãnh đạo phe thiểu số", 1, "minority leader (+ chamber)"),
]

# local - village and grassroots posts (People's Council and Committee chairs are
# composed: "Chủ tịch" + "UBND tỉnh ...").
LOCAL = [
    ("Trưởng thôn", 1, "village head (+ village)"),
    ("Trưởng bản", 1, "head of a 'bản' (upland village) (+ village)"),
    ("Trưởng ấp", 1, "hamlet head (southern Vietnam) (+ hamlet)"),
    ("Trưởng khu phố", 1, "head of an urban neighbourhood (+ neighbourhood)"),
    ("Già làng", 0, "village elder (ethnic-minority communities)"),
]

# diplomatic - ranks and posts of the diplomatic and consular service (Vietnamese
# and foreign).
DIPLOMATIC = [
    ("Đại sứ", 1, "Ambassador (+ country 'tại' country: 'Đại sứ Việt Nam tại Nhật Bản')"),
    ("Đại sứ đặc mệnh toàn quyền", 1, "Ambassador Extraordinary and Plenipotentiary (+ country 'tại' country)"),
    ("Đại diện thường trực", 1, "Permanent Representative (+ country 'tại' organisation: '... Việt Nam tại Liên hợp quốc')"),
    ("Trưởng Phái đoàn", 1, "Head of Mission / Delegation (+ 'đại diện thường trực ...' or organisation)"),
    ("Trưởng Cơ quan đại diện", 1, "Head of a Representative Mission abroad (+ country 'tại' place)"),
    ("Trưởng Đại diện", 1, "Chief Representative (+ organisation/country 'tại' place: 'Trưởng Đại diện UNICEF tại Việt Nam')"),
    ("Tổng Lãnh sự", 1, "Consul General (+ country 'tại' city)"),
    ("Lãnh sự", 1, "Consul (+ country 'tại' city)"),
    ("Lãnh sự danh dự", 1, "Honorary Consul (+ country 'tại' place)"),
    ("Công sứ", 1, "Minister (diplomatic rank) (+ embassy/country)"),
    ("Tham tán Công sứ", 1, "Minister-Counsellor (+ embassy)"),
    ("Tham tán", 1, "Counsellor (+ embassy or field)"),
    ("Tham tán Thương mại", 1, "Commercial Counsellor (+ country 'tại' country)"),
    ("Bí thư thứ hai", 1, "Second Secretary (+ embassy)"),
    ("Bí thư thứ ba", 1, "Third Secretary (+ embassy)"),
    ("Tùy viên", 1, "Attaché (+ field or embassy)"),
    ("Tùy viên Quốc phòng", 1, "Defence Attaché (+ country 'tại' country)"),
    ("Tùy viên quân sự", 1, "Military Attaché (+ country 'tại' country)"),
    ("Đại biện", 1, "Chargé d'affaires (+ country 'tại' country)"),
    ("Đại biện lâm thời", 1, "Chargé d'affaires ad interim (+ country 'tại' country)"),
    ("Đặc phái viên", 1, "Special Envoy (+ person, country or organisation)"),
    ("Trưởng đoàn", 1, "head of a delegation (+ delegation; 'Trưởng đoàn đàm phán')"),
    ("Nhà ngoại giao", 0, "diplomat"),
]

# foreign - heads of state and government and posts that exist only in foreign
# systems; ministers named by portfolio + country ("Bộ trưởng Ngoại giao Nhật Bản",
# where no "Bộ" organisation follows).
FOREIGN = [
    ("Tổng thống", 1, "President (+ country)"),
    ("Ngoại trưởng", 1, "Foreign Minister / Secretary of State (+ country)"),
    ("Thủ tướng Chính phủ Hoàng gia", 1, "Prime Minister of the Royal Government (+ country: Cambodia, Thailand)"),
    ("Toàn quyền", 1, "Governor-General (+ country: Australia, Canada, New Zealand)"),
    ("Ủy viên Quốc vụ", 0, "State Councilor (China)"),
    ("Ủy viên trưởng", 1, "Chairman of the NPC Standing Committee (China: 'Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc')"),
    ("Ủy viên Thường vụ Bộ Chính trị", 1, "member of the Politburo Standing Committee (China: + 'Đảng Cộng sản Trung Quốc')"),
    ("Quốc vụ khanh", 1, "Minister of State (UK, Japan) / Secretary of State of the Holy See (+ ministry or 'Tòa Thánh')"),
    ("Lãnh tụ tối cao", 1, "Supreme Leader (+ country: Iran)"),
    ("Nhà lãnh đạo", 1, "leader (+ country: 'nhà lãnh đạo Triều Tiên Kim Jong-un')"),
    ("Thị trưởng", 1, "Mayor (+ city)"),
    ("Tỉnh trưởng", 1, "provincial governor (Laos, Cambodia, Thailand ...) (+ province)"),
    ("Huyện trưởng", 1, "district governor (Laos, Cambodia ...) (+ district)"),
    ("Quận trưởng", 1, "district mayor (Japan, Korea ...) (+ district)"),
    ("Thống đốc bang", 1, "state governor (US, Australia ...) (+ state)"),
    ("Thủ hiến", 1, "premier / minister-president of a state or province (+ 'bang ...': 'Thủ hiến bang Bavaria')"),
    ("Đại diện Thương mại", 1, "Trade Representative (+ country: 'Đại diện Thương mại Mỹ')"),
    ("Cố vấn An ninh Quốc gia", 1, "National Security Adviser (+ country)"),
    ("Thư ký Báo chí", 1, "Press Secretary (+ 'Nhà Trắng' etc.)"),
    ("Bộ trưởng Ngoại giao", 1, "Minister of Foreign Affairs (+ country)"),
    ("Bộ trưởng Quốc phòng", 1, "Minister of Defence (+ country)"),
    ("Bộ trưởng Tài chính", 1, "Minister of Finance (+ country)"),
    ("Bộ trưởng Thương mại", 1, "Minister of Trade / Commerce (+ country)"),
    ("Bộ trưởng Kinh tế", 1, "Minister of Economy (+ country)"),
    ("Bộ trưởng Nội vụ", 1, "Minister of the Interior / Home Affairs (+ country)"),
    ("Bộ trưởng Tư pháp", 1, "Minister of Justice / Attorney General (+ country)"),
    ("Bộ trưởng Y tế", 1, "Minister of Health (+ country)"),
    ("Bộ trưởng Giáo dục", 1, "Minister of Education (+ country)"),
    ("Bộ trưởng Năng lượng", 1, "Minister of Energy (+ country)"),
    ("Bộ trưởng Nông nghiệp", 1, "Minister of Agriculture (+ country)"),
    ("Bộ trưởng Công nghiệp", 1, "Minister of Industry (+ country)"),
    ("Bộ trưởng Giao thông", 1, "Minister of Transport (+ country)"),
    ("Bộ trưởng Môi trường", 1, "Minister of Environment (+ country)"),
    ("Bộ trưởng Lao động", 1, "Minister of Labour (+ country)"),
    ("Bộ trưởng Văn hóa", 1, "Minister of Culture (+ country)"),
    ("Bộ trưởng Du lịch", 1, "Minister of Tourism (+ country)"),
    ("Bộ trưởng Đầu tư", 1, "Minister of Investment (+ country)"),
    ("Thứ trưởng Ngoại giao", 1, "Vice / Deputy Foreign Minister (+ country)"),
    ("Thứ trưởng Quốc phòng", 1, "Vice / Deputy Defence Minister (+ country)"),
    ("Thứ trưởng Thương mại", 1, "Vice / Deputy Trade Minister (+ country)"),
]

# monarchy - monarchs and royal family (Cambodia, Thailand, Japan, UK, Gulf ...).
MONARCHY = [
    ("Quốc vương", 1, "King / Sultan (+ country: 'Quốc vương Campuchia')"),
    ("Nhà vua", 1, "the King (+ country: 'Nhà vua Thái Lan')"),
    ("Vua", 1, "King (+ country: 'Vua Anh Charles III')"),
    ("Nữ hoàng", 1, "Queen regnant (+ country)"),
    ("Hoàng hậu", 1, "Queen consort / Empress (+ country)"),
    ("Thái hậu", 1, "Queen Mother (+ country)"),
    ("Hoàng đế", 1, "Emperor (+ country)"),
    ("Nhật hoàng", 0, "Emperor of Japan"),
    ("Thượng hoàng", 1, "Emperor Emeritus (+ country: 'Thượng hoàng Nhật Bản Akihito')"),
    ("Thái tử", 1, "Crown Prince (+ country)"),
    ("Hoàng thái tử", 1, "Crown Prince (Japan) (+ country)"),
    ("Thái tử phi", 1, "Crown Princess (consort) (+ country)"),
    ("Hoàng tử", 1, "Prince (+ country)"),
    ("Công chúa", 1, "Princess (+ country)"),
    ("Công nương", 1, "Princess (consort, e.g. of the British royal family) (+ country)"),
    ("Hoàng thân", 0, "Prince (Cambodian royal family: 'Hoàng thân Norodom Ranariddh')"),
    ("Tiểu vương", 1, "Emir (+ country: 'Tiểu vương Qatar')"),
    ("Sultan", 1, "Sultan (+ country or Malaysian state)"),
    ("Thân vương", 1, "Sovereign Prince (+ country: Monaco, Liechtenstein)"),
    ("Đại Công tước", 1, "Grand Duke (+ country: Luxembourg)"),
]

# international - posts specific to international organisations (heads that also
# exist elsewhere, "Chủ tịch", "Tổng Giám đốc", "Giám đốc", are in other lists).
INTERNATIONAL = [
    ("Tổng Thư ký", 1, "Secretary General (+ organisation: 'Tổng Thư ký Liên hợp quốc', 'Tổng Thư ký ASEAN')"),
    ("Cao ủy", 1, "High Commissioner (+ 'Liên hợp quốc về ...')"),
    ("Đại diện cấp cao", 1, "High Representative (+ 'EU về chính sách đối ngoại và an ninh')"),
    ("Ủy viên châu Âu", 0, "European Commissioner"),
    ("Điều phối viên thường trú", 1, "Resident Coordinator (+ 'Liên hợp quốc tại Việt Nam')"),
    ("Đại diện thường trú", 1, "Resident Representative (+ agency 'tại' country)"),
    ("Giám đốc quốc gia", 1, "Country Director (+ organisation/company 'tại' country)"),
    ("Báo cáo viên đặc biệt", 1, "Special Rapporteur (+ 'Liên hợp quốc về ...')"),
    ("Đại sứ thiện chí", 1, "Goodwill Ambassador (+ organisation)"),
    ("Thư ký điều hành", 1, "Executive Secretary (+ organisation: 'Thư ký điều hành ESCAP')"),
]

# military - officer and enlisted ranks of the People's Army (the People's Public
# Security uses the same rank names, Đại tướng .. Binh nhì), naval flag ranks,
# foreign ranks used in translation, and command posts.
MILITARY = [
    ("Đại tướng", 0, "General (army and police)"),
    ("Thượng tướng", 0, "Colonel General / Senior Lieutenant General (army and police)"),
    ("Trung tướng", 0, "Lieutenant General (army and police)"),
    ("Thiếu tướng", 0, "Major General (army and police)"),
    ("Đô đốc", 0, "Admiral (navy, = Thượng tướng)"),
    ("Phó Đô đốc", 0, "Vice Admiral (navy, = Trung tướng)"),
    ("Chuẩn Đô đốc", 0, "Rear Admiral (navy, = Thiếu tướng)"),
    ("Đại tá", 0, "Senior Colonel / Colonel (army and police)"),
    ("Thượng tá", 0, "Colonel / Senior Lieutenant Colonel (army and police)"),
    ("Trung tá", 0, "Lieutenant Colonel (army and police)"),
    ("Thiếu tá", 0, "Major (army and police)"),
    ("Đại úy", 0, "Captain (army and police)"),
    ("Thượng úy", 0, "Senior Lieutenant (army and police)"),
    ("Trung úy", 0, "Lieutenant (army and police)"),
    ("Thiếu úy", 0, "Second Lieutenant (army and police)"),
    ("Thượng sĩ", 0, "Sergeant First Class / Senior Sergeant (army and police)"),
    ("Trung sĩ", 0, "Sergeant (army and police)"),
    ("Hạ sĩ", 0, "Corporal (army and police)"),
    ("Binh nhất", 0, "Private First Class (army and police)"),
    ("Binh nhì", 0, "Private (army and police)"),
    ("Nguyên soái", 0, "Marshal (foreign)"),
    ("Thống chế", 0, "Field Marshal (foreign)"),
    ("Chuẩn tướng", 0, "Brigadier General (foreign)"),
    ("Tướng", 0, "General (generic, mostly for foreign generals: 'Tướng Mỹ ...')"),
    ("Chiến sĩ", 0, "soldier / police officer (rank and file)"),
    ("Tổng Tư lệnh", 1, "Commander-in-Chief (+ armed forces)"),
    ("Tổng Tham mưu trưởng", 1, "Chief of the General Staff (+ 'Quân đội nhân dân Việt Nam' or country)"),
    ("Tham mưu trưởng", 1, "Chief of Staff (+ unit: 'Tham mưu trưởng Quân khu 7')"),
    ("Tư lệnh", 1, "Commander (+ military region, service, command: 'Tư lệnh Hải quân')"),
    ("Chính ủy", 1, "Political Commissar (+ unit)"),
    ("Chính trị viên", 1, "political instructor / commissar of a company-level unit or provincial command (+ unit)"),
    ("Chỉ huy trưởng", 1, "Commander of a provincial/local military or border guard command (+ command)"),
    ("Sư đoàn trưởng", 1, "division commander (+ division)"),
    ("Lữ đoàn trưởng", 1, "brigade commander (+ brigade)"),
    ("Trung đoàn trưởng", 1, "regiment commander (+ regiment)"),
    ("Tiểu đoàn trưởng", 1, "battalion commander (+ battalion)"),
    ("Đại đội trưởng", 1, "company commander (+ company)"),
    ("Hạm trưởng", 1, "commanding officer of a ship (+ ship)"),
]

# police - posts specific to police and investigation (ranks: see military).
POLICE = [
    ("Thủ trưởng Cơ quan điều tra", 1, "Head of an Investigation Agency (+ 'Công an tỉnh ...', 'Bộ Công an')"),
    ("Điều tra viên", 0, "investigator"),
    ("Cảnh sát trưởng", 1, "police chief (foreign; + city or country)"),
]

# business - company posts and descriptions.
BUSINESS = [
    ("Tổng Giám đốc", 1, "General Director / CEO (+ company or body; also heads of UNESCO, WHO, IAEA, ILO, TTXVN, VOV)"),
    ("TGĐ", 1, "abbreviation of Tổng Giám đốc (+ company)"),
    ("Tổng Giám đốc điều hành", 1, "Chief Executive Officer (+ company)"),
    ("Giám đốc điều hành", 1, "Chief Executive Officer / Managing Director (+ company or organisation)"),
    ("Giám đốc tài chính", 1, "Chief Financial Officer (+ company)"),
    ("CEO", 1, "chief executive officer (+ company: 'CEO Nvidia Jensen Huang')"),
    ("Chủ tịch Hội đồng quản trị", 1, "Chairman of the Board of Directors (+ company)"),
    ("Chủ tịch HĐQT", 1, "abbreviation of Chủ tịch Hội đồng quản trị (+ company)"),
    ("Chủ tịch Hội đồng thành viên", 1, "Chairman of the Members' Council (state groups) (+ company)"),
    ("Chủ tịch HĐTV", 1, "abbreviation of Chủ tịch Hội đồng thành viên (+ company)"),
    ("Chủ tịch điều hành", 1, "Executive Chairman (+ company)"),
    ("Kế toán trưởng", 1, "Chief Accountant (+ company or body)"),
    ("Nhà sáng lập", 1, "founder (+ company)"),
    ("Đồng sáng lập", 1, "co-founder (+ company)"),
    ("Tỷ phú", 0, "billionaire"),
    ("Doanh nhân", 0, "businessman / entrepreneur"),
]

# academic - academic titles and degrees, their abbreviations, professions written
# as titles, and heads of schools and research institutes.
ACADEMIC = [
    ("Giáo sư", 0, "Professor"),
    ("Phó Giáo sư", 0, "Associate Professor (a title of its own, not deputy professor)"),
    ("Viện sĩ", 0, "Academician (member of an Academy of Sciences)"),
    ("Tiến sĩ", 0, "Doctor (PhD)"),
    ("Tiến sĩ khoa học", 0, "Doctor of Science (DSc)"),
    ("Phó Tiến sĩ", 0, "Candidate of Sciences (former degree, = PhD)"),
    ("Thạc sĩ", 0, "Master (MA/MSc)"),
    ("Cử nhân", 0, "Bachelor"),
    ("Kỹ sư", 0, "Engineer"),
    ("Kiến trúc sư", 0, "Architect"),
    ("Bác sĩ", 0, "Doctor of medicine / physician"),
    ("Dược sĩ", 0, "Pharmacist"),
    ("Luật sư", 0, "Lawyer / attorney"),
    ("Nhà khoa học", 0, "scientist"),
    ("Nhà nghiên cứu", 0, "researcher"),
    ("Nhà sử học", 0, "historian"),
    ("Chuyên gia", 0, "expert"),
    ("Nghiên cứu viên", 1, "research fellow (+ institute)"),
    ("Nghiên cứu sinh", 0, "doctoral candidate"),
    ("Giảng viên", 1, "lecturer (+ school)"),
    ("Hiệu trưởng", 1, "rector / principal (+ school or university)"),
    ("Viện trưởng", 1, "director of an institute or academy (+ 'Viện ...')"),
    ("Trưởng khoa", 1, "dean / head of a faculty or hospital department (+ faculty)"),
    ("Chủ nhiệm khoa", 1, "dean of a faculty (+ faculty)"),
    ("Trưởng bộ môn", 1, "head of an academic department (+ department)"),
    ("GS.", 0, "abbreviation of Giáo sư"),
    ("PGS.", 0, "abbreviation of Phó Giáo sư"),
    ("TS.", 0, "abbreviation of Tiến sĩ"),
    ("TSKH", 0, "abbreviation of Tiến sĩ khoa học"),
    ("ThS.", 0, "abbreviation of Thạc sĩ"),
    ("GS.TS", 0, "Professor, Doctor"),
    ("PGS.TS", 0, "Associate Professor, Doctor"),
    ("GS.TSKH", 0, "Professor, Doctor of Science"),
    ("PGS.TSKH", 0, "Associate Professor, Doctor of Science"),
    ("BS.", 0, "abbreviation of Bác sĩ"),
    ("BS.CKI", 0, "Specialist Doctor grade I (Bác sĩ chuyên khoa I)"),
    ("BS.CKII", 0, "Specialist Doctor grade II (Bác sĩ chuyên khoa II)"),
    ("TS.BS", 0, "Doctor (PhD), physician"),
    ("ThS.BS", 0, "Master, physician"),
    ("PGS.TS.BS", 0, "Associate Professor, Doctor, physician"),
    ("GS.TS.BS", 0, "Professor, Doctor, physician"),
    ("KTS.", 0, "abbreviation of Kiến trúc sư"),
    ("KS.", 0, "abbreviation of Kỹ sư"),
    ("LS.", 0, "abbreviation of Luật sư"),
]

# religious - Buddhist, Catholic, Protestant and Orthodox clergy and posts.
RELIGIOUS = [
    ("Hòa thượng", 0, "Most Venerable (senior Buddhist monk)"),
    ("Đại lão Hòa thượng", 0, "Most Venerable Elder (eldest Buddhist monks)"),
    ("Thượng tọa", 0, "Venerable (Buddhist monk)"),
    ("Đại đức", 0, "Reverend (young Buddhist monk)"),
    ("Ni trưởng", 0, "Most Venerable (senior Buddhist nun)"),
    ("Ni sư", 0, "Venerable (Buddhist nun)"),
    ("Đức Pháp chủ", 1, "Supreme Patriarch (+ 'Giáo hội Phật giáo Việt Nam')"),
    ("Trụ trì", 1, "abbot (+ pagoda/temple)"),
    ("Giáo hoàng", 0, "Pope"),
    ("Đức Giáo hoàng", 0, "His Holiness the Pope"),
    ("Hồng y", 0, "Cardinal"),
    ("Tổng Giám mục", 1, "Archbishop (+ archdiocese)"),
    ("Giám mục", 1, "Bishop (+ diocese)"),
    ("Đức cha", 0, "Bishop (form of address)"),
    ("Linh mục", 0, "Catholic priest"),
    ("Mục sư", 0, "Protestant pastor"),
    ("Thượng phụ", 0, "Patriarch (Orthodox)"),
    ("Giáo sĩ", 0, "cleric (Islamic, Jewish ...)"),
]

# honorary - State honorary titles (Law on Emulation and Commendation) and their
# abbreviations, and commemorative titles written before names.
HONORARY = [
    ("Anh hùng", 0, "Hero (short form of the Hero titles)"),
    ("Anh hùng Lao động", 0, "Hero of Labour"),
    ("Anh hùng Lực lượng vũ trang nhân dân", 0, "Hero of the People's Armed Forces"),
    ("AHLLVTND", 0, "abbreviation of Anh hùng Lực lượng vũ trang nhân dân"),
    ("Anh hùng liệt sĩ", 0, "Hero and martyr (hero title awarded posthumously)"),
    ("Liệt sĩ", 0, "martyr (fallen soldier or person recognised as such)"),
    ("Bà mẹ Việt Nam anh hùng", 0, "Heroic Vietnamese Mother"),
    ("Mẹ Việt Nam anh hùng", 0, "Heroic Vietnamese Mother (short form)"),
    ("Nghệ sĩ Nhân dân", 0, "People's Artist"),
    ("Nghệ sĩ Ưu tú", 0, "Meritorious Artist"),
    ("NSND", 0, "abbreviation of Nghệ sĩ Nhân dân"),
    ("NSƯT", 0, "abbreviation of Nghệ sĩ Ưu tú"),
    ("Nhà giáo Nhân dân", 0, "People's Teacher"),
    ("Nhà giáo Ưu tú", 0, "Meritorious Teacher"),
    ("NGND", 0, "abbreviation of Nhà giáo Nhân dân"),
    ("NGƯT", 0, "abbreviation of Nhà giáo Ưu tú"),
    ("Thầy thuốc Nhân dân", 0, "People's Physician"),
    ("Thầy thuốc Ưu tú", 0, "Meritorious Physician"),
    ("TTND", 0, "abbreviation of Thầy thuốc Nhân dân"),
    ("TTƯT", 0, "abbreviation of Thầy thuốc Ưu tú"),
    ("Nghệ nhân Nhân dân", 0, "People's Artisan"),
    ("Nghệ nhân Ưu tú", 0, "Meritorious Artisan"),
]

# media - journalists and newsroom posts.
MEDIA = [
    ("Nhà báo", 0, "journalist"),
    ("Phóng viên", 1, "reporter (+ newspaper or broadcaster)"),
    ("Biên tập viên", 1, "editor (+ newspaper or broadcaster)"),
    ("Tổng Biên tập", 1, "Editor-in-Chief (+ newspaper or magazine)"),
    ("Thư ký tòa soạn", 1, "managing editor (+ newspaper)"),
    ("Bình luận viên", 0, "commentator"),
]

# other - generic heads and professions that precede names in news.
OTHER = [
    ("Trưởng", 1, "head of (+ body that carries its own head noun: 'Trưởng Ban Đối ngoại Trung ương', 'Trưởng Công an xã ...', 'Trưởng Văn phòng thường trú ...')"),
    ("Ủy viên", 1, "member (+ committee or board: 'Ủy viên Ủy ban Thường vụ Quốc hội')"),
    ("Thành viên", 1, "member (+ body: 'Thành viên Chính phủ')"),
    ("Đại biểu", 1, "deputy / delegate (+ body: 'đại biểu HĐND thành phố')"),
    ("Cố vấn", 1, "adviser (+ person or body)"),
    ("Trợ lý", 1, "assistant (+ person or post: 'Trợ lý Tổng Bí thư', 'Trợ lý Ngoại trưởng Mỹ')"),
    ("Thư ký", 1, "secretary (+ person or body)"),
    ("Chuyên viên", 1, "official / specialist (+ body)"),
    ("Điều phối viên", 1, "coordinator (+ programme or organisation)"),
    ("Người đứng đầu", 1, "head of (+ body or country: 'người đứng đầu Nhà Trắng')"),
    ("Thủ lĩnh", 1, "leader of a group, movement or faction (+ group)"),
    ("Thủ trưởng", 1, "head of a unit or agency (+ unit)"),
    ("Tổ trưởng", 1, "team / group leader (+ team: 'Tổ trưởng tổ dân phố', 'Tổ trưởng tổ công tác')"),
    ("Đoàn trưởng", 1, "head of a troupe or unit named 'Đoàn' (+ 'Đoàn ...')"),
    ("Hội trưởng", 1, "president of an association (+ association)"),
    ("Huấn luyện viên", 1, "coach (+ team)"),
    ("HLV", 1, "abbreviation of Huấn luyện viên (+ team)"),
    ("Vận động viên", 0, "athlete"),
    ("VĐV", 0, "abbreviation of Vận động viên"),
    ("Cầu thủ", 0, "football (or other ball game) player"),
    # the positions of a football team, the whole set (a player is named by them: "thủ môn X")
    ("Thủ môn", 0, "goalkeeper"),
    ("Hậu vệ", 0, "defender"),
    ("Trung vệ", 0, "centre-back"),
    ("Tiền vệ", 0, "midfielder"),
    ("Tiền đạo", 0, "forward / striker"),
    ("Nhà văn", 0, "writer"),
    ("Nhà thơ", 0, "poet"),
    ("Nhạc sĩ", 0, "composer / songwriter"),
    ("Họa sĩ", 0, "painter"),
    ("Đạo diễn", 0, "film / stage director"),
    ("Diễn viên", 0, "actor / actress"),
    ("Ca sĩ", 0, "singer"),
    ("Nghệ sĩ", 0, "artist / performer"),
    ("Nghệ nhân", 0, "artisan / master craftsman"),
    ("Nhà hoạt động", 0, "activist"),
    ("Cựu chiến binh", 0, "veteran"),
]

TITLE_LISTS = {
    "party": PARTY, "state": STATE, "government": GOVERNMENT,
    "legislature": LEGISLATURE, "local": LOCAL, "diplomatic": DIPLOMATIC,
    "foreign": FOREIGN, "monarchy": MONARCHY, "international": INTERNATIONAL,
    "military": MILITARY, "police": POLICE, "business": BUSINESS,
    "academic": ACADEMIC, "religious": RELIGIOUS, "honorary": HONORARY,
    "media": MEDIA, "other": OTHER,
}

# Honorifics: words written directly before a person's name in news text
# ("ông Bùi Thanh Sơn", "bà Ursula von der Leyen", "đồng chí Tô Lâm", "anh Nguyễn Văn A,
# 35 tuổi"), with the gender they imply.  Written lower-case (matching ignores case).
# Titles such as "Hòa thượng" or "Công nương" are in titles.tsv, not here.
HONORIFICS = [
    ("ông", "m"),        # Mr; the default for men in news
    ("bà", "f"),         # Mrs/Ms; the default for women in news
    ("ngài", ""),        # His/Her Excellency (foreign dignitaries; mostly men)
    ("phu nhân", "f"),   # Madam, wife of a leader ("Phu nhân Ngô Phương Ly")
    ("đồng chí", ""),    # comrade (Party/State officials)
    ("anh", "m"),        # young man
    ("chị", "f"),        # young woman
    ("em", ""),          # child, pupil, very young person
    ("bé", ""),          # small child
    ("cháu", ""),        # child (in reports about children)
    ("cô", "f"),         # young woman; female teacher
    ("thầy", "m"),       # male teacher
    ("cụ", ""),          # elderly person
    ("bạn", ""),         # young person, student (youth and education news)
]

GENDERS = ("m", "f", "")


def build_titles():
    errs = []
    rows = []
    seen = {}
    for cat, items in TITLE_LISTS.items():
        if cat not in CATEGORIES:
            errs.append(f"unknown category {cat}")
        for head, takes, gloss in items:
            errs += check_text(head, f"title {head}")
            errs += check_text(gloss, f"notes of {head}")
            if takes not in (0, 1):
                errs.append(f"title {head}: takes_org must be 0/1")
            k = match_key(head)
            if k in seen:
                errs.append(f"title {head}: duplicate of {seen[k]} (case/tone/spacing-insensitive)")
            seen[k] = head
            rows.append([head, cat, str(takes), gloss])
    return rows, errs


def build_honorifics():
    errs = []
    rows = []
    seen = set()
    title_keys = {match_key(h) for items in TITLE_LISTS.values() for h, _, _ in items}
    for word, gender in HONORIFICS:
        errs += check_text(word, f"honorific {word}")
        if gender not in GENDERS:
            errs.append(f"honorific {word}: bad gender {gender!r}")
        k = match_key(word)
        if k in seen:
            errs.append(f"honorific {word}: duplicate")
        if k in title_keys:
            errs.append(f"honorific {word}: also listed as a title")
        seen.add(k)
        rows.append([word, "honorific", gender])
    return rows, errs


def main():
    trows, terrs = build_titles()
    hrows, herrs = build_honorifics()
    errs = terrs + herrs
    if errs:
        sys.exit("validation failed:\n  " + "\n  ".join(errs))
    write_tsv(
        os.path.join(OUT_DIR, "titles.tsv"),
        [
            "titles.tsv - head nouns of titles written before a person's name in Vietnamese news.",
            "Generated by scripts/lexicons/titles.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project (Vietnamese Party/State/diplomatic/military/academic title",
            "  system as written by the Vietnamese press, including the 2025 restructuring); no third-party data.",
            "A title is parsed as [former/acting marker] [Phó ...] HEAD [qualifier] [organisation]; only HEADs",
            "  are listed, plus fixed compounds. 'Phó' + head forms are not listed unless a title of their own.",
            "category: party state government legislature local diplomatic foreign monarchy international",
            "  military police business academic religious honorary media other.",
            "takes_org: 1 = normally followed by the organisation/place/country, 0 = stands alone. notes: English gloss.",
            "Sorted by head (Unicode code point order). Matching ignores case, tone placement and spacing",
            "  around . - / : such variants are not listed.",
        ],
        ["head", "category", "takes_org", "notes"],
        trows,
    )
    write_tsv(
        os.path.join(OUT_DIR, "honorifics.tsv"),
        [
            "honorifics.tsv - words written directly before a person's name in Vietnamese news (ông, bà, đồng chí ...).",
            "Generated by scripts/lexicons/titles.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project; no third-party data.",
            "kind: always 'honorific'. gender: m / f / empty (unspecified). Lower-case; matching ignores case.",
            "Titles (Hòa thượng, Công nương, Giáo sư ...) are in titles.tsv, not here.",
        ],
        ["word", "kind", "gender"],
        hrows,
    )
    counts = {}
    for r in trows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    print("titles by category:", ", ".join(f"{c}={counts.get(c, 0)}" for c in CATEGORIES))


if __name__ == "__main__":
    main()
