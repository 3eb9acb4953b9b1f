// Shared by the web app's page scripts: Debian's Chromium, sign-in through the login form, axe-core's serious and
// critical violations, a screenshot of each page.
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));

export const launch = () => chromium.launch({
  executablePath: process.env.CG_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

export async function signIn(page, base, username, password) {
  await page.goto(`${base}/#/login`);
  await page.fill('#username', username);
  await page.fill('#password', password);
  await page.click('form.login button[type=submit]');
  await page.waitForFunction(() => !location.hash.startsWith('#/login'), null, { timeout: 30000 });
}

/** axe-core on the page as it stands: its serious and critical violations. */
export async function accessibility(page) {
  await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, first: v.nodes[0]?.target?.join(' ') }));
}

/** Checks and photographs a page: returns its violations under its name. */
export async function check(page, folder, name, report) {
  await page.screenshot({ path: `${folder}/${name}.png`, fullPage: true });
  report.violations[name] = await accessibility(page);
}

/** Runs body(report) and prints the report as one JSON line; exit code 1 when it threw. */
export async function run(body) {
  const report = { violations: {} };
  const browser = await launch();
  try {
    await body(browser, report);
  } catch (error) {
    report.error = String(error?.stack ?? error);
    process.exitCode = 1;
    // What the pages showed when it failed, beside the other screenshots.
    const pages = browser.contexts().flatMap((c) => c.pages());
    await Promise.all(pages.map((page, i) => page.screenshot({ path: `${process.argv[3]}/failed-${i}.png`, fullPage: true }).catch(() => {})));
    report.failedAt = pages.map((page) => page.url());
  } finally {
    await browser.close();
    console.log(JSON.stringify(report));
  }
}

export async function api(base, token, query, variables) {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
