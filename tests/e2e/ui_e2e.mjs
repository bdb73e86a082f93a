// End-to-end test of the web UI in headless Chromium (playwright-core driving
// the system browser). Ingests the seed articles, starts `parallax serve` on
// an ephemeral port, and checks what a reader sees on the story list, a
// story page, an article page and the search page. Screenshots go to the
// artifacts directory.
//
// Usage: node ui_e2e.mjs PARALLAX_BINARY SEEDS_DIR ARTIFACTS_DIR NODE_MODULES_DIR
// Exit codes: 0 pass, 1 fail, 77 skipped (no chromium on this machine).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';

const [binary, seeds, artifacts, nodeModules] = process.argv.slice(2);
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(p => existsSync(p));
if (!chromiumPath) {
  console.log('SKIP: chromium is not installed (scripts/setup.sh installs it)');
  process.exit(77);
}
const require = createRequire(path.join(nodeModules, 'noop.js'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch (e) {
  console.error(`FAIL: playwright-core not found under ${nodeModules} (run scripts/setup.sh)`);
  process.exit(1);
}

let failures = 0;
function check(cond, what) {
  if (cond) console.log('ok   ' + what);
  else { console.log('FAIL ' + what); failures++; }
}

mkdirSync(artifacts, { recursive: true });
const work = mkdtempSync(path.join(tmpdir(), 'parallax-e2e-'));
const db = path.join(work, 'seeds.db');
execFileSync(binary, ['ingest', seeds, '--db', db], { stdio: ['ignore', 'inherit', 'inherit'] });

const server = spawn(binary, ['serve', '--db', db, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', d => {
    out += d;
    const m = out.match(/http:\/\/[0-9.]+:\d+/);
    if (m) resolve(m[0]);
  });
  server.on('exit', code => reject(new Error('parallax serve exited with ' + code)));
  setTimeout(() => reject(new Error('parallax serve did not start: ' + out)), 15000);
});

const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
try {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    const page = await browser.newPage({ viewport });
    const errors = [];
    page.on('pageerror', e => errors.push(e.message));

    // Story list: the Kerry story with its outlets.
    await page.goto(base + '/');
    await page.waitForSelector('.stories li a.title');
    const titles = await page.locator('.stories li a.title').allTextContents();
    check(titles.some(t => /Kerry|climate|Beijing|China/i.test(t)), `${name}: story list shows the Kerry story (${titles.length} stories)`);
    const trip = page.locator('ul.stories > li').filter({ hasText: /Beijing/ }).first();
    const outlets = await trip.locator('.chips li').allTextContents();
    const meta = await trip.locator('.meta').first().textContent();
    check(outlets.length >= 1 && /\b[2-9] articles/.test(meta), `${name}: the Beijing trip story shows its articles and outlets (${meta}; ${outlets.join(', ')})`);
    // The outlet balance bar is drawn (its widths survive the page's CSP).
    const barWidth = await trip.locator('.balance span').first().evaluate(e => e.getBoundingClientRect().width);
    check(barWidth > 0, `${name}: the outlet balance bar is drawn (${barWidth}px)`);
    await page.screenshot({ path: path.join(artifacts, `${name}-stories.png`), fullPage: true });

    // Story page.
    const storyLink = trip.locator('a.title');
    await storyLink.click();
    await page.waitForSelector('#h-timeline');
    const h1 = await page.locator('main h1').textContent();
    check(h1 && h1.length > 10, `${name}: story page has a headline ("${h1}")`);
    check(await page.locator('svg.axis circle, svg.axis rect').count() > 0, `${name}: timeline drawn on a date axis`);
    check(await page.locator('#h-coverage ~ div table th[scope=col]').count() >= 2, `${name}: coverage matrix has outlet columns`);
    const entities = await page.locator('#h-entities ~ div table tbody th').allTextContents();
    check(entities.some(e => /Kerry/.test(e)), `${name}: entities include Kerry`);
    check(await page.locator('#h-quotes ~ details').count() > 0, `${name}: quotes grouped by speaker`);
    await page.screenshot({ path: path.join(artifacts, `${name}-story.png`), fullPage: true });

    // Article page: highlighted entities and a date with its value on hover.
    // A member whose headline names Kerry: the headline is annotated too.
    await page.locator('#h-members ~ ul a', { hasText: 'Kerry' }).first().click();
    await page.waitForSelector('.article-body');
    const ents = await page.locator('.article-body .ent').allTextContents();
    check(ents.length > 3, `${name}: article highlights entities (${ents.slice(0, 4).join(', ')})`);
    const headline = await page.locator('main h1').textContent();
    const headlineEnts = await page.locator('main h1 .ent').allTextContents();
    check(headlineEnts.some(e => /Kerry/.test(e)),
          `${name}: a headline naming Kerry highlights him ("${headline}": ${headlineEnts.join(', ')})`);
    const time = page.locator('.article-body time[data-value]').first();
    check(await time.count() > 0, `${name}: article highlights dates`);
    if (await time.count() > 0) {
      await time.scrollIntoViewIfNeeded();
      await time.hover();
      const tip = await time.getAttribute('data-tip');
      const value = await time.getAttribute('data-value');
      const shown = await time.evaluate(e => getComputedStyle(e, '::after').content);
      check(/\d{4}/.test(value) && shown.includes(value), `${name}: hovering a date shows its value (${tip})`);
      await page.screenshot({ path: path.join(artifacts, `${name}-article.png`), fullPage: false });
    }

    // Search.
    await page.fill('#quick-q', 'Xie Zhenhua');
    await page.press('#quick-q', 'Enter');
    await page.waitForSelector('.hits li, main p[role=status]');
    const hits = await page.locator('.hits li').count();
    check(hits >= 2, `${name}: search finds the articles naming Xie Zhenhua (${hits})`);
    check(await page.locator('.hits mark').count() > 0, `${name}: search highlights the matches`);
    await page.screenshot({ path: path.join(artifacts, `${name}-search.png`), fullPage: true });

    // Keyboard.
    const fresh = await browser.newPage({ viewport });
    await fresh.goto(base + '/');
    await fresh.waitForSelector('.stories li');
    // Rendering moves focus to <main>; Tab then walks its controls: the filter form, then the stories.
    const stops = [];
    for (let i = 0; i < 16; i++) {
      await fresh.keyboard.press('Tab');
      stops.push(await fresh.evaluate(() => document.activeElement.tagName + (document.activeElement.closest('main') ? '' : '(outside)')));
    }
    check(stops[0] === 'INPUT' && stops.includes('A'), `${name}: keyboard reaches the filters and the story links (${stops.join(' ')})`);
    await fresh.close();
    check(errors.length === 0, `${name}: no script errors ${errors.join('; ')}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill('SIGTERM');
  rmSync(work, { recursive: true, force: true });
}
console.log(failures ? `${failures} check(s) failed; screenshots in ${artifacts}` : `all checks passed; screenshots in ${artifacts}`);
process.exit(failures ? 1 : 0);
