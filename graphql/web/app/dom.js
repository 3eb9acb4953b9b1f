// A small element builder: h('div', {class: 'x', onclick: f}, child, [children], 'text').
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(element, child);
    } else {
      element.append(child instanceof Node ? child : String(child));
    }
  }
}

/** Replaces what a container shows. */
export function show(container, ...children) {
  container.replaceChildren();
  append(container, children);
}

export const loading = (text) => h('p', { class: 'state', role: 'status' }, text);
export const empty = (text) => h('p', { class: 'state empty' }, text);

/** Shows an API error (in Chinese, from its code) in box. */
export const failure = (box) => (error) => { box.textContent = error.shown ?? String(error); };

const scripts = new Map();

/** Loads a classic script from npm once (ECharts, jsQR) and gives the global it defines. */
export function loadScript(src, global) {
  if (!scripts.has(src)) {
    scripts.set(src, new Promise((resolve, reject) => {
      const script = h('script', { src });
      script.onload = () => resolve(window[global]);
      script.onerror = reject;
      document.head.append(script);
    }));
  }
  return scripts.get(src);
}
