// The host portal listens to the element's "extracted" event and shows a summary in its own sidebar.
const el = document.getElementById('extractor');
el.addEventListener('extracted', (e) => {
  const x = e.detail.extraction;
  const facts = document.getElementById('side-facts');
  const row = (k, v) => {
    const dt = document.createElement('dt'); dt.textContent = k;
    const dd = document.createElement('dd'); dd.textContent = v;
    facts.append(dt, dd);
  };
  facts.replaceChildren();
  row('Tiêu đề', x.article.title || '—');
  row('Ngày đăng', x.article.published || '—');
  row('Mốc thời gian', String(x.dates.length));
  row('Số liệu', String(x.figures.length));
  row('Số liệu nổi bật', x.figures.slice(0, 3).map((f) => f.span.text).join('; ') || '—');
  facts.hidden = false;
  document.getElementById('side-empty').hidden = true;
  document.body.dataset.extracted = String(x.dates.length + x.figures.length);
});
