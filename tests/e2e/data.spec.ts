/** /data/: datasets with downloads that open as spreadsheets, footnotes that reach their source, records reachable from sources. */
import { csvParse } from 'd3-dsv';
import { test, expect, axe, gotoPage, siteUrl, PHONE } from './fixtures';

const datasets = ['sources', 'events', 'counts', 'countries', 'places', 'routes', 'quotes', 'scams'];

test('data: every dataset has a heading, a record count and CSV and JSON downloads that match it', async ({ page, request }) => {
  const p = await gotoPage(page, '/data/');
  await expect(p.getByRole('heading', { level: 1, name: 'Data and sources' })).toBeVisible();
  for (const name of datasets) {
    const section = p.locator(`#dataset-${name}`);
    const count = Number((await section.locator('.meta strong').textContent())!.match(/\d+/)![0]);
    const csvLink = section.getByRole('link', { name: `${name}.csv` });
    const jsonLink = section.getByRole('link', { name: `${name}.json` });
    await expect(csvLink).toHaveAttribute('href', `/data/${name}.csv`);

    const csv = await request.get(siteUrl(`/data/${name}.csv`));
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = (await csv.body()).toString('utf8');
    expect(body.charCodeAt(0), `${name}.csv starts with a BOM`).toBe(0xfeff);
    const rows = csvParse(body.slice(1));
    expect(rows.columns[0]).toBe(name === 'countries' ? 'code' : 'id');
    expect(rows, `${name}.csv rows`).toHaveLength(count);

    const json = await request.get(siteUrl((await jsonLink.getAttribute('href'))!));
    expect(json.status()).toBe(200);
    expect(await json.json(), `${name}.json rows`).toHaveLength(count);
  }
});

test('data: a figure’s footnote leads to its source', async ({ page }) => {
  const p = await gotoPage(page, '/data/');
  const figure = p.locator('.methods .story-figure[data-count="kh-rescued-2022-voa"]');
  await expect(figure).toHaveText('about 900');
  const ref = figure.locator('xpath=following-sibling::sup[1]').getByRole('link');
  await expect(ref).toHaveAccessibleName(/^Source 1: VOA Khmer/);
  await ref.click();
  await expect(p).toHaveURL(/#source-voa-2022-08$/);
  await expect(p.locator('#source-voa-2022-08')).toBeInViewport();
});

test('data: a source links to the records it supports, opening them', async ({ page }) => {
  const p = await gotoPage(page, '/data/');
  const source = p.locator('#source-scmp-3189841');
  await source.getByText(/Records citing it/).click();
  await source.getByRole('link', { name: 'counts: hk-held' }).click();
  const row = p.locator('#record-counts-hk-held');
  await expect(row).toBeVisible();
  await expect(row).toContainText('Hong Kong residents');
});

test('data: a link from another page to a record opens it', async ({ page }) => {
  const p = await gotoPage(page, '/data/#record-events-binh-di-river-escape');
  await expect(p.locator('#record-events-binh-di-river-escape')).toBeVisible();
});

test('data: passes axe with every disclosure open, and fits a phone', async ({ page }) => {
  // Every record of every dataset is open here, each count with its source's words: axe over the whole page
  // takes about 35 s on a busy 2-core machine, too close to the 60 s default.
  test.slow();
  const p = await gotoPage(page, '/data/', { width: PHONE });
  await p.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
  expect(await axe(p)).toEqual([]);
  const overflow = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('data: without JavaScript the page is complete', async ({ page }) => {
  const p = await gotoPage(page, '/data/', { js: false });
  await expect(p.locator('.source-list > li')).toHaveCount(await p.locator('[id^="source-"]').count());
  await expect(p.locator('#dataset-counts table').first()).toBeAttached();
});
