// Rendering shared by the page and the <vn-news-extract> element: the vocabulary of the result in
// Vietnamese and English, the colours of each kind, the input debounce and the size limits, the
// legend, the tooltip text of each item, the highlighted text (nested <mark> elements built as DOM
// nodes, drawn block by block as they scroll into view for long texts), the tables (relabelled in
// place when the language changes), CSV export, and a slicer that spreads rendering over tasks so
// that no task of the page's own runs long.
//
// Everything that comes from the input or the result is put in the DOM as text nodes or
// attribute values, never parsed as HTML.

/** The kinds that are highlighted in the text, in legend order, with their CSS class suffix and colour. */
export const KINDS = [
  { key: 'people', cls: 'person', color: '#c8ecd0' },
  { key: 'organizations', cls: 'org', color: '#e3d4f5' },
  { key: 'locations', cls: 'loc', color: '#c9eef0' },
  { key: 'dates', cls: 'date', color: '#cfe0fc' },
  { key: 'figures', cls: 'figure', color: '#ffe0b8' },
  { key: 'documents', cls: 'doc', color: '#eddccb' },
  { key: 'events', cls: 'event', color: '#fbd3e4' },
  { key: 'quotes', cls: 'quote', color: '#e8e8e8' },
  { key: 'actions', cls: 'action', color: '#7a4fb0' },
];

/** The colour of each diplomatic action type (graph edges, legend). */
export const ACTION_COLORS = {
  visit: '#1a73e8', receive: '#188038', talks: '#e37400', sign: '#a142f4', award: '#d01884',
  establish_relations: '#12858f', attend: '#5f6368',
};

/** Every list of the Extraction, in the order of the panels. */
export const LISTS = ['dates', 'figures', 'people', 'organizations', 'locations', 'documents', 'events', 'quotes', 'actions'];

/**
 * Size limits shared by the page and the element: rows per table, the text length from which the
 * highlighted text is drawn as it scrolls into view, and the size of a block (characters).
 */
// (hold: from this many characters on, a pasted text is held out of the text box, whose layout
// takes the page's thread for seconds at megabytes: see app.js hold and the element)
export const LIMITS = { rows: 500, lazyText: 20000, block: 6000, hold: 200000 };

/** How long to wait after the last keystroke before extracting a text of `n` characters. */
export function liveDelay(n) {
  return n > 1e6 ? 800 : n > 1e5 ? 400 : 250;
}

/**
 * The colours of the highlights as CSS: `scope` gets the custom properties --_person… (each from
 * --vnx-person… when the host sets it), and .hl-person… use them.
 */
export function paletteCss(scope = ':root') {
  const vars = KINDS.map((k) => `--_${k.cls}: var(--vnx-${k.cls}, ${k.color});`).join(' ');
  const cls = KINDS.filter((k) => k.key !== 'actions').map((k) => `.hl-${k.cls} { background: var(--_${k.cls}); }`).join('\n');
  return `${scope} { ${vars} }\n${cls}\n.hl-quote { font-style: italic; }\n`
    + 'mark.hl-action { background: transparent; text-decoration: underline 2px var(--_action); text-underline-offset: 3px; cursor: default; }\n'
    + 'mark.hl-action.hl-active { background: rgba(122, 79, 176, 0.12); }\n';
}

// ---------- spreading work over tasks ----------

/** Gives the browser a turn (input, rendering) before the next slice of work. */
export function yieldToBrowser() {
  if (globalThis.scheduler && typeof globalThis.scheduler.yield === 'function') return globalThis.scheduler.yield();
  return new Promise((resolve) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => resolve();
    ch.port2.postMessage(null);
  });
}

/**
 * Resolves after the browser has drawn a frame (or after 50 ms, in a page that is not drawn), to
 * the time the browser took from the frame's start to the task after it (its style, layout and
 * paint, about; 0 when no frame came).
 */
export function nextFrame() {
  return new Promise((resolve) => {
    let done = false;
    const go = (ms) => { if (!done) { done = true; resolve(ms); } };
    requestAnimationFrame(() => {
      const t0 = performance.now();
      setTimeout(() => go(performance.now() - t0), 0);
    });
    setTimeout(() => go(0), 50);
  });
}

/**
 * Runs steps in slices of about `budget` ms, yielding to the browser between slices. A step is a
 * function that does a little work and returns true when it has more to do. reset() drops the
 * steps not run yet (a newer render replaces them), except background steps
 * (`add(step, { background: true })`: the removal of what an older render drew), which survive it
 * and take turns with the others; idle() resolves when every step is done.
 *
 * One slicer is one frame budget: every step of a page that goes through it shares it, so two
 * kinds of work (drawing the new results, sweeping the old ones) never both fill the same frame.
 */
export class Slicer {
  constructor(budget = 8) {
    this.budget = budget;
    this.queue = [];
    this.background = [];
    this.running = false;
    this.waiters = [];
    // what the browser takes to draw what a millisecond of steps added (`cost`: a few ms for
    // table rows), learnt from each frame and kept from one render to the next: the first frame
    // of a new render is sized on what the last ones cost, not on a guess
    this.cost = 2;
  }

  reset() {
    this.queue = [];
  }

  add(step, { background = false } = {}) {
    (background ? this.background : this.queue).push(step);
    if (!this.running) this.#run();
  }

  get busy() { return this.queue.length > 0 || this.background.length > 0; }

  idle() {
    if (!this.busy && !this.running) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  /** Runs one step (the background's turn every other time); false when there is none. */
  #step(turn) {
    const q = (turn && this.background.length) || !this.queue.length ? this.background : this.queue;
    if (!q.length) return false;
    const step = q[0];
    let more = false;
    try { more = step(); } catch (e) { console.error(e); }
    if (!more && q[0] === step) q.shift();
    return true;
  }

  async #run() {
    this.running = true;
    try {
      // a turn for input after every slice, and a frame drawn after every slice of work: the
      // browser lays out what one slice added, never a whole result at once. The cost sets how
      // much work goes into the next frame, so that a frame's work and drawing stay near
      // 3 budgets together.
      let work = 0;
      let turn = 0;
      while (this.busy) {
        const limit = Math.max(0.5, Math.min(this.budget, (3 * this.budget) / (1 + this.cost)));
        if (work >= limit) {
          const drawn = await nextFrame();
          if (drawn > 0) this.cost = Math.max(0.5, Math.min(40, drawn / work));
          work = 0;
        } else {
          await yieldToBrowser();
        }
        const t0 = performance.now();
        while (performance.now() - t0 < limit - work && this.#step((turn = 1 - turn))) { /* next step */ }
        work += performance.now() - t0;
      }
    } finally {
      this.running = false;
      const w = this.waiters;
      this.waiters = [];
      for (const r of w) r();
    }
  }
}

export const WORDS = {
  vi: {
    kinds: {
      people: 'Người', organizations: 'Tổ chức', locations: 'Địa danh', dates: 'Thời gian', figures: 'Số liệu',
      documents: 'Văn bản', events: 'Sự kiện', quotes: 'Trích dẫn', actions: 'Hoạt động đối ngoại',
    },
    qualifier: { exact: 'chính xác', more_than: 'hơn', less_than: 'dưới', about: 'khoảng', at_least: 'ít nhất', at_most: 'tối đa' },
    grain: {
      second: 'giây', minute: 'phút', hour: 'giờ', day: 'ngày', week: 'tuần', month: 'tháng', quarter: 'quý',
      year: 'năm', period: 'giai đoạn',
    },
    partOfDay: { morning: 'sáng', noon: 'trưa', afternoon: 'chiều', evening: 'tối', night: 'đêm' },
    orgKind: {
      government: 'cơ quan nhà nước', party: 'tổ chức Đảng', international: 'tổ chức quốc tế', company: 'doanh nghiệp',
      media: 'báo chí', education: 'giáo dục', other: 'khác',
    },
    locKind: {
      country: 'quốc gia', province: 'tỉnh/thành', city: 'thành phố', district: 'quận/huyện', ward: 'phường/xã',
      region: 'khu vực', other: 'khác',
    },
    eventKind: {
      conference: 'hội nghị', forum: 'diễn đàn', festival: 'lễ hội', ceremony: 'buổi lễ', congress: 'đại hội',
      exhibition: 'triển lãm', sport: 'thể thao', other: 'khác',
    },
    action: {
      visit: 'thăm', receive: 'tiếp', talks: 'hội đàm', sign: 'ký kết', award: 'trao tặng',
      establish_relations: 'thiết lập quan hệ', attend: 'dự',
    },
    cols: {
      value: 'Giá trị', grain: 'Đơn vị thời gian', partOfDay: 'Buổi', relative: 'Suy ra', text: 'Trong văn bản',
      number: 'Số', qualifier: 'Định lượng', unit: 'Đối tượng đếm', year: 'Năm', name: 'Tên', honorific: 'Danh xưng',
      titles: 'Chức danh', mentions: 'Lần nhắc', acronym: 'Viết tắt', kind: 'Loại', country: 'Quốc gia',
      docNumber: 'Số hiệu', issuer: 'Cơ quan ban hành', edition: 'Lần thứ', date: 'Thời gian', speaker: 'Người nói',
      quote: 'Trích dẫn', type: 'Loại', actor: 'Chủ thể', counterpart: 'Đối tác', location: 'Địa điểm', article: 'Bài',
      start: 'Vị trí',
    },
    showMentions: 'Đánh dấu mọi lần nhắc trong văn bản',
    yes: 'có', no: 'không', none: 'Không có.', relative: 'suy ra', quoteNoSpeaker: 'trích dẫn, không rõ người nói',
    edition: 'lần thứ', more: (n) => `… và ${n} mục nữa (có đủ trong CSV/JSON)`,
    input: 'Nội dung bài báo', extract: 'Trích xuất', placeholder: 'Dán nội dung bài báo vào đây…',
    legend: 'Chú giải — bấm để ẩn/hiện từng loại', highlighted: 'Văn bản đã đánh dấu', results: 'Kết quả',
    items: (n, ms) => `${n} mục${ms != null ? ` trong ${ms} ms` : ''}`, working: 'Đang xử lý…', error: 'Lỗi',
    map: 'Các nước được nhắc đến', mapNote: 'Màu đậm: nhắc nhiều hơn. Bấm một nước để đánh dấu các lần nhắc.',
    notOnMap: 'Quá nhỏ để vẽ ở tỉ lệ này:', vietnam: 'Việt Nam', mentionsN: (n) => `${n} lần nhắc`,
    graph: 'Sơ đồ hoạt động đối ngoại', graphNote: 'Mỗi đường là một hoạt động; bấm để đánh dấu câu của nó.',
    noCounterpart: '(không nêu đối tác)', noPlaces: 'Bài không nhắc đến nước nào.', noActions: 'Không có hoạt động đối ngoại.',
    expand: 'Bấm để xem đủ',
    heldCount: (n) => `${n} ký tự đã dán`, heldEdit: 'Sửa', heldEditAria: (n) => `Sửa: đưa ${n} ký tự vào ô nhập`,
    heldClear: 'Xoá', heldClearAria: 'Xoá văn bản đã dán', heldWarn: 'Đưa văn bản dài này vào ô nhập có thể làm trang đứng vài giây. Vẫn sửa?',
    heldEditAnyway: 'Vẫn sửa', heldCancel: 'Thôi',
  },
  en: {
    kinds: {
      people: 'People', organizations: 'Organisations', locations: 'Places', dates: 'Dates', figures: 'Figures',
      documents: 'Documents', events: 'Events', quotes: 'Quotes', actions: 'Diplomatic actions',
    },
    qualifier: { exact: 'exact', more_than: 'more than', less_than: 'less than', about: 'about', at_least: 'at least', at_most: 'at most' },
    grain: {
      second: 'second', minute: 'minute', hour: 'hour', day: 'day', week: 'week', month: 'month', quarter: 'quarter',
      year: 'year', period: 'period',
    },
    partOfDay: { morning: 'morning', noon: 'noon', afternoon: 'afternoon', evening: 'evening', night: 'night' },
    orgKind: {
      government: 'government', party: 'party', international: 'international', company: 'company', media: 'media',
      education: 'education', other: 'other',
    },
    locKind: {
      country: 'country', province: 'province', city: 'city', district: 'district', ward: 'ward', region: 'region',
      other: 'other',
    },
    eventKind: {
      conference: 'conference', forum: 'forum', festival: 'festival', ceremony: 'ceremony', congress: 'congress',
      exhibition: 'exhibition', sport: 'sport', other: 'other',
    },
    action: {
      visit: 'visit', receive: 'receive', talks: 'talks', sign: 'sign', award: 'award',
      establish_relations: 'establish relations', attend: 'attend',
    },
    cols: {
      value: 'Value', grain: 'Grain', partOfDay: 'Part of day', relative: 'Inferred', text: 'In the text',
      number: 'Number', qualifier: 'Qualifier', unit: 'What is counted', year: 'Year', name: 'Name', honorific: 'Honorific',
      titles: 'Titles', mentions: 'Mentions', acronym: 'Acronym', kind: 'Kind', country: 'Country',
      docNumber: 'Number', issuer: 'Issuer', edition: 'Edition', date: 'Date', speaker: 'Speaker',
      quote: 'Quote', type: 'Type', actor: 'Actor', counterpart: 'Counterpart', location: 'Location', article: 'Article',
      start: 'Offset',
    },
    showMentions: 'Highlight every mention in the text',
    yes: 'yes', no: 'no', none: 'None.', relative: 'inferred', quoteNoSpeaker: 'quote, speaker not stated',
    edition: 'edition', more: (n) => `… and ${n} more (all of them are in the CSV/JSON)`,
    input: 'Article text', extract: 'Extract', placeholder: 'Paste the article here…',
    legend: 'Legend — click to hide or show a kind', highlighted: 'Highlighted text', results: 'Results',
    items: (n, ms) => `${n} items${ms != null ? ` in ${ms} ms` : ''}`, working: 'Working…', error: 'Error',
    map: 'Countries mentioned', mapNote: 'Darker: mentioned more often. Click a country to highlight its mentions.',
    notOnMap: 'Too small to draw at this scale:', vietnam: 'Vietnam', mentionsN: (n) => `${n} mention${n === 1 ? '' : 's'}`,
    graph: 'Diplomatic actions graph', graphNote: 'Each line is one action; click it to highlight its sentence.',
    noCounterpart: '(no counterpart stated)', noPlaces: 'No country is mentioned.', noActions: 'No diplomatic actions.',
    expand: 'Tap to see it all',
    heldCount: (n) => `${n} characters pasted`, heldEdit: 'Edit', heldEditAria: (n) => `Edit: put the ${n} characters in the text box`,
    heldClear: 'Clear', heldClearAria: 'Clear the pasted text', heldWarn: 'Putting this long text in the text box can freeze the page for a few seconds. Edit anyway?',
    heldEditAnyway: 'Edit anyway', heldCancel: 'Cancel',
  },
};

export function words(lang) {
  return WORDS[lang === 'en' ? 'en' : 'vi'];
}

/** words(lang) at a dotted path ("qualifier.more_than"), or null. */
export function wordAt(lang, path) {
  let v = words(lang);
  for (const p of path.split('.')) {
    v = v == null ? null : v[p];
  }
  return typeof v === 'string' ? v : null;
}

/** Creates an element; `text` sets textContent, other attrs are attributes; children are nodes or text. */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else e.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** An element whose text is the word at `path` in `lang`, relabelled by relabel(). */
export function word(tag, path, lang, attrs = {}) {
  return el(tag, { ...attrs, 'data-w': path, lang: lang === 'en' ? 'en' : 'vi' }, wordAt(lang, path) ?? path.split('.').pop());
}

const numberFormats = {};
export function fmtNumber(v, lang) {
  if (typeof v !== 'number' || !Number.isFinite(v)) return String(v);
  const l = lang === 'en' ? 'en-US' : 'vi-VN';
  numberFormats[l] ??= new Intl.NumberFormat(l, { maximumFractionDigits: 3 });
  return numberFormats[l].format(v);
}

/** "VN" -> "🇻🇳": the flag emoji of an ISO 3166-1 alpha-2 code ("" when it is not one). */
export function flag(code) {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const regionNames = {};
/** "VN" -> "Việt Nam" / "Vietnam" (Intl.DisplayNames), or the code. */
export function countryOnly(code, lang) {
  if (!code) return null;
  try {
    const l = lang === 'en' ? 'en' : 'vi';
    regionNames[l] ??= new Intl.DisplayNames([l], { type: 'region' });
    const n = regionNames[l].of(code);
    return n && n !== code ? n : code;
  } catch {
    return code;
  }
}

/** "VN" -> "🇻🇳 Việt Nam (VN)"; without the flag when `withFlag` is false (CSV). */
export function countryName(code, lang, withFlag = true) {
  if (!code) return null;
  const n = countryOnly(code, lang);
  const f = withFlag ? flag(code) : '';
  return `${f ? `${f} ` : ''}${n !== code ? `${n} (${code})` : code}`;
}

/** A figure as a reader says it: "hơn 80 đoàn cấp cao". */
export function figureText(f, lang) {
  const w = words(lang);
  const q = f.qualifier === 'exact' ? '' : `${w.qualifier[f.qualifier] || f.qualifier} `;
  return `${q}${fmtNumber(f.value, lang)} ${f.unit}`.trim();
}

/** The normalised value of an item, shown when its highlight is hovered or focused. */
export function tipText(kind, item, lang) {
  const w = words(lang);
  const join = (...parts) => parts.filter((p) => p != null && p !== '').join(' · ');
  switch (kind) {
    case 'dates':
      return join(item.value, w.grain[item.grain] || item.grain, item.partOfDay ? w.partOfDay[item.partOfDay] || item.partOfDay : null,
        item.relative ? w.relative : null);
    case 'figures':
      return join(`${item.qualifier === 'exact' ? '' : (w.qualifier[item.qualifier] || item.qualifier) + ' '}${fmtNumber(item.value, lang)}`,
        item.unit, item.year ? `${w.cols.year.toLowerCase()} ${item.year}` : null);
    case 'people':
      return join(item.honorific ? `${item.name} (${item.honorific})` : item.name, item.titles.join('; '));
    case 'organizations':
      return join(item.acronym ? `${item.name} (${item.acronym})` : item.name, w.orgKind[item.kind] || item.kind, countryName(item.country, lang));
    case 'locations':
      return join(item.name, w.locKind[item.kind] || item.kind, countryName(item.countryCode, lang));
    case 'documents':
      return join(item.name, item.number, item.issuer);
    case 'events':
      return join(item.name, w.eventKind[item.kind] || item.kind, item.edition != null ? `${w.edition} ${item.edition}` : null, item.date);
    case 'quotes':
      return item.speaker ? `— ${item.speaker}` : w.quoteNoSpeaker;
    case 'actions':
      return join(w.action[item.type] || item.type, item.actor, item.counterpart ? `→ ${item.counterpart}` : null, item.date, item.location);
    default:
      return '';
  }
}

/** The spans of every item of the highlighted kinds: [{ start, end, kind, cls, id }], outer spans first. */
export function spansOf(x, hidden = new Set()) {
  const t = spanTable(x);
  const out = [];
  for (let i = 0; i < t.length; i += 4) {
    const k = KINDS[t[i + 2]];
    if (!hidden.has(k.key)) out.push({ start: t[i], end: t[i + 1], kind: k.key, cls: k.cls, id: t[i + 3] });
  }
  return out;
}

/**
 * The key under which the worker (worker.js) hands over the span table of an Extraction, computed
 * there so that the page does not sort tens of thousands of spans: { kinds: [list names], data:
 * Int32Array of (start, end, kind index, item index), outer spans first }. A symbol, so it is
 * neither in JSON.stringify nor in Object.keys.
 */
export const SPAN_TABLE = Symbol.for('vn-news-extract.spans');

/** The span table of `x` in the order of KINDS: an Int32Array of (start, end, kind, id), outer spans first. */
export function spanTable(x) {
  const given = x[SPAN_TABLE];
  if (given && given.data instanceof Int32Array) {
    const map = given.kinds.map((k) => KINDS.findIndex((K) => K.key === k));
    if (map.every((m, i) => m === i)) return given.data;
    const d = new Int32Array(given.data);
    for (let i = 2; i < d.length; i += 4) d[i] = map[d[i]];
    return d;
  }
  const out = [];
  KINDS.forEach(({ key }, k) => {
    (x[key] || []).forEach((item, id) => {
      const spans = item.mentions || (item.span ? [item.span] : []);
      for (const s of spans) {
        if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) out.push([s.start, s.end, k, id]);
      }
    });
  });
  out.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const d = new Int32Array(out.length * 4);
  out.forEach((r, i) => d.set(r, i * 4));
  return d;
}

// ---------- the highlighted text ----------

const views = new WeakMap(); // box -> the state of its highlighted text

/**
 * Cuts [0, n) into blocks of about `size` characters at line ends (or spaces) that no span
 * crosses. Returns a function that gives the next block start and the index (in spans of 4) of
 * its first span, [start, span], or null after the last, so that the cutting can be spread over
 * several tasks.
 */
function blockCutter(text, n, t, size) {
  const count = t.length / 4;
  let si = 0;
  let coveredTo = 0; // the end of the spans that start before the candidate cut
  let from = 0;
  return () => {
    while (from + size < n) {
      let cut = text.indexOf('\n', from + size);
      if (cut < 0 || cut - from > size * 3) cut = text.indexOf(' ', from + size);
      if (cut < 0 || cut >= n) return null;
      cut += 1;
      while (si < count && t[si * 4] < cut) {
        coveredTo = Math.max(coveredTo, t[si * 4 + 1]);
        si++;
      }
      if (coveredTo > cut) {
        from = Math.max(Math.min(coveredTo, n) - size, cut); // move past the span that crosses the cut
        continue;
      }
      from = cut;
      return [cut, si];
    }
    return null;
  };
}

function buildRange(v, frag, from, to, si) {
  const { text, t, boiler, part, hidden } = v;
  const count = t.length / 4;
  const plain = (parent, a, b, top) => {
    if (b <= a) return;
    if (!top || !boiler.length) {
      parent.append(document.createTextNode(text.slice(a, b)));
      return;
    }
    let p = a;
    // the first boilerplate span that ends after a (they are sorted and do not overlap)
    let lo = 0;
    let hi = boiler.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (boiler[mid].end <= a) lo = mid + 1; else hi = mid;
    }
    for (let j = lo; j < boiler.length && boiler[j].start < b; j++) {
      const bl = boiler[j];
      if (bl.end <= p) continue;
      if (bl.start > p) parent.append(document.createTextNode(text.slice(p, bl.start)));
      const s = Math.max(bl.start, p);
      const e = Math.min(bl.end, b);
      parent.append(el('span', { class: 'boiler', 'data-boiler': '' }, text.slice(s, e)));
      p = e;
    }
    if (p < b) parent.append(document.createTextNode(text.slice(p, b)));
  };
  // builds the children of [a, b) from the spans i.. that lie inside; returns the next index
  const build = (parent, a, b, i, top) => {
    let pos = a;
    while (i < count && t[i * 4] < b) {
      const start = t[i * 4];
      const end = t[i * 4 + 1];
      const k = KINDS[t[i * 4 + 2]];
      const id = t[i * 4 + 3];
      if (start < pos || end > b || end > v.shown || hidden.has(k.key)) { i++; continue; } // crosses an edge, or hidden: left out
      plain(parent, pos, start, top);
      const m = el('mark', {
        class: `hl hl-${k.cls}${v.active.has(`${k.key}:${id}`) ? ' hl-active' : ''}`,
        tabindex: k.key === 'actions' ? null : '0',
        'data-kind': k.key,
        'data-id': String(id),
        part: part ? `mark mark-${k.cls}` : null,
      });
      i = build(m, start, end, i + 1, false);
      parent.append(m);
      pos = end;
    }
    plain(parent, pos, b, top);
    return i;
  };
  build(frag, from, to, si, true);
}

function drawBlock(v, b) {
  const node = v.nodes[b];
  if (!node || node.dataset.drawn) return;
  if (v.cutting && b + 1 >= v.nodes.length) v.cut(1);
  const frag = document.createDocumentFragment();
  buildRange(v, frag, v.starts[b], v.starts[b + 1] ?? v.shown, v.firstSpan[b]);
  node.replaceChildren(frag);
  node.dataset.drawn = '1';
  node.style.minHeight = '';
  if (v.boilerTitle) for (const e of node.querySelectorAll('[data-boiler]')) e.title = v.boilerTitle;
}

/**
 * Fills `box` with `text` where every item of the Extraction is a <mark> (nested when one span
 * lies inside another, e.g. a place inside an organisation's name; a span that crosses another's
 * edge is left out). A text longer than LIMITS.lazyText is cut into blocks drawn as they scroll
 * into view. The tooltip text is computed when a mark is hovered, in the language of the moment
 * (setTextLang). Options: hidden (Set of kind keys), lang, part (adds part="mark …" for shadow DOM
 * styling), boilerTitle, slicer (a Slicer: the blocks are cut in its tasks). Returns the number of spans.
 */
export function renderHighlighted(box, text, x, { hidden = new Set(), lang = 'vi', limit = Infinity, part = false, boilerTitle = null, slicer = null } = {}) {
  const old = views.get(box);
  if (old && old.observer) old.observer.disconnect();
  const shown = Math.min(text.length, limit);
  const t = old && old.x === x ? old.t : spanTable(x);
  const boiler = ((x.article && x.article.boilerplate) || []).filter((b) => b.end > b.start).sort((a, b) => a.start - b.start);
  const v = {
    text, x, t, shown, hidden, boiler, part, lang, boilerTitle, active: old && old.text === text ? old.active : new Set(),
    starts: [0], firstSpan: [0], nodes: [], observer: null, cutting: false, cut: null,
  };
  views.set(box, v);
  if (shown <= LIMITS.lazyText) {
    const frag = document.createDocumentFragment();
    buildRange(v, frag, 0, shown, 0);
    box.replaceChildren(frag);
    if (boilerTitle) for (const e of box.querySelectorAll('[data-boiler]')) e.title = boilerTitle;
    return t.length / 4;
  }
  // long text: blocks, cut a few at a time (in the slicer's tasks when there is one), each drawn
  // when it comes near the view; a block not drawn yet keeps about its height (lines of ~70
  // characters), so that the scroll bar tells the truth
  const cutter = blockCutter(text, shown, t, LIMITS.block);
  // one block per task: a jump to the end of the text brings several into view at once
  v.observer = new IntersectionObserver((entries) => {
    const due = entries.filter((e) => e.isIntersecting).map((e) => Number(e.target.dataset.block));
    const next = () => {
      const b = due.shift();
      if (b == null || views.get(box) !== v) return;
      drawBlock(v, b);
      v.observer.unobserve(v.nodes[b]);
      if (due.length) setTimeout(next, 0);
    };
    next();
  }, { root: box, rootMargin: '600px 0px' });
  const add = (start, span) => {
    const i = v.nodes.length;
    const d = el('div', { class: 'hl-block', 'data-block': String(i) });
    v.nodes.push(d);
    if (i) {
      v.starts.push(start);
      v.firstSpan.push(span);
    }
    return d;
  };
  const height = (i) => {
    const d = v.nodes[i];
    if (!d.dataset.drawn) d.style.minHeight = `${(((v.starts[i + 1] ?? shown) - v.starts[i]) / 70 * 1.75).toFixed(1)}em`;
  };
  v.cutting = true;
  /** Cuts up to `k` more blocks; returns true while there are more. */
  v.cut = (k) => {
    const frag = document.createDocumentFragment();
    const made = [];
    let more = true;
    for (let j = 0; j < k; j++) {
      const r = cutter();
      if (!r) { more = false; break; }
      made.push(add(r[0], r[1]));
      height(v.nodes.length - 2);
    }
    if (!more) { v.cutting = false; height(v.nodes.length - 1); }
    frag.append(...made);
    box.append(frag);
    for (const d of made) v.observer.observe(d);
    return more;
  };
  box.replaceChildren(add(0, 0));
  v.cut(1);
  drawBlock(v, 0);
  v.observer.observe(v.nodes[0]);
  if (slicer) slicer.add(() => views.get(box) === v && v.cut(2));
  else while (v.cut(1000));
  return t.length / 4;
}

/** The item a mark stands for, and its tooltip text in the current language. */
export function markTip(box, mark) {
  const v = views.get(box);
  if (!v) return mark.getAttribute('data-tip') || '';
  const kind = mark.getAttribute('data-kind');
  const item = (v.x[kind] || [])[Number(mark.getAttribute('data-id'))];
  return item ? tipText(kind, item, v.lang) : '';
}

/** Sets the language of the tooltips of `box` (the marks themselves have no words). */
export function setTextLang(box, lang) {
  const v = views.get(box);
  if (v) v.lang = lang;
}

/**
 * Highlights every mention of the items `picks` ([{ kind, id }], or one kind and id) in `box`
 * (class "hl-active"), drawing the block of the first one, and scrolls the box (not the page) to
 * it; the previous selection is cleared. Returns the number of marks selected.
 */
export function selectMentions(box, kind, id, { scroll = true } = {}) {
  const picks = Array.isArray(kind) ? kind : [{ kind, id }];
  const v = views.get(box);
  const keys = new Set(picks.map((p) => `${p.kind}:${p.id}`));
  let count = 0;
  if (v) {
    v.active = keys;
    const t = v.t;
    let first = -1;
    for (let i = 0; i < t.length; i += 4) {
      if (keys.has(`${KINDS[t[i + 2]].key}:${t[i + 3]}`)) { count++; if (first < 0) first = t[i]; }
    }
    if (v.nodes.length && first >= 0) {
      while (v.cutting && v.starts[v.starts.length - 1] <= first) v.cut(50);
      let b = 0;
      while (b + 1 < v.starts.length && v.starts[b + 1] <= first) b++;
      drawBlock(v, b);
    }
  }
  for (const m of box.querySelectorAll('mark.hl-active')) m.classList.remove('hl-active');
  const marks = [...box.querySelectorAll('mark[data-kind]')].filter((m) => keys.has(`${m.getAttribute('data-kind')}:${m.getAttribute('data-id')}`));
  for (const m of marks) m.classList.add('hl-active');
  if (scroll && marks[0]) {
    const r = marks[0].getBoundingClientRect();
    const br = box.getBoundingClientRect();
    box.scrollTop += r.top - br.top - box.clientHeight / 2 + r.height / 2;
  }
  return v ? count : marks.length;
}

// ---------- tables ----------

/**
 * Columns of each table: { h: header key, get(item, mode, lang), w?(item): word path of the value,
 * num?, clamp? (long text, two lines until tapped) }. mode: 'view' (the page), 'csv' (words
 * translated, numbers as numbers) or 'raw' (the JSON's values).
 */
export function columns(kind) {
  const list = (a) => a.join('; ');
  const lbl = (map, v, mode, lang) => (mode === 'raw' || v == null ? v : words(lang)[map][v] || v);
  const yn = (b, mode, lang) => (mode === 'raw' ? b : b ? words(lang).yes : words(lang).no);
  const cc = (c, mode, lang) => (mode === 'raw' ? c : countryName(c, lang, mode === 'view'));
  const n = (v, mode, lang) => (mode === 'view' ? fmtNumber(v, lang) : v);
  switch (kind) {
    case 'dates': return [
      { h: 'value', get: (d) => d.value },
      { h: 'grain', get: (d, m, l) => lbl('grain', d.grain, m, l), w: (d) => `grain.${d.grain}` },
      { h: 'partOfDay', get: (d, m, l) => lbl('partOfDay', d.partOfDay, m, l), w: (d) => d.partOfDay && `partOfDay.${d.partOfDay}` },
      { h: 'relative', get: (d, m, l) => yn(d.relative, m, l), w: (d) => (d.relative ? 'yes' : 'no') },
      { h: 'text', get: (d) => d.span.text, clamp: true },
      { h: 'start', get: (d) => d.span.start, csvOnly: true },
    ];
    case 'figures': return [
      { h: 'number', get: (f, m, l) => n(f.value, m, l), num: true, value: (f) => f.value },
      { h: 'qualifier', get: (f, m, l) => lbl('qualifier', f.qualifier, m, l), w: (f) => `qualifier.${f.qualifier}` },
      { h: 'unit', get: (f) => f.unit },
      { h: 'year', get: (f) => f.year },
      { h: 'text', get: (f) => f.span.text, clamp: true },
      { h: 'start', get: (f) => f.span.start, csvOnly: true },
    ];
    case 'people': return [
      { h: 'name', get: (p) => p.name },
      { h: 'honorific', get: (p) => p.honorific },
      { h: 'titles', get: (p) => list(p.titles), clamp: true },
      { h: 'mentions', get: (p) => p.mentions.length, num: true },
    ];
    case 'organizations': return [
      { h: 'name', get: (o) => o.name },
      { h: 'acronym', get: (o) => o.acronym },
      { h: 'kind', get: (o, m, l) => lbl('orgKind', o.kind, m, l), w: (o) => `orgKind.${o.kind}` },
      { h: 'country', get: (o, m, l) => cc(o.country, m, l), cc: (o) => o.country },
      { h: 'mentions', get: (o) => o.mentions.length, num: true },
    ];
    case 'locations': return [
      { h: 'name', get: (x) => x.name },
      { h: 'kind', get: (x, m, l) => lbl('locKind', x.kind, m, l), w: (x) => `locKind.${x.kind}` },
      { h: 'country', get: (x, m, l) => cc(x.countryCode, m, l), cc: (x) => x.countryCode },
      { h: 'mentions', get: (x) => x.mentions.length, num: true },
    ];
    case 'documents': return [
      { h: 'name', get: (d) => d.name, clamp: true },
      { h: 'kind', get: (d) => d.kind },
      { h: 'docNumber', get: (d) => d.number },
      { h: 'issuer', get: (d) => d.issuer },
      { h: 'mentions', get: (d) => d.mentions.length, num: true },
    ];
    case 'events': return [
      { h: 'name', get: (e) => e.name, clamp: true },
      { h: 'kind', get: (e, m, l) => lbl('eventKind', e.kind, m, l), w: (e) => `eventKind.${e.kind}` },
      { h: 'edition', get: (e) => e.edition, num: true },
      { h: 'date', get: (e) => e.date },
      { h: 'mentions', get: (e) => e.mentions.length, num: true },
    ];
    case 'quotes': return [
      { h: 'speaker', get: (q) => q.speaker },
      { h: 'quote', get: (q) => q.span.text, clamp: true },
      { h: 'start', get: (q) => q.span.start, csvOnly: true },
    ];
    case 'actions': return [
      { h: 'type', get: (a, m, l) => lbl('action', a.type, m, l), w: (a) => `action.${a.type}` },
      { h: 'actor', get: (a) => a.actor },
      { h: 'counterpart', get: (a) => a.counterpart },
      { h: 'location', get: (a) => a.location },
      { h: 'date', get: (a) => a.date },
      { h: 'text', get: (a) => a.span.text, clamp: true },
    ];
    default: return [];
  }
}

/** The kinds whose table rows name an item with a button that shows its mentions (actions: its sentence). */
const LINKED = ['people', 'organizations', 'locations', 'documents', 'events', 'actions'];

function tableRow(kind, cols, it, id, lang, linked) {
  const w = words(lang);
  return el('tr', {}, cols.map((c, ci) => {
    const v = c.get(it, 'view', lang);
    const shown = v == null || v === '' ? '—' : v;
    const attrs = { class: c.num ? 'num' : null };
    const path = c.w ? c.w(it) : null;
    if (path && wordAt(lang, path)) { attrs['data-w'] = path; attrs.lang = lang === 'en' ? 'en' : 'vi'; }
    if (c.cc && c.cc(it)) attrs['data-cc'] = c.cc(it);
    if (c.value && typeof c.value(it) === 'number') attrs['data-num'] = String(c.value(it));
    let cell = shown;
    if (linked && ci === 0) {
      cell = el('button', { type: 'button', class: 'item-link', 'data-kind': kind, 'data-id': String(id), title: w.showMentions, 'data-w-title': 'showMentions' }, shown);
      if (attrs['data-w']) { cell.setAttribute('data-w', attrs['data-w']); cell.lang = attrs.lang; delete attrs['data-w']; delete attrs.lang; }
    } else if (c.clamp && typeof shown === 'string' && shown.length > 90) {
      cell = el('span', { class: 'clamp', tabindex: '0', title: w.expand, 'data-w-title': 'expand' }, shown);
    }
    return el('td', attrs, cell);
  }));
}

/**
 * A <table> of the items of one kind (at most `max` rows), or a "none" paragraph. With a Slicer
 * (`slicer`), the first rows are built at once and the others in later slices. Header cells and
 * translated values carry data-w/data-num/data-cc, so relabel() can switch their language.
 */
export function renderTable(kind, items, { lang = 'vi', max = LIMITS.rows, part = false, caption = null, slicer = null } = {}) {
  const w = words(lang);
  const L = lang === 'en' ? 'en' : 'vi';
  if (!items.length) return word('p', 'none', lang, { class: 'empty' });
  const cols = columns(kind).filter((c) => !c.csvOnly);
  const linked = LINKED.includes(kind);
  const n = Math.min(items.length, max);
  const first = slicer ? Math.min(n, 20) : n;
  const tbody = el('tbody', {}, items.slice(0, first).map((it, id) => tableRow(kind, cols, it, id, lang, linked)));
  if (slicer && first < n) {
    let i = first;
    // a few rows a step (a row of the actions table, with its sentence, costs ~0.3 ms), so that
    // the slicer's budget holds
    slicer.add(() => {
      const frag = document.createDocumentFragment();
      const end = Math.min(n, i + 10);
      for (; i < end; i++) frag.append(tableRow(kind, cols, items[i], i, lang, linked));
      tbody.append(frag);
      return i < n;
    });
  }
  const t = el('table', { part: part ? 'table' : null, class: `t-${kind}` },
    caption ? el('caption', { class: 'visually-hidden', 'data-w': `kinds.${kind}`, lang: L }, caption) : null,
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col', 'data-w': `cols.${c.h}`, lang: L }, w.cols[c.h] || c.h)))),
    tbody);
  t.addEventListener('click', (e) => {
    const c = e.target instanceof Element ? e.target.closest('.clamp') : null;
    if (c) c.classList.toggle('open');
  });
  t.addEventListener('keydown', (e) => {
    const c = e.target instanceof Element ? e.target.closest('.clamp') : null;
    if (c && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); c.classList.toggle('open'); }
  });
  const wrap = el('div', { class: 'table-wrap', part: part ? 'table-wrap' : null }, t);
  if (items.length <= max) return wrap;
  const more = el('p', { class: 'more' }, w.more(items.length - max));
  more.dataset.more = String(items.length - max);
  return el('div', {}, wrap, more);
}

/**
 * Puts the words of `root` in `lang` without rebuilding it: every [data-w] (a word path),
 * [data-num] (a number), [data-cc] (a country code), [data-w-title], [data-w-aria], [data-more].
 * With a Slicer, the first `now` elements (in document order: the top of the results) are done at
 * once and the others in its tasks.
 */
export function relabel(root, lang, { slicer = null, now = 300 } = {}) {
  const all = root.querySelectorAll('[data-w],[data-num],[data-cc],[data-w-title],[data-w-aria],[data-more]');
  const one = (e) => {
    const w = e.getAttribute('data-w');
    if (w != null) {
      const s = wordAt(lang, w);
      if (s != null && e.textContent !== s) e.textContent = s;
      if (s != null) e.lang = lang; // (the interface's words carry its language; the page's <html> keeps the texts')
    }
    const n = e.getAttribute('data-num');
    if (n != null) e.textContent = fmtNumber(Number(n), lang);
    const c = e.getAttribute('data-cc');
    if (c != null) e.textContent = countryName(c, lang);
    const t = e.getAttribute('data-w-title');
    if (t != null) e.title = wordAt(lang, t) || '';
    const a = e.getAttribute('data-w-aria');
    if (a != null) e.setAttribute('aria-label', wordAt(lang, a) || '');
    const m = e.getAttribute('data-more');
    if (m != null) e.textContent = words(lang).more(Number(m));
  };
  let i = 0;
  const step = (k) => {
    for (const end = Math.min(all.length, i + k); i < end; i++) one(all[i]);
    return i < all.length;
  };
  if (!slicer) { step(all.length); return; }
  if (step(now)) slicer.add(() => step(150));
}

/**
 * The legend: one toggle per highlighted kind with its count (kinds: the keys shown). Clicking
 * calls onToggle(key). `part` adds part="legend-item". Its words follow relabel().
 */
export function renderLegend(box, x, { hidden = new Set(), lang = 'vi', kinds = null, part = false, onToggle = null } = {}) {
  const w = words(lang);
  const focused = box.contains(document.activeElement) ? document.activeElement.getAttribute('data-kind') : null;
  box.replaceChildren(...KINDS.filter((k) => !kinds || kinds.includes(k.key)).map((k) => {
    const b = el('button', {
      type: 'button', class: `legend-item hl-${k.cls}`, 'aria-pressed': String(!hidden.has(k.key)), 'data-kind': k.key,
      part: part ? 'legend-item' : null,
    }, el('span', { class: 'swatch', 'aria-hidden': 'true' }), word('span', `kinds.${k.key}`, lang), ` (${(x[k.key] || []).length})`);
    if (onToggle) b.addEventListener('click', () => onToggle(k.key));
    return b;
  }));
  if (focused) box.querySelector(`[data-kind="${focused}"]`)?.focus();
}

// ---------- CSV ----------

function csvField(v) {
  if (v == null) return '';
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  let s = String(v);
  // a cell a spreadsheet would read as a formula is kept as text
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** CSV text (UTF-8 BOM, CRLF) of rows given as arrays. */
export function toCsv(header, rows) {
  return '\uFEFF' + [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/**
 * CSV of one kind over one or several articles: docs = [{ name, x }]. Headers and words (kinds,
 * qualifiers, countries, yes/no) are in `lang`; numbers, dates and offsets stay machine values.
 */
export function kindCsv(kind, docs, lang = 'vi') {
  const cols = columns(kind);
  const w = words(lang);
  const many = docs.length > 1;
  const header = [...(many ? [w.cols.article] : []), ...cols.map((c) => w.cols[c.h] || c.h)];
  const rows = [];
  for (const d of docs) {
    for (const it of d.x[kind] || []) rows.push([...(many ? [d.name] : []), ...cols.map((c) => c.get(it, 'csv', lang))]);
  }
  return toCsv(header, rows);
}

/** Tab-separated text of one kind (for pasting into a spreadsheet). */
export function kindTsv(kind, docs, lang = 'vi') {
  const cols = columns(kind).filter((c) => !c.csvOnly);
  const w = words(lang);
  const many = docs.length > 1;
  const clean = (v) => (v == null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  const lines = [[...(many ? [w.cols.article] : []), ...cols.map((c) => w.cols[c.h] || c.h)].join('\t')];
  for (const d of docs) {
    for (const it of d.x[kind] || []) lines.push([...(many ? [d.name] : []), ...cols.map((c) => clean(c.get(it, 'view', lang)))].join('\t'));
  }
  return lines.join('\n') + '\n';
}

// ---------- tooltip ----------

/**
 * Attaches a tooltip (`tip`, an element with role="tooltip") to the marks inside `root`; its
 * text is computed when shown (markTip), in the language of the moment. Returns { hide }.
 */
export function attachTooltip(root, tip) {
  let current = null;
  const show = (m) => {
    current = m;
    tip.textContent = markTip(root, m);
    tip.hidden = !tip.textContent;
    m.setAttribute('aria-describedby', tip.id);
    place(m);
  };
  const place = (m) => {
    const r = m.getBoundingClientRect();
    const vw = document.documentElement.clientWidth;
    const width = Math.min(360, vw - 16);
    tip.style.maxWidth = `${width}px`;
    const tw = Math.min(tip.offsetWidth || width, width);
    tip.style.left = `${Math.max(8, Math.min(r.left, vw - tw - 8))}px`;
    const below = r.bottom + 6;
    const th = tip.offsetHeight;
    tip.style.top = `${below + th > window.innerHeight && r.top - th - 6 > 0 ? r.top - th - 6 : below}px`;
  };
  const hide = () => {
    if (current) current.removeAttribute('aria-describedby');
    current = null;
    tip.hidden = true;
  };
  const markOf = (e) => (e.target instanceof Element ? e.target.closest('mark[data-kind]') : null);
  root.addEventListener('mouseover', (e) => { const m = markOf(e); if (m) show(m); });
  root.addEventListener('mouseout', (e) => { const m = markOf(e); if (m && !m.contains(e.relatedTarget)) hide(); });
  root.addEventListener('focusin', (e) => { const m = markOf(e); if (m) show(m); });
  root.addEventListener('focusout', hide);
  root.addEventListener('keydown', (e) => { if (e.key === 'Escape') hide(); });
  // on scroll the tooltip follows its mark, and goes when the mark leaves the box
  const onScroll = () => {
    if (!current) return;
    const r = current.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    if (r.bottom < box.top || r.top > box.bottom) hide(); else place(current);
  };
  root.addEventListener('scroll', onScroll, true);
  window.addEventListener('scroll', onScroll, true);
  return { hide };
}
