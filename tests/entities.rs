//! People, organisations and places on sentences written for these tests (not from the dev
//! articles): other outlets' styles, the traps of the issue, and non-diplomatic news where
//! nothing should be over-tagged.
#![cfg(not(target_arch = "wasm32"))]

use vn_news_extract::{extract, Extraction, Options};

fn x(text: &str) -> Extraction {
    extract(text, &Options { reference_date: Some("2025-06-15".into()) })
}

fn people(e: &Extraction) -> Vec<&str> {
    e.people.iter().map(|p| p.name.as_str()).collect()
}

fn places(e: &Extraction) -> Vec<(&str, Option<&str>)> {
    e.locations.iter().map(|l| (l.name.as_str(), l.country_code.as_deref())).collect()
}

fn orgs(e: &Extraction) -> Vec<&str> {
    e.organizations.iter().map(|o| o.name.as_str()).collect()
}

fn titles_of<'a>(e: &'a Extraction, name: &str) -> Vec<&'a str> {
    e.people
        .iter()
        .find(|p| p.name == name)
        .map(|p| p.titles.iter().map(|t| t.as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn prime_minister_receives_ambassador() {
    let e = x("Chiều 5/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Nhật Bản tại Việt Nam Ito Naoki.");
    assert_eq!(people(&e), ["Phạm Minh Chính", "Ito Naoki"]);
    assert_eq!(titles_of(&e, "Ito Naoki"), ["Đại sứ Nhật Bản tại Việt Nam"]);
    assert_eq!(places(&e), [("Nhật Bản", Some("JP")), ("Việt Nam", Some("VN"))]);
}

#[test]
fn sino_vietnamese_names() {
    let e = x("Tổng Bí thư Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.");
    assert_eq!(people(&e), ["Tô Lâm", "Tập Cận Bình"]);
    assert_eq!(titles_of(&e, "Tập Cận Bình"), ["Tổng Bí thư", "Chủ tịch nước Trung Quốc"]);
    assert_eq!(places(&e), [("Trung Quốc", Some("CN"))]);
}

#[test]
fn apposition_gives_several_titles() {
    let e = x("Tham dự có ông Lê Hoài Trung, Bí thư Trung ương Đảng, Trưởng Ban Đối ngoại Trung ương; bà Nguyễn Thị Hằng, Giám đốc Sở Du lịch Đà Nẵng.");
    assert_eq!(people(&e), ["Lê Hoài Trung", "Nguyễn Thị Hằng"]);
    assert_eq!(
        titles_of(&e, "Lê Hoài Trung"),
        ["Bí thư Trung ương Đảng", "Trưởng Ban Đối ngoại Trung ương"]
    );
    assert_eq!(titles_of(&e, "Nguyễn Thị Hằng"), ["Giám đốc Sở Du lịch Đà Nẵng"]);
    assert_eq!(e.people[1].honorific.as_deref(), Some("bà"));
    assert!(orgs(&e).contains(&"Ban Đối ngoại Trung ương"));
    assert!(orgs(&e).contains(&"Sở Du lịch Đà Nẵng"));
    assert_eq!(places(&e), [("Đà Nẵng", Some("VN"))]);
}

#[test]
fn titles_joined_by_a_dash() {
    let e = x("Phó Thủ tướng – Bộ trưởng Bùi Thanh Sơn phát biểu.");
    assert_eq!(titles_of(&e, "Bùi Thanh Sơn"), ["Phó Thủ tướng", "Bộ trưởng"]);
}

#[test]
fn short_forms_corefer() {
    let e = x("Phó Chủ tịch UBND tỉnh Quảng Ninh Nguyễn Minh Sơn phát biểu. Ông Sơn nhấn mạnh vai trò của hợp tác.");
    assert_eq!(people(&e), ["Nguyễn Minh Sơn"]);
    assert_eq!(e.people[0].mentions.len(), 2);
    assert_eq!(e.people[0].mentions[1].text, "Sơn");
}

#[test]
fn foreign_leaders_after_titles() {
    let e = x("Ngoại trưởng Mỹ Antony Blinken và Thị trưởng Osaka Yokoyama Hideyuki gặp Tổng thống Putin.");
    assert_eq!(people(&e), ["Antony Blinken", "Yokoyama Hideyuki", "Putin"]);
    assert_eq!(places(&e), [("Hoa Kỳ", Some("US")), ("Osaka", Some("JP"))]);
}

#[test]
fn roles_without_names_are_not_people() {
    let e = x("Thành phố đã đón các đoàn Tổng thống Đức, Thủ tướng Anh, Chủ tịch Quốc hội Lào và Chủ tịch WEF.");
    assert!(people(&e).is_empty(), "{:?}", people(&e));
    let p = places(&e);
    assert!(
        p.contains(&("Đức", Some("DE")))
            && p.contains(&("Anh", Some("GB")))
            && p.contains(&("Lào", Some("LA"))),
        "{p:?}"
    );
}

#[test]
fn streets_schools_and_the_city_are_not_people() {
    let e = x("Hội trường tại số 6 Alexandre de Rhodes, P.Bến Nghé, Quận 1, gần đường Nguyễn Thị Minh Khai và Trường Đại học Nguyễn Tất Thành ở TP Hồ Chí Minh.");
    assert!(people(&e).is_empty(), "{:?}", people(&e));
    let p = places(&e);
    assert!(
        p.contains(&("Phường Bến Nghé", Some("VN")))
            && p.contains(&("Quận 1", Some("VN")))
            && p.contains(&("Thành phố Hồ Chí Minh", Some("VN"))),
        "{p:?}"
    );
    assert!(orgs(&e).contains(&"Trường Đại học Nguyễn Tất Thành"));
}

#[test]
fn ho_chi_minh_the_person_and_the_city() {
    let e = x("Tư tưởng của Chủ tịch Hồ Chí Minh được học tập tại TP Hồ Chí Minh.");
    assert_eq!(people(&e), ["Hồ Chí Minh"]);
    assert_eq!(places(&e), [("Thành phố Hồ Chí Minh", Some("VN"))]);
}

#[test]
fn bodies_with_places_and_acronyms() {
    let e = x("UBND TP.HCM, Thành ủy TP.HCM và Sở Ngoại vụ Hà Nội phối hợp với Đại sứ quán Hàn Quốc tại Việt Nam và Liên hợp quốc (LHQ).");
    let o = orgs(&e);
    for want in [
        "UBND TP.HCM",
        "Thành ủy TP.HCM",
        "Sở Ngoại vụ Hà Nội",
        "Đại sứ quán Hàn Quốc tại Việt Nam",
        "Liên hợp quốc",
    ] {
        assert!(o.contains(&want), "{want} in {o:?}");
    }
    let emb = e.organizations.iter().find(|x| x.name.starts_with("Đại sứ quán")).unwrap();
    assert_eq!(emb.country.as_deref(), Some("KR"));
    let hcm = e.locations.iter().find(|l| l.name == "Thành phố Hồ Chí Minh").unwrap();
    assert_eq!(hcm.mentions.len(), 2, "a place inside a body's name is a mention of it");
}

#[test]
fn same_body_short_and_full() {
    let e = x("Sở Ngoại vụ TP. Hồ Chí Minh tổ chức hội nghị. Sở Ngoại vụ cũng cho biết, Sở đã hoàn thành kế hoạch.");
    assert_eq!(orgs(&e), ["Sở Ngoại vụ TP. Hồ Chí Minh"]);
    assert_eq!(e.organizations[0].mentions.len(), 3);
    assert_eq!(e.organizations[0].kind, "government");
    assert_eq!(e.organizations[0].country.as_deref(), Some("VN"));
}

#[test]
fn party_bodies() {
    let e =
        x("Đảng Cộng sản Việt Nam và Đảng Lao động Triều Tiên; Ban Thường vụ Thành ủy Hà Nội họp.");
    let o = orgs(&e);
    assert!(
        o.contains(&"Đảng Cộng sản Việt Nam")
            && o.contains(&"Đảng Lao động Triều Tiên")
            && o.contains(&"Ban Thường vụ Thành ủy Hà Nội"),
        "{o:?}"
    );
    let kp = e.organizations.iter().find(|x| x.name == "Đảng Lao động Triều Tiên").unwrap();
    assert_eq!(kp.country.as_deref(), Some("KP"));
    assert!(places(&e).contains(&("Triều Tiên", Some("KP"))));
}

#[test]
fn weak_country_names_need_context() {
    let e = x("Anh Nguyễn Văn Nam cho biết ý kiến về pháp luật và áo dài.");
    assert_eq!(people(&e), ["Nguyễn Văn Nam"]);
    assert!(places(&e).is_empty(), "{:?}", places(&e));
    let e = x("Đoàn thăm và làm việc tại Mỹ và Úc, dự lễ hội Việt - Nhật.");
    assert_eq!(
        places(&e),
        [
            ("Hoa Kỳ", Some("US")),
            ("Úc", Some("AU")),
            ("Việt Nam", Some("VN")),
            ("Nhật Bản", Some("JP"))
        ]
    );
}

#[test]
fn other_outlets_datelines() {
    let e = x("HÀ NỘI - Sáng 10/10, Chủ tịch nước Lương Cường đã tiếp Đại sứ Hoa Kỳ Marc Knapper.");
    assert_eq!(people(&e), ["Lương Cường", "Marc Knapper"]);
    assert!(places(&e).contains(&("Hà Nội", Some("VN"))));
    let e = x("(VOV) - Ngày 12/3, tại Trụ sở Bộ Ngoại giao, Thứ trưởng Đỗ Hùng Việt đã tiếp Đại sứ Australia tại Việt Nam.");
    assert_eq!(people(&e), ["Đỗ Hùng Việt"]);
    assert!(orgs(&e).contains(&"Bộ Ngoại giao"));
    assert!(places(&e).contains(&("Úc", Some("AU"))));
    assert_eq!(e.article.source.as_deref(), Some("VOV"));
}

#[test]
fn bylines_and_credits_are_not_people() {
    let e = x("Lãnh đạo tỉnh tiếp đoàn\nNội dung bài có một câu dài về hợp tác giữa hai bên.\nĐoàn chụp ảnh lưu niệm. Ảnh: Trần Minh Thu/TTXVN\nMinh Anh");
    assert!(people(&e).is_empty(), "{:?}", people(&e));
    assert_eq!(e.article.authors, ["Minh Anh"]);
    assert_eq!(e.article.photo_credits, ["Trần Minh Thu/TTXVN"]);
}

#[test]
fn accident_report_is_not_over_tagged() {
    let e = x("Khoảng 22 giờ ngày 3/4, xe khách mang biển số 51B-123.45 lưu thông trên quốc lộ 1A qua tỉnh Bình Thuận thì va chạm với xe tải. Tài xế Trần Văn Long (45 tuổi) bị thương, được đưa đến Bệnh viện Chợ Rẫy.");
    assert_eq!(people(&e), ["Trần Văn Long"]);
    assert_eq!(places(&e), [("Bình Thuận", Some("VN"))]);
    assert_eq!(orgs(&e), ["Bệnh viện Chợ Rẫy"]);
    assert!(e.figures.is_empty(), "{:?}", e.figures);
}

#[test]
fn football_report_is_not_over_tagged() {
    let e = x("Đội tuyển Việt Nam thắng Indonesia 2-1 trên sân Mỹ Đình tối qua, Quang Hải ghi bàn thắng quyết định ở phút 89.");
    assert!(people(&e).is_empty(), "{:?}", people(&e));
    assert_eq!(places(&e), [("Việt Nam", Some("VN")), ("Indonesia", Some("ID"))]);
    assert!(orgs(&e).is_empty(), "{:?}", orgs(&e));
}

#[test]
fn market_news_is_not_over_tagged() {
    let e = x("Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng, trong khi giá USD trên thị trường tự do đi ngang.");
    assert!(
        people(&e).is_empty() && orgs(&e).is_empty() && places(&e).is_empty(),
        "{:?} {:?} {:?}",
        people(&e),
        orgs(&e),
        places(&e)
    );
}

#[test]
fn capitalised_headings_are_not_names() {
    let e = x(
        "TRANG CHỦ / TIN TỨC\nTIN LIÊN QUAN\nAsset Publisher\nHội nghị diễn ra thành công tốt đẹp.",
    );
    assert!(people(&e).is_empty() && orgs(&e).is_empty(), "{:?} {:?}", people(&e), orgs(&e));
}

#[test]
fn provinces_before_and_after_the_merger() {
    let e = x("TP.HCM chính thức sáp nhập với tỉnh Bình Dương và tỉnh Bà Rịa - Vũng Tàu; Thừa Thiên Huế nay là thành phố Huế.");
    let p = places(&e);
    assert!(
        p.contains(&("Bình Dương", Some("VN")))
            && p.contains(&("Bà Rịa - Vũng Tàu", Some("VN")))
            && p.contains(&("Huế", Some("VN"))),
        "{p:?}"
    );
    let bd = e.locations.iter().find(|l| l.name == "Bình Dương").unwrap();
    assert_eq!((bd.kind.as_str(), bd.mentions[0].text.as_str()), ("province", "tỉnh Bình Dương"));
}

#[test]
fn foreign_provinces_and_cities() {
    let e = x("Hợp tác du lịch với tỉnh Aichi (Nhật Bản), giao thông với tỉnh Quảng Đông (Trung Quốc) và cảng biển với Rotterdam (Hà Lan).");
    assert_eq!(
        places(&e),
        [
            ("Aichi", Some("JP")),
            ("Nhật Bản", Some("JP")),
            ("Quảng Đông", Some("CN")),
            ("Trung Quốc", Some("CN")),
            ("Rotterdam", Some("NL")),
            ("Hà Lan", Some("NL"))
        ]
    );
}

#[test]
fn regions() {
    let e = x("Diễn đàn khu vực châu Á - Thái Bình Dương bàn về an ninh Biển Đông và kinh tế Đồng bằng sông Cửu Long.");
    let p: Vec<&str> = places(&e).iter().map(|x| x.0).collect();
    assert_eq!(p, ["châu Á - Thái Bình Dương", "Biển Đông", "Đồng bằng sông Cửu Long"]);
}

#[test]
fn military_and_police_ranks() {
    let e = x(
        "Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng, và Thượng tướng Lương Tam Quang dự lễ.",
    );
    assert_eq!(people(&e), ["Phan Văn Giang", "Lương Tam Quang"]);
    assert_eq!(titles_of(&e, "Phan Văn Giang"), ["Đại tướng", "Bộ trưởng Bộ Quốc phòng"]);
}

#[test]
fn headline_in_capitals_with_a_name() {
    let e = x(
        "THỦ TƯỚNG PHẠM MINH CHÍNH TIẾP ĐẠI SỨ\nHôm nay Thủ tướng Phạm Minh Chính đã tiếp Đại sứ.",
    );
    assert_eq!(people(&e), ["Phạm Minh Chính"]);
}
