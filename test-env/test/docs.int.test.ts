// The documentation pages in a real browser (headless Chromium driven by puppeteer-core): each AQS
// service's /<service>/docs and the combined site (make docs) show every operation of the document,
// with no CSP violation and no request to another origin, and "Try it out" on each page (the site's
// through its /services/<name>/ forwarding) on the first GET operation whose examples answer,
// filled from them, shows 200 with data. The services are found (documented-services.ts), never listed. Skipped where no Chromium is
// installed (apt-get install chromium; .ci/run installs it).
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'chai';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { WITHOUT_DRUID } from '@aqs/servicelib/testing';
import { documentedOperations, documentedServices, startDocumented, type OpenApiDocument } from '../src/documented-services.js';
import { writeDocsSite } from '../src/docs-site.js';
import { staticServer } from '../src/static-server.js';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

// Every service with a committed openapi.json (the AQS services, Kask, any that joins), with its config.yaml.
const SERVICES = (await documentedServices()).filter((s) => !(WITHOUT_DRUID && s.descriptor.stores.includes('druid')));

/** The GET operations of a document, with their example paths, those without parameters last (Kask's /healthz). */
function tryableOperations(doc: OpenApiDocument) {
  const gets = documentedOperations(doc).filter((o) => o.method === 'get' && o.path !== undefined);
  return [...gets.filter((o) => o.template.includes('{')), ...gets.filter((o) => !o.template.includes('{'))];
}

/** The first GET operation whose example path answers 200 (Kask: /healthz, as its example key holds nothing). */
async function firstAnswering(origin: string, doc: OpenApiDocument) {
  for (const op of tryableOperations(doc)) if ((await fetch(origin + op.path!)).status === 200) return { ...op, path: op.path! };
  throw new Error('no GET operation answers 200 with its examples');
}

interface Operation {
  operationId: string;
  path: string;
}

function operationsOf(doc: OpenApiDocument): Operation[] {
  return documentedOperations(doc).map((o) => ({ operationId: o.operation.operationId, path: o.template }));
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

/** Clicks through "Try it out" on `op`, filling its path parameters from its examples; returns the status and body shown. */
async function tryIt(page: Page, op: Operation, sample: string): Promise<{ status: string; body: string }> {
  const block = await page.waitForSelector(`.opblock-get:has([data-path="${op.path}"]) .opblock-summary`);
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
      // The viewer may fill the field with its example after we cleared it (a React update), and our
      // typing then lands after that text: clear and type until the field holds exactly the value.
      const current = () => input.evaluate((el) => (el as HTMLInputElement).value);
      for (let attempt = 0; attempt < 5 && (await current()) !== value; attempt++) {
        await input.click({ count: 3 });
        await page.keyboard.down('Control');
        await page.keyboard.press('KeyA');
        await page.keyboard.up('Control');
        await input.press('Backspace');
        await input.type(value);
      }
      expect(await current(), `${op.path}: {${name}}`).to.equal(value);
    }
  }
  await page.click(`#${id} .execute`);
  await page.waitForSelector(`#${id} .live-responses-table tr.response .response-col_status`, { timeout: 20000 });
  return page.$eval(`#${id} .live-responses-table`, (el) => ({
    status: el.querySelector('tr.response .response-col_status')?.textContent?.trim() ?? '',
    body: el.querySelector('.response-col_description pre')?.textContent ?? '',
  }));
}

/** Data: a JSON body with a non-empty `items` (the AQS answers), else any non-empty body. */
function expectData(answer: { status: string; body: string }): void {
  expect(answer.status, answer.body).to.equal('200');
  expect(answer.body).to.not.equal('');
  const json = (() => { try { return JSON.parse(answer.body) as { items?: unknown[] }; } catch { return undefined; } })();
  if (json && 'items' in json) expect(json.items).to.be.an('array').that.is.not.empty;
}

describe('API documentation pages in headless Chromium', function () {
  this.timeout(120000);
  let browser: Browser | undefined;
  let running: Awaited<ReturnType<typeof startDocumented>> | undefined;

  before(async function () {
    if (!existsSync(CHROMIUM)) {
      console.log(`    (skipped: no Chromium at ${CHROMIUM}; apt-get install chromium, or set CHROMIUM)`);
      this.skip();
    }
    browser = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    running = await startDocumented(SERVICES);
  });
  after(async () => {
    await Promise.all([...(running?.values() ?? [])].map((r) => r.close()));
    await browser?.close();
  });

  it('finds the documented services (Kask among them)', () => expect(SERVICES.map((s) => s.name)).to.include('kask'));

  for (const s of SERVICES) {
    const { name } = s;
    it(`/${name}/docs shows every operation with no CSP violation, and "Try it out" answers with data`, async function () {
      const svc = running!.get(name)!;
      const doc = (await svc.get(`/${name}/api-spec.json`)).body as OpenApiDocument;
      const ops = operationsOf(doc);
      const { page, problems } = await openWatched(browser!, `${svc.origin}/${name}/docs`);
      expect((await shownOperationIds(page)).sort()).to.deep.equal(ops.map((o) => o.operationId).sort());
      const op = await firstAnswering(svc.origin, doc);
      expectData(await tryIt(page, { operationId: op.operation.operationId, path: op.template }, op.path));
      expect(problems).to.deep.equal([]);
      await page.close();
    });
  }

  it('the combined site (make docs) links every service, each page shows every operation with no CSP violation, and its "Try it out" reaches the service', async function () {
    const dir = mkdtempSync(join(tmpdir(), 'docs-site-'));
    const server = staticServer(dir, Object.fromEntries([...running!].map(([name, r]) => [name, r.origin])));
    try {
      const families = writeDocsSite(dir);
      expect(families.map((f) => f.service)).to.include.members(SERVICES.map((s) => s.name));
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      const index = await browser!.newPage();
      await index.goto(`${origin}/index.html`, { waitUntil: 'networkidle0' });
      const links = await index.$$eval('li h2 a', (as) => as.map((a) => a.getAttribute('href')));
      expect(links.sort()).to.deep.equal(families.map((f) => `${f.page}.html`).sort());
      await index.close();
      for (const s of SERVICES) {
        const f = families.find((g) => g.service === s.name)!;
        const doc = s.descriptor.openApi!() as unknown as OpenApiDocument;
        const { page, problems } = await openWatched(browser!, `${origin}/${f.page}.html`);
        expect((await shownOperationIds(page)).sort(), f.page).to.deep.equal(operationsOf(doc).map((o) => o.operationId).sort());
        const op = await firstAnswering(running!.get(s.name)!.origin, doc);
        expectData(await tryIt(page, { operationId: op.operation.operationId, path: op.template }, op.path));
        expect(problems, f.page).to.deep.equal([]); // the try-it went to the site's own origin
        await page.close();
      }
    } finally {
      server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
