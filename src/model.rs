//! The result contract (`SPEC.md`, version 1): the `Extraction` and its parts, serialised
//! with camelCase keys. Every list is in order of first appearance; `null` stands for an
//! unknown value, never an empty string. Closed vocabularies (kinds, grains, qualifiers,
//! action types) are enums that serialise to the contract's strings.

use serde::Serialize;

/// A closed vocabulary of the contract: an enum whose values serialise to fixed strings.
macro_rules! vocabulary {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal,)+ }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum $name {
            $($(#[$vdoc])* #[serde(rename = $text)] $variant,)+
        }

        impl $name {
            /// Every value, in the contract's order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The contract's string for this value (as serialised).
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $text,)+
                }
            }

            /// The value whose contract string is `s`.
            pub fn from_name(s: &str) -> Option<$name> {
                match s {
                    $($text => Some($name::$variant),)+
                    _ => None,
                }
            }
        }

        impl PartialEq<&str> for $name {
            fn eq(&self, other: &&str) -> bool {
                self.as_str() == *other
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

/// A range of the ORIGINAL input in UTF-16 code units; `text` is that slice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Span {
    /// Offset of the first code unit (UTF-16) in the input.
    pub start: usize,
    /// Offset just after the last code unit (UTF-16).
    pub end: usize,
    /// The input between `start` and `end`, exactly.
    pub text: String,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Extraction {
    /// The contract version: 1.
    pub version: u32,
    /// The article card: title, published date, authors, source, credits, boilerplate.
    pub article: Article,
    /// Named persons of the news content.
    pub people: Vec<Person>,
    /// Named bodies.
    pub organizations: Vec<Organization>,
    /// Places.
    pub locations: Vec<Location>,
    /// Every time expression, resolved.
    pub dates: Vec<DateMention>,
    /// Key figures: a number and what it counts.
    pub figures: Vec<Figure>,
    /// Legal and policy documents.
    pub documents: Vec<DocumentRef>,
    /// Named events.
    pub events: Vec<EventRef>,
    /// Direct speech.
    pub quotes: Vec<Quote>,
    /// Diplomatic actions.
    pub actions: Vec<Action>,
    /// Notes on the input ("input truncated …"); never a panic.
    pub warnings: Vec<String>,
}

/// The article card.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Article {
    /// The headline line, without an appended dateline.
    pub title: Option<String>,
    /// ISO 8601: "2025-12-23T21:56", "2025-01-12T12:52+07:00" or "2025-12-22".
    pub published: Option<String>,
    /// Bylines.
    pub authors: Vec<String>,
    /// The outlet or agency the text names ("PLO", "TTXVN").
    pub source: Option<String>,
    /// Photo credits ("Ảnh: BẢO PHƯƠNG" → "BẢO PHƯƠNG").
    pub photo_credits: Vec<String>,
    /// The date relative dates were resolved against (published date, or the caller's option).
    pub reference_date: Option<String>,
    /// Lines that are not article content: related links, comment notices, menus.
    pub boilerplate: Vec<Span>,
}

/// A named person.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Person {
    /// The fullest form in the text.
    pub name: String,
    /// Titles as written, each with its organisation if stated; deduplicated.
    pub titles: Vec<String>,
    /// "ông", "bà", "đồng chí" when used.
    pub honorific: Option<String>,
    /// Every mention, short forms included.
    pub mentions: Vec<Span>,
}

vocabulary! {
    /// What kind of body an organisation is.
    OrganizationKind {
        /// Ministries, departments, people's committees, embassies.
        Government = "government",
        /// Party bodies.
        Party = "party",
        /// International organisations.
        International = "international",
        /// Companies and banks.
        Company = "company",
        /// Newspapers, agencies, broadcasters.
        Media = "media",
        /// Schools, universities, institutes.
        Education = "education",
        /// Anything else.
        Other = "other",
    }
}

/// A named body.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Organization {
    /// The fullest form in the text.
    pub name: String,
    /// The acronym when the text gives one ("WEF", "UBND").
    pub acronym: Option<String>,
    /// The kind of body.
    pub kind: OrganizationKind,
    /// ISO 3166-1 alpha-2 when known.
    pub country: Option<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
}

vocabulary! {
    /// What kind of place a location is.
    LocationKind {
        /// A country.
        Country = "country",
        /// A province (Vietnamese or foreign).
        Province = "province",
        /// A city.
        City = "city",
        /// A district or town.
        District = "district",
        /// A ward or commune.
        Ward = "ward",
        /// A region of the world or of Vietnam.
        Region = "region",
        /// Streets, bridges, rivers, islands and other places.
        Other = "other",
    }
}

/// A place.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Location {
    /// The canonical Vietnamese name.
    pub name: String,
    /// The kind of place.
    pub kind: LocationKind,
    /// ISO 3166-1 alpha-2 of the place (of its country for a city or province).
    pub country_code: Option<String>,
    /// Every mention, under any of its names.
    pub mentions: Vec<Span>,
}

vocabulary! {
    /// The precision of a date value.
    Grain {
        /// "…T12:52:07".
        Second = "second",
        /// "…T12:52".
        Minute = "minute",
        /// "…T09".
        Hour = "hour",
        /// "2025-12-22".
        Day = "day",
        /// "2017-W05".
        Week = "week",
        /// "2025-12".
        Month = "month",
        /// "2017-Q3".
        Quarter = "quarter",
        /// "2025".
        Year = "year",
        /// "2025/2030".
        Period = "period",
    }
}

vocabulary! {
    /// The part of the day a date names ("Sáng 13/12", "Chiều 22-12").
    PartOfDay {
        /// sáng
        Morning = "morning",
        /// trưa
        Noon = "noon",
        /// chiều
        Afternoon = "afternoon",
        /// tối
        Evening = "evening",
        /// đêm, khuya
        Night = "night",
    }
}

/// A time expression, resolved.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DateMention {
    /// Where it is written.
    pub span: Span,
    /// TIMEX3-style value: "2025-12-22", "2025-12", "2017-W05", "2025/2030", "XXXX-12-13".
    pub value: String,
    /// The precision of `value`.
    pub grain: Grain,
    /// The part of the day, when the text names one.
    pub part_of_day: Option<PartOfDay>,
    /// True when the value came from the reference date.
    pub relative: bool,
}

vocabulary! {
    /// How a figure's number is qualified (hơn → more_than, khoảng → about, …).
    Qualifier {
        /// No qualifier.
        Exact = "exact",
        /// hơn, trên
        MoreThan = "more_than",
        /// gần, dưới, chưa đến
        LessThan = "less_than",
        /// khoảng, chừng, xấp xỉ
        About = "about",
        /// ít nhất, tối thiểu, không dưới
        AtLeast = "at_least",
        /// tối đa, không quá, nhiều nhất
        AtMost = "at_most",
    }
}

/// A key figure: a number and what it counts.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Figure {
    /// The qualifier, number and counted noun phrase as written.
    pub span: Span,
    /// The number, with any scale word ("1,5 tỷ" → 1500000000).
    pub value: f64,
    /// How the number is qualified.
    pub qualifier: Qualifier,
    /// The counted noun phrase as written ("đoàn cấp cao", "%", "đồng").
    pub unit: String,
    /// The year the figure is about, when the sentence or paragraph says.
    pub year: Option<String>,
}

/// A legal or policy document.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentRef {
    /// The fullest form as written ("Nghị quyết 59-NQ/TW").
    pub name: String,
    /// The kind as written in Vietnamese ("Nghị quyết", "Chiến lược", …): an open list.
    pub kind: String,
    /// The canonical number ("59-NQ/TW").
    pub number: Option<String>,
    /// The issuing body, when stated.
    pub issuer: Option<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
}

vocabulary! {
    /// What kind of event.
    EventKind {
        /// Hội nghị, Hội nghị Thượng đỉnh
        Conference = "conference",
        /// Diễn đàn, Đối thoại
        Forum = "forum",
        /// Festival, Liên hoan, Hội xuân
        Festival = "festival",
        /// Lễ, Lễ khánh thành
        Ceremony = "ceremony",
        /// Đại hội, Đại hội đại biểu
        Congress = "congress",
        /// Triển lãm, Hội chợ, Expo
        Exhibition = "exhibition",
        /// Giải, Cúp, ASIAD
        Sport = "sport",
        /// Cuộc thi, Chương trình giao lưu, and other events.
        Other = "other",
    }
}

/// A named event.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct EventRef {
    /// The name as written ("Diễn đàn Kinh tế TP.HCM").
    pub name: String,
    /// The kind of event.
    pub kind: EventKind,
    /// The edition ("lần thứ năm" → 5, "Đại hội XIV" → 14).
    pub edition: Option<u32>,
    /// A date value, when the text ties one to the event.
    pub date: Option<String>,
    /// Every mention.
    pub mentions: Vec<Span>,
}

/// Direct speech.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Quote {
    /// The quoted words, without the quote marks.
    pub span: Span,
    /// The speaker's `Person::name`, when the text says who spoke.
    pub speaker: Option<String>,
}

vocabulary! {
    /// What kind of diplomatic action.
    ActionType {
        /// thăm, công du, làm việc tại
        Visit = "visit",
        /// tiếp, chào xã giao
        Receive = "receive",
        /// hội đàm, gặp, buổi làm việc
        Talks = "talks",
        /// ký, ký kết
        Sign = "sign",
        /// trao, trao tặng
        Award = "award",
        /// thiết lập quan hệ, nâng cấp quan hệ, kết nghĩa
        EstablishRelations = "establish_relations",
        /// dự, chủ trì
        Attend = "attend",
    }
}

/// A diplomatic action: who did what with whom, where, when.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Action {
    /// What kind of action (serialised as `type`).
    #[serde(rename = "type")]
    pub kind: ActionType,
    /// A person, organisation or location name.
    pub actor: Option<String>,
    /// The other side: person, organisation, country or role.
    pub counterpart: Option<String>,
    /// Where.
    pub location: Option<String>,
    /// A date value, when stated.
    pub date: Option<String>,
    /// The clause or sentence it was read from.
    pub span: Span,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every value serialises to its contract string, and reads back from it.
    #[test]
    fn vocabularies_serialise_to_the_contract_strings() {
        fn check<T: Serialize + Copy + PartialEq + std::fmt::Debug>(
            all: &[T],
            as_str: fn(T) -> &'static str,
            from: fn(&str) -> Option<T>,
            want: &[&str],
        ) {
            let got: Vec<&str> = all.iter().map(|v| as_str(*v)).collect();
            assert_eq!(got, want);
            for v in all {
                let json = serde_json::to_string(v).expect("serialises");
                assert_eq!(json, format!("\"{}\"", as_str(*v)));
                assert_eq!(from(as_str(*v)), Some(*v));
            }
            assert_eq!(from("unknown"), None);
        }
        use OrganizationKind as O;
        let org =
            ["government", "party", "international", "company", "media", "education", "other"];
        check(O::ALL, O::as_str, O::from_name, &org);
        let loc = ["country", "province", "city", "district", "ward", "region", "other"];
        check(LocationKind::ALL, LocationKind::as_str, LocationKind::from_name, &loc);
        let grains =
            ["second", "minute", "hour", "day", "week", "month", "quarter", "year", "period"];
        check(Grain::ALL, Grain::as_str, Grain::from_name, &grains);
        let pods = ["morning", "noon", "afternoon", "evening", "night"];
        check(PartOfDay::ALL, PartOfDay::as_str, PartOfDay::from_name, &pods);
        let q = ["exact", "more_than", "less_than", "about", "at_least", "at_most"];
        check(Qualifier::ALL, Qualifier::as_str, Qualifier::from_name, &q);
        let ev = [
            "conference",
            "forum",
            "festival",
            "ceremony",
            "congress",
            "exhibition",
            "sport",
            "other",
        ];
        check(EventKind::ALL, EventKind::as_str, EventKind::from_name, &ev);
        let act = ["visit", "receive", "talks", "sign", "award", "establish_relations", "attend"];
        check(ActionType::ALL, ActionType::as_str, ActionType::from_name, &act);
    }
}
