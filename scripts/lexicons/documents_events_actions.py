"""Generate the lexicons of documents, events and diplomatic actions:

  src/lexicons/doc_kinds.tsv     kinds of legal and policy documents ("Nghị quyết", "Chiến lược" …)
  src/lexicons/doc_codes.tsv     the type and issuer codes of document numbers ("NQ", "QĐ"; "CP", "TTg", "TW" …)
  src/lexicons/event_heads.tsv   words that start a named event ("Hội nghị", "Diễn đàn", "Lễ hội" …)
  src/lexicons/action_verbs.tsv  verbs and phrases of diplomatic actions ("thăm và làm việc tại" → visit …)

Source: curated for this project from the conventions of Vietnamese legal documents (Decree
30/2020/NĐ-CP on administrative documents: document types and their abbreviations, the
number format "số/năm/viết tắt loại-viết tắt cơ quan"; the Party's Regulation 66-QĐ/TW on
Party documents: "số-viết tắt loại/viết tắt cơ quan") and from the vocabulary of Vietnamese
diplomatic news (the Ministry of Foreign Affairs' and the Vietnam News Agency's reports of
visits, receptions, talks, signings, awards and twinning). No third-party data set.

Re-run (Python 3.11, standard library only, from the repository root):
    python3 scripts/lexicons/documents_events_actions.py
"""

from __future__ import annotations

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from _common import OUT_DIR, norm, write_tsv  # noqa: E402

# (kind as written, code in numbers, category)
#   category: legal (a numbered legal/administrative document), policy (a named strategy, plan,
#   programme, scheme), agreement (an international instrument), text (other named texts)
DOC_KINDS = [
    ("Hiến pháp", "", "legal"),
    ("Bộ luật", "BLuật", "legal"),
    ("Luật", "Luật", "legal"),
    ("Pháp lệnh", "PL", "legal"),
    ("Nghị quyết", "NQ", "legal"),
    ("Nghị quyết liên tịch", "NQLT", "legal"),
    ("Nghị định", "NĐ", "legal"),
    ("Quyết định", "QĐ", "legal"),
    ("Chỉ thị", "CT", "legal"),
    ("Kết luận", "KL", "legal"),
    ("Quy định", "QĐi", "legal"),
    ("Quy chế", "QC", "legal"),
    ("Thông tư", "TT", "legal"),
    ("Thông tư liên tịch", "TTLT", "legal"),
    ("Công văn", "CV", "legal"),
    ("Công điện", "CĐ", "legal"),
    ("Thông báo", "TB", "legal"),
    ("Hướng dẫn", "HD", "legal"),
    ("Tờ trình", "TTr", "legal"),
    ("Báo cáo", "BC", "legal"),
    ("Lệnh", "L", "legal"),
    ("Chiến lược", "CL", "policy"),
    ("Kế hoạch", "KH", "policy"),
    ("Đề án", "ĐA", "policy"),
    ("Chương trình hành động", "CTr", "policy"),
    ("Chương trình", "CTr", "policy"),
    ("Quy hoạch", "QH", "policy"),
    ("Dự án Luật", "", "policy"),
    ("Văn kiện", "", "text"),
    ("Cương lĩnh", "", "text"),
    ("Sách trắng", "", "text"),
    ("Hiệp định", "", "agreement"),
    ("Hiệp ước", "", "agreement"),
    ("Công ước", "", "agreement"),
    ("Nghị định thư", "", "agreement"),
    ("Bản ghi nhớ", "", "agreement"),
    ("Biên bản ghi nhớ", "", "agreement"),
    ("Thỏa thuận", "", "agreement"),
    ("Tuyên bố chung", "", "agreement"),
    ("Tuyên bố", "", "agreement"),
    ("Hiến chương", "", "agreement"),
]

# codes in document numbers: type codes come from DOC_KINDS; issuer codes:
#   (code, issuer as the press names it, format) with format "party" ("59-NQ/TW") or "state"
#   ("153/NQ-CP", "15/2020/NĐ-CP"). For TW the issuer depends on the type (see TW_BY_TYPE).
ISSUERS = [
    ("TW", "", "party"),
    ("BCT", "Bộ Chính trị", "party"),
    ("BBT", "Ban Bí thư", "party"),
    ("TU", "Tỉnh ủy", "party"),
    ("ThU", "Thành ủy", "party"),
    ("HU", "Huyện ủy", "party"),
    ("ĐU", "Đảng ủy", "party"),
    ("QUTW", "Quân ủy Trung ương", "party"),
    ("BTGTW", "Ban Tuyên giáo Trung ương", "party"),
    ("BĐNTW", "Ban Đối ngoại Trung ương", "party"),
    ("BTCTW", "Ban Tổ chức Trung ương", "party"),
    ("CP", "Chính phủ", "state"),
    ("TTg", "Thủ tướng Chính phủ", "state"),
    ("QH", "Quốc hội", "state"),
    ("QH15", "Quốc hội", "state"),
    ("QH14", "Quốc hội", "state"),
    ("UBTVQH", "Ủy ban Thường vụ Quốc hội", "state"),
    ("UBTVQH15", "Ủy ban Thường vụ Quốc hội", "state"),
    ("CTN", "Chủ tịch nước", "state"),
    ("UBND", "Ủy ban nhân dân", "state"),
    ("HĐND", "Hội đồng nhân dân", "state"),
    ("BNG", "Bộ Ngoại giao", "state"),
    ("BTC", "Bộ Tài chính", "state"),
    ("BCA", "Bộ Công an", "state"),
    ("BQP", "Bộ Quốc phòng", "state"),
    ("BNV", "Bộ Nội vụ", "state"),
    ("BTP", "Bộ Tư pháp", "state"),
    ("BYT", "Bộ Y tế", "state"),
    ("BXD", "Bộ Xây dựng", "state"),
    ("BGDĐT", "Bộ Giáo dục và Đào tạo", "state"),
    ("BKHĐT", "Bộ Kế hoạch và Đầu tư", "state"),
    ("BKHCN", "Bộ Khoa học và Công nghệ", "state"),
    ("BVHTTDL", "Bộ Văn hóa, Thể thao và Du lịch", "state"),
    ("BNNMT", "Bộ Nông nghiệp và Môi trường", "state"),
    ("BNNPTNT", "Bộ Nông nghiệp và Phát triển nông thôn", "state"),
    ("BTNMT", "Bộ Tài nguyên và Môi trường", "state"),
    ("BGTVT", "Bộ Giao thông vận tải", "state"),
    ("BTTTT", "Bộ Thông tin và Truyền thông", "state"),
    ("BLĐTBXH", "Bộ Lao động - Thương binh và Xã hội", "state"),
    ("BCT", "Bộ Công Thương", "state"),
    ("NHNN", "Ngân hàng Nhà nước Việt Nam", "state"),
    ("VPCP", "Văn phòng Chính phủ", "state"),
    ("TANDTC", "Tòa án nhân dân tối cao", "state"),
    ("VKSNDTC", "Viện Kiểm sát nhân dân tối cao", "state"),
]

# "TW" documents by type: Politburo resolutions and conclusions, Secretariat directives.
TW_BY_TYPE = [
    ("NQ", "Bộ Chính trị"),
    ("KL", "Bộ Chính trị"),
    ("QĐi", "Bộ Chính trị"),
    ("CT", "Ban Bí thư"),
    ("TB", "Ban Bí thư"),
    ("HD", "Ban Bí thư"),
]

# (head, kind) — kinds of the result contract: conference forum festival ceremony congress
# exhibition sport other
EVENT_HEADS = [
    ("Hội nghị", "conference"), ("Hội nghị Thượng đỉnh", "conference"), ("Hội nghị cấp cao", "conference"),
    ("Hội thảo", "conference"), ("Tọa đàm", "conference"), ("Kỳ họp", "conference"), ("Phiên họp", "conference"),
    ("Hội nghị Bộ trưởng", "conference"), ("Hội nghị trực tuyến", "conference"),
    ("Diễn đàn", "forum"), ("Đối thoại", "forum"), ("Đối thoại Shangri-La", "forum"),
    ("Lễ hội", "festival"), ("Liên hoan", "festival"), ("Festival", "festival"), ("Tết", "festival"),
    ("Tuần lễ hội", "festival"), ("Ngày hội", "festival"), ("Hội xuân", "festival"), ("Đêm hội", "festival"),
    ("Đại lễ", "ceremony"), ("Lễ", "ceremony"), ("Lễ kỷ niệm", "ceremony"), ("Lễ ký kết", "ceremony"),
    ("Lễ khánh thành", "ceremony"), ("Lễ khởi công", "ceremony"), ("Lễ công bố", "ceremony"), ("Lễ ký", "ceremony"),
    ("Lễ trao", "ceremony"), ("Lễ mít tinh", "ceremony"), ("Mít tinh", "ceremony"), ("Lễ tưởng niệm", "ceremony"),
    ("Đại hội", "congress"), ("Đại hội đại biểu", "congress"),
    ("Hội chợ", "exhibition"), ("Triển lãm", "exhibition"), ("Expo", "exhibition"),
    ("Giải", "sport"), ("Giải vô địch", "sport"), ("Cúp", "sport"), ("Đại hội Thể thao", "sport"),
    ("SEA Games", "sport"), ("Olympic", "sport"), ("Thế vận hội", "sport"), ("World Cup", "sport"), ("ASIAD", "sport"),
    ("Ngày", "other"), ("Năm", "other"), ("Tuần lễ", "other"), ("Tuần", "other"), ("Tháng", "other"),
    ("Chương trình giao lưu", "other"), ("Cuộc thi", "other"), ("Hội nghị xúc tiến", "conference"),
]

# How a head's name is read (third column; the default is a name after the head):
#   alone     the head alone names a series; a year, an edition number or an age class may follow
#             ("SEA Games 30", "V-League 2019", "World Cup U20", "U20 World Cup")
#   history   a war or a revolution: a name of capitalised words or a place follows, and its
#             ordinal is part of the name ("Chiến tranh Triều Tiên", "Thế chiến thứ II",
#             "Cách mạng tháng Mười", "nội chiến Mỹ")
#   capital   a capitalised name must follow: a day, week, month or year ("Năm APEC 2017"), never a
#             date ("ngày 12"); a contest ("Cuộc thi Hoa hậu …", not "Cuộc thi quy tụ …")
#   quoted    a programme or a show named only by a quoted title after it ("chương trình “…”")
HEAD_FORMS = {
    "SEA Games": "alone", "Olympic": "alone", "World Cup": "alone", "ASIAD": "alone",
    "Paralympic": "alone", "V-League": "alone", "V.League": "alone", "AFF Cup": "alone",
    "Champions League": "alone", "Premier League": "alone",
    "Chiến tranh": "history", "Thế chiến": "history", "Cách mạng": "history", "Nội chiến": "history",
    "Ngày": "capital", "Năm": "capital", "Tuần": "capital", "Tuần lễ": "capital", "Tháng": "capital",
    "Cuộc thi": "capital",
    "Chương trình": "quoted", "Đêm nhạc": "quoted", "Đêm diễn": "quoted", "Vở diễn": "quoted",
}
HISTORY_AND_SHOWS = [
    ("Chiến tranh", "other"), ("Thế chiến", "other"), ("Cách mạng", "other"), ("Nội chiến", "other"),
    ("Paralympic", "sport"), ("V-League", "sport"), ("V.League", "sport"), ("AFF Cup", "sport"),
    ("Champions League", "sport"), ("Premier League", "sport"),
    ("Chương trình", "other"), ("Đêm nhạc", "festival"), ("Đêm diễn", "festival"), ("Vở diễn", "other"),
]

# Named days that are holidays or dates rather than events.
# A welcome is told by what happens ("lễ đón Thủ tướng X"), not named; "Lầu Năm Góc" and "Đại lễ
# đường" are buildings.
NOT_EVENTS = ["Tết Nguyên đán", "Tết Dương lịch", "Tết Trung thu", "Tết Âm lịch", "Tết Nguyên Đán",
              "Lễ đón", "Năm Góc", "Đại lễ đường"]

# (phrase, action type, role) — role says what the phrase needs after it:
#   place: a place (visit), party: a person/body/role/delegation, event: an event, recipient: "cho" + party
ACTION_VERBS = [
    ("thăm và làm việc tại", "visit", "place"),
    ("thăm làm việc tại", "visit", "place"),
    ("thăm chính thức", "visit", "place"),
    ("thăm cấp Nhà nước", "visit", "place"),
    ("thăm hữu nghị", "visit", "place"),
    ("thăm và làm việc", "visit", "place"),
    ("đến thăm", "visit", "place"),
    ("sang thăm", "visit", "place"),
    ("thăm", "visit", "place"),
    ("công du", "visit", "place"),
    ("đi công tác", "visit", "place"),
    ("làm việc tại", "visit", "place"),
    ("tiếp xã giao", "receive", "party"),
    ("tiếp thân mật", "receive", "party"),
    ("tiếp đón", "receive", "party"),
    ("đón tiếp", "receive", "party"),
    ("tiếp", "receive", "party"),
    ("đón", "receive", "party"),
    # "X chào xã giao Y", "X đến chào Y": X calls on Y — a visit with Y as the other side
    ("chào xã giao", "visit", "party"),
    ("chào từ biệt", "visit", "party"),
    ("đến chào", "visit", "party"),
    ("hội đàm", "talks", "party"),
    ("hội kiến", "talks", "party"),
    ("điện đàm", "talks", "party"),
    ("làm việc với", "talks", "party"),
    ("buổi làm việc", "talks", "party"),
    ("gặp gỡ", "talks", "party"),
    ("gặp", "talks", "party"),
    ("trao đổi với", "talks", "party"),
    ("ký kết", "sign", "party"),
    ("ký", "sign", "party"),
    ("trao văn kiện", "sign", "party"),
    ("trao tặng", "award", "recipient"),
    ("trao", "award", "recipient"),
    ("tặng", "award", "recipient"),
    ("kết nghĩa", "establish_relations", "party"),
    ("thiết lập quan hệ", "establish_relations", "party"),
    ("nâng cấp quan hệ", "establish_relations", "party"),
    ("tham dự", "attend", "event"),
    ("dự", "attend", "event"),
    ("chủ trì", "attend", "event"),
    ("phát biểu tại", "attend", "event"),
    ("báo cáo tại", "attend", "event"),
    ("phát biểu chỉ đạo tại", "attend", "event"),
    ("chứng kiến", "attend", "event"),
]
# Verbs of saying, for the speaker of a quote ("… - ông nhấn mạnh", "Bộ trưởng cho biết: “…”").
SPEECH_VERBS = [
    "nhấn mạnh", "cho biết", "nói", "khẳng định", "chia sẻ", "phát biểu", "bày tỏ", "gửi gắm", "nhận định", "đánh giá",
    "thông tin", "lưu ý", "yêu cầu", "đề nghị", "kêu gọi", "cho rằng", "nêu rõ", "tâm sự", "giải thích", "trả lời",
    "tuyên bố", "nhắc lại", "mong muốn", "kỳ vọng", "bộc bạch", "trao đổi", "chỉ đạo", "nhận xét", "khuyến nghị",
    "cảnh báo", "thừa nhận", "tiết lộ", "kể", "viết", "nêu", "phát biểu chỉ đạo", "quán triệt", "đề xuất", "hy vọng",
    "tin tưởng", "bày tỏ tin tưởng", "ghi nhận", "chúc mừng", "cảm ơn", "nhấn mạnh rằng", "khẳng định rằng",
    "cho hay", "dẫn lời", "bình luận", "thông báo", "phân tích", "chỉ rõ", "bổ sung", "lo lắng", "quả quyết",
    "nhớ lại", "cam kết", "trấn an", "khuyên", "than thở",
]
# Nouns before a quoted phrase that name it (a motto, a slogan), so it is not speech.
NAMING_NOUNS = [
    "phương châm", "khẩu hiệu", "chủ đề", "thông điệp", "tinh thần", "chủ trương", "tên gọi", "tên", "danh hiệu",
    "giải thưởng", "cụm từ", "tiêu chí", "mục tiêu", "định hướng", "quan điểm", "phong trào", "cuộc vận động",
    "chương trình", "dự án", "đề tài", "cuốn sách", "tác phẩm", "bài hát", "bộ phim", "chuyên mục",
]

TYPES = ("visit", "receive", "talks", "sign", "award", "establish_relations", "attend")
ROLES = ("place", "party", "event", "recipient")


def check(rows, n, where):
    errs = []
    seen = set()
    for r in rows:
        if len(r) != n:
            errs.append(f"{where}: bad row {r}")
        k = norm(r[0])
        if (k, tuple(r[1:])) in seen:
            errs.append(f"{where}: duplicate {r[0]}")
        seen.add((k, tuple(r[1:])))
    return errs


def main():
    errs = []
    kinds = [[k, c, cat] for k, c, cat in DOC_KINDS]
    errs += check(kinds, 3, "doc_kinds")
    codes = [[c, "type", k, ""] for k, c, _ in DOC_KINDS if c]
    codes += [[c, "issuer", name, fmt] for c, name, fmt in ISSUERS]
    codes += [["TW:" + t, "issuer", name, "party"] for t, name in TW_BY_TYPE]
    heads = [[h, k, HEAD_FORMS.get(h, "")] for h, k in EVENT_HEADS + HISTORY_AND_SHOWS]
    heads += [[n, "none", ""] for n in NOT_EVENTS]
    errs += check(heads, 3, "event_heads")
    for h in HEAD_FORMS:
        if not any(r[0] == h for r in heads):
            errs.append(f"event_heads: form for a head not listed: {h}")
    verbs = [[p, t, r] for p, t, r in ACTION_VERBS]
    errs += check(verbs, 3, "action_verbs")
    for p, t, r in ACTION_VERBS:
        if t not in TYPES or r not in ROLES:
            errs.append(f"action_verbs: bad type/role {p}")
    speech = [[v, "speech"] for v in SPEECH_VERBS] + [[v, "naming"] for v in NAMING_NOUNS]
    errs += check(speech, 2, "quote_words")
    if errs:
        sys.exit("validation failed:\n  " + "\n  ".join(errs))
    src = "Generated by scripts/lexicons/documents_events_actions.py - edit the script, not this file."
    write_tsv(os.path.join(OUT_DIR, "doc_kinds.tsv"),
              ["doc_kinds.tsv - kinds of legal and policy documents; code = abbreviation in document numbers.", src,
               "category: legal (numbered) | policy (named strategy, plan, scheme) | agreement | text."],
              ["kind", "code", "category"], sorted(kinds))
    write_tsv(os.path.join(OUT_DIR, "doc_codes.tsv"),
              ["doc_codes.tsv - codes in document numbers: type codes and issuer codes (Decree 30/2020/NĐ-CP,",
               "  Regulation 66-QĐ/TW). format: party ('59-NQ/TW') or state ('153/NQ-CP'). 'TW:NQ' = issuer of an",
               "  NQ/TW document.", src],
              ["code", "role", "value", "format"], sorted(codes))
    write_tsv(os.path.join(OUT_DIR, "event_heads.tsv"),
              ["event_heads.tsv - words that start a named event, with its kind; kind 'none' marks named days",
               "  that are holidays, not events. form: how the name is read (alone, history, capital, quoted;",
               "  empty: a name after the head), see HEAD_FORMS in the script.", src],
              ["head", "kind", "form"], sorted(heads))
    write_tsv(os.path.join(OUT_DIR, "action_verbs.tsv"),
              ["action_verbs.tsv - verbs and phrases of diplomatic actions. needs: place (where the actor goes),",
               "  party (the other side: person, body, role, delegation), event (attended), recipient ('cho' + party).",
               src],
              ["phrase", "type", "needs"], sorted(verbs))
    write_tsv(os.path.join(OUT_DIR, "quote_words.tsv"),
              ["quote_words.tsv - speech: verbs of saying that attribute a quote; naming: nouns that name a quoted",
               "  phrase (a motto, a slogan, a title), which is then not direct speech.", src],
              ["word", "role"], sorted(speech))


if __name__ == "__main__":
    main()
