# Type stubs of vn_news_extract: the Extraction of SPEC.md (version 1) as TypedDicts, and the
# functions. For type checkers only; at run time the results are plain dicts and lists.
from typing import Any, Iterable, List, Literal, Mapping, Optional, TypedDict

__version__: str
MAX_INPUT_BYTES: int

class Span(TypedDict):
    start: int  # UTF-16 offsets into the input (see utf16_slice)
    end: int
    text: str

class Article(TypedDict):
    title: Optional[str]
    published: Optional[str]  # ISO 8601
    authors: List[str]
    source: Optional[str]
    photoCredits: List[str]
    referenceDate: Optional[str]
    boilerplate: List[Span]

class Person(TypedDict):
    name: str
    titles: List[str]
    honorific: Optional[str]
    mentions: List[Span]

class Organization(TypedDict):
    name: str
    acronym: Optional[str]
    kind: Literal["government", "party", "international", "company", "media", "education", "other"]
    country: Optional[str]  # ISO 3166-1 alpha-2
    mentions: List[Span]

class Location(TypedDict):
    name: str
    kind: Literal["country", "province", "city", "district", "ward", "region", "other"]
    countryCode: Optional[str]
    mentions: List[Span]

class DateMention(TypedDict):
    span: Span
    value: str  # TIMEX3-style: "2025-12-22", "2017-W05", "2025/2030", "XXXX-12-13"
    grain: Literal["second", "minute", "hour", "day", "week", "month", "quarter", "year", "period"]
    partOfDay: Optional[Literal["morning", "noon", "afternoon", "evening", "night"]]
    relative: bool

class Figure(TypedDict):
    span: Span
    value: float
    qualifier: Literal["exact", "more_than", "less_than", "about", "at_least", "at_most"]
    unit: str
    year: Optional[str]

class DocumentRef(TypedDict):
    name: str
    kind: str
    number: Optional[str]
    issuer: Optional[str]
    mentions: List[Span]

class EventRef(TypedDict):
    name: str
    kind: Literal["conference", "forum", "festival", "ceremony", "congress", "exhibition", "sport", "other"]
    edition: Optional[int]
    date: Optional[str]
    mentions: List[Span]

class Quote(TypedDict):
    span: Span
    speaker: Optional[str]

class Action(TypedDict):
    type: Literal["visit", "receive", "talks", "sign", "award", "establish_relations", "attend"]
    actor: Optional[str]
    counterpart: Optional[str]
    location: Optional[str]
    date: Optional[str]
    span: Span

class Extraction(TypedDict):
    version: Literal[1]
    article: Article
    people: List[Person]
    organizations: List[Organization]
    locations: List[Location]
    dates: List[DateMention]
    figures: List[Figure]
    documents: List[DocumentRef]
    events: List[EventRef]
    quotes: List[Quote]
    actions: List[Action]
    warnings: List[str]

def extract(text: str, reference_date: Optional[str] = None) -> Extraction:
    """The Extraction of one article; TypeError when text (or reference_date) is not a str."""

def extract_many(
    texts: Iterable[str], jobs: Optional[int] = None, reference_date: Optional[str] = None
) -> List[Extraction]:
    """The Extractions of many articles, in input order, on `jobs` threads (default: all cores)."""

def extract_lines(
    lines: Iterable[str],
    jobs: Optional[int] = None,
    reference_date: Optional[str] = None,
    first_line: int = 1,
) -> List[str]:
    """JSON Lines records in, result lines out, as `vn-news-extract --jsonl` writes them."""

def version() -> str: ...
def utf16_slice(text: str, span: Mapping[str, Any]) -> str: ...
