// The supervisor's console: a building moved from one collector to another, two of its households moved back; a
// flagged visit marked as cheating.
// Usage: node app-console.mjs <base> <folder> <username> <password> <building id> <collector username> <its previous collector>
import { run, signIn, check } from './app-common.mjs';

const [base, folder, username, password, building, collector, previous] = process.argv.slice(2);

await run(async (browser, report) => {
  const page = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  await signIn(page, base, username, password);
  report.home = decodeURIComponent(new URL(page.url()).hash);
  await page.waitForSelector(`select[data-building="${building}"]`);
  report.heldBefore = await page.textContent(`td[data-holder="${building}"]`);
  await check(page, folder, 'console-packages', report);
  await page.selectOption(`select[data-building="${building}"]`, collector);
  await page.click(`button[data-assign="${building}"]`);
  // The packages are read again after the change, and say what moved.
  await page.waitForFunction(() => /户|moved/.test(document.querySelector('main [role=status]')?.textContent ?? ''), null, { timeout: 20000 });
  report.moved = await page.textContent('main [role=status]');
  report.heldAfter = await page.textContent(`td[data-holder="${building}"]`);
  // Two of its households back to the collector who held them.
  await page.click(`tr:has(select[data-building="${building}"]) button.link`);
  await page.waitForSelector(`tr[data-households-of="${building}"] input[type=checkbox]`);
  const boxes = page.locator(`tr[data-households-of="${building}"] input[type=checkbox]`);
  report.householdsMoved = [await boxes.nth(0).getAttribute('value'), await boxes.nth(1).getAttribute('value')];
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.selectOption(`select[data-households="${building}"]`, previous);
  await page.click(`tr[data-households-of="${building}"] button`);
  await page.waitForFunction(() => /2 户|2 households/.test(document.querySelector('main [role=status]')?.textContent ?? ''), null, { timeout: 20000 });

  const project = report.home.split('/')[2].split('?')[0];
  for (const tab of ['daily', 'review', 'orders', 'legal', 'targets']) {
    await page.goto(`${base}/#/console/${project}?tab=${tab}`);
    await page.waitForSelector('main section table, main section ul, main section .figures, main section .empty, main section .error');
    report.errors = [...(report.errors ?? []), ...(await page.locator('main .error').allTextContents()).filter((text) => text.trim() !== '')];
    await check(page, folder, `console-${tab}`, report);
  }
  await page.goto(`${base}/#/console/${project}?tab=visits`);
  await page.waitForSelector('ul.reviews, main .empty');
  await check(page, folder, 'console-visits', report);
  const first = page.locator('ul.reviews li.flagged').first();
  report.reviewed = null;
  if (await first.count() > 0) {
    report.reviewed = await first.locator('strong').textContent();
    report.visitsBefore = await page.locator('ul.reviews li').count();
    await first.locator('button.danger').click();
    await page.waitForFunction((n) => document.querySelectorAll('ul.reviews li').length < n, report.visitsBefore, { timeout: 15000 });
    report.visitsAfter = await page.locator('ul.reviews li').count();
  }
});
