// The documentation pages in a real browser (headless Chromium driven by puppeteer-core): each AQS
// service's /<service>/docs and the combined site (make docs) show every operation of the document,
// with no CSP violation and no request to another origin, and "Try it out" on each service's first
// operation, filled from its sample path, answers 200 with items. Skipped where no Chromium is
// installed (apt-get install chromium; .ci/run installs it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import type { AqsServiceDescriptor } from '@aqs/aqsassist';
import { LOCAL_STORES, WITHOUT_DRUID, cassandraTestConfig, startInProcess } from '@aqs/servicelib/testing';
import deviceAnalytics from '../../device-analytics/src/service.js';
import editAnalytics from '../../edit-analytics/src/service.js';
import editorAnalytics from '../../editor-analytics/src/service.js';
import geoAnalytics from '../../geo-analytics/src/service.js';
import mediaAnalytics from '../../media-analytics/src/service.js';
import pageAnalytics from '../../page-analytics/src/service.js';
import { SAMPLES as DEVICE } from '../../device-analytics/test/samples.js';
import { SAMPLES as EDIT } from '../../edit-analytics/test/samples.js';
import { SAMPLES as EDITOR } from '../../editor-analytics/test/samples.js';
import { SAMPLES as GEO } from '../../geo-analytics/test/samples.js';
import { SAMPLES as MEDIA } from '../../media-analytics/test/samples.js';
import { SAMPLES as PAGE } from '../../page-analytics/test/samples.js';
import { druidTestConfig } from '../src/druid-harness.js';
import { writeDocsSite } from '../src/docs-site.js';
import { staticServer } from '../src/static-server.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

interface Documented {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  service: AqsServiceDescriptor<any, any>;
  config: Record<string, unknown>;
  samples: Record<string, string>;
  druid?: boolean;
}

const SERVICES: Documented[] = [
  { service: deviceAnalytics, config: cassandraTestConfig(LOCAL_STORES), samples: DEVICE },
  { service: geoAnalytics, config: cassandraTestConfig(LOCAL_STORES), samples: GEO },
  { service: mediaAnalytics, config: cassandraTestConfig(LOCAL_STORES), samples: MEDIA },
  { service: pageAnalytics, config: cassandraTestConfig(LOCAL_STORES), samples: PAGE },
  { service: editAnalytics, config: druidTestConfig(LOCAL_STORES), samples: EDIT, druid: true },
  { service: editorAnalytics, config: druidTestConfig(LOCAL_STORES), samples: EDITOR, druid: true },
];

interface Operation {
  operationId: string;
  path: string;
}

function operationsOf(doc: { paths: Record<string, Record<string, { operationId: string }>> }): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.values(item).map((op) => ({ operationId: op.operationId, path })));
}

/** What a loaded page did wrong: CSP violations (the DOM event and the console's report) and requests to another origin. */
async function openWatched(browser: Browser, url: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  const origin = new URL(url).origin;
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  page.on('console', (m) => {
    if (/content security policy|csp violation/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(`page error: ${String(e)}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('data:') && new URL(r.url()).origin !== origin) problems.push(`request to another origin: ${r.url()}`);
  });
  await page.setViewport({ width: 1280, height: 1000 });
  await page.goto(url, { waitUntil: 'networkidle0' });
  await page.waitForSelector('.opblock', { timeout: 20000 });
  return { page, problems };
}

/** The operation ids the viewer lists (displayOperationId is on). */
const shownOperationIds = (page: Page) => page.$$eval('.opblock-summary-operation-id', (els) => els.map((e) => e.textContent?.trim() ?? ''));

/** Clicks through "Try it out" on `op`, filling its path parameters from `sample`; returns the status and body shown. */
async function tryIt(page: Page, op: Operation, sample: string): Promise<{ status: string; body: string }> {
  const block = await page.waitForSelector(`.opblock:has([data-path="${op.path}"]) .opblock-summary`);
  const id = await block!.evaluate((el) => el.closest('.opblock')!.id);
  await block!.click();
  await (await page.waitForSelector(`#${id} .try-out__btn`))!.click();
  await page.waitForSelector(`#${id} .execute`);
  const names = op.path.split('/');
  const values = sample.split('/');
  for (const [i, segment] of names.entries()) {
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (!name) continue;
    const value = decodeURIComponent(values[i]!);
    const row = `#${id} tr[data-param-name="${name}"]`;
    if (await page.$(`${row} select`)) await page.select(`${row} select`, value);
    else {
      const input = (await page.$(`${row} input`))!;
      await input.click({ count: 3 });
      await input.press('Backspace');
      await input.type(value);
    }
  }
  await page.click(`#${id} .execute`);
  await page.waitForSelector(`#${id} .live-responses-table tr.response .response-col_status`, { timeout: 20000 });
  return page.$eval(`#${id} .live-responses-table`, (el) => ({
    status: el.querySelector("tr.response .response-col_status")?.textContent?.trim() ?? '',
    body: el.querySelector('.response-col_description pre')?.textContent ?? '',
  }));
}

describe('API documentation pages in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM)`);
      this.skip();
    }
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  after(() => browser?.close());

  for (const s of SERVICES) {
    const name = s.service.name;
    it(`/${name}/docs shows every operation with no CSP violation, and "Try it out" answers with data`, async function () {
      if (s.druid && WITHOUT_DRUID) this.skip();
      const svc = await startInProcess(s.service, s.config);
      try {
        const doc = (await svc.get(`/${name}/api-spec.json`)).body;
        const ops = operationsOf(doc);
        const { page, problems } = await openWatched(browser!, `${svc.origin}/${name}/docs`);
        expect((await shownOperationIds(page)).sort()).to.deep.equal(ops.map((o) => o.operationId).sort());
        const op = ops.find((o) => s.samples[o.operationId])!;
        const answer = await tryIt(page, op, s.samples[op.operationId]!);
        expect(answer.status, answer.body).to.equal('200');
        expect(JSON.parse(answer.body).items).to.be.an('array').that.is.not.empty;
        expect(problems).to.deep.equal([]);
        await page.close();
      } finally {
        await svc.close();
      }
    });
  }

  it('the combined site (make docs) links every family, and each page shows every operation with no CSP violation', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'docs-site-'));
    const server = staticServer(dir);
    try {
      const families = writeDocsSite(dir);
      expect(families.map((f) => f.service).sort()).to.deep.equal(SERVICES.map((s) => s.service.name).sort());
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const index = await browser!.newPage();
      await index.goto(`${origin}/index.html`, { waitUntil: 'networkidle0' });
      const links = await index.$$eval('li h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).to.deep.equal(families.map((f) => `${f.page}.html`).sort());
      await index.close();
      for (const f of families) {
        const doc = SERVICES.find((s) => s.service.name === f.service)!.service.openApi!();
        const { page, problems } = await openWatched(browser!, `${origin}/${f.page}.html`);
        expect((await shownOperationIds(page)).sort(), f.page).to.deep.equal(operationsOf(doc as never).map((o) => o.operationId).sort());
        expect(problems, f.page).to.deep.equal([]);
        await page.close();
      }
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
