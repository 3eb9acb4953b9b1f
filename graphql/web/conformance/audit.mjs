// GraphQL-over-HTTP conformance: runs the graphql-http package's server audits against our endpoint.
// Usage: node audit.mjs <graphql-url> <token> (every request carries Authorization: Bearer <token>). Prints every audit; exits 1 if any audit does not pass.
import { serverAudits } from 'graphql-http';

const [url, token] = process.argv.slice(2);
const fetchFn = (input, init = {}) => {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${token}`);
  return fetch(input, { ...init, headers });
};
const results = await Promise.all(serverAudits({ url, fetchFn }).map((audit) => audit.fn()));
let failed = 0;
for (const result of results) {
  const mark = result.status === 'ok' ? 'ok  ' : result.status === 'warn' ? 'WARN' : 'FAIL';
  if (result.status !== 'ok') failed++;
  console.log(`${mark} ${result.id} ${result.name}${result.status === 'ok' ? '' : ` — ${result.reason}`}`);
}
console.log(`audits: ${results.length - failed} of ${results.length} pass`);
process.exit(failed === 0 ? 0 : 1);
