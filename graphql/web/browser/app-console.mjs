// The supervisor's console: a building moved from one collector to another; a visit to review marked.
// Usage: node app-console.mjs <base> <folder> <username> <password> <building id> <collector username>
import { run, signIn, check } from './app-common.mjs';

const [base, folder, username, password, building, collector] = process.argv.slice(2);

await run(async (browser, report) => {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, base, username, password);
  report.home = decodeURIComponent(new URL(page.url()).hash);
  await page.waitForSelector(`select[data-building="${building}"]`);
  report.heldBefore = await page.textContent(`td[data-holder="${building}"]`);
  await check(page, folder, 'console-packages', report);
  await page.selectOption(`select[data-building="${building}"]`, collector);
  await page.locator('tr', { has: page.locator(`select[data-building="${building}"]`) }).locator('button').click();
  // The packages are read again after the change, and say what moved.
  await page.waitForFunction(() => /户|moved/.test(document.querySelector('main [role=status]')?.textContent ?? ''), null, { timeout: 20000 });
  report.moved = await page.textContent('main [role=status]');
  report.heldAfter = await page.textContent(`td[data-holder="${building}"]`);

  const project = report.home.split('/')[2].split('?')[0];
  for (const tab of ['daily', 'orders', 'legal', 'targets']) {
    await page.goto(`${base}/#/console/${project}?tab=${tab}`);
    await page.waitForSelector('main section table, main section ul, main section .figures, main section .empty, main section .error');
    report.errors = [...(report.errors ?? []), ...(await page.locator('main .error').allTextContents()).filter((text) => text.trim() !== '')];
    await check(page, folder, `console-${tab}`, report);
  }
  await page.goto(`${base}/#/console/${project}?tab=visits`);
  await page.waitForSelector('ul.reviews, main .empty');
  await check(page, folder, 'console-visits', report);
  const first = page.locator('ul.reviews li').first();
  report.reviewed = null;
  if (await first.count() > 0) {
    report.reviewed = await first.locator('strong').textContent();
    report.visitsBefore = await page.locator('ul.reviews li').count();
    await first.locator('button.danger').click();
    await page.waitForFunction((n) => document.querySelectorAll('ul.reviews li').length < n, report.visitsBefore, { timeout: 15000 });
    report.visitsAfter = await page.locator('ul.reviews li').count();
  }
});
