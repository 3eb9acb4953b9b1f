// The way back up: the node's ancestors within the caller's scope (a parent outside it reads as none).
import { h } from '../dom.js';
import { gql } from '../api.js';

const ancestors = `query($id: ID!) { orgNode(id: $id) { id name parent { id name parent { id name parent { id name parent { id name parent { id name } } } } } } }`;

export function breadcrumb(nodeId, last) {
  const nav = h('nav', { class: 'crumbs', 'aria-label': 'breadcrumb' });
  gql(ancestors, { id: nodeId }).then((data) => {
    const chain = [];
    for (let node = data.orgNode; node; node = node.parent) {
      chain.unshift(node);
    }
    nav.append(...chain.flatMap((node, i) => [
      i > 0 ? ' › ' : '',
      h('a', { href: `#/node/${encodeURIComponent(node.id)}` }, node.name),
    ]));
    if (last) {
      nav.append(' › ', last);
    }
  }).catch(() => {});
  return nav;
}
