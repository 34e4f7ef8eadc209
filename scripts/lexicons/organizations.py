"""Generate src/lexicons/organizations.tsv and src/lexicons/org_patterns.tsv.

organizations.tsv - named organisations that Vietnamese news text names without a
distinguishing pattern (or whose pattern-based reading would be wrong or incomplete):
international organisations, Vietnamese central Party/State bodies (current ones after
the 2025 restructuring AND the ones that existed before it), national mass
organisations, foreign government bodies known by a nickname, development agencies,
Vietnamese and foreign news media, and ~90 large companies frequent in diplomatic and
economic news.

  Columns: name  acronym  kind  country  aliases
    name     the Vietnamese name as the press writes it (brand name for companies and
             foreign media)
    acronym  the usual acronym, if any (one; others go to aliases)
    kind     international government party media company education other
             (mass organisations and chambers of commerce are 'other'; the Fatherland
             Front is 'party', being part of the Party-led political system)
    country  ISO 3166-1 alpha-2 of the home country; empty for international bodies
    aliases  other Vietnamese and English forms, '|'-separated

org_patterns.tsv - head words that START a named body whose name continues with a
capitalised complement ("Bộ" + "Ngoại giao", "Sở" + "Ngoại vụ TP.HCM", "Đại sứ quán"
+ "Việt Nam tại Nhật Bản"), for the extractor's pattern recogniser.

  Columns: head  kind  needs  notes
    kind     government party international company media education other
    needs    what must follow for it to be a name:
             field          a capitalised field noun phrase ("Bộ Ngoại giao")
             place          a place name ("Thành ủy Hà Nội", "UBND tỉnh Nghệ An")
             field_or_place either ("Văn phòng Chính phủ", "Văn phòng Quốc hội")
             name           any capitalised name or a number ("Tập đoàn Vingroup", "Quân khu 7")
             none           nothing (complete as it stands)
    notes    English gloss / remarks

Sources: hand-curated for this project.  Vietnamese names of international
organisations as used by the Ministry of Foreign Affairs and the Vietnam News Agency;
the list of ministries and ministry-level agencies from the Government structure in
force from 1 March 2025 (Resolution 176/2025/QH15) and the 2021-2025 structure before
it; central Party commissions after the 2025 mergers.  No third-party data set: no
registry package with Vietnamese names of organisations was found (the pypi/npm package
lists were searched for international-organisation and Vietnamese-organisation data).

Re-run (Python 3.11, standard library only, from the repository root):
    python3 scripts/lexicons/organizations.py
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, alias_collisions, check_text, match_key, norm, write_tsv  # noqa: E402

KINDS = ("government", "party", "international", "company", "media", "education", "other")
NEEDS = ("field", "place", "field_or_place", "name", "org", "none")

# Row: (name, acronym, kind, country, [aliases])

# International organisations: the UN, its principal organs, funds, programmes,
# specialised and related agencies, courts and tribunals that Vietnam deals with.
UN_SYSTEM = [
    ("Liên hợp quốc", "UN", "international", "", ["LHQ", "United Nations"]),
    ("Hội đồng Bảo an Liên hợp quốc", "UNSC", "international", "", ["Hội đồng Bảo an", "HĐBA", "Hội đồng Bảo an LHQ", "United Nations Security Council"]),
    ("Đại hội đồng Liên hợp quốc", "UNGA", "international", "", ["Đại hội đồng LHQ", "United Nations General Assembly"]),
    ("Hội đồng Kinh tế và Xã hội Liên hợp quốc", "ECOSOC", "international", "", ["Hội đồng Kinh tế và Xã hội", "Economic and Social Council"]),
    ("Hội đồng Quản thác Liên hợp quốc", "", "international", "", ["Hội đồng Quản thác", "Trusteeship Council"]),
    ("Tòa án Công lý Quốc tế", "ICJ", "international", "", ["International Court of Justice"]),
    ("Ban Thư ký Liên hợp quốc", "", "international", "", ["United Nations Secretariat"]),
    ("Hội đồng Nhân quyền Liên hợp quốc", "UNHRC", "international", "", ["Hội đồng Nhân quyền LHQ", "United Nations Human Rights Council"]),
    ("Văn phòng Cao ủy Liên hợp quốc về Nhân quyền", "OHCHR", "international", "", ["Office of the United Nations High Commissioner for Human Rights"]),
    ("Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp quốc", "UNESCO", "international", "", ["United Nations Educational, Scientific and Cultural Organization"]),
    ("Quỹ Nhi đồng Liên hợp quốc", "UNICEF", "international", "", ["United Nations Children's Fund"]),
    ("Chương trình Phát triển Liên hợp quốc", "UNDP", "international", "", ["United Nations Development Programme"]),
    ("Quỹ Dân số Liên hợp quốc", "UNFPA", "international", "", ["United Nations Population Fund"]),
    ("Cao ủy Liên hợp quốc về người tị nạn", "UNHCR", "international", "", ["United Nations High Commissioner for Refugees"]),
    ("Tổ chức Y tế Thế giới", "WHO", "international", "", ["World Health Organization"]),
    ("Tổ chức Lao động Quốc tế", "ILO", "international", "", ["International Labour Organization"]),
    ("Tổ chức Lương thực và Nông nghiệp Liên hợp quốc", "FAO", "international", "", ["Food and Agriculture Organization"]),
    ("Quỹ Tiền tệ Quốc tế", "IMF", "international", "", ["International Monetary Fund"]),
    ("Ngân hàng Thế giới", "WB", "international", "", ["World Bank", "Nhóm Ngân hàng Thế giới", "World Bank Group"]),
    ("Tổ chức Tài chính Quốc tế", "IFC", "international", "", ["International Finance Corporation"]),
    ("Tổ chức Thương mại Thế giới", "WTO", "international", "", ["World Trade Organization"]),
    ("Tổ chức Sở hữu trí tuệ Thế giới", "WIPO", "international", "", ["World Intellectual Property Organization"]),
    ("Liên minh Viễn thông Quốc tế", "ITU", "international", "", ["International Telecommunication Union"]),
    ("Liên minh Bưu chính Thế giới", "UPU", "international", "", ["Universal Postal Union"]),
    ("Tổ chức Hàng không Dân dụng Quốc tế", "ICAO", "international", "", ["International Civil Aviation Organization"]),
    ("Tổ chức Hàng hải Quốc tế", "IMO", "international", "", ["International Maritime Organization"]),
    ("Tổ chức Phát triển Công nghiệp Liên hợp quốc", "UNIDO", "international", "", ["United Nations Industrial Development Organization"]),
    ("Quỹ Quốc tế về Phát triển Nông nghiệp", "IFAD", "international", "", ["International Fund for Agricultural Development"]),
    ("Tổ chức Du lịch Liên hợp quốc", "UNWTO", "international", "", ["UN Tourism", "Tổ chức Du lịch Thế giới", "World Tourism Organization"]),
    ("Tổ chức Khí tượng Thế giới", "WMO", "international", "", ["World Meteorological Organization"]),
    ("Cơ quan Năng lượng Nguyên tử Quốc tế", "IAEA", "international", "", ["International Atomic Energy Agency"]),
    ("Cơ quan Liên hợp quốc về Bình đẳng giới và Trao quyền cho phụ nữ", "", "international", "", ["UN Women"]),
    ("Chương trình Định cư Con người Liên hợp quốc", "", "international", "", ["UN-Habitat"]),
    ("Văn phòng Liên hợp quốc về Ma túy và Tội phạm", "UNODC", "international", "", ["United Nations Office on Drugs and Crime"]),
    ("Hội nghị Liên hợp quốc về Thương mại và Phát triển", "UNCTAD", "international", "", ["United Nations Conference on Trade and Development"]),
    ("Chương trình Môi trường Liên hợp quốc", "UNEP", "international", "", ["United Nations Environment Programme"]),
    ("Chương trình Lương thực Thế giới", "WFP", "international", "", ["World Food Programme"]),
    ("Tổ chức Di cư Quốc tế", "IOM", "international", "", ["International Organization for Migration"]),
    ("Chương trình phối hợp của Liên hợp quốc về HIV/AIDS", "UNAIDS", "international", "", []),
    ("Văn phòng Điều phối các vấn đề nhân đạo Liên hợp quốc", "OCHA", "international", "", ["United Nations Office for the Coordination of Humanitarian Affairs"]),
    ("Cơ quan Liên hợp quốc về Cứu trợ và Việc làm cho người tị nạn Palestine", "UNRWA", "international", "", []),
    ("Ủy ban Kinh tế và Xã hội Liên hợp quốc khu vực châu Á - Thái Bình Dương", "ESCAP", "international", "", ["UNESCAP"]),
    ("Tòa án Quốc tế về Luật Biển", "ITLOS", "international", "", ["International Tribunal for the Law of the Sea"]),
    ("Tòa Trọng tài Thường trực", "PCA", "international", "", ["Permanent Court of Arbitration"]),
    ("Tòa án Hình sự Quốc tế", "ICC", "international", "", ["International Criminal Court"]),
    ("Cơ quan Quyền lực Đáy đại dương Quốc tế", "ISA", "international", "", ["International Seabed Authority"]),
    ("Ủy ban Ranh giới Thềm lục địa", "CLCS", "international", "", ["Commission on the Limits of the Continental Shelf"]),
    ("Tổ chức Cấm vũ khí hóa học", "OPCW", "international", "", ["Organisation for the Prohibition of Chemical Weapons"]),
    ("Tổ chức Hải quan Thế giới", "WCO", "international", "", ["World Customs Organization"]),
    ("Tổ chức Thú y Thế giới", "WOAH", "international", "", ["OIE", "World Organisation for Animal Health"]),
    ("Cơ quan Năng lượng Quốc tế", "IEA", "international", "", ["International Energy Agency"]),
    ("Ngân hàng Thanh toán Quốc tế", "BIS", "international", "", ["Bank for International Settlements"]),
    ("Quỹ Môi trường Toàn cầu", "GEF", "international", "", ["Global Environment Facility"]),
    ("Quỹ Khí hậu Xanh", "GCF", "international", "", ["Green Climate Fund"]),
    ("Ủy ban Olympic Quốc tế", "IOC", "international", "", ["International Olympic Committee"]),
    ("Liên đoàn Bóng đá Quốc tế", "FIFA", "international", "", []),
    ("Hiệp hội Vận tải Hàng không Quốc tế", "IATA", "international", "", ["International Air Transport Association"]),
    ("Tổ chức Cảnh sát Hình sự Quốc tế", "INTERPOL", "international", "", []),
    ("Ủy ban Chữ thập đỏ quốc tế", "ICRC", "international", "", ["International Committee of the Red Cross"]),
    ("Liên đoàn Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế", "IFRC", "international", "", []),
]

# Regional and other international organisations and groupings.
REGIONAL = [
    ("Hiệp hội các quốc gia Đông Nam Á", "ASEAN", "international", "", ["Hiệp hội các nước Đông Nam Á", "Association of Southeast Asian Nations"]),
    ("Ban Thư ký ASEAN", "", "international", "", ["ASEAN Secretariat"]),
    ("Đại hội đồng Liên Nghị viện ASEAN", "AIPA", "international", "", ["ASEAN Inter-Parliamentary Assembly"]),
    ("Diễn đàn Khu vực ASEAN", "ARF", "international", "", ["ASEAN Regional Forum"]),
    ("Ủy ban liên Chính phủ ASEAN về Nhân quyền", "AICHR", "international", "", []),
    ("Diễn đàn Hợp tác Kinh tế châu Á - Thái Bình Dương", "APEC", "international", "", ["Asia-Pacific Economic Cooperation"]),
    ("Diễn đàn Hợp tác Á - Âu", "ASEM", "international", "", ["Asia-Europe Meeting"]),
    ("Liên minh châu Âu", "EU", "international", "", ["European Union"]),
    ("Ủy ban châu Âu", "EC", "international", "", ["European Commission"]),
    ("Nghị viện châu Âu", "EP", "international", "", ["European Parliament"]),
    ("Hội đồng châu Âu", "", "international", "", ["European Council"]),
    ("Ngân hàng Trung ương châu Âu", "ECB", "international", "", ["European Central Bank"]),
    ("Ngân hàng Đầu tư châu Âu", "EIB", "international", "", ["European Investment Bank"]),
    ("Tổ chức An ninh và Hợp tác châu Âu", "OSCE", "international", "", []),
    ("Tổ chức Hiệp ước Bắc Đại Tây Dương", "NATO", "international", "", ["North Atlantic Treaty Organization"]),
    ("Nhóm các nước công nghiệp phát triển hàng đầu thế giới", "G7", "international", "", ["Nhóm G7", "Group of Seven"]),
    ("Nhóm các nền kinh tế phát triển và mới nổi hàng đầu thế giới", "G20", "international", "", ["Nhóm G20", "Group of Twenty"]),
    ("Nhóm BRICS", "BRICS", "international", "", []),
    ("Tổ chức Hợp tác và Phát triển Kinh tế", "OECD", "international", "", ["Organisation for Economic Co-operation and Development"]),
    ("Ngân hàng Phát triển châu Á", "ADB", "international", "", ["Asian Development Bank"]),
    ("Ngân hàng Đầu tư Cơ sở hạ tầng châu Á", "AIIB", "international", "", ["Asian Infrastructure Investment Bank"]),
    ("Ngân hàng Phát triển Mới", "NDB", "international", "", ["New Development Bank"]),
    ("Diễn đàn Kinh tế Thế giới", "WEF", "international", "", ["World Economic Forum"]),
    ("Liên minh Nghị viện Thế giới", "IPU", "international", "", ["Inter-Parliamentary Union"]),
    ("Tổ chức Quốc tế Pháp ngữ", "OIF", "international", "", ["Cộng đồng Pháp ngữ", "Francophonie"]),
    ("Hợp tác Mekong - Lan Thương", "MLC", "international", "", ["Hợp tác Mê Công - Lan Thương", "Mekong-Lancang Cooperation"]),
    ("Ủy hội sông Mê Công quốc tế", "MRC", "international", "", ["Ủy hội sông Mekong quốc tế", "Ủy hội sông Mê Kông quốc tế", "Mekong River Commission"]),
    ("Tổ chức các nước xuất khẩu dầu mỏ", "OPEC", "international", "", []),
    ("Liên minh châu Phi", "AU", "international", "", ["African Union"]),
    ("Tổ chức Hợp tác Thượng Hải", "SCO", "international", "", ["Shanghai Cooperation Organisation"]),
    ("Hội đồng Hợp tác vùng Vịnh", "GCC", "international", "", ["Gulf Cooperation Council"]),
    ("Khối Thịnh vượng chung", "", "international", "", ["Commonwealth"]),
    ("Liên minh Kinh tế Á - Âu", "EAEU", "international", "", ["Eurasian Economic Union"]),
    ("Khối Thị trường chung Nam Mỹ", "", "international", "", ["Mercosur"]),
    ("Liên đoàn Arab", "", "international", "", ["Arab League"]),
    ("Tổ chức Hợp tác Hồi giáo", "OIC", "international", "", ["Organisation of Islamic Cooperation"]),
    ("Phong trào Không liên kết", "NAM", "international", "", ["Non-Aligned Movement"]),
    ("Liên đoàn Bóng đá châu Á", "AFC", "international", "", ["Asian Football Confederation"]),
]

# Vietnamese Party bodies (central), current and pre-2025.
VN_PARTY = [
    ("Đảng Cộng sản Việt Nam", "ĐCSVN", "party", "VN", ["Communist Party of Vietnam"]),
    ("Bộ Chính trị", "", "party", "VN", []),
    ("Ban Bí thư", "", "party", "VN", []),
    ("Ban Chấp hành Trung ương Đảng", "", "party", "VN", ["Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam", "Ban Chấp hành Trung ương"]),
    ("Trung ương Đảng", "", "party", "VN", []),
    ("Quân ủy Trung ương", "", "party", "VN", []),
    ("Đảng ủy Công an Trung ương", "", "party", "VN", []),
    ("Văn phòng Trung ương Đảng", "", "party", "VN", []),
    ("Ban Tổ chức Trung ương", "", "party", "VN", []),
    ("Ban Tuyên giáo và Dân vận Trung ương", "", "party", "VN", []),  # merged 2025
    ("Ban Đối ngoại Trung ương", "", "party", "VN", []),
    ("Ban Nội chính Trung ương", "", "party", "VN", []),
    ("Ban Chính sách, chiến lược Trung ương", "", "party", "VN", []),  # 2025, from Ban Kinh tế TW
    ("Ủy ban Kiểm tra Trung ương", "", "party", "VN", []),
    ("Hội đồng Lý luận Trung ương", "", "party", "VN", []),
    ("Ban Tuyên giáo Trung ương", "", "party", "VN", []),  # former (to 2025)
    ("Ban Dân vận Trung ương", "", "party", "VN", []),  # former (to 2025)
    ("Ban Kinh tế Trung ương", "", "party", "VN", []),  # former (to 2025)
    ("Mặt trận Tổ quốc Việt Nam", "MTTQ", "party", "VN", ["Mặt trận Tổ quốc", "MTTQ Việt Nam"]),
    ("Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "", "party", "VN", ["Ủy ban Trung ương MTTQ Việt Nam"]),
]

# Vietnamese State bodies: National Assembly and its committees (current, from 2025, and
# former), State President's office, Government, ministries and ministry-level agencies
# (current from 1 March 2025 and former), courts, procuracy, audit, central bank,
# Government agencies, armed forces.
VN_STATE = [
    ("Quốc hội", "", "government", "VN", ["Quốc hội Việt Nam", "National Assembly"]),
    ("Ủy ban Thường vụ Quốc hội", "UBTVQH", "government", "VN", []),
    ("Văn phòng Quốc hội", "", "government", "VN", []),
    ("Hội đồng Dân tộc", "", "government", "VN", []),
    ("Ủy ban Pháp luật và Tư pháp", "", "government", "VN", []),  # from 2025
    ("Ủy ban Kinh tế và Tài chính", "", "government", "VN", []),  # from 2025
    ("Ủy ban Quốc phòng, An ninh và Đối ngoại", "", "government", "VN", []),  # from 2025
    ("Ủy ban Văn hóa và Xã hội", "", "government", "VN", []),  # from 2025
    ("Ủy ban Khoa học, Công nghệ và Môi trường", "", "government", "VN", []),
    ("Ủy ban Công tác đại biểu", "", "government", "VN", []),  # from 2025 (was Ban Công tác đại biểu)
    ("Ủy ban Đối ngoại", "", "government", "VN", []),  # former (to 2025)
    ("Ủy ban Quốc phòng và An ninh", "", "government", "VN", []),  # former
    ("Ủy ban Pháp luật", "", "government", "VN", []),  # former
    ("Ủy ban Tư pháp", "", "government", "VN", []),  # former
    ("Ủy ban Kinh tế", "", "government", "VN", []),  # former
    ("Ủy ban Tài chính, Ngân sách", "", "government", "VN", []),  # former
    ("Ủy ban Văn hóa, Giáo dục", "", "government", "VN", []),  # former
    ("Ủy ban Xã hội", "", "government", "VN", []),  # former
    ("Hội đồng Bầu cử Quốc gia", "", "government", "VN", []),
    ("Văn phòng Chủ tịch nước", "", "government", "VN", []),
    ("Hội đồng Quốc phòng và An ninh", "", "government", "VN", []),
    ("Chính phủ", "", "government", "VN", ["Chính phủ Việt Nam"]),
    ("Văn phòng Chính phủ", "", "government", "VN", []),
    ("Tòa án nhân dân tối cao", "TANDTC", "government", "VN", ["Supreme People's Court"]),
    ("Viện Kiểm sát nhân dân tối cao", "VKSNDTC", "government", "VN", ["Supreme People's Procuracy"]),
    ("Kiểm toán Nhà nước", "KTNN", "government", "VN", ["State Audit Office of Vietnam"]),
    ("Ngân hàng Nhà nước Việt Nam", "NHNN", "government", "VN", ["Ngân hàng Nhà nước", "SBV", "State Bank of Vietnam"]),
    ("Thanh tra Chính phủ", "", "government", "VN", []),
    # ministries from 1 March 2025
    ("Bộ Quốc phòng", "", "government", "VN", []),
    ("Bộ Công an", "", "government", "VN", []),
    ("Bộ Ngoại giao", "", "government", "VN", []),
    ("Bộ Nội vụ", "", "government", "VN", []),
    ("Bộ Tư pháp", "", "government", "VN", []),
    ("Bộ Tài chính", "", "government", "VN", []),
    ("Bộ Công Thương", "", "government", "VN", []),
    ("Bộ Nông nghiệp và Môi trường", "", "government", "VN", ["Bộ NN&MT"]),
    ("Bộ Xây dựng", "", "government", "VN", []),
    ("Bộ Văn hóa, Thể thao và Du lịch", "", "government", "VN", ["Bộ VHTTDL"]),
    ("Bộ Khoa học và Công nghệ", "", "government", "VN", ["Bộ KH&CN"]),
    ("Bộ Giáo dục và Đào tạo", "", "government", "VN", ["Bộ GD&ĐT"]),
    ("Bộ Y tế", "", "government", "VN", []),
    ("Bộ Dân tộc và Tôn giáo", "", "government", "VN", []),
    # ministries and ministry-level agencies before 1 March 2025
    ("Bộ Kế hoạch và Đầu tư", "", "government", "VN", ["Bộ KH&ĐT"]),
    ("Bộ Giao thông vận tải", "", "government", "VN", ["Bộ GTVT"]),
    ("Bộ Thông tin và Truyền thông", "", "government", "VN", ["Bộ TT&TT"]),
    ("Bộ Lao động - Thương binh và Xã hội", "", "government", "VN", ["Bộ LĐ-TB&XH"]),
    ("Bộ Nông nghiệp và Phát triển nông thôn", "", "government", "VN", ["Bộ NN&PTNT"]),
    ("Bộ Tài nguyên và Môi trường", "", "government", "VN", ["Bộ TN&MT"]),
    ("Ủy ban Dân tộc", "", "government", "VN", []),
    ("Ủy ban Quản lý vốn nhà nước tại doanh nghiệp", "", "government", "VN", []),  # dissolved 2025
    # other central bodies
    ("Ủy ban Nhà nước về người Việt Nam ở nước ngoài", "", "government", "VN", []),
    ("Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "VAST", "education", "VN", []),
    ("Viện Hàn lâm Khoa học xã hội Việt Nam", "VASS", "education", "VN", []),
    ("Bảo hiểm xã hội Việt Nam", "BHXH", "government", "VN", []),
    ("Quân đội nhân dân Việt Nam", "QĐND", "government", "VN", ["Quân đội nhân dân", "Vietnam People's Army"]),
    ("Công an nhân dân Việt Nam", "CAND", "government", "VN", ["Công an nhân dân"]),
    ("Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam", "", "government", "VN", ["Bộ Tổng Tham mưu"]),
    ("Tổng cục Chính trị Quân đội nhân dân Việt Nam", "", "government", "VN", ["Tổng cục Chính trị"]),
    ("Hải quân nhân dân Việt Nam", "", "government", "VN", []),
    ("Cảnh sát biển Việt Nam", "", "government", "VN", []),
    ("Bộ đội Biên phòng", "", "government", "VN", []),
]

# Vietnamese mass organisations, chambers, associations and religious bodies at
# national level (kind other), and national academies/universities (education).
VN_OTHER = [
    ("Tổng Liên đoàn Lao động Việt Nam", "", "other", "VN", ["Tổng LĐLĐ Việt Nam"]),
    ("Hội Liên hiệp Phụ nữ Việt Nam", "", "other", "VN", ["Hội LHPN Việt Nam"]),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh", "", "other", "VN", ["Đoàn TNCS Hồ Chí Minh", "Trung ương Đoàn"]),
    ("Hội Liên hiệp Thanh niên Việt Nam", "", "other", "VN", []),
    ("Hội Sinh viên Việt Nam", "", "other", "VN", []),
    ("Hội Nông dân Việt Nam", "", "other", "VN", []),
    ("Hội Cựu chiến binh Việt Nam", "", "other", "VN", []),
    ("Hội Chữ thập đỏ Việt Nam", "", "other", "VN", []),
    ("Hội Nhà báo Việt Nam", "", "other", "VN", []),
    ("Hội Luật gia Việt Nam", "", "other", "VN", []),
    ("Liên hiệp các tổ chức hữu nghị Việt Nam", "VUFO", "other", "VN", []),
    ("Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam", "VUSTA", "other", "VN", []),
    ("Phòng Thương mại và Công nghiệp Việt Nam", "VCCI", "other", "VN", []),
    ("Liên minh Hợp tác xã Việt Nam", "", "other", "VN", []),
    ("Giáo hội Phật giáo Việt Nam", "", "other", "VN", []),
    ("Hội đồng Giám mục Việt Nam", "", "other", "VN", []),
    ("Học viện Chính trị quốc gia Hồ Chí Minh", "", "education", "VN", []),
    ("Học viện Ngoại giao", "DAV", "education", "VN", ["Diplomatic Academy of Vietnam"]),
    ("Đại học Quốc gia Hà Nội", "ĐHQGHN", "education", "VN", ["VNU"]),
    ("Đại học Quốc gia Thành phố Hồ Chí Minh", "", "education", "VN", ["Đại học Quốc gia TP.HCM", "ĐHQG-HCM"]),
]

# Foreign government bodies named by a nickname or without a pattern, and
# development/trade agencies (kind government, with their country).
FOREIGN_GOV = [
    ("Nhà Trắng", "", "government", "US", ["White House"]),
    ("Lầu Năm Góc", "", "government", "US", ["Pentagon"]),
    ("Cục Dự trữ Liên bang Mỹ", "", "government", "US", ["Fed", "Cục Dự trữ Liên bang"]),
    ("Điện Kremlin", "", "government", "RU", ["Kremlin"]),
    ("Điện Élysée", "", "government", "FR", ["Điện Elysee"]),
    ("Nhà Xanh", "", "government", "KR", []),
    ("Tòa Thánh Vatican", "", "government", "VA", ["Tòa Thánh"]),
    ("Quốc vụ viện Trung Quốc", "", "government", "CN", ["Quốc vụ viện"]),
    ("Đại hội Đại biểu Nhân dân toàn quốc Trung Quốc", "", "government", "CN", ["Nhân đại Trung Quốc", "Nhân đại toàn quốc"]),
    ("Hội nghị Hiệp thương Chính trị Nhân dân Trung Quốc", "", "government", "CN", ["Chính Hiệp"]),
    ("Cơ quan Hợp tác Quốc tế Nhật Bản", "JICA", "government", "JP", ["Japan International Cooperation Agency"]),
    ("Tổ chức Xúc tiến Thương mại Nhật Bản", "JETRO", "government", "JP", []),
    ("Ngân hàng Hợp tác Quốc tế Nhật Bản", "JBIC", "government", "JP", []),
    ("Cơ quan Hợp tác Quốc tế Hàn Quốc", "KOICA", "government", "KR", []),
    ("Cơ quan Xúc tiến Thương mại và Đầu tư Hàn Quốc", "KOTRA", "government", "KR", []),
    ("Cơ quan Phát triển Quốc tế Hoa Kỳ", "USAID", "government", "US", ["Cơ quan Phát triển Quốc tế Mỹ"]),
    ("Tổ chức Hợp tác Quốc tế Đức", "GIZ", "government", "DE", []),
    ("Ngân hàng Tái thiết Đức", "KfW", "government", "DE", []),
    ("Cơ quan Phát triển Pháp", "AFD", "government", "FR", ["Agence française de développement"]),
]

# News media: Vietnamese (press agency, broadcasters, national papers and e-papers)
# and foreign agencies and outlets quoted in Vietnamese news.
MEDIA = [
    ("Thông tấn xã Việt Nam", "TTXVN", "media", "VN", ["Vietnam News Agency"]),
    ("Đài Tiếng nói Việt Nam", "VOV", "media", "VN", ["Voice of Vietnam"]),
    ("Đài Truyền hình Việt Nam", "VTV", "media", "VN", []),
    ("Đài Truyền hình Thành phố Hồ Chí Minh", "HTV", "media", "VN", []),
    ("Báo Nhân Dân", "", "media", "VN", ["Nhân Dân"]),
    ("Báo Quân đội nhân dân", "", "media", "VN", ["Báo QĐND"]),
    ("Báo Công an nhân dân", "", "media", "VN", ["Báo CAND"]),
    ("Tạp chí Cộng sản", "", "media", "VN", []),
    ("Báo Điện tử Đảng Cộng sản Việt Nam", "", "media", "VN", []),
    ("Báo Điện tử Chính phủ", "", "media", "VN", ["Báo Chính phủ", "Chinhphu.vn", "VGP"]),
    ("Báo Thế giới và Việt Nam", "", "media", "VN", ["TG&VN"]),
    ("Báo Tin tức", "", "media", "VN", []),
    ("VietnamPlus", "", "media", "VN", []),
    ("Việt Nam News", "", "media", "VN", ["Vietnam News"]),
    ("Báo Thanh Niên", "", "media", "VN", ["Thanh Niên"]),
    ("Báo Tuổi Trẻ", "", "media", "VN", ["Tuổi Trẻ"]),
    ("Báo Pháp Luật Thành phố Hồ Chí Minh", "PLO", "media", "VN", ["Báo Pháp Luật TP.HCM", "Pháp Luật TP.HCM"]),
    ("Báo Lao Động", "", "media", "VN", []),
    ("Báo Sài Gòn Giải Phóng", "SGGP", "media", "VN", ["Sài Gòn Giải Phóng"]),
    ("Báo Người Lao Động", "NLĐ", "media", "VN", []),
    ("Báo Tiền Phong", "", "media", "VN", []),
    ("Báo Đại Đoàn Kết", "", "media", "VN", []),
    ("Báo Hà Nội Mới", "", "media", "VN", []),
    ("Báo Giáo dục và Thời đại", "", "media", "VN", []),
    ("VnExpress", "", "media", "VN", []),
    ("Dân trí", "", "media", "VN", ["Báo Dân trí"]),
    ("VietNamNet", "", "media", "VN", ["Báo VietNamNet"]),
    ("Znews", "", "media", "VN", ["Zing News", "Zingnews"]),
    ("Reuters", "", "media", "GB", ["Hãng tin Reuters"]),
    ("AFP", "AFP", "media", "FR", ["Agence France-Presse", "Hãng thông tấn Pháp"]),
    ("AP", "AP", "media", "US", ["Associated Press"]),
    ("Bloomberg", "", "media", "US", []),
    ("BBC", "BBC", "media", "GB", []),
    ("CNN", "CNN", "media", "US", []),
    ("Fox News", "", "media", "US", []),
    ("The New York Times", "", "media", "US", ["New York Times"]),
    ("The Washington Post", "", "media", "US", ["Washington Post"]),
    ("The Wall Street Journal", "WSJ", "media", "US", ["Wall Street Journal"]),
    ("Politico", "", "media", "US", []),
    ("Financial Times", "FT", "media", "GB", []),
    ("The Guardian", "", "media", "GB", []),
    ("Deutsche Welle", "DW", "media", "DE", []),
    ("DPA", "DPA", "media", "DE", ["Deutsche Presse-Agentur"]),
    ("RFI", "RFI", "media", "FR", []),
    ("EFE", "EFE", "media", "ES", []),
    ("ANSA", "ANSA", "media", "IT", []),
    ("Tân Hoa xã", "", "media", "CN", ["Xinhua", "Thông tấn xã Tân Hoa"]),
    ("Nhân dân Nhật báo", "", "media", "CN", ["People's Daily"]),
    ("Thời báo Hoàn cầu", "", "media", "CN", ["Global Times"]),
    ("CCTV", "CCTV", "media", "CN", ["Đài Truyền hình Trung ương Trung Quốc"]),
    ("CGTN", "CGTN", "media", "CN", []),
    ("South China Morning Post", "SCMP", "media", "HK", []),
    ("Kyodo", "", "media", "JP", ["Kyodo News"]),
    ("NHK", "NHK", "media", "JP", []),
    ("Nikkei", "", "media", "JP", ["Nikkei Asia"]),
    ("Yonhap", "", "media", "KR", ["Yonhap News"]),
    ("KCNA", "KCNA", "media", "KP", ["Hãng thông tấn Trung ương Triều Tiên"]),
    ("TASS", "TASS", "media", "RU", ["Thông tấn xã Nga"]),
    ("Sputnik", "", "media", "RU", []),
    ("RIA Novosti", "", "media", "RU", []),
    ("Bernama", "", "media", "MY", []),
    ("Antara", "", "media", "ID", []),
    ("KPL", "KPL", "media", "LA", ["Thông tấn xã Lào"]),
    ("AKP", "AKP", "media", "KH", ["Thông tấn xã Campuchia"]),
    ("The Straits Times", "", "media", "SG", ["Straits Times"]),
    ("Channel NewsAsia", "CNA", "media", "SG", []),
    ("Al Jazeera", "", "media", "QA", []),
    ("Prensa Latina", "", "media", "CU", []),
]

# Companies often in diplomatic and economic news (~90), with home country.
COMPANIES = [
    # Vietnam
    ("Vietnam Airlines", "", "company", "VN", ["Tổng công ty Hàng không Việt Nam", "VNA"]),
    ("Vietjet", "", "company", "VN", ["Vietjet Air", "Hãng hàng không Vietjet"]),
    ("Bamboo Airways", "", "company", "VN", []),
    ("Petrovietnam", "PVN", "company", "VN", ["Tập đoàn Dầu khí Quốc gia Việt Nam", "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"]),
    ("Tập đoàn Điện lực Việt Nam", "EVN", "company", "VN", []),
    ("Viettel", "", "company", "VN", ["Tập đoàn Công nghiệp - Viễn thông Quân đội"]),
    ("VNPT", "VNPT", "company", "VN", ["Tập đoàn Bưu chính Viễn thông Việt Nam"]),
    ("Vingroup", "", "company", "VN", ["Tập đoàn Vingroup"]),
    ("VinFast", "", "company", "VN", []),
    ("Vinamilk", "", "company", "VN", []),
    ("FPT", "FPT", "company", "VN", ["Tập đoàn FPT"]),
    ("Masan", "", "company", "VN", ["Tập đoàn Masan"]),
    ("Hòa Phát", "", "company", "VN", ["Tập đoàn Hòa Phát"]),
    ("Sun Group", "", "company", "VN", []),
    ("Thaco", "", "company", "VN", ["Trường Hải"]),
    ("Petrolimex", "", "company", "VN", ["Tập đoàn Xăng dầu Việt Nam"]),
    ("Vinacomin", "TKV", "company", "VN", ["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"]),
    ("Vietsovpetro", "", "company", "VN", []),
    ("Tổng công ty Cảng hàng không Việt Nam", "ACV", "company", "VN", []),
    ("Vietcombank", "", "company", "VN", []),
    ("VietinBank", "", "company", "VN", []),
    ("BIDV", "BIDV", "company", "VN", []),
    ("Agribank", "", "company", "VN", []),
    # Korea
    ("Samsung", "", "company", "KR", ["Tập đoàn Samsung", "Samsung Electronics"]),
    ("LG", "LG", "company", "KR", ["Tập đoàn LG"]),
    ("Hyundai", "", "company", "KR", ["Tập đoàn Hyundai"]),
    ("SK", "SK", "company", "KR", ["Tập đoàn SK"]),
    ("Lotte", "", "company", "KR", ["Tập đoàn Lotte"]),
    ("Hanwha", "", "company", "KR", []),
    ("Posco", "", "company", "KR", []),
    ("CJ", "CJ", "company", "KR", []),
    # Japan
    ("Toyota", "", "company", "JP", []),
    ("Honda", "", "company", "JP", []),
    ("Nissan", "", "company", "JP", []),
    ("Sony", "", "company", "JP", []),
    ("Panasonic", "", "company", "JP", []),
    ("Canon", "", "company", "JP", []),
    ("Toshiba", "", "company", "JP", []),
    ("Hitachi", "", "company", "JP", []),
    ("Mitsubishi", "", "company", "JP", []),
    ("Mitsui", "", "company", "JP", []),
    ("Sumitomo", "", "company", "JP", []),
    ("Aeon", "", "company", "JP", []),
    ("SoftBank", "", "company", "JP", []),
    # United States
    ("Intel", "", "company", "US", []),
    ("Apple", "", "company", "US", []),
    ("Nvidia", "", "company", "US", []),
    ("Microsoft", "", "company", "US", []),
    ("Google", "", "company", "US", ["Alphabet"]),
    ("Meta", "", "company", "US", ["Facebook"]),
    ("Amazon", "", "company", "US", []),
    ("Boeing", "", "company", "US", []),
    ("Qualcomm", "", "company", "US", []),
    ("AMD", "AMD", "company", "US", []),
    ("IBM", "IBM", "company", "US", []),
    ("Tesla", "", "company", "US", []),
    ("SpaceX", "", "company", "US", []),
    ("OpenAI", "", "company", "US", []),
    ("General Electric", "GE", "company", "US", []),
    ("ExxonMobil", "", "company", "US", []),
    ("Coca-Cola", "", "company", "US", []),
    ("Pfizer", "", "company", "US", []),
    # Europe
    ("Airbus", "", "company", "FR", []),
    ("TotalEnergies", "", "company", "FR", []),
    ("EDF", "EDF", "company", "FR", []),
    ("Siemens", "", "company", "DE", []),
    ("Bosch", "", "company", "DE", []),
    ("Volkswagen", "", "company", "DE", []),
    ("BMW", "BMW", "company", "DE", []),
    ("Mercedes-Benz", "", "company", "DE", []),
    ("ASML", "ASML", "company", "NL", []),
    ("Heineken", "", "company", "NL", []),
    ("Shell", "", "company", "GB", []),
    ("BP", "BP", "company", "GB", []),
    ("HSBC", "HSBC", "company", "GB", []),
    ("Nestlé", "", "company", "CH", []),
    ("Lego", "", "company", "DK", []),
    ("Maersk", "", "company", "DK", []),
    ("Gazprom", "", "company", "RU", []),
    ("Rosatom", "", "company", "RU", []),
    # China, Taiwan
    ("Huawei", "", "company", "CN", []),
    ("Alibaba", "", "company", "CN", []),
    ("Tencent", "", "company", "CN", []),
    ("BYD", "BYD", "company", "CN", []),
    ("Xiaomi", "", "company", "CN", []),
    ("TikTok", "", "company", "CN", []),
    ("Foxconn", "", "company", "TW", ["Hon Hai"]),
    ("TSMC", "TSMC", "company", "TW", []),
    # Southeast Asia
    ("AirAsia", "", "company", "MY", ["Air Asia"]),
    ("Petronas", "", "company", "MY", []),
    ("Grab", "", "company", "SG", []),
    ("Temasek", "", "company", "SG", []),
    ("SCG", "SCG", "company", "TH", []),
]

ORG_LISTS = [UN_SYSTEM, REGIONAL, VN_PARTY, VN_STATE, VN_OTHER, FOREIGN_GOV, MEDIA, COMPANIES]

# org_patterns: (head, kind, needs, notes).  Longer heads win over shorter ones in the
# extractor ("Bộ Tư lệnh" before "Bộ", "Trường Đại học" before "Trường").
ORG_PATTERNS = [
    # Government, ministries and their units
    ("Bộ", "government", "field", "ministry: 'Bộ Ngoại giao', 'Bộ Quốc phòng Mỹ'"),
    ("Sở", "government", "field", "provincial department: field then place ('Sở Ngoại vụ TP.HCM')"),
    ("Cục", "government", "field", "department (of a ministry): 'Cục Lãnh sự'"),
    ("Tổng cục", "government", "field", "general department: 'Tổng cục Hải quan'"),
    ("Chi cục", "government", "field", "sub-department, field then place: 'Chi cục Hải quan ...'"),
    ("Vụ", "government", "field", "ministry department: 'Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương'"),
    ("Phòng", "government", "field", "division/office: 'Phòng Tư pháp ...'; see also 'Phòng Thương mại'"),
    ("Ban", "party", "field", "board/commission (Party or Government): 'Ban Đối ngoại Trung ương', 'Ban Quản lý ...'"),
    ("Ban cán sự đảng", "party", "org", "Party cadre committee of a body: 'Ban cán sự Đảng Chính phủ'"),
    ("Ban Thường vụ", "party", "org", "standing committee of a body: 'Ban Thường vụ Thành ủy TP.HCM'"),
    ("Bộ Chính trị", "party", "org", "Politburo of a party: 'Bộ Chính trị Đảng Cộng sản Cu Ba'; bare 'Bộ Chính trị' is in organizations.tsv"),
    ("Ban Chấp hành", "party", "org", "executive committee of a body: 'Ban Chấp hành Đảng bộ tỉnh ...'"),
    ("Đảng đoàn", "party", "org", "Party group of a body: 'Đảng đoàn Quốc hội'"),
    ("Ủy ban", "government", "field_or_place", "committee/commission: 'Ủy ban Đối ngoại', 'Ủy ban châu Âu' (note lower-case 'châu')"),
    ("Ủy ban nhân dân", "government", "place", "People's Committee + place ('Ủy ban nhân dân tỉnh Nghệ An')"),
    ("UBND", "government", "place", "abbreviation of Ủy ban nhân dân + place ('UBND TP.HCM')"),
    ("Hội đồng nhân dân", "government", "place", "People's Council + place"),
    ("HĐND", "government", "place", "abbreviation of Hội đồng nhân dân + place"),
    ("Hội đồng", "government", "field_or_place", "council: 'Hội đồng Dân tộc', 'Hội đồng Bảo an'"),
    ("Văn phòng", "government", "field_or_place", "office: 'Văn phòng Chính phủ', 'Văn phòng Kinh tế và Văn hóa Đài Bắc'"),
    ("Thanh tra", "government", "field_or_place", "inspectorate: 'Thanh tra Chính phủ', 'Thanh tra Bộ Tài chính'"),
    ("Kho bạc", "government", "field_or_place", "treasury: 'Kho bạc Nhà nước'"),
    ("Cơ quan", "government", "name", "agency: 'Cơ quan Hợp tác Quốc tế Nhật Bản' (common noun when lower-case)"),
    ("Chính phủ", "government", "place", "government + country ('Chính phủ Nhật Bản'); bare 'Chính phủ' = Vietnam's"),
    ("Quốc hội", "government", "place", "parliament + country ('Quốc hội Lào'); bare 'Quốc hội' = Vietnam's"),
    ("Hạ viện", "government", "place", "lower house + country"),
    ("Thượng viện", "government", "place", "upper house / senate + country"),
    ("Nghị viện", "government", "place", "parliament + country or region ('Nghị viện châu Âu')"),
    ("Phủ Tổng thống", "government", "place", "presidential office + country"),
    ("Đoàn đại biểu Quốc hội", "government", "place", "provincial National Assembly delegation + province"),
    ("Tòa án", "government", "field_or_place", "court: 'Tòa án Hiến pháp Hàn Quốc', 'Tòa án Công lý Quốc tế'"),
    ("Tòa án nhân dân", "government", "place", "people's court + 'tối cao' or place"),
    ("Viện Kiểm sát", "government", "field_or_place", "procuracy: 'Viện Kiểm sát quân sự ...'"),
    ("Viện Kiểm sát nhân dân", "government", "place", "people's procuracy + 'tối cao' or place"),
    ("Công an", "government", "place", "police of a place: 'Công an TP.HCM', 'Công an tỉnh Nghệ An'"),
    ("Cảnh sát biển", "government", "place", "coast guard + country ('Cảnh sát biển Trung Quốc')"),
    ("Quân đội", "government", "field_or_place", "armed forces + country ('Quân đội Hoàng gia Campuchia')"),
    ("Quân khu", "government", "name", "military region + number or name ('Quân khu 7', 'Quân khu Thủ đô')"),
    ("Quân đoàn", "government", "name", "army corps + number ('Quân đoàn 12')"),
    ("Sư đoàn", "government", "name", "division + number"),
    ("Lữ đoàn", "government", "name", "brigade + number"),
    ("Quân chủng", "government", "field", "service branch: 'Quân chủng Hải quân'"),
    ("Binh chủng", "government", "field", "arm/corps: 'Binh chủng Đặc công'"),
    ("Bộ Tư lệnh", "government", "field_or_place", "command: 'Bộ Tư lệnh Cảnh sát biển', 'Bộ Tư lệnh Thủ đô Hà Nội'"),
    ("Bộ Chỉ huy Quân sự", "government", "place", "provincial military command + place"),
    ("Bộ Chỉ huy Bộ đội Biên phòng", "government", "place", "provincial border guard command + place"),
    ("BTL", "government", "field_or_place", "abbreviation of Bộ Tư lệnh: 'BTL Cảnh sát biển'"),
    ("Hải quân", "government", "place", "navy + country ('Hải quân Mỹ')"),
    ("Không quân", "government", "place", "air force + country ('Không quân Nga')"),
    ("Lục quân", "government", "place", "army + country ('Lục quân Mỹ')"),
    ("Lực lượng", "government", "field", "force: 'Lực lượng Phòng vệ Biển Nhật Bản' (a common noun when lower-case or before a lower-case word)"),
    ("Hạm đội", "government", "name", "fleet + number or name ('Hạm đội 7', 'Hạm đội Thái Bình Dương')"),
    ("Trung đoàn", "government", "name", "regiment + number or name"),
    ("Tiểu đoàn", "government", "name", "battalion + number or name"),
    ("Nội các", "government", "field_or_place", "cabinet + country ('Nội các Nhật Bản')"),
    ("Chính quyền", "government", "place", "administration + place ('Chính quyền Mỹ')"),
    ("VKSND", "government", "place", "abbreviation of Viện Kiểm sát nhân dân + place"),
    ("TAND", "government", "place", "abbreviation of Tòa án nhân dân + place"),
    ("Bộ đội Biên phòng", "government", "place", "border guard + province"),
    # Diplomatic missions
    ("Đại sứ quán", "government", "place", "embassy: country + 'tại' + country ('Đại sứ quán Việt Nam tại Nhật Bản')"),
    ("Tổng Lãnh sự quán", "government", "place", "consulate general: country + 'tại' + city"),
    ("Lãnh sự quán", "government", "place", "consulate: country + 'tại' + city"),
    ("Phái đoàn", "government", "name", "mission/delegation: 'Phái đoàn Đại diện thường trực Việt Nam tại Liên hợp quốc', 'Phái đoàn Liên minh châu Âu tại Việt Nam'"),
    # Party
    ("Đảng", "party", "name", "party: 'Đảng Lao động Triều Tiên', 'Đảng Dân chủ'"),
    ("Đảng bộ", "party", "field_or_place", "party organisation of a place or body: 'Đảng bộ tỉnh ...', 'Đảng bộ Quân đội'"),
    ("Đảng ủy", "party", "field_or_place", "party committee: 'Đảng ủy Chính phủ', 'Đảng ủy xã ...'"),
    ("Thành ủy", "party", "place", "city party committee + city"),
    ("Tỉnh ủy", "party", "place", "provincial party committee + province"),
    ("Huyện ủy", "party", "place", "district party committee + district (abolished 2025)"),
    ("Quận ủy", "party", "place", "urban-district party committee + district (abolished 2025)"),
    ("Thị ủy", "party", "place", "town party committee + town (abolished 2025)"),
    ("Ủy ban Mặt trận Tổ quốc", "party", "place", "Fatherland Front committee + place"),
    ("Ủy ban MTTQ", "party", "place", "abbreviation of Ủy ban Mặt trận Tổ quốc + place"),
    # International and associations
    ("Tổ chức", "international", "name", "organisation: 'Tổ chức Xúc tiến Du lịch Nhật Bản'; the verb 'tổ chức' (to organise) opens sentences: the extractor ignores this head at a sentence start"),
    # Not heads: "Diễn đàn" and "Chương trình" name events and programmes more often than
    # bodies (the bodies, e.g. WEF, UNDP, are in organizations.tsv).
    ("Liên minh", "international", "name", "union/alliance: 'Liên minh châu Âu', 'Liên minh Nghị viện Thế giới'"),
    ("Ủy hội", "international", "name", "commission: 'Ủy hội sông Mê Công quốc tế'"),
    ("Quỹ", "other", "name", "fund: 'Quỹ Tiền tệ Quốc tế', 'Quỹ Vì người nghèo'"),
    ("Hội", "other", "name", "association: 'Hội Nhà báo Việt Nam', 'Hội Hữu nghị Việt Nam - Nhật Bản'"),
    ("Hiệp hội", "other", "name", "association: 'Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam'"),
    ("Liên hiệp", "other", "name", "union/federation: 'Liên hiệp các tổ chức hữu nghị Việt Nam'"),
    ("Liên đoàn", "other", "name", "federation: 'Liên đoàn Lao động tỉnh ...', 'Liên đoàn Bóng đá Việt Nam'"),
    ("Phòng Thương mại", "other", "name", "chamber of commerce: 'Phòng Thương mại Mỹ tại Việt Nam', 'Phòng Thương mại và Công nghiệp Việt Nam'"),
    ("Câu lạc bộ", "other", "name", "club: 'Câu lạc bộ Hà Nội'; also the head of age teams ('U22 Việt Nam')"),
    ("Giáo hội", "other", "name", "church / Buddhist sangha: 'Giáo hội Phật giáo Việt Nam'"),
    ("Tổng Giáo phận", "other", "place", "archdiocese + place"),
    ("Giáo phận", "other", "place", "diocese + place"),
    ("Bảo tàng", "other", "field_or_place", "museum: 'Bảo tàng Hồ Chí Minh', 'Bảo tàng Israel'"),
    ("Đoàn Luật sư", "other", "place", "bar association + province ('Đoàn Luật sư TP Hà Nội')"),
    ("Nông trường", "company", "name", "state farm: 'Nông trường Sông Hậu'"),
    ("Nhà máy", "company", "name", "factory / plant: 'Nhà máy Thủy điện Hòa Bình'"),
    ("Bệnh viện", "other", "name", "hospital: 'Bệnh viện Bạch Mai', 'Bệnh viện Chợ Rẫy'"),
    ("Trung tâm", "other", "name", "centre: 'Trung tâm Báo chí Quốc tế'"),
    # Education and research
    ("Viện", "education", "name", "institute: 'Viện Nghiên cứu Trung Quốc' (see also Viện Kiểm sát)"),
    ("Viện Hàn lâm", "education", "field", "academy: 'Viện Hàn lâm Khoa học xã hội Việt Nam'"),
    ("Nhạc viện", "education", "field_or_place", "conservatory: 'Nhạc viện TP HCM'"),
    ("Học viện", "education", "field_or_place", "academy: 'Học viện Ngoại giao', 'Học viện Quốc phòng'"),
    ("Trường", "education", "name", "school: 'Trường THPT Chu Văn An'"),
    ("Trường Đại học", "education", "name", "university: 'Trường Đại học Bách khoa Hà Nội'"),
    ("Đại học", "education", "name", "university: 'Đại học Quốc gia Hà Nội', 'Đại học Harvard'"),
    # Companies
    ("Tập đoàn", "company", "name", "group/corporation: 'Tập đoàn Vingroup'"),
    ("Tổng công ty", "company", "name", "state corporation: 'Tổng công ty Hàng không Việt Nam'"),
    ("Công ty", "company", "name", "company: 'Công ty cổ phần ...', 'Công ty TNHH ...'"),
    ("Ngân hàng", "company", "name", "bank: 'Ngân hàng Thương mại cổ phần ...'; 'Ngân hàng Nhà nước', 'Ngân hàng Thế giới' are in organizations.tsv"),
    ("Hãng", "company", "name", "firm/airline: 'Hãng hàng không Vietjet', 'Hãng Toyota'"),
    # Media
    ("Báo", "media", "name", "newspaper: 'Báo Nhân Dân'"),
    ("Tạp chí", "media", "name", "magazine/journal: 'Tạp chí Cộng sản'"),
    ("Đài", "media", "name", "broadcaster: 'Đài Tiếng nói Việt Nam', 'Đài Phát thanh và Truyền hình ...'"),
    ("Đài Truyền hình", "media", "field_or_place", "television station + country/place"),
    ("Thông tấn xã", "media", "place", "news agency + country ('Thông tấn xã Việt Nam')"),
    ("Hãng thông tấn", "media", "name", "news agency: 'Hãng thông tấn Kyodo', 'Hãng thông tấn Trung ương Triều Tiên'"),
    ("Hãng tin", "media", "name", "news agency: 'Hãng tin Reuters'"),
    ("Nhà xuất bản", "media", "name", "publishing house: 'Nhà xuất bản Chính trị quốc gia Sự thật'"),
]

# Field names of Vietnamese administrative bodies: what follows "Sở", "Bộ", "Cục", "Ban" … in
# a body's name ("Sở Ngoại vụ TP.HCM" → "Ngoại vụ"). The extractor uses them to know where a
# name with lower-case words ends ("Sở Ngoại vụ tổ chức …": the name stops after "vụ").
# The fields of the ministries and central commissions above are added automatically; these
# are the departments of provincial People's Committees (sở) and common units, before and
# after the 2025 reorganisation.
EXTRA_FIELDS = [
    "Ngoại vụ", "Nội vụ", "Tư pháp", "Tài chính", "Kế hoạch và Đầu tư", "Công Thương", "Xây dựng",
    "Giao thông vận tải", "Giao thông công chính", "Quy hoạch - Kiến trúc", "Tài nguyên và Môi trường",
    "Nông nghiệp và Phát triển nông thôn", "Nông nghiệp và Môi trường", "Khoa học và Công nghệ",
    "Thông tin và Truyền thông", "Văn hóa và Thể thao", "Văn hóa, Thể thao và Du lịch", "Du lịch",
    "Giáo dục và Đào tạo", "Y tế", "Lao động - Thương binh và Xã hội", "Dân tộc và Tôn giáo", "Dân tộc",
    "Thanh tra", "Văn phòng", "Lãnh sự", "Lễ tân", "Hợp tác quốc tế", "Quản lý xuất nhập cảnh",
    "Thông tin đối ngoại", "Báo chí", "Người Việt Nam ở nước ngoài", "Đối ngoại", "Tổ chức", "Tuyên giáo",
    "Dân vận", "Kinh tế", "Nội chính", "Kiểm tra", "Thi đua - Khen thưởng", "Hải quan", "Thuế", "Thống kê",
    "Kho bạc", "An ninh", "Cảnh sát", "Quản lý thị trường", "Xúc tiến thương mại", "Xúc tiến đầu tư",
    "Đầu tư nước ngoài", "Kinh tế đối ngoại", "Châu Á", "Châu Âu", "Châu Mỹ", "Châu Phi", "Đông Nam Á",
    "Tuyên giáo và Dân vận", "Chính sách, chiến lược", "Công tác đại biểu", "Đối ngoại nhân dân",
]

FIELD_HEADS = ("Bộ ", "Ban ", "Cục ", "Tổng cục ", "Vụ ", "Ủy ban ", "Sở ")


def build_fields(orows):
    fields = {norm(f) for f in EXTRA_FIELDS}
    for r in orows:
        name = r[0]
        for h in FIELD_HEADS:
            if name.startswith(h):
                rest = name[len(h):]
                for tail in (" Trung ương", " Việt Nam", " Nhà nước", " quốc gia"):
                    if rest.endswith(tail):
                        rest = rest[: -len(tail)]
                if rest and rest[0].isupper():
                    fields.add(norm(rest))
    return sorted([[f] for f in fields])


_ACRONYM_OK = re.compile(r"^[0-9A-Za-zĐđƯư&\-.]{2,}$")


def acronym_problem(a: str) -> str | None:
    """'all-caps-ish': no spaces, >= 2 chars, first char upper/digit, >= 60% of letters upper."""
    if not a:
        return None
    if not _ACRONYM_OK.match(a):
        return "bad characters"
    letters = [c for c in a if c.isalpha()]
    if not (a[0].isupper() or a[0].isdigit()):
        return "does not start with an upper-case letter or digit"
    if letters and sum(c.isupper() for c in letters) / len(letters) < 0.6:
        return "not mostly upper-case"
    return None



def build_orgs():
    errs, rows, ids = [], [], []
    for lst in ORG_LISTS:
        for name, acr, kind, country, aliases in lst:
            where = f"org {name}"
            for s in [name, acr, country, *aliases]:
                errs += check_text(s, where)
            if kind not in KINDS:
                errs.append(f"{where}: bad kind {kind}")
            if country and not re.fullmatch(r"[A-Z]{2}", country):
                errs.append(f"{where}: bad country {country}")
            if kind == "international" and country:
                errs.append(f"{where}: international org with a country")
            if kind != "international" and not country:
                errs.append(f"{where}: missing country")
            p = acronym_problem(acr)
            if p:
                errs.append(f"{where}: acronym {acr!r}: {p}")
            # the acronym may equal the name ("AFP", "BIDV"): it then marks the name as an acronym
            forms = [name] + ([acr] if acr and acr != name else []) + aliases
            keys = [match_key(f) for f in forms]
            if len(set(keys)) != len(keys):
                errs.append(f"{where}: an alias repeats the name/acronym or another alias: {forms}")
            ids.append((name, forms))
            rows.append([name, acr, kind, country, "|".join(aliases)])
    names = [match_key(r[0]) for r in rows]
    if len(set(names)) != len(names):
        errs.append("duplicate organisation names")
    for key, owners in alias_collisions(ids).items():
        errs.append(f"surface form {key!r} used by several organisations: {sorted(owners)}")
    return rows, errs


def build_patterns():
    errs, rows, seen = [], [], set()
    for head, kind, needs, notes in ORG_PATTERNS:
        where = f"pattern {head}"
        errs += check_text(head, where) + check_text(notes, where)
        if kind not in KINDS:
            errs.append(f"{where}: bad kind {kind}")
        if needs not in NEEDS:
            errs.append(f"{where}: bad needs {needs}")
        k = match_key(head)
        if k in seen:
            errs.append(f"{where}: duplicate")
        seen.add(k)
        rows.append([head, kind, needs, notes])
    return rows, errs


def main():
    orows, oerrs = build_orgs()
    prows, perrs = build_patterns()
    errs = oerrs + perrs
    if errs:
        sys.exit("validation failed:\n  " + "\n  ".join(errs))
    write_tsv(
        os.path.join(OUT_DIR, "organizations.tsv"),
        [
            "organizations.tsv - named organisations that Vietnamese news names without a distinguishing pattern.",
            "Generated by scripts/lexicons/organizations.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project (Vietnamese names as used by the Ministry of Foreign Affairs",
            "  and the Vietnam News Agency; Government structure from 1 March 2025 and before); no third-party data.",
            "kind: international government party media company education other. country: ISO 3166-1 alpha-2,",
            "  empty for international bodies. acronym: the usual one (others in aliases); equal to name when the",
            "  name is itself an acronym. Match acronyms case-sensitively (AP, SK, LG, EU, UN). aliases: '|'-separated.",
            "Former bodies (pre-2025 ministries, Party commissions and NA committees) are kept: older text names them.",
            "Sorted by name (Unicode code point order). Matching ignores case, tone placement and spacing",
            "  around . - / : such variants are not listed.",
        ],
        ["name", "acronym", "kind", "country", "aliases"],
        orows,
        list_columns=("aliases",),
    )
    write_tsv(
        os.path.join(OUT_DIR, "org_patterns.tsv"),
        [
            "org_patterns.tsv - head words that start a named body whose name continues with a capitalised complement.",
            "Generated by scripts/lexicons/organizations.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project; no third-party data.",
            "kind: government party international company media education other.",
            "needs: field (capitalised field phrase), place (place name), field_or_place, name (any capitalised",
            "  name or a number), none. Prefer the longest matching head ('Bộ Tư lệnh' over 'Bộ').",
            "Sorted by head (Unicode code point order).",
        ],
        ["head", "kind", "needs", "notes"],
        prows,
    )
    write_tsv(
        os.path.join(OUT_DIR, "org_fields.tsv"),
        [
            "org_fields.tsv - field names of Vietnamese bodies ('Ngoại vụ' in 'Sở Ngoại vụ TP.HCM').",
            "Generated by scripts/lexicons/organizations.py - do not edit by hand, edit the script.",
            "Source: the fields of the ministries and central commissions in organizations.tsv, plus a",
            "  hand-curated list of provincial departments and units. Sorted (Unicode code point order).",
        ],
        ["field"],
        build_fields(orows),
    )
    counts = {}
    for r in orows:
        counts[r[2]] = counts.get(r[2], 0) + 1
    print("organizations by kind:", ", ".join(f"{k}={counts.get(k, 0)}" for k in KINDS))


if __name__ == "__main__":
    main()
