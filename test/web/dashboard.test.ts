/**
 * The dashboard in a real browser: the example articles ingested through the API, then the
 * talks matrix, the timeline, the network and the highlighted article view checked against what
 * the API says, a review clicked and found stored, and hostile article text shown as text.
 * Assertions are on structure and on robust facts of the examples, not on exact counts, since
 * the dictionaries keep growing.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launch, screenshotPath, skipBrowser } from './browser.js';
import { api, auth, ingestExamples, startServe, type Served } from './serve-helper.js';

const skip = skipBrowser();
if (skip) process.stdout.write(`# ${skip}\n`);

describe('dashboard in chromium', { skip }, () => {
  let s: Served;
  let browser: Browser;
  let page: Page;
  let gaza: string;

  before(async () => {
    s = await startServe();
    gaza = (await ingestExamples(s)).find((x) => x.file.startsWith('gaza'))!.id;
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1400, height: 950 } });
    // Fail fast: a missing element should not cost the 30 s default wait.
    page.setDefaultTimeout(10_000);
    page.on('pageerror', (err) => { throw err; });
    // The token arrives as the URL fragment parley serve prints; the page keeps it for the tab.
    await page.goto(`${s.url}/#token=${s.token}`);
    await ready(page, 'talks');
  });
  after(async () => {
    await browser?.close();
    await s?.stop();
  });

  async function open(hash: string, view: string): Promise<void> {
    await page.goto(`${s.url}/${hash}`);
    await ready(page, view);
  }

  test('the talks: proposals, and a stance matrix whose cells open their sources', async () => {
    const talks = (await api(s, 'GET', '/api/talks')).body;
    await open('#/talks', 'talks');
    assert.ok(await page.locator('.proposals li.proposal').count() >= 1, 'a proposal is listed');
    assert.ok(talks.matrix.length >= 1, 'the examples give at least one stance on a proposal (a coder regression otherwise)');
    const cells = page.locator('.matrix td.stance');
    assert.equal(await cells.count(), talks.matrix.length, 'one coloured cell per stance');
    for (const cell of talks.matrix.slice(0, 5)) {
      const td = page.locator(`.matrix td[data-party="${cell.party}"][data-proposal="${cell.proposal}"]`);
      assert.equal(await td.getAttribute('data-stance'), cell.stance);
      assert.equal(await td.evaluate((el) => el.classList.contains('disputed')), cell.disputed, `disputed mark of ${cell.party}`);
    }
    // Stances are coloured, each differently.
    const colour = await cells.first().locator('button').evaluate((el) => getComputedStyle(el).backgroundColor);
    assert.notEqual(colour, 'rgba(0, 0, 0, 0)');
    await cells.first().locator('button').click();
    const source = page.locator('#cell-detail .source').first();
    await source.locator('.sentence').waitFor();
    assert.ok((await source.locator('.sentence').textContent())!.length > 10, 'the sentence behind the stance');
    assert.match((await source.locator('.note').textContent())!, /accepts|rejects|objects|conditional|undecided/);
    await page.screenshot({ path: screenshotPath('talks', s.dir), fullPage: true });
  });

  test('the timeline: statements and events, force set apart from diplomacy, filters', async () => {
    await open('#/timeline', 'timeline');
    assert.ok(await page.locator('.timeline .item[data-kind="statement"]').count() >= 1, 'statements');
    const assault = page.locator('.timeline .item[data-type="ASSAULT"]').first();
    assert.equal(await assault.getAttribute('data-tone'), 'violence');
    const violent = await assault.evaluate((el) => getComputedStyle(el).borderLeftColor);
    const calm = await page.locator('.timeline .item[data-tone="diplomacy"], .timeline .item[data-tone="statement"]').first()
      .evaluate((el) => getComputedStyle(el).borderLeftColor);
    assert.notEqual(violent, calm, 'violence is drawn in another colour');
    await page.screenshot({ path: screenshotPath('timeline', s.dir), fullPage: true });

    await page.selectOption('#timeline-filters select[name="type"]', 'ASSAULT');
    await page.click('#timeline-filters button[type="submit"]');
    await ready(page, 'timeline');
    const types = await page.locator('.timeline .item').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    assert.ok(types.length >= 1 && types.every((t) => t === 'ASSAULT'), `only assaults: ${types.join(',')}`);
    await open('#/timeline?from=1990-01-01&to=1990-01-31', 'timeline');
    assert.equal(await page.locator('.timeline .item').count(), 0);
  });

  test('the actor network draws one arrow per relation', async () => {
    const graph = (await api(s, 'GET', '/api/network')).body;
    await open('#/network', 'network');
    if (graph.edges.length === 0) return;
    assert.equal(await page.locator('svg.network .edge').count(), graph.edges.length);
    assert.ok(await page.locator('svg.network .node').count() >= 2);
    await page.locator('svg.network .edge').first().dispatchEvent('click');
    await page.locator('#edge-detail .source .record-summary').first().waitFor();
    await page.screenshot({ path: screenshotPath('network', s.dir), fullPage: true });
  });

  test('the article view highlights every record on its span, and a review is stored', async () => {
    const article = (await api(s, 'GET', `/api/articles/${encodeURIComponent(gaza)}`)).body;
    await open(`#/article/${encodeURIComponent(gaza)}`, 'article');
    assert.equal(await page.locator('#article-text').textContent(), article.text, 'the whole text, as text');
    const marked = await page.locator('mark.hl').evaluateAll((els) => els.map((e) => ({ ids: e.getAttribute('data-records')!.split(' '), text: e.textContent })));
    for (const r of article.records) {
      const pieces = marked.filter((m) => m.ids.includes(r.record.id)).map((m) => m.text).join('');
      assert.equal(pieces, article.text.slice(r.record.span[0], r.record.span[1]), `${r.record.kind} ${r.record.id} is highlighted on its span`);
    }
    assert.equal(await page.locator('.record-card').count(), article.records.length);
    const assault = article.records.find((r: { record: { kind: string; event?: string } }) => r.record.kind === 'event' && r.record.event === 'ASSAULT');
    assert.ok(assault, 'an ASSAULT event in the Gaza example');

    const card = page.locator(`.record-card[data-record="${assault.record.id}"]`);
    await card.click();
    assert.ok(await page.locator(`mark.hl.active`).count() >= 1, 'selecting a record lights its words');
    await page.screenshot({ path: screenshotPath('article', s.dir), fullPage: false });
    await card.locator('button.confirm').click();
    await page.locator(`.record-card[data-record="${assault.record.id}"][data-review="confirm"]`).waitFor();
    const stored = (await api(s, 'GET', `/api/records/${encodeURIComponent(assault.record.id)}`)).body;
    assert.equal(stored.review?.action, 'confirm', 'the review reached the store');

    const other = article.records.find((r: { record: { id: string; kind: string } }) => r.record.kind === 'statement');
    await page.locator(`.record-card[data-record="${other.record.id}"] button.reject`).click();
    await page.locator(`.record-card[data-record="${other.record.id}"][data-review="reject"]`).waitFor();
    const statements = (await api(s, 'GET', '/api/statements?limit=1000')).body;
    assert.ok(!statements.items.some((x: { id: string }) => x.id === other.record.id), 'a rejected record leaves the lists');
  });

  test('an article holding <script> shows it as text and runs nothing', async () => {
    const hostile = 'Hamas said <script>window.__pwned = 1</script> on Monday that it rejected the plan.\n\n' +
      'Israel said <img src=x onerror="window.__pwned = 2"> it accepted the proposal.';
    const res = await api(s, 'POST', '/api/articles', { text: hostile, title: '<b onmouseover=alert(1)>Breaking</b>', published: '2024-08-21' }, auth(s));
    assert.equal(res.status, 201);
    await open(`#/article/${encodeURIComponent(res.body.id)}`, 'article');
    const text = await page.locator('#article-text').textContent();
    assert.ok(text!.includes('<script>window.__pwned = 1</script>'), 'the tag is shown as characters');
    assert.ok(text!.includes('<img src=x onerror="window.__pwned = 2">'));
    assert.equal(await page.locator('#article-text script, #article-text img, h1 b').count(), 0, 'no element made from the text');
    assert.equal(await page.locator('h1.article-title').textContent(), '<b onmouseover=alert(1)>Breaking</b>');
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  });

  test('pasting an article codes it and opens it', async () => {
    await open('#/ingest', 'ingest');
    await page.fill('#ingest-form textarea[name="text"]', 'Qatar said on Wednesday that Israel and Hamas had agreed to a new round of talks in Doha.');
    await page.fill('#ingest-form input[name="outlet"]', 'Pasted Wire');
    await page.fill('#ingest-form input[name="published"]', '2024-08-22');
    await page.click('#ingest-form button[type="submit"]');
    await page.waitForURL(/#\/article\//);
    await ready(page, 'article');
    assert.match((await page.locator('#article-text').textContent())!, /round of talks in Doha/);
    assert.match((await page.locator('.meta').first().textContent())!, /Pasted Wire/);
  });
});

async function ready(page: Page, view: string): Promise<void> {
  await page.locator(`.view[data-view="${view}"][data-ready="true"]`).waitFor({ timeout: 15_000 });
  const error = page.locator('.view .error');
  if (await error.count()) throw new Error(`the ${view} view shows an error: ${await error.first().textContent()}`);
}
