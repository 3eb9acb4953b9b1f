// Schema conformance with graphql-js: builds a client schema from our introspection, checks it is a valid schema,
// that it prints the same as graphql/schema.graphql, and validates the clients' operations (operations.graphql)
// plus a few that must be refused. Usage: node client-schema.mjs <graphql-url> <token>. Exits 1 on any mismatch.
import { readFileSync } from 'node:fs';
import {
  buildClientSchema, buildSchema, getIntrospectionQuery, parse, printSchema, validate, validateSchema,
  lexicographicSortSchema,
} from 'graphql';

const [url, token] = process.argv.slice(2);
const here = new URL('.', import.meta.url);
const response = await fetch(url, {
  method: 'POST',
  headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json', authorization: `Bearer ${token}` },
  body: JSON.stringify({ query: getIntrospectionQuery({ descriptions: true, schemaDescription: true }) }),
});
const introspection = await response.json();
if (response.status !== 200 || introspection.errors) {
  console.log(`introspection failed: ${response.status} ${JSON.stringify(introspection.errors)}`);
  process.exit(1);
}
let failures = 0;
const fail = (message) => { failures++; console.log(`FAIL ${message}`); };

const schema = buildClientSchema(introspection.data);
for (const error of validateSchema(schema)) fail(`schema: ${error.message}`);

const checkedIn = buildSchema(readFileSync(new URL('../../schema.graphql', here), 'utf8'));
const live = printSchema(lexicographicSortSchema(schema));
const file = printSchema(lexicographicSortSchema(checkedIn));
if (live !== file) {
  const [a, b] = [live.split('\n'), file.split('\n')];
  const at = a.findIndex((line, i) => line !== b[i]);
  fail(`the introspected schema differs from graphql/schema.graphql at line ${at + 1}: '${a[at]}' vs '${b[at]}'`);
}

const operations = parse(readFileSync(new URL('operations.graphql', here), 'utf8'));
for (const error of validate(schema, operations)) fail(`operations.graphql: ${error.message}`);
console.log(`${operations.definitions.length} definitions of operations.graphql validated`);

const refused = [
  '{ orgRoots { id noSuchField } }',
  'query { household(id: 1.5) { id } }',
  'mutation { recordPayment(input: {paymentId: "p", householdId: "h", amount: "1.00", channel: CASH, paidAt: "2026-01-01T00:00:00Z"}) { appliedNow } }',
  'subscription { totalsChanged { households } }',
];
for (const source of refused) {
  if (validate(schema, parse(source)).length === 0) fail(`graphql-js accepted what the schema must refuse: ${source}`);
}
console.log(failures === 0 ? 'client schema: ok' : `client schema: ${failures} failures`);
process.exit(failures === 0 ? 0 : 1);
