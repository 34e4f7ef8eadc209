//! Families of hostile input, each a function from a size in bytes to an input of about that
//! size: the shapes that made a recogniser re-read the text from every token (issue 10), the
//! property tests' own hostile inputs, and the slowest inputs the slow-unit fuzzer found. The
//! scaling test (`tests/scaling.rs`) checks that each costs time linear in its size, the memory
//! test (`tests/memory.rs`) that each costs memory linear in its size.

#![allow(dead_code)]

/// A tiny deterministic generator (xorshift), so the random families are the same every run.
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }
    pub fn pick<'a>(&mut self, v: &[&'a str]) -> &'a str {
        v[(self.next() % v.len() as u64) as usize]
    }
}

/// Repeat `piece(i)` for i = 0, 1, … until the text has `size` bytes.
fn repeat(size: usize, mut piece: impl FnMut(usize) -> String) -> String {
    let mut s = String::with_capacity(size + 256);
    let mut i = 0;
    while s.len() < size {
        s.push_str(&piece(i));
        i += 1;
    }
    s
}

pub type Family = (&'static str, fn(usize) -> String);

pub fn families() -> Vec<Family> {
    vec![
        // issue 10: a thousands chain whose last group is short, read again from every group
        ("thousands chain", |n| format!("1{}.00", ".000".repeat(n / 4))),
        ("thousands chain, comma", |n| format!("1{},00,0", ".000".repeat(n / 4))),
        ("verbal dates", |n| repeat(n, |_| "ngày 1 tháng 1 năm 1 ".into())),
        ("verbal dates, sentences", |n| repeat(n, |_| "ngày 1 tháng 1 năm 1. ".into())),
        ("day-month-year and verbal", |n| {
            repeat(n, |i| {
                format!(
                    "Chiều {}/{}/{}, ngày {} tháng {} ",
                    i % 28 + 1,
                    i % 12 + 1,
                    1990 + i % 60,
                    i % 28 + 1,
                    i % 12 + 1
                )
            })
        }),
        ("one long sentence of actions", |n| {
            repeat(n, |_| {
                "ông Nguyễn Văn An tiếp Đại sứ Mông Cổ tại Hà Nội và hợp tác với các đối tác quốc tế "
                    .into()
            })
        }),
        ("quotation marks and words", |n| {
            let mut r = Rng::new(7);
            let marks = ["“", "”", "\"", "«", "»"];
            let words = [
                "ông", "bà", "nói", "rằng", "chúng", "tôi", "sẽ", "tiếp", "tục", "hợp", "tác",
                "với", "Hà", "Nội",
            ];
            repeat(n, move |_| {
                let w = if r.next() % 7 == 0 { r.pick(&marks) } else { r.pick(&words) };
                format!("{w} ")
            })
        }),
        ("documents", |n| {
            repeat(n, |i| {
                format!("Nghị quyết {i}/NQ-CP, Quyết định {i}-QĐ/TW và Luật số {i}/2025/QH15; ")
            })
        }),
        ("12/12/", |n| "12/12/".repeat(n / 6)),
        // cousins: the same re-reading in other recognisers
        ("clock times in one sentence", |n| {
            repeat(n, |i| format!("lúc {}:{:02} ", i % 24, i % 60))
        }),
        ("day-months without a year", |n| {
            repeat(n, |i| format!("ngày {}/{} sẽ ", i % 28 + 1, i % 12 + 1))
        }),
        ("future years in one line", |n| {
            repeat(n, |i| format!("năm {} và ngày 3/4 ", 2030 + i % 60))
        }),
        ("giữa without và", |n| repeat(n, |_| "ký kết giữa Bộ Ngoại giao ".into())),
        ("awards without a recipient", |n| repeat(n, |_| "trao tặng cho các cá nhân ".into())),
        ("aggregate receptions", |n| repeat(n, |_| "Sở đón hơn 40 đoàn khách quốc tế ".into())),
        ("attendance without a person", |n| repeat(n, |_| "dự hội nghị cấp cao ".into())),
        ("quotes in one sentence", |n| {
            repeat(n, |_| "“một hai ba bốn năm sáu bảy tám chín” và ".into())
        }),
        ("numbers glued to words", |n| repeat(n, |i| format!("a{}", i % 10))),
        // the date steps of the quality work: days listed before a day-month, clock times of
        // "cùng ngày", and years said in passing in one long sentence (whether a year opens
        // its clause is read backwards from it, a few words at most)
        ("listed days", |n| {
            repeat(n, |i| {
                format!("các ngày {}, {} và {}/{} ", i % 9 + 1, i % 9 + 2, i % 9 + 3, i % 12 + 1)
            })
        }),
        ("clock times of the same day", |n| {
            repeat(n, |i| {
                format!("ngày {}/{} lúc {} giờ cùng ngày ", i % 28 + 1, i % 12 + 1, i % 24)
            })
        }),
        ("years in passing in one sentence", |n| {
            repeat(n, |i| {
                format!(
                    "sự cố của nhà máy hồi năm {} và ngày {}/{} ",
                    1990 + i % 30,
                    i % 28 + 1,
                    i % 12 + 1
                )
            })
        }),
        // the year scope: a January date of a year-end review ("tổng kết") read its whole
        // sentence again; undated day-months before every dated mark (no reference date)
        // compared themselves with every mark
        ("year-end reviews in one sentence", |n| {
            repeat(n, |i| format!("ngày {}/1 tổng kết năm 2019, ", i % 28 + 1))
        }),
        ("undated day-months before dated months", |n| {
            let mut s = repeat(n / 2, |i| format!("ngày {}/{} họp. ", i % 28 + 1, i % 12 + 1));
            s.push_str(&repeat(n / 2, |i| format!("tháng {}/2019 mở. ", i % 12 + 1)));
            s
        }),
        // the property tests' hostile inputs
        ("one long word", |n| "ả".repeat(n / 3)),
        ("many dates", |n| repeat(n, |_| "ngày 12/12/2025, ".into())),
        ("nested brackets", |n| "(".repeat(n)),
        ("combining marks", |n| "\u{301}\u{300}\u{303}".repeat(n / 6)),
        ("one character", |n| "a".repeat(n)),
        ("open quotes", |n| "“".repeat(n / 3)),
        ("many people", |n| repeat(n, |i| format!("ông Nguyễn Văn A{i} và "))),
        ("many actions", |n| {
            repeat(n, |i| format!("Thủ tướng Phạm Minh Chính tiếp Đại sứ Ito Naoki{i}. "))
        }),
        // a role that names its country by another name than the title did, against every
        // title of the text (it was quadratic: each role read every mention's titles)
        ("roles naming a place", |n| {
            repeat(n, |i| {
                format!(
                    "Tổng thống Hoa Kỳ Donald Trump{i} tiếp Tổng thống Mỹ và Thủ tướng Nhật Bản. "
                )
            })
        }),
        ("many documents", |n| {
            repeat(n, |i| format!("Nghị quyết {i}/NQ-CP, Kế hoạch {i} đến năm 2030, "))
        }),
        ("many quotes", |n| {
            repeat(n, |_| "ông Hà nói: “một hai ba bốn năm sáu bảy tám chín mười”. ".into())
        }),
        ("digits", |n| "1".repeat(n)),
        ("emoji", |n| repeat(n, |_| "🇻🇳👍🏽 Ngày 2/9 👨‍👩‍👧 ông Hà 🎉\u{fe0f} ".into())),
        ("Vietnamese soup", |n| {
            let mut r = Rng::new(11);
            repeat(n, move |_| format!("{} ", r.pick(SOUP)))
        }),
    ]
}

/// The pieces of "Vietnamese soup": dates, numbers, names, marks, odd spaces and characters,
/// in any order (the soup family here, the soup property in `tests/properties.rs`).
pub const SOUP: &[&str] = &[
    "Ngày",
    "ngày",
    "22/12",
    "12.1",
    "2025",
    "năm",
    "tháng",
    "9/2025",
    "hơn",
    "80",
    "đoàn",
    "cấp cao",
    "Thứ Ba,",
    "lúc",
    "9 giờ",
    "21:56",
    "GMT+7",
    "giai đoạn",
    "2020-2025",
    "tầm nhìn",
    "Sở Ngoại vụ",
    "TP.HCM",
    "Hòa",
    "ông",
    "Nguyễn Văn A",
    "“",
    "”",
    "\"",
    "(",
    ")",
    ",",
    ".",
    "…",
    "-",
    "|",
    "\n",
    "1.500",
    "1,5 tỷ",
    "%",
    "bốn",
    "hai mươi mốt",
    "Ảnh:",
    "BẢO PHƯƠNG",
    "TIN LIÊN QUAN",
    "Đ",
    "đ",
    "tiếp",
    "Đại sứ",
    "thăm",
    "Hà Nội",
    "nói:",
    "Nghị quyết",
    "59-NQ/TW",
    "hoà",
    "Thuỷ",
    "–",
    "\r\n",
    "\u{a0}",
    "\u{200b}",
    "😀",
    "👨‍👩‍👧",
    "\u{301}",
    "e\u{302}\u{301}",
    "Top",
    "\t",
    "\u{0}",
    "\u{feff}",
    "ﷺ",
    "\u{202e}",
    "𝔘",
];
