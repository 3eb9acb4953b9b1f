// Signs in on the GraphiQL page as a person would, in Debian's Chromium: opens /graphql with a document holding a
// SignIn mutation and a query, runs SignIn from the execute button's menu, then runs the query with the kept token.
// Usage: node graphiql-signin.mjs <base-url> <username> <password>; prints one JSON line; exits 1 on failure.
import { chromium } from 'playwright-core';

const [base, username, password] = process.argv.slice(2);
const document = `mutation SignIn {
  login(input: {username: "${username}", password: "${password}"}) { token }
}

query Me {
  me { username role }
}`;

const browser = await chromium.launch({ executablePath: process.env.CG_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  const page = await browser.newPage();
  await page.goto(`${base}/graphql?document=${encodeURIComponent(document)}`);
  // The execute button offers the document's operations once the editor has parsed it; on a busy machine the first
  // click can come before that and open nothing, so it is clicked again until the operation is offered.
  const run = async (operation) => {
    const item = page.getByRole('menuitem', { name: operation });
    for (let attempt = 0; attempt < 12 && !(await item.isVisible()); attempt++) {
      await page.locator('.graphiql-execute-button').click();
      await item.waitFor({ timeout: 5000 }).catch(() => {});
    }
    await item.click();
  };
  await page.locator('.graphiql-execute-button').waitFor({ timeout: 30000 });
  await run('SignIn');
  await page.waitForFunction(() => !!localStorage.getItem('collectiongrains.token'), null, { timeout: 15000 });
  await run('Me');
  await page.locator('.result-window', { hasText: username }).waitFor({ timeout: 15000 });
  const result = await page.locator('.result-window').innerText();
  console.log(JSON.stringify({ signedIn: true, me: result.includes(username), unauthenticated: result.includes('UNAUTHENTICATED') }));
} catch (error) {
  console.log(JSON.stringify({ signedIn: false, error: String(error) }));
  process.exitCode = 1;
} finally {
  await browser.close();
}
