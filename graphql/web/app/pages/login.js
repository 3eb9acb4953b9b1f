// 登录: the existing login mutation; the token is kept for the API and GraphiQL.
import { h, show } from '../dom.js';
import { t, lang, setLang } from '../i18n.js';
import { gql, session } from '../api.js';
import { go, home } from '../main.js';

export function render(main) {
  const error = h('p', { class: 'error', role: 'alert' });
  const username = h('input', { id: 'username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', { id: 'password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const button = h('button', { type: 'submit', class: 'primary' }, t('signIn'));
  const form = h('form', { class: 'login', onsubmit: (e) => submit(e) },
    h('h1', {}, t('title')),
    h('label', { for: 'username' }, t('username')), username,
    h('label', { for: 'password' }, t('password')), password,
    button, error,
    h('button', { type: 'button', class: 'link', onclick: () => setLang(lang() === 'en' ? 'zh' : 'en') }, t('language')));
  show(main, form);
  username.focus();

  async function submit(event) {
    event.preventDefault();
    button.disabled = true;
    button.textContent = t('signingIn');
    error.textContent = '';
    try {
      const data = await gql('mutation($i: LoginInput!) { login(input: $i) { token } }', { i: { username: username.value.trim(), password: password.value } });
      session.token = data.login.token;
      session.me = (await gql('{ me { username displayName role scope { id name level } } }')).me;
      go(home(session.me));
    } catch (failure) {
      error.textContent = failure.code === 'UNAUTHENTICATED' ? t('wrongPassword') : failure.shown ?? String(failure);
      button.disabled = false;
      button.textContent = t('signIn');
    }
  }
}
