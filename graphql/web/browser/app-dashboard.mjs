// The head-office dashboard in a browser: signed in as a group admin it shows the group's live totals; a payment made
// through the API shows without reload (the delay is measured); a drill-down from the group to a household and back
// with the browser's back button; signed out, only the login is seen.
// Usage: node app-dashboard.mjs <base> <screenshots folder> <username> <password> <household id to pay>
import { run, signIn, check, api } from './app-common.mjs';

const [base, folder, username, password, payee] = process.argv.slice(2);
const figure = (name) => `[data-figure=${name}] .value`;

await run(async (browser, report) => {
  // Cold: a new browser profile, nothing cached; warm: the same page loaded again.
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, base, username, password);
  report.home = decodeURIComponent(new URL(page.url()).hash);
  // Cold: a browser with nothing cached (no files, no service worker), signed in with the same token; warm: reloaded.
  const token = await page.evaluate(() => localStorage.getItem('collectiongrains.token'));
  const fresh = await (await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })).newPage();
  await fresh.addInitScript((t) => localStorage.setItem('collectiongrains.token', t), token);
  const timed = async (load) => {
    const started = Date.now();
    await load();
    await fresh.waitForSelector(figure('collectionRate'));
    await fresh.waitForFunction(() => document.querySelectorAll('.chart canvas').length >= 4, null, { timeout: 30000 });
    return Date.now() - started;
  };
  report.coldMs = await timed(() => fresh.goto(`${base}/#/node/demo`));
  report.warmMs = await timed(() => fresh.reload());
  await fresh.context().close();
  await page.waitForSelector(figure('collectionRate'));
  report.collectionRate = await page.textContent(figure('collectionRate'));
  report.collectedBefore = await page.textContent(figure('collected'));
  await check(page, folder, 'dashboard', report);

  // The group's collection effect by method, over the demo's last 30 days.
  await page.goto(`${base}/#/node/demo/effect?by=METHOD`);
  await page.waitForSelector('main section table, main section .empty, main section .error');
  report.effectRows = await page.locator('main section table tbody tr').count();
  await check(page, folder, 'effect', report);

  // The group's analyses: arrears reasons this month, roll rates of the last months, this month's finance report.
  for (const tab of ['reasons', 'rolls', 'finance', 'trend', 'credit']) {
    await page.goto(`${base}/#/node/demo/analysis?tab=${tab}`);
    await page.waitForSelector('main section table, main section .empty, main section .error');
    report[`${tab}Rows`] = await page.locator('main section table tbody tr').count();
    report[`${tab}Text`] = (await page.textContent('main section')).slice(0, 400);
    await check(page, folder, `analysis-${tab}`, report);
  }
  // The group's analysis report of this month, produced from the page and listed with its delivery.
  await page.goto(`${base}/#/node/demo/analysis?tab=reports`);
  await page.waitForSelector('main section form');
  await page.click('main section form:nth-of-type(2) button[type=submit]');
  await page.waitForSelector('main section table tbody tr', { timeout: 120000 });
  report.reportsText = (await page.textContent('main section table tbody')).slice(0, 400);
  await check(page, folder, 'analysis-reports', report);
  await page.goto(`${base}/#/node/demo`);
  await page.waitForSelector(figure('collectionRate'));

  // A payment through the API while the dashboard is open: the collected figure changes without reload.
  await page.waitForTimeout(1500); // the subscription is open before the payment is made
  await api(base, token, 'mutation($i: RecordPaymentInput!) { recordPayment(input: $i) { appliedNow } }', {
    i: { paymentId: `WEB-${Date.now()}`, householdId: payee, amount: '88.00', channel: 'COUNTER', paidAt: new Date().toISOString() },
  });
  const paid = Date.now();
  await page.waitForFunction(([selector, before]) => document.querySelector(selector)?.textContent !== before,
    [figure('collected'), report.collectedBefore], { timeout: 10000, polling: 20 });
  report.liveDelayMs = Date.now() - paid;
  report.collectedAfter = await page.textContent(figure('collected'));
  report.reloaded = false;

  // Down, one click a level, to a household; then back up with the browser's back button.
  report.path = [await page.textContent('h1')];
  for (let level = 0; level < 6; level++) {
    const link = page.locator('section.children table a').first();
    if (await link.count() === 0) break;
    // The page before stays until the hash change is handled: wait for the next node's own heading and figures.
    const above = report.path[report.path.length - 1];
    await link.click();
    await page.waitForFunction(([heading, selector]) => document.querySelector('h1')?.textContent !== heading && document.querySelector(selector) !== null,
      [above, figure('collectionRate')], { timeout: 10000 });
    report.path.push(await page.textContent('h1'));
  }
  await page.click('text=欠费清单');
  await page.waitForSelector('section.list table a');
  await check(page, folder, 'arrears', report);
  // The list as the office keeps it: an .xlsx download.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('text=导出 Excel')]);
  report.exported = { name: download.suggestedFilename(), path: `${folder}/arrears-export.xlsx` };
  await download.saveAs(report.exported.path);
  await page.locator('section.list table a').first().click();
  await page.waitForSelector('[data-figure=owed]');
  report.household = await page.textContent('h1');
  await check(page, folder, 'household', report);
  const steps = report.path.length + 1;
  for (let i = 0; i < steps; i++) {
    await page.goBack();
  }
  await page.waitForSelector(figure('collectionRate'));
  report.backAt = decodeURIComponent(new URL(page.url()).hash);

  // Signed out: only the login.
  const stranger = await (await browser.newContext()).newPage();
  await stranger.goto(`${base}/#/node/demo`);
  await stranger.waitForSelector('#username');
  report.signedOutSees = { login: await stranger.isVisible('form.login'), figures: await stranger.locator('[data-figure]').count(), hash: new URL(stranger.url()).hash };
  await check(stranger, folder, 'login', report);
  // English when asked, kept for the next visit.
  await stranger.click('form.login button.link');
  await stranger.waitForFunction(() => document.documentElement.lang === 'en' && document.querySelector('label[for=username]'));
  report.english = await stranger.textContent('label[for=username]');
});
