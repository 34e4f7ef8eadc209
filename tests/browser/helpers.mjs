// Shared helpers of the browser tests (not a test file itself).
import fs from 'node:fs';
import path from 'node:path';

export function devText(root, name) {
  const dir = path.join(root, 'tests/data/dev/texts');
  const file = fs.readdirSync(dir).find((f) => f.startsWith(name));
  return fs.readFileSync(path.join(dir, file), 'utf8');
}

/** Waits until the page has shown its first results. */
export async function ready(page) {
  await page.waitForFunction(() => document.body.dataset.ready === 'true');
}

/** Drops files on `selector` the way a user's drag and drop does: files = [{ name, text }]. */
export async function dropFiles(page, selector, files) {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name, { type: 'text/plain' }));
    return dt;
  }, files);
  for (const type of ['dragenter', 'dragover', 'drop']) await page.dispatchEvent(selector, type, { dataTransfer });
}

/** Clicks (via `click()`) and returns the downloaded file: { name, bytes, text }. */
export async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const bytes = fs.readFileSync(await d.path());
  return { name: d.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

/** Every occurrence of `needle` in `text` as a Span (UTF-16 offsets, like the contract). */
export function spans(text, needle) {
  const out = [];
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + needle.length)) {
    out.push({ start: i, end: i + needle.length, text: needle });
  }
  if (!out.length) throw new Error(`mock: "${needle}" is not in the text`);
  return out;
}

/** An Extraction with every list empty, to fill in rendering tests. */
export function emptyExtraction() {
  return {
    version: 1,
    article: { title: null, published: null, authors: [], source: null, photoCredits: [], referenceDate: null, boilerplate: [] },
    people: [], organizations: [], locations: [], dates: [], figures: [], documents: [], events: [], quotes: [], actions: [], warnings: [],
  };
}

/** Shows hand-made results through the page's own rendering (app.js showResults). */
export async function showMock(page, docs) {
  await page.evaluate(async (d) => {
    const app = await import(new URL('app.js', location.href).href);
    await app.showResults(d);
  }, docs);
}

/** Reads the value the page put in a textarea-like element. */
export async function setText(page, text) {
  // a paste: the whole text arrives at once, then an input event
  await page.evaluate((t) => {
    const ta = document.getElementById('text');
    ta.value = t;
    ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
}

/** Pastes `text` into the page's text box the way the browser does: a paste event carrying the clipboard's text. */
export async function pasteText(page, text) {
  await page.evaluate((t) => {
    const ta = document.getElementById('text');
    ta.focus();
    const dt = new DataTransfer();
    dt.setData('text/plain', t);
    const e = new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true });
    // (a paste event made by a script inserts nothing itself: a small text is put in as the browser would)
    if (ta.dispatchEvent(e)) {
      ta.setRangeText(t, ta.selectionStart, ta.selectionEnd, 'end');
      ta.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    }
  }, text);
}

/** The tooltip text of a highlight (computed when it is shown, in the page's language). */
export async function tipOf(locator) {
  return locator.evaluate(async (m) => {
    const r = await import(new URL('pkg/render.js', location.href).href);
    return r.markTip(m.closest('#highlighted'), m);
  });
}
