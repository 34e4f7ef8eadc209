// RENDERING TESTS WITH HAND-MADE EXTRACTIONS. The core does not fill people, organisations,
// places, documents, events, quotes and actions yet, so these tests give the page's own
// rendering functions (app.js showResults) Extraction objects written here, following the
// shapes of SPEC.md, to check how every kind is shown: nested highlights, tooltips with the
// normalised values, the panels, and the cross-article people index and places chart.
import { ready, spans, emptyExtraction, showMock } from './helpers.mjs';

const A = `Bí thư Thành ủy TP.HCM Nguyễn Văn Nên thăm Mông Cổ

Ngày 12/5/2025, đoàn công tác của Thành ủy TP.HCM do ông Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM dẫn đầu đã thăm và làm việc tại Mông Cổ. Chủ tịch Quốc hội Mông Cổ tiếp đoàn tại Ulaanbaatar.

"Chúng tôi mong muốn hai bên tiếp tục mở rộng hợp tác trong lĩnh vực thương mại, du lịch và giáo dục", ông Nguyễn Văn Nên nhấn mạnh.

Hai bên trao đổi về việc triển khai Nghị quyết 59-NQ/TW của Bộ Chính trị và chuẩn bị cho Diễn đàn Kinh tế TP.HCM lần thứ năm. Năm 2025, Thành phố đón hơn 80 đoàn cấp cao.`;

const B = `Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản

Chiều 7/11/2024, Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản tại trụ sở UBND TP.HCM. Ông Nguyễn Văn Nên, Bí thư Thành ủy, cũng dự buổi gặp. Hai bên bàn về hợp tác với tỉnh Aichi (Nhật Bản). Năm 2024, Thành phố đón hơn 40 đoàn cấp cao.`;

function mockA() {
  const x = emptyExtraction();
  x.article = { ...x.article, title: 'Bí thư Thành ủy TP.HCM Nguyễn Văn Nên thăm Mông Cổ', published: '2025-05-13' };
  x.people = [{ name: 'Nguyễn Văn Nên', titles: ['Ủy viên Bộ Chính trị', 'Bí thư Thành ủy TP.HCM'], honorific: 'ông', mentions: spans(A, 'Nguyễn Văn Nên') }];
  x.organizations = [
    { name: 'Thành ủy TP.HCM', acronym: null, kind: 'party', country: 'VN', mentions: spans(A, 'Thành ủy TP.HCM') },
    { name: 'Bộ Chính trị', acronym: null, kind: 'party', country: 'VN', mentions: spans(A, 'Bộ Chính trị') },
    { name: 'Quốc hội Mông Cổ', acronym: null, kind: 'government', country: 'MN', mentions: spans(A, 'Quốc hội Mông Cổ') },
  ];
  x.locations = [
    { name: 'Thành phố Hồ Chí Minh', kind: 'province', countryCode: 'VN', mentions: spans(A, 'TP.HCM') },
    { name: 'Mông Cổ', kind: 'country', countryCode: 'MN', mentions: spans(A, 'Mông Cổ') },
    { name: 'Ulaanbaatar', kind: 'city', countryCode: 'MN', mentions: spans(A, 'Ulaanbaatar') },
  ];
  x.dates = [
    { span: spans(A, 'Ngày 12/5/2025')[0], value: '2025-05-12', grain: 'day', partOfDay: null, relative: false },
    { span: spans(A, 'Năm 2025')[0], value: '2025', grain: 'year', partOfDay: null, relative: false },
  ];
  x.figures = [{ span: spans(A, 'hơn 80 đoàn cấp cao')[0], value: 80, qualifier: 'more_than', unit: 'đoàn cấp cao', year: '2025' }];
  x.documents = [{ name: 'Nghị quyết 59-NQ/TW', kind: 'Nghị quyết', number: '59-NQ/TW', issuer: 'Bộ Chính trị', mentions: spans(A, 'Nghị quyết 59-NQ/TW') }];
  x.events = [{ name: 'Diễn đàn Kinh tế TP.HCM', kind: 'forum', edition: 5, date: null, mentions: spans(A, 'Diễn đàn Kinh tế TP.HCM') }];
  x.quotes = [{ span: spans(A, 'Chúng tôi mong muốn hai bên tiếp tục mở rộng hợp tác trong lĩnh vực thương mại, du lịch và giáo dục')[0], speaker: 'Nguyễn Văn Nên' }];
  x.actions = [
    { type: 'visit', actor: 'Nguyễn Văn Nên', counterpart: null, location: 'Mông Cổ', date: '2025-05-12', span: spans(A, 'đoàn công tác của Thành ủy TP.HCM do ông Nguyễn Văn Nên, Ủy viên Bộ Chính trị, Bí thư Thành ủy TP.HCM dẫn đầu đã thăm và làm việc tại Mông Cổ')[0] },
    { type: 'receive', actor: 'Quốc hội Mông Cổ', counterpart: 'Thành ủy TP.HCM', location: 'Ulaanbaatar', date: null, span: spans(A, 'Chủ tịch Quốc hội Mông Cổ tiếp đoàn tại Ulaanbaatar')[0] },
  ];
  return x;
}

function mockB() {
  const x = emptyExtraction();
  x.article = { ...x.article, title: 'Phó Chủ tịch UBND TP.HCM Võ Văn Hoan tiếp Đại sứ Nhật Bản', published: '2024-11-08' };
  x.people = [
    { name: 'Võ Văn Hoan', titles: ['Phó Chủ tịch UBND TP.HCM'], honorific: null, mentions: spans(B, 'Võ Văn Hoan') },
    { name: 'Nguyễn Văn Nên', titles: ['Bí thư Thành ủy'], honorific: 'ông', mentions: spans(B, 'Nguyễn Văn Nên') },
  ];
  x.organizations = [{ name: 'UBND TP.HCM', acronym: 'UBND', kind: 'government', country: 'VN', mentions: spans(B, 'UBND TP.HCM') }];
  x.locations = [
    { name: 'Thành phố Hồ Chí Minh', kind: 'province', countryCode: 'VN', mentions: spans(B, 'TP.HCM') },
    { name: 'Nhật Bản', kind: 'country', countryCode: 'JP', mentions: spans(B, 'Nhật Bản') },
    { name: 'Aichi', kind: 'province', countryCode: 'JP', mentions: spans(B, 'Aichi') },
  ];
  x.dates = [
    { span: spans(B, 'Chiều 7/11/2024')[0], value: '2024-11-07', grain: 'day', partOfDay: 'afternoon', relative: false },
    { span: spans(B, 'Năm 2024')[0], value: '2024', grain: 'year', partOfDay: null, relative: false },
  ];
  x.figures = [{ span: spans(B, 'hơn 40 đoàn cấp cao')[0], value: 40, qualifier: 'more_than', unit: 'đoàn cấp cao', year: '2024' }];
  x.actions = [{ type: 'receive', actor: 'Võ Văn Hoan', counterpart: 'Đại sứ Nhật Bản', location: null, date: '2024-11-07', span: spans(B, 'Võ Văn Hoan tiếp Đại sứ Nhật Bản tại trụ sở UBND TP.HCM')[0] }];
  return x;
}

export const tests = [
  {
    name: 'rendering test (hand-made Extractions): every kind highlighted, nested, with its normalised value',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage();
      await page.goto(base);
      await ready(page);
      await showMock(page, [{ name: 'A', text: A, x: mockA() }]);
      // a place inside an organisation's name is a mark inside a mark
      const nested = page.locator('mark.hl-org > mark.hl-loc');
      assert.equal(await nested.first().textContent(), 'TP.HCM');
      assert.equal(await page.locator('mark.hl-event > mark.hl-loc').count(), 1);
      assert.equal(await page.locator('mark.hl-doc').textContent(), 'Nghị quyết 59-NQ/TW');
      assert.equal(await page.locator('mark.hl-quote').count(), 1);
      // the person's titles, the place's canonical name and country, the event's edition
      const tip = page.locator('#tip');
      await page.locator('mark.hl-person').nth(1).hover();
      assert.equal(await tip.textContent(), 'Nguyễn Văn Nên (ông) · Ủy viên Bộ Chính trị; Bí thư Thành ủy TP.HCM');
      await page.locator('mark.hl-loc', { hasText: 'Ulaanbaatar' }).hover();
      assert.equal(await tip.textContent(), 'Ulaanbaatar · thành phố · 🇲🇳 Mông Cổ (MN)');
      await page.locator('mark.hl-org > mark.hl-loc').first().hover();
      assert.equal(await tip.textContent(), 'Thành phố Hồ Chí Minh · tỉnh/thành · 🇻🇳 Việt Nam (VN)');
      await page.mouse.move(0, 0);
      await page.locator('mark.hl-event').focus(); // (it wraps over two lines: focus it, as a keyboard user does)
      assert.equal(await tip.textContent(), 'Diễn đàn Kinh tế TP.HCM · diễn đàn · lần thứ 5');
      await shot(page, 'render-mock-all-kinds');
      const panels = await page.locator('#panels').textContent();
      for (const s of ['Ủy viên Bộ Chính trị; Bí thư Thành ủy TP.HCM', 'Quốc hội Mông Cổ', 'Mông Cổ (MN)', '59-NQ/TW', 'diễn đàn', 'thăm', 'tiếp', 'Ulaanbaatar']) {
        assert.ok(panels.includes(s), `panels show ${s}`);
      }
      assert.equal(await page.locator('#legend').textContent(), 'Người (1)Tổ chức (3)Địa danh (3)Thời gian (2)Số liệu (1)Văn bản (1)Sự kiện (1)Trích dẫn (1)Hoạt động đối ngoại (2)');
      page.checkClean();
      await page.context().close();
    },
  },
  {
    name: 'rendering test (hand-made Extractions): people index, places chart, figures side by side across two articles',
    async run({ base, newPage, shot, assert }) {
      const page = await newPage({ viewport: { width: 390, height: 844 } });
      await page.goto(base);
      await ready(page);
      await showMock(page, [{ name: 'Mông Cổ 2025', text: A, x: mockA() }, { name: 'Nhật Bản 2024', text: B, x: mockB() }]);
      const people = await page.locator('#people-index tbody tr').evaluateAll((rows) => rows.map((r) => [...r.cells].map((c) => c.textContent)));
      assert.deepEqual(people[0], ['Nguyễn Văn Nên (ông)', 'Ủy viên Bộ Chính trị; Bí thư Thành ủy TP.HCM; Bí thư Thành ủy', '1, 2', '4']);
      assert.deepEqual(people[1], ['Võ Văn Hoan', 'Phó Chủ tịch UBND TP.HCM', '2', '2']);
      const bars = await page.locator('#places-chart li').evaluateAll((li) => li.map((l) => [l.querySelector('.bar-label').textContent, l.querySelector('.bar-value').textContent, l.querySelector('.bar-fill').style.width]));
      assert.deepEqual(bars[0], ['Thành phố Hồ Chí Minh', '7', '100%']);
      assert.equal(bars.length, 5);
      const row = await page.locator('#figures-by-year tbody tr').first().evaluate((r) => [...r.cells].map((c) => c.textContent));
      assert.deepEqual(row, ['đoàn cấp cao', 'hơn 40[2]', 'hơn 80[1]']);
      await shot(page, 'render-mock-summary-phone');
      page.checkClean();
      await page.context().close();
    },
  },
];
