// Several articles at once: splitting the pasted text, and the summaries across articles
// (pure functions over [{ name, text, x }], x being an Extraction).

const SEPARATOR = /^[ \t]*-{3,}[ \t]*$/;

/** Splits the text at lines made only of "---" (three dashes or more). Empty parts are dropped. */
export function splitArticles(all) {
  if (!/^[ \t]*-{3,}[ \t]*\r?$/m.test(all)) return [all];
  const lines = all.split('\n');
  const parts = [];
  let cur = [];
  for (const line of lines) {
    if (SEPARATOR.test(line.replace(/\r$/, ''))) {
      parts.push(cur.join('\n'));
      cur = [];
    } else {
      cur.push(line);
    }
  }
  parts.push(cur.join('\n'));
  const kept = parts.filter((p) => p.trim() !== '');
  return kept.length ? kept : [all];
}

const collator = new Intl.Collator('vi');
const key = (s) => s.normalize('NFC').trim().toLocaleLowerCase('vi').replace(/\s+/g, ' ');

/**
 * Key figures by year and by what is counted: { years: [..., null], rows: [{ unit, cells: Map(year -> [{ f, doc }]) }] }.
 * `year` is the figure's own year (null when the text does not say; that column comes last).
 */
export function figuresByYear(docs) {
  const rows = new Map();
  const years = new Set();
  docs.forEach((d, doc) => {
    for (const f of d.x.figures) {
      const k = key(f.unit);
      if (!rows.has(k)) rows.set(k, { unit: f.unit, cells: new Map() });
      const row = rows.get(k);
      const y = f.year ?? null;
      years.add(y);
      if (!row.cells.has(y)) row.cells.set(y, []);
      row.cells.get(y).push({ f, doc });
    }
  });
  const ys = [...years].sort((a, b) => (a === null) - (b === null) || String(a).localeCompare(String(b)));
  const out = [...rows.values()].sort((a, b) => b.cells.size - a.cells.size || collator.compare(a.unit, b.unit));
  return { years: ys, rows: out };
}

/** People across articles: [{ name, titles, honorific, docs: [index], mentions }], by mentions then name. */
export function peopleIndex(docs) {
  const m = new Map();
  docs.forEach((d, doc) => {
    for (const p of d.x.people) {
      const k = key(p.name);
      if (!m.has(k)) m.set(k, { name: p.name, titles: [], honorific: p.honorific, docs: [], mentions: 0 });
      const e = m.get(k);
      if (p.name.length > e.name.length) e.name = p.name;
      for (const t of p.titles) if (!e.titles.some((u) => key(u) === key(t))) e.titles.push(t);
      if (!e.docs.includes(doc)) e.docs.push(doc);
      e.honorific ??= p.honorific;
      e.mentions += p.mentions.length;
    }
  });
  return [...m.values()].sort((a, b) => b.mentions - a.mentions || collator.compare(a.name, b.name));
}

/** Places across articles: [{ name, kind, countryCode, docs: [index], mentions }], by mentions then name. */
export function placesIndex(docs) {
  const m = new Map();
  docs.forEach((d, doc) => {
    for (const l of d.x.locations) {
      const k = `${key(l.name)}|${l.countryCode || ''}`;
      if (!m.has(k)) m.set(k, { name: l.name, kind: l.kind, countryCode: l.countryCode, docs: [], mentions: 0 });
      const e = m.get(k);
      if (!e.docs.includes(doc)) e.docs.push(doc);
      e.mentions += l.mentions.length;
    }
  });
  return [...m.values()].sort((a, b) => b.mentions - a.mentions || collator.compare(a.name, b.name));
}
