// Answers the question form in place through /api/ask. Without this script the form is sent to the
// server, which answers the same question in the page: this only saves the reload. Strings come from
// the form's data- attributes (the page's language table); answer text is set as text, never as HTML.
(() => {
  const form = document.getElementById('ask-form');
  const box = document.getElementById('answer');
  if (!form || !box || !window.fetch) return;
  const s = form.dataset;
  const lang = document.documentElement.lang;
  const el = (tag, attrs, text) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const formatDate = (iso) => {
    const parts = iso.split('-').map(Number);
    if (parts.length === 1) return String(parts[0]);
    const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
    const options = { year: 'numeric', month: 'long', timeZone: 'UTC' };
    if (parts.length === 3) options.day = 'numeric';
    return date.toLocaleDateString(lang === 'nb' ? 'nb-NO' : 'en-GB', options);
  };
  // Only http(s) URLs become links, parsed as the browser would (case, tabs): a javascript: or data:
  // URL in a body from a proxy or a bug is shown as text, as the server's page does (safeHref).
  const isWebUrl = (href) => {
    try {
      return ['http:', 'https:'].includes(new URL(href, location.href).protocol);
    } catch {
      return false;
    }
  };
  const askHref = (q, answerLang) => `/?${new URLSearchParams({ q, lang: answerLang })}#answer`;
  const show = (nodes) => {
    box.replaceChildren(el('h3', { id: 'answer-h' }, s.answerHeading), ...nodes);
    box.hidden = false;
    box.focus();
  };
  const render = (answer) => {
    const kindKey = { answer: 'kindAnswer', 'no-answer': 'kindNoAnswer', 'advice-declined': 'kindAdviceDeclined' };
    const nodes = [
      el('p', { class: `kind kind-${answer.kind}` }, s[kindKey[answer.kind]] || answer.kind),
      el('p', { class: 'answer-text', lang: answer.lang }, answer.text),
    ];
    const asOf = el('p', { class: 'as-of' }, `${s.asOf} `);
    asOf.append(el('time', { datetime: answer.asOf }, formatDate(answer.asOf)));
    nodes.push(asOf);
    const unique = [...new Map(answer.sources.map((src) => [src.url, src])).values()];
    if (unique.length) {
      const details = el('details', { class: 'sources', open: '' });
      details.append(el('summary', {}, `${s.sources} (${unique.length})`));
      const list = el('ul');
      for (const src of unique) {
        const label = `${src.title} (${src.publisher})`;
        const li = el('li');
        if (isWebUrl(src.url)) li.append(el('a', { href: src.url, rel: 'noopener' }, label));
        else li.textContent = label;
        list.append(li);
      }
      details.append(list);
      nodes.push(details);
    }
    if (answer.related.length) {
      nodes.push(el('h4', {}, s.related));
      const list = el('ul', { class: 'related' });
      for (const r of answer.related) {
        const li = el('li');
        li.append(el('a', { href: askHref(r.title, answer.lang) }, r.title));
        list.append(li);
      }
      nodes.push(list);
    }
    show(nodes);
  };
  form.addEventListener('submit', async (event) => {
    const q = form.elements.q.value.trim();
    if (!q) return;
    event.preventDefault();
    box.setAttribute('aria-busy', 'true');
    box.replaceChildren(el('p', { class: 'loading' }, s.loading));
    box.hidden = false;
    try {
      const response = await fetch(`/api/ask?${new URLSearchParams({ q })}`, {
        headers: { Accept: 'application/json' },
      });
      if (response.status === 429) show([el('p', { class: 'notice', role: 'alert' }, s.rateLimited)]);
      else if (!response.ok) show([el('p', { class: 'notice', role: 'alert' }, s.failed)]);
      else {
        render(await response.json());
        history.replaceState(null, '', askHref(q, lang));
      }
    } catch {
      show([el('p', { class: 'notice', role: 'alert' }, s.failed)]);
    } finally {
      box.removeAttribute('aria-busy');
    }
  });
})();
