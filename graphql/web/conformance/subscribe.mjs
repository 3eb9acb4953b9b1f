// Subscription conformance with the graphql-ws client: subscribes to totalsChanged of a node, pays the household
// through the HTTP API once the node's totals show the household's debt, and completes after the push that shows
// the debt lowered by exactly the payment. Usage: node subscribe.mjs <graphql-url> <token> <node-id> <household-id> <amount>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, token, nodeId, householdId, amount] = process.argv.slice(2);
const cents = (money) => Math.round(Number(money) * 100);
const client = createClient({ url: url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, retryAttempts: 0, lazy: false,
  connectionParams: { Authorization: `Bearer ${token}` } });
const timer = setTimeout(() => { console.log('FAIL no push showed the payment within 20 s'); process.exit(1); }, 20000);

let owedBefore = null;
let pushes = 0;
const owed = await new Promise((resolve, reject) => {
  client.subscribe(
    { query: 'subscription($id: ID!) { totalsChanged(nodeId: $id) { arrearsPrincipal lateFees collectedYear } }', variables: { id: nodeId } },
    {
      next: async ({ data, errors }) => {
        if (errors) return reject(new Error(JSON.stringify(errors)));
        pushes++;
        const now = cents(data.totalsChanged.arrearsPrincipal) + cents(data.totalsChanged.lateFees);
        if (owedBefore === null && now > 0) {
          owedBefore = now;
          const paid = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({
              query: 'mutation($input: RecordPaymentInput!) { recordPayment(input: $input) { appliedNow } }',
              variables: { input: { paymentId: `graphql-ws-${Date.now()}`, householdId, amount, channel: 'WE_CHAT_PAY', paidAt: new Date().toISOString() } },
            }),
          }).then((r) => r.json());
          if (!paid.data?.recordPayment?.appliedNow) reject(new Error(`payment not applied: ${JSON.stringify(paid)}`));
        } else if (owedBefore !== null && now === owedBefore - cents(amount)) {
          resolve(now);
        }
      },
      error: (error) => reject(error instanceof Error ? error : new Error(JSON.stringify(error))),
      complete: () => reject(new Error('completed before the payment showed')),
    },
  );
});
clearTimeout(timer);
await client.dispose();
console.log(`graphql-ws: ${pushes} pushes; owed ${owedBefore / 100} -> ${owed / 100} after paying ${amount}`);
process.exit(0);
