// Types of vn-news-extract: the Extraction (result contract, version 1) and the JavaScript API.

/** A piece of the input: `input.slice(start, end) === text` (UTF-16 code unit offsets into the original input). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** The article card. */
export interface Article {
  /** The headline line, without an appended dateline; null when there is none. */
  title: string | null;
  /** ISO 8601: "2025-12-23T21:56", "2025-01-12T12:52+07:00" or "2025-12-22". */
  published: string | null;
  /** Bylines, e.g. ["Thanh Thủy"]. */
  authors: string[];
  /** Outlet or agency named in the text: "PLO", "TTXVN". */
  source: string | null;
  /** "Ảnh: BẢO PHƯƠNG" -> "BẢO PHƯƠNG". */
  photoCredits: string[];
  /** The date relative dates were resolved against (published date, or the caller's option). */
  referenceDate: string | null;
  /** Lines that are not article content: related links, comment notices, menus. */
  boilerplate: Span[];
}

/** A named person in the news content. */
export interface Person {
  /** Fullest form in the text: "Nguyễn Lộc Hà". */
  name: string;
  /** As written, each with its organisation if stated: ["Phó Chủ tịch Thường trực UBND TP.HCM"]. */
  titles: string[];
  /** "ông", "bà", "đồng chí" when used. */
  honorific: string | null;
  /** Every mention, including short forms. */
  mentions: Span[];
}

export type OrganizationKind = 'government' | 'party' | 'international' | 'company' | 'media' | 'education' | 'other';

export interface Organization {
  /** Fullest form in the text: "Sở Ngoại vụ TP. Hồ Chí Minh". */
  name: string;
  /** "WEF", "UBND", "IPU" when the text gives one. */
  acronym: string | null;
  kind: OrganizationKind;
  /** ISO 3166-1 alpha-2 when known ("VN"). */
  country: string | null;
  mentions: Span[];
}

export type LocationKind = 'country' | 'province' | 'city' | 'district' | 'ward' | 'region' | 'other';

export interface Location {
  /** Canonical Vietnamese name: "Thành phố Hồ Chí Minh", "Mông Cổ". */
  name: string;
  kind: LocationKind;
  /** ISO 3166-1 alpha-2; for a foreign city or province its country ("Aichi" -> "JP"). */
  countryCode: string | null;
  mentions: Span[];
}

export type DateGrain = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'period';
export type PartOfDay = 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

/** A time expression, resolved. */
export interface DateMention {
  span: Span;
  /** TIMEX3-style: "2025-12-22", "2025-12", "2025", "2025-12-22T19:01", "2017-W05", "2017-Q3", "2025/2030", "XXXX-12-13". */
  value: string;
  grain: DateGrain;
  partOfDay: PartOfDay | null;
  /** True when the value came from the reference date. */
  relative: boolean;
}

export type Qualifier = 'exact' | 'more_than' | 'less_than' | 'about' | 'at_least' | 'at_most';

/** A key figure: a number and what it counts. */
export interface Figure {
  /** "hơn 80 đoàn cấp cao". */
  span: Span;
  /** 80; "1.500" -> 1500, "1,5 tỷ" -> 1500000000. */
  value: number;
  qualifier: Qualifier;
  /** The counted noun phrase as written: "đoàn cấp cao", "%", "tỷ đồng". */
  unit: string;
  /** The year the figure is about, when the text says. */
  year: string | null;
}

/** A legal or policy document. */
export interface DocumentRef {
  /** As written, fullest form: "Nghị quyết 59-NQ/TW". */
  name: string;
  /** "Nghị quyết", "Quyết định", "Chỉ thị", "Luật", "Chiến lược", ... */
  kind: string;
  /** Canonical number: "59-NQ/TW". */
  number: string | null;
  /** "Bộ Chính trị", "Chính phủ" when stated. */
  issuer: string | null;
  mentions: Span[];
}

export type EventKind = 'conference' | 'forum' | 'festival' | 'ceremony' | 'congress' | 'exhibition' | 'sport' | 'other';

/** A named event. */
export interface EventRef {
  name: string;
  kind: EventKind;
  /** "lần thứ năm" -> 5, "Đại hội XIV" -> 14. */
  edition: number | null;
  /** A date value (as in `dates`) when the text ties one to the event. */
  date: string | null;
  mentions: Span[];
}

/** Direct speech of eight words or more. */
export interface Quote {
  /** The quoted words, without the quote marks. */
  span: Span;
  /** The Person's `name` when the text says who spoke. */
  speaker: string | null;
}

export type ActionType = 'visit' | 'receive' | 'talks' | 'sign' | 'award' | 'establish_relations' | 'attend';

/** A diplomatic action: who did what with whom, where, when. */
export interface Action {
  type: ActionType;
  actor: string | null;
  counterpart: string | null;
  location: string | null;
  date: string | null;
  /** The clause or sentence it was read from. */
  span: Span;
}

/** What the extractor returns for one article (result contract, version 1). Lists are in order of first appearance. */
export interface Extraction {
  version: 1;
  article: Article;
  people: Person[];
  organizations: Organization[];
  locations: Location[];
  dates: DateMention[];
  figures: Figure[];
  documents: DocumentRef[];
  events: EventRef[];
  quotes: Quote[];
  actions: Action[];
  /** E.g. "input truncated at 10 MiB"; never a crash. */
  warnings: string[];
}

export interface ExtractOptions {
  /** "YYYY-MM-DD": what relative dates resolve against when the article has no dateline. */
  referenceDate?: string | null;
}

/** Where the WebAssembly module comes from: its URL, a fetch Response, its bytes or a compiled module. */
export type WasmSource = string | URL | Request | Response | Promise<Response> | BufferSource | WebAssembly.Module;

/** Loads the WebAssembly module (once); by default vn_news_extract_bg.wasm beside the module. */
export function init(wasm?: WasmSource): Promise<void>;
/** Extracts everything from one article on the calling thread. Throws an Error when `text` is not a string. */
export function extract(text: string, options?: ExtractOptions | null): Extraction;
/** The extractor's version (after `init()`). */
export function version(): string;
/** Input above this many UTF-8 bytes is truncated with a warning (after `init()`). */
export function maxInputBytes(): number;

export interface ExtractorOptions {
  /**
   * A Worker running worker.js (e.g. created by your bundler), a function that makes one (so that
   * a worker that read a long input can be replaced), or the URL of worker.js. Gives this
   * extractor a worker of its own.
   */
  worker?: Worker | (() => Worker) | string | URL;
  /** Where the worker loads the WebAssembly module from (default: beside the module). Gives this extractor a worker of its own. */
  wasm?: string | URL | BufferSource | WebAssembly.Module;
}

export interface ExtractorMemory {
  /** The size of the worker's WebAssembly memory now, in bytes. */
  wasmBytes: number;
  /** The size of each worker replaced after a long input, when it was let go, in bytes. */
  retired: number[];
}

/** Inputs longer than this (UTF-16 units, in one call) make the worker be replaced once it has answered. */
export const FRESH_WORKER_CHARS: number;

export interface ExtractorInfo {
  version: string;
  maxInputBytes: number;
}

/** An extractor running in a Web Worker; every method returns a promise. */
export interface Extractor {
  /** Resolves once the module is loaded in the worker. */
  readonly ready: Promise<ExtractorInfo>;
  extract(text: string, options?: ExtractOptions | null): Promise<Extraction>;
  /** Extracts several articles in one go, reporting progress after each. */
  extractMany(texts: string[], options?: ExtractOptions | null, onProgress?: (done: number, total: number) => void): Promise<Extraction[]>;
  extractMany(texts: string[], onProgress: (done: number, total: number) => void): Promise<Extraction[]>;
  version(): Promise<string>;
  /** The worker's memory (see FRESH_WORKER_CHARS). */
  memory(): Promise<ExtractorMemory>;
  /** Stops using the worker: this extractor's pending calls reject; a shared worker ends with its last user. */
  terminate(): void;
}

/**
 * The extractor in a module Web Worker. Without options every call on a page (and every
 * <vn-news-extract>) shares one worker; with `worker` or `wasm` it has its own.
 */
export function createExtractor(options?: ExtractorOptions): Extractor;
