// The collector's phone page in a phone-sized browser: today's plan as the API gives it; a contact recorded in a few
// taps; a visit with the door code, a faked position and a photo file; a contact recorded offline, kept on the phone
// and sent once when the connection returns. Also measures the JavaScript the page loads (gzipped).
// Usage: node app-phone.mjs <base> <folder> <username> <password> <visit household> <door code> <latitude> <longitude> <photo>
//        <a household another collector holds>
import { run, signIn, check } from './app-common.mjs';

const [base, folder, username, password, visitHousehold, doorCode, latitude, longitude, photo, othersHousehold] = process.argv.slice(2);

await run(async (browser, report) => {
  const context = await browser.newContext({
    locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true,
    geolocation: { latitude: Number(latitude), longitude: Number(longitude), accuracy: 8 }, permissions: ['geolocation'],
  });
  const page = await context.newPage();
  await signIn(page, base, username, password);
  report.home = decodeURIComponent(new URL(page.url()).hash);
  await page.waitForSelector('section.phone-list ol.items, section.phone-list .empty');
  report.plan = await page.locator('section.phone-list ol.items li a.item').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')).replace('#/phone/household/', '')));
  report.scriptBytesGzipped = await page.evaluate(() => performance.getEntriesByType('resource')
    .filter((r) => r.initiatorType === 'script' || r.name.endsWith('.js')).reduce((sum, r) => sum + r.encodedBodySize, 0));
  await check(page, folder, 'phone-plan', report);
  for (const tab of ['pool', 'mine']) {
    await page.goto(`${base}/#/phone?tab=${tab}`);
    await page.waitForSelector('section.phone-list ol.items, section.phone-list .empty');
    report[tab] = await page.locator('section.phone-list ol.items li a.item').evaluateAll((links) => links.map((a) => decodeURIComponent(a.getAttribute('href')).replace('#/phone/household/', '')));
  }

  // Another collector's household answers as an unknown one.
  await page.goto(`${base}/#/phone/household/${encodeURIComponent(othersHousehold)}`);
  await page.waitForSelector('main .empty, main .error, form.record');
  report.others = await page.textContent('main');

  // A call recorded in a few taps: class, method, notes, save.
  const record = async (household, outcome, notes, visit) => {
    await page.goto(`${base}/#/phone/household/${encodeURIComponent(household)}`);
    await page.waitForSelector('form.record');
    await page.check(`input[name=outcome][value=${outcome}]`);
    if (outcome === 'A_PROMISED') {
      await page.fill('#promisedDate', new Date(Date.now() + 5 * 86400000).toISOString().slice(0, 10));
    }
    await page.selectOption('#method', visit ? 'VISIT' : 'PHONE');
    if (visit) {
      await page.fill('#doorCode', doorCode);
      await page.click('text=📍');
      await page.waitForFunction(() => /±/.test(document.querySelector('#position')?.textContent ?? ''));
      await page.setInputFiles('#photo', photo);
      await page.waitForTimeout(300); // the file is read
    }
    await page.fill('#notes', notes);
    await page.click('form.record button[type=submit]');
    await page.waitForFunction(() => (document.querySelector('form.record .result')?.textContent ?? '') !== '');
    return page.textContent('form.record .result');
  };
  const first = report.plan[0] ?? report.mine[0];
  report.called = { household: first, result: await record(first, 'B_UNDECIDED', `楼下遇见业主-${Date.now()}`) };
  await check(page, folder, 'phone-card', report);
  report.visited = { household: visitHousehold, result: await record(visitHousehold, 'A_PROMISED', `上门-${Date.now()}`, true) };

  // Offline, on the card of the next household of the plan (opened before): kept on the phone, said so, sent once
  // when back online.
  const next = report.plan[1] ?? report.mine[1];
  await page.goto(`${base}/#/phone/household/${encodeURIComponent(next)}`);
  await page.waitForSelector('form.record');
  await context.setOffline(true);
  const offlineNotes = `离线记录-${Date.now()}`;
  report.offline = { household: next, notes: offlineNotes, result: await record(next, 'B_UNDECIDED', offlineNotes) };
  report.offline.banner = await page.textContent('.outbox');
  await check(page, folder, 'phone-offline', report);
  // Still offline, the page opened again: the app's files from the phone (service worker), the plan as last seen.
  await page.goto(`${base}/#/phone`);
  await page.waitForSelector('section.phone-list ol.items li');
  report.offline.reopenedPlan = await page.locator('section.phone-list ol.items li').count();
  report.offline.reopenedBanner = await page.textContent('.outbox');
  await context.setOffline(false);
  await page.waitForFunction(() => !document.querySelector('.outbox .waiting'), null, { timeout: 45000 });
  report.offline.left = await page.evaluate(() => JSON.parse(localStorage.getItem('collectiongrains.outbox') ?? '[]'));
});
