// A real browser on the documentation: Debian's Chromium, driven by playwright-core, opens /docs
// on the real server (with the source article imported), sees every tag of the OpenAPI document,
// and runs "Try it out" on the article list, reading the source article's title from the page.
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ServerProcess, startServer, tempDir } from './helpers/server-process.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) {
  console.warn(
    `\n${'!'.repeat(78)}\n!! SKIPPING the browser test: ${CHROMIUM} is missing.\n!! Install it with: apt-get update && apt-get install -y --no-install-recommends chromium\n!! (.ci/run does this before npm test.)\n${'!'.repeat(78)}\n`,
  );
}

const SOURCE_TITLE = 'Putin to demand Ukraine never join NATO during talks with Trump, Bloomberg reports';

describe.skipIf(!haveChromium)('Swagger UI in Chromium', () => {
  let server: ServerProcess;
  let browser: Browser;
  beforeAll(async () => {
    const dir = tempDir('newsdesk-browser-');
    server = await startServer(
      { DATABASE_URL: join(dir, 'newsdesk.db'), MEDIA_DIR: join(dir, 'media'), SEED_ON_START: 'true' },
      { inProcess: true },
    );
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
    if (server && server.child.exitCode === null) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it('renders every tag, and "Try it out" on listArticles shows the source article', async () => {
    const document = await (await fetch(`${server.baseUrl}/openapi.json`)).json();
    const tags = (document.tags as { name: string }[]).map((tag) => tag.name);
    expect(tags.length).toBeGreaterThan(0);

    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
    try {
      await page.goto(`${server.baseUrl}/docs`, { waitUntil: 'load' });
      const rendered = page.locator('.opblock-tag-section h3.opblock-tag');
      await rendered.first().waitFor({ timeout: 15_000 });
      const visibleTags = await rendered.evaluateAll((headings) =>
        headings
          .filter((heading) => (heading as HTMLElement).offsetParent !== null)
          .map((heading) => heading.getAttribute('data-tag')),
      );
      expect(visibleTags.sort()).toEqual([...tags].sort());

      const operation = page.locator('#operations-articles-listArticles');
      await operation.locator('.opblock-summary').click();
      await operation.locator('button.try-out__btn').click();
      await operation.locator('button.execute').click();
      const body = operation.locator('.live-responses-table .response-col_description pre');
      await expect
        .poll(async () => (await body.count()) > 0 && (await body.first().textContent()), { timeout: 15_000 })
        .toContain(SOURCE_TITLE);
      await expect
        .poll(async () =>
          operation.locator('.live-responses-table .response .response-col_status').first().textContent(),
        )
        .toBe('200');
      // Left for a human to look at: the executed operation with the article in its response.
      await body.first().scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(tmpdir(), 'newsdesk-docs.png') });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
