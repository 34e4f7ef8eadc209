//! Documents, events, quotes and actions on sentences written for these tests (not from the
//! dev articles), including negatives: news that is not diplomatic has no actions.
#![cfg(not(target_arch = "wasm32"))]

use vn_news_extract::{extract, Extraction, Options};

fn x(text: &str) -> Extraction {
    extract(text, &Options { reference_date: Some("2025-06-15".into()) })
}

fn docs(e: &Extraction) -> Vec<(&str, &str, Option<&str>, Option<&str>)> {
    e.documents
        .iter()
        .map(|d| (d.name.as_str(), d.kind.as_str(), d.number.as_deref(), d.issuer.as_deref()))
        .collect()
}

fn events(e: &Extraction) -> Vec<(&str, &str, Option<u32>)> {
    e.events.iter().map(|d| (d.name.as_str(), d.kind.as_str(), d.edition)).collect()
}

fn actions(e: &Extraction) -> Vec<(String, String, String)> {
    e.actions
        .iter()
        .map(|a| {
            (
                a.kind.clone(),
                a.actor.clone().unwrap_or_default(),
                a.counterpart.clone().or(a.location.clone()).unwrap_or_default(),
            )
        })
        .collect()
}

fn act(kind: &str, actor: &str, other: &str) -> (String, String, String) {
    (kind.into(), actor.into(), other.into())
}

// ---- documents

#[test]
fn numbered_documents_and_their_issuers() {
    let e = x("Thực hiện Nghị quyết số 59-NQ/TW ngày 24/1/2025 của Bộ Chính trị và Quyết định 1234/QĐ-UBND của UBND Thành phố, cùng Nghị định 15/2020/NĐ-CP.");
    assert_eq!(
        docs(&e),
        [
            ("Nghị quyết 59-NQ/TW", "Nghị quyết", Some("59-NQ/TW"), Some("Bộ Chính trị")),
            ("Quyết định 1234/QĐ-UBND", "Quyết định", Some("1234/QĐ-UBND"), Some("UBND Thành phố")),
            ("Nghị định 15/2020/NĐ-CP", "Nghị định", Some("15/2020/NĐ-CP"), Some("Chính phủ")),
        ]
    );
}

#[test]
fn the_same_document_under_several_forms() {
    let e = x("Kế hoạch triển khai Nghị quyết 153/NQ-CP của Chính phủ đã được ban hành. Sở tiếp tục thực hiện Nghị quyết 153-NQ/CP và Chỉ thị 12-CT/TW.");
    let d = docs(&e);
    assert_eq!(d[0], ("Kế hoạch triển khai Nghị quyết 153/NQ-CP", "Kế hoạch", None, None));
    assert_eq!(d[1], ("Nghị quyết 153/NQ-CP", "Nghị quyết", Some("153/NQ-CP"), Some("Chính phủ")));
    assert_eq!(e.documents[1].mentions.len(), 2);
    assert_eq!(d[2], ("Chỉ thị 12-CT/TW", "Chỉ thị", Some("12-CT/TW"), Some("Ban Bí thư")));
    let e = x("Nghị quyết 59-NQ/TW của Bộ Chính trị được quán triệt. Việc thực hiện Nghị quyết 59 cần quyết liệt.");
    assert_eq!(e.documents.len(), 1);
    assert_eq!(e.documents[0].mentions.len(), 2);
}

#[test]
fn named_policy_documents_run_to_the_end_of_the_noun_phrase() {
    let e = x("Thành phố xây dựng Chiến lược hội nhập quốc tế của Hà Nội đến năm 2030, tầm nhìn 2045, với nhiều giải pháp. Tỉnh cũng ban hành Đề án phát triển du lịch biển đảo giai đoạn 2026 - 2030.");
    assert_eq!(
        docs(&e),
        [
            (
                "Chiến lược hội nhập quốc tế của Hà Nội đến năm 2030, tầm nhìn 2045",
                "Chiến lược",
                None,
                None
            ),
            ("Đề án phát triển du lịch biển đảo giai đoạn 2026 - 2030", "Đề án", None, None),
        ]
    );
}

#[test]
fn agreements_and_generic_words() {
    let e = x("Hai bên ký Hiệp định Thương mại tự do Việt Nam - EU và Bản ghi nhớ về hợp tác giáo dục. Các kế hoạch công tác hằng năm được rà soát; đây là một chương trình lớn.");
    let names: Vec<&str> = e.documents.iter().map(|d| d.name.as_str()).collect();
    assert_eq!(
        names,
        ["Hiệp định Thương mại tự do Việt Nam - EU", "Bản ghi nhớ về hợp tác giáo dục"]
    );
}

// ---- events

#[test]
fn events_with_kinds_and_editions() {
    let e = x("Năm 2024, Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ năm, Liên hoan Phim quốc tế Hà Nội lần thứ VII và Hội chợ Du lịch quốc tế (ITE).");
    assert_eq!(
        events(&e),
        [
            ("Diễn đàn Kinh tế Hà Nội", "forum", Some(5)),
            ("Liên hoan Phim quốc tế Hà Nội", "festival", Some(7)),
            ("Hội chợ Du lịch quốc tế", "exhibition", None)
        ]
    );
    assert!(e.events.iter().all(|ev| ev.date.as_deref() == Some("2024")));
}

#[test]
fn editions_in_words() {
    let ed = |t: &str| x(t).events.first().and_then(|e| e.edition);
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ nhất."), Some(1));
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ tư."), Some(4));
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ mười."), Some(10));
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ mười một."), Some(11));
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ mười lăm."), Some(15));
    assert_eq!(ed("Thành phố tổ chức Diễn đàn Kinh tế Hà Nội lần thứ hai mươi."), Some(20));
}

#[test]
fn congresses_and_dated_conferences() {
    let e = x("Sáng 13/5, Bộ Ngoại giao tổ chức Hội nghị Ngoại giao lần thứ 32 để quán triệt Nghị quyết Đại hội XIV của Đảng.");
    let ev = events(&e);
    assert_eq!(ev[0], ("Hội nghị Ngoại giao", "conference", Some(32)));
    assert_eq!(e.events[0].date.as_deref(), Some("2025-05-13"));
    assert!(ev.contains(&("Đại hội XIV của Đảng", "congress", Some(14))), "{ev:?}");
}

#[test]
fn bodies_are_not_events() {
    let e =
        x("Thành phố hợp tác với Diễn đàn Kinh tế Thế giới (WEF) và Liên minh Nghị viện Thế giới.");
    assert!(e.events.is_empty(), "{:?}", events(&e));
    assert_eq!(e.organizations.len(), 2);
}

// ---- quotes

#[test]
fn quotes_with_speakers() {
    let e = x("Tiếp Đại sứ, Thủ tướng Phạm Minh Chính khẳng định: “Việt Nam luôn coi trọng quan hệ Đối tác chiến lược toàn diện với Nhật Bản”.\n“Chúng tôi sẽ tiếp tục thúc đẩy đầu tư của doanh nghiệp Nhật Bản vào Việt Nam”, Đại sứ Ito Naoki cho biết.");
    let q: Vec<(&str, Option<&str>)> =
        e.quotes.iter().map(|q| (q.span.text.as_str(), q.speaker.as_deref())).collect();
    assert_eq!(q.len(), 2);
    assert_eq!(q[0].1, Some("Phạm Minh Chính"));
    assert!(q[0].0.starts_with("Việt Nam luôn coi trọng"));
    assert_eq!(q[1].1, Some("Ito Naoki"));
}

#[test]
fn pronoun_speakers_and_non_quotes() {
    let e = x("Bà Nguyễn Thị Hằng đánh giá cao kết quả hợp tác.\n“Du lịch là cầu nối quan trọng để hai địa phương hiểu nhau hơn” - bà chia sẻ.\nKhẩu hiệu “Đoàn kết – Dân chủ – Kỷ cương – Đổi mới – Hiệu quả” được treo trang trọng.");
    assert_eq!(e.quotes.len(), 1);
    assert_eq!(e.quotes[0].speaker.as_deref(), Some("Nguyễn Thị Hằng"));
}

// ---- actions

#[test]
fn receive_and_talks() {
    let e = x("Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki. Cùng ngày, Bộ trưởng Bùi Thanh Sơn hội đàm với Ngoại trưởng Hàn Quốc Cho Tae-yul.");
    assert_eq!(
        actions(&e),
        [
            act("receive", "Phạm Minh Chính", "Ito Naoki"),
            act("talks", "Bùi Thanh Sơn", "Cho Tae-yul")
        ]
    );
    assert_eq!(e.actions[0].date.as_deref(), Some("2025-03-05"));
}

#[test]
fn visits_one_action_per_place() {
    let e = x("Năm 2024, đoàn của Bí thư Thành ủy Nguyễn Văn Nên thăm và làm việc tại Mông Cổ, đoàn Chủ tịch UBND TP.HCM Phan Văn Mãi thăm và làm việc tại Mỹ và Úc.");
    assert_eq!(
        actions(&e),
        [
            act("visit", "Nguyễn Văn Nên", "Mông Cổ"),
            act("visit", "Phan Văn Mãi", "Hoa Kỳ"),
            act("visit", "Phan Văn Mãi", "Úc")
        ]
    );
    assert!(e.actions.iter().all(|a| a.date.as_deref() == Some("2024")));
}

#[test]
fn received_delegations_listed_as_roles() {
    let e = x("Thứ hai, TP.HCM đón hơn 40 đoàn cấp cao nước ngoài, nổi bật là các đoàn Tổng thống Đức, Tổng Bí thư, Chủ tịch nước Lào, Tổng thống Bulgaria.");
    assert_eq!(
        actions(&e),
        [
            act("receive", "Thành phố Hồ Chí Minh", "Tổng thống Đức"),
            act("receive", "Thành phố Hồ Chí Minh", "Tổng Bí thư, Chủ tịch nước Lào"),
            act("receive", "Thành phố Hồ Chí Minh", "Tổng thống Bulgaria")
        ]
    );
}

#[test]
fn sign_award_twinning_attend() {
    let e = x("Tại buổi làm việc, hai bên ký kết Biên bản ghi nhớ hợp tác giữa Sở Du lịch Đà Nẵng và Tổ chức Xúc tiến Du lịch Nhật Bản (JNTO).");
    assert_eq!(
        actions(&e),
        [act("sign", "Sở Du lịch Đà Nẵng", "Tổ chức Xúc tiến Du lịch Nhật Bản")]
    );
    let e = x("Nhân dịp này, Thứ trưởng Đỗ Hùng Việt trao tặng Huân chương Hữu nghị cho ông Park Jong-ho, Tổng Lãnh sự Hàn Quốc tại TP.HCM.");
    assert_eq!(actions(&e), [act("award", "Đỗ Hùng Việt", "Park Jong-ho")]);
    let e = x("Tỉnh Quảng Ninh và tỉnh Quảng Tây (Trung Quốc) đã thiết lập quan hệ hữu nghị hợp tác từ năm 2019. Năm 2023, Đà Nẵng kết nghĩa với thành phố Daegu.");
    let a = actions(&e);
    assert!(a.contains(&act("establish_relations", "Đà Nẵng", "Daegu")), "{a:?}");
    let e = x("Sáng 12/3, Phó Thủ tướng Bùi Thanh Sơn dự Hội nghị Ngoại giao lần thứ 32. Tham dự hội nghị có ông Lê Hoài Trung và bà Nguyễn Thị Hằng.");
    let a = actions(&e);
    assert_eq!(a[0], act("attend", "Bùi Thanh Sơn", "Hội nghị Ngoại giao"));
    assert!(
        a.contains(&act("attend", "Lê Hoài Trung", "Hội nghị Ngoại giao"))
            && a.contains(&act("attend", "Nguyễn Thị Hằng", "Hội nghị Ngoại giao")),
        "{a:?}"
    );
}

#[test]
fn aggregates_are_figures_not_actions() {
    let e = x("Trong năm 2017, Thành phố đã đón 155 đoàn khách quốc tế và ký kết 12 văn bản hợp tác quốc tế, xác lập quan hệ kết nghĩa với 58 địa phương.");
    assert!(e.actions.is_empty(), "{:?}", actions(&e));
    assert_eq!(e.figures.len(), 3);
}

#[test]
fn crime_story_has_no_actions() {
    let e = x("Công an quận Hoàn Kiếm tiếp nhận tin báo và tiếp tục điều tra. Đối tượng Trần Văn Long đến thăm hỏi người quen rồi đăng ký tạm trú, dự kiến sẽ trao trả tang vật cho người bị hại; thư ký tòa soạn cho biết vụ việc gặp nhiều khó khăn.");
    assert!(e.actions.is_empty(), "{:?}", actions(&e));
}

#[test]
fn accident_and_football_have_no_actions() {
    let e = x("Khoảng 22 giờ ngày 3/4, xe khách va chạm với xe tải trên quốc lộ 1A qua tỉnh Bình Thuận; lực lượng chức năng đã đến hiện trường.");
    assert!(e.actions.is_empty(), "{:?}", actions(&e));
    let e = x("Đội tuyển Việt Nam gặp Indonesia tại sân Mỹ Đình, sau đó tiếp Thái Lan ở lượt về và đón chào hàng nghìn cổ động viên.");
    assert!(e.actions.is_empty(), "{:?}", actions(&e));
}
