// Rendering helpers shared by the page and the <vn-news-extract> element: the vocabulary of the
// result in Vietnamese and English, the tooltip text of each item, the highlighted text (nested
// <mark> elements built as DOM nodes), the columns of each table and CSV export.
//
// Everything that comes from the input or the result is put in the DOM as text nodes or
// attribute values, never parsed as HTML.

/** The kinds that are highlighted in the text, in legend order, with their CSS class suffix. */
export const KINDS = [
  { key: 'people', cls: 'person' },
  { key: 'organizations', cls: 'org' },
  { key: 'locations', cls: 'loc' },
  { key: 'dates', cls: 'date' },
  { key: 'figures', cls: 'figure' },
  { key: 'documents', cls: 'doc' },
  { key: 'events', cls: 'event' },
  { key: 'quotes', cls: 'quote' },
];

/** Every list of the Extraction, in the order of the panels. */
export const LISTS = ['dates', 'figures', 'people', 'organizations', 'locations', 'documents', 'events', 'quotes', 'actions'];

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
  },
};

export function words(lang) {
  return WORDS[lang === 'en' ? 'en' : 'vi'];
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

export function fmtNumber(v, lang) {
  return typeof v === 'number' && Number.isFinite(v) ? v.toLocaleString(lang === 'en' ? 'en-US' : 'vi-VN') : String(v);
}

/** "VN" -> "🇻🇳": the flag emoji of an ISO 3166-1 alpha-2 code ("" when it is not one). */
export function flag(code) {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) return '';
  return String.fromCodePoint(...[...code].map((c) => 0x1f1e6 + c.charCodeAt(0) - 65));
}

const regionNames = {};
/** "VN" -> "Việt Nam" / "Vietnam" (Intl.DisplayNames), falling back to the code. */
export function countryName(code, lang) {
  if (!code) return null;
  try {
    const l = lang === 'en' ? 'en' : 'vi';
    regionNames[l] ??= new Intl.DisplayNames([l], { type: 'region' });
    const n = regionNames[l].of(code);
    const f = flag(code);
    return `${f ? `${f} ` : ''}${n && n !== code ? `${n} (${code})` : code}`;
  } catch {
    return code;
  }
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
    default:
      return '';
  }
}

/** The spans of every item of the highlighted kinds: [{ start, end, kind, cls, item }]. */
export function spansOf(x, hidden = new Set()) {
  const out = [];
  for (const { key, cls } of KINDS) {
    if (hidden.has(key)) continue;
    (x[key] || []).forEach((item, id) => {
      const spans = item.mentions || (item.span ? [item.span] : []);
      for (const s of spans) {
        if (s && Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start) {
          out.push({ start: s.start, end: s.end, kind: key, cls, item, id });
        }
      }
    });
  }
  // outer spans first: earlier start, then longer
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out;
}

/**
 * Fills `box` with `text` where every item of the Extraction is a <mark> (nested when one span
 * lies inside another, e.g. a place inside an organisation's name; a span that crosses another's
 * edge is left out). Returns the number of marks. Options: hidden (Set of kind keys), lang,
 * limit (characters shown at most), part (adds part="mark" for shadow DOM styling).
 */
export function renderHighlighted(box, text, x, { hidden = new Set(), lang = 'vi', limit = Infinity, part = false } = {}) {
  box.replaceChildren();
  const shown = Math.min(text.length, limit);
  const boiler = ((x.article && x.article.boilerplate) || []).filter((b) => b.end > b.start).sort((a, b) => a.start - b.start);
  const spans = spansOf(x, hidden).filter((s) => s.end <= shown);
  let marks = 0;
  const frag = document.createDocumentFragment();

  const plain = (parent, from, to, top) => {
    if (to <= from) return;
    if (!top || !boiler.length) {
      parent.append(document.createTextNode(text.slice(from, to)));
      return;
    }
    let p = from;
    for (const b of boiler) {
      if (b.end <= p || b.start >= to) continue;
      if (b.start > p) parent.append(document.createTextNode(text.slice(p, b.start)));
      const s = Math.max(b.start, p);
      const e = Math.min(b.end, to);
      parent.append(el('span', { class: 'boiler', 'data-boiler': '' }, text.slice(s, e)));
      p = e;
    }
    if (p < to) parent.append(document.createTextNode(text.slice(p, to)));
  };

  // builds the children of [from, to) from spans[i..] that lie inside; returns the next index
  const build = (parent, from, to, i, top) => {
    let pos = from;
    while (i < spans.length && spans[i].start < to) {
      const s = spans[i];
      if (s.start < pos || s.end > to) { i++; continue; } // crosses an edge: left out
      plain(parent, pos, s.start, top);
      const m = el('mark', {
        class: `hl hl-${s.cls}`,
        tabindex: '0',
        'data-kind': s.kind,
        'data-id': String(s.id),
        'data-tip': tipText(s.kind, s.item, lang),
        part: part ? `mark mark-${s.cls}` : null,
      });
      marks++;
      i = build(m, s.start, s.end, i + 1, false);
      parent.append(m);
      pos = s.end;
    }
    plain(parent, pos, to, top);
    return i;
  };
  build(frag, 0, shown, 0, true);
  box.append(frag);
  return marks;
}

/** Columns of each table: { h: header key, get(item, raw, lang) }. raw = CSV (machine values). */
export function columns(kind) {
  const list = (a) => a.join('; ');
  const lbl = (map, v, raw, lang) => (raw || v == null ? v : words(lang)[map][v] || v);
  switch (kind) {
    case 'dates': return [
      { h: 'value', get: (d) => d.value },
      { h: 'grain', get: (d, raw, lang) => lbl('grain', d.grain, raw, lang) },
      { h: 'partOfDay', get: (d, raw, lang) => lbl('partOfDay', d.partOfDay, raw, lang) },
      { h: 'relative', get: (d, raw, lang) => (raw ? d.relative : d.relative ? words(lang).yes : words(lang).no) },
      { h: 'text', get: (d) => d.span.text },
      { h: 'start', get: (d) => d.span.start, csvOnly: true },
    ];
    case 'figures': return [
      { h: 'number', get: (f, raw, lang) => (raw ? f.value : fmtNumber(f.value, lang)), num: true },
      { h: 'qualifier', get: (f, raw, lang) => lbl('qualifier', f.qualifier, raw, lang) },
      { h: 'unit', get: (f) => f.unit },
      { h: 'year', get: (f) => f.year },
      { h: 'text', get: (f) => f.span.text },
      { h: 'start', get: (f) => f.span.start, csvOnly: true },
    ];
    case 'people': return [
      { h: 'name', get: (p) => p.name },
      { h: 'honorific', get: (p) => p.honorific },
      { h: 'titles', get: (p) => list(p.titles) },
      { h: 'mentions', get: (p) => p.mentions.length, num: true },
    ];
    case 'organizations': return [
      { h: 'name', get: (o) => o.name },
      { h: 'acronym', get: (o) => o.acronym },
      { h: 'kind', get: (o, raw, lang) => lbl('orgKind', o.kind, raw, lang) },
      { h: 'country', get: (o, raw, lang) => (raw ? o.country : countryName(o.country, lang)) },
      { h: 'mentions', get: (o) => o.mentions.length, num: true },
    ];
    case 'locations': return [
      { h: 'name', get: (l) => l.name },
      { h: 'kind', get: (l, raw, lang) => lbl('locKind', l.kind, raw, lang) },
      { h: 'country', get: (l, raw, lang) => (raw ? l.countryCode : countryName(l.countryCode, lang)) },
      { h: 'mentions', get: (l) => l.mentions.length, num: true },
    ];
    case 'documents': return [
      { h: 'name', get: (d) => d.name },
      { h: 'kind', get: (d) => d.kind },
      { h: 'docNumber', get: (d) => d.number },
      { h: 'issuer', get: (d) => d.issuer },
      { h: 'mentions', get: (d) => d.mentions.length, num: true },
    ];
    case 'events': return [
      { h: 'name', get: (e) => e.name },
      { h: 'kind', get: (e, raw, lang) => lbl('eventKind', e.kind, raw, lang) },
      { h: 'edition', get: (e) => e.edition, num: true },
      { h: 'date', get: (e) => e.date },
      { h: 'mentions', get: (e) => e.mentions.length, num: true },
    ];
    case 'quotes': return [
      { h: 'speaker', get: (q) => q.speaker },
      { h: 'quote', get: (q) => q.span.text },
      { h: 'start', get: (q) => q.span.start, csvOnly: true },
    ];
    case 'actions': return [
      { h: 'type', get: (a, raw, lang) => lbl('action', a.type, raw, lang) },
      { h: 'actor', get: (a) => a.actor },
      { h: 'counterpart', get: (a) => a.counterpart },
      { h: 'location', get: (a) => a.location },
      { h: 'date', get: (a) => a.date },
      { h: 'text', get: (a) => a.span.text },
    ];
    default: return [];
  }
}

/**
 * Highlights every mention of item `id` of `kind` in `box` (class "hl-active") and scrolls the
 * first into view; the previous selection is cleared. Returns the number of marks selected.
 */
export function selectMentions(box, kind, id, { scroll = true } = {}) {
  for (const m of box.querySelectorAll('mark.hl-active')) m.classList.remove('hl-active');
  const marks = [...box.querySelectorAll(`mark[data-kind="${kind}"][data-id="${id}"]`)];
  for (const m of marks) m.classList.add('hl-active');
  if (scroll && marks[0] && typeof marks[0].scrollIntoView === 'function') marks[0].scrollIntoView({ block: 'center' });
  return marks.length;
}

/** A <table> of the items of one kind (at most `max` rows), or a "none" paragraph. */
export function renderTable(kind, items, { lang = 'vi', max = 500, part = false, caption = null } = {}) {
  const w = words(lang);
  if (!items.length) return el('p', { class: 'empty' }, w.none);
  const cols = columns(kind).filter((c) => !c.csvOnly);
  // an item with mentions names itself with a button that shows all its mentions in the text
  const linked = ['people', 'organizations', 'locations', 'documents', 'events'].includes(kind);
  const rows = items.slice(0, max).map((it, id) => el('tr', {}, cols.map((c, ci) => {
    const v = c.get(it, false, lang);
    const shown = v == null || v === '' ? '—' : v;
    const cell = linked && ci === 0
      ? el('button', { type: 'button', class: 'item-link', 'data-kind': kind, 'data-id': String(id), title: w.showMentions || null }, shown)
      : shown;
    return el('td', { class: c.num ? 'num' : null }, cell);
  })));
  const t = el('table', { part: part ? 'table' : null },
    caption ? el('caption', { class: 'visually-hidden' }, caption) : null,
    el('thead', {}, el('tr', {}, cols.map((c) => el('th', { scope: 'col' }, w.cols[c.h] || c.h)))),
    el('tbody', {}, rows));
  if (items.length <= max) return t;
  return el('div', {}, t, el('p', { class: 'more' }, w.more(items.length - max)));
}

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

/** CSV of one kind over one or several articles: docs = [{ name, x }]. Header names are English keys. */
export function kindCsv(kind, docs, lang = 'vi') {
  const cols = columns(kind);
  const w = words(lang);
  const many = docs.length > 1;
  const header = [...(many ? [w.cols.article] : []), ...cols.map((c) => w.cols[c.h] || c.h)];
  const rows = [];
  for (const d of docs) {
    for (const it of d.x[kind] || []) rows.push([...(many ? [d.name] : []), ...cols.map((c) => c.get(it, true, lang))]);
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
    for (const it of d.x[kind] || []) lines.push([...(many ? [d.name] : []), ...cols.map((c) => clean(c.get(it, false, lang)))].join('\t'));
  }
  return lines.join('\n') + '\n';
}

/** Attaches a tooltip (`tip`, an element with role="tooltip") to the marks inside `root`. */
export function attachTooltip(root, tip) {
  let current = null;
  const show = (m) => {
    current = m;
    tip.textContent = m.getAttribute('data-tip') || '';
    tip.hidden = false;
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
  const markOf = (e) => (e.target instanceof Element ? e.target.closest('mark[data-tip]') : null);
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
