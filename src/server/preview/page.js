// The preview page's behaviour: the locale picker and filters without a reload (kept in the
// URL), live updates from the server's event stream, and the value field. Every text shown
// comes from the server: HTML that it rendered and escaped, or the API's own answer for a
// tried value, set as plain text.
'use strict';

(() => {
  document.documentElement.classList.add('js');

  // Parts of the page that a refresh replaces; the form itself stays, so typing goes on.
  const PARTS = ['version', 'banner', 'coverage', 'picker', 'count', 'messages'];
  let asked = 0;

  const setLive = (text) => {
    const live = document.getElementById('live');
    if (live) live.textContent = text;
  };

  // The page's query from the form: the chosen locales as one comma-separated list, kept
  // readable in the address bar.
  const query = () => {
    const form = new FormData(document.getElementById('controls'));
    const params = new URLSearchParams();
    for (const name of ['group', 'findings', 'q']) {
      const value = form.get(name);
      if (value) params.set(name, value);
    }
    const locales = 'locales=' + form.getAll('locales').map(encodeURIComponent).join(',');
    const rest = params.toString();
    return rest ? locales + '&' + rest : locales;
  };

  // Fetches the page for the form's choices and swaps in its parts; an older answer that
  // arrives after a newer one is dropped.
  const refresh = async () => {
    const mine = ++asked;
    const url = 'preview?' + query();
    let html;
    try {
      const response = await fetch(url, { cache: 'no-store' });
      if (!response.ok) throw new Error('HTTP ' + response.status);
      html = await response.text();
    } catch (err) {
      setLive('could not refresh: ' + err.message);
      return;
    }
    if (mine !== asked) return;
    history.replaceState(null, '', url);
    const next = new DOMParser().parseFromString(html, 'text/html');
    for (const id of PARTS) {
      const old = document.getElementById(id);
      const fresh = next.getElementById(id);
      if (old && fresh) old.replaceWith(document.adoptNode(fresh));
    }
    document.body.dataset.generation = next.body.dataset.generation;
  };

  // Renders the row's code at the typed values in each shown locale, by asking the API.
  const tryValues = async (form) => {
    const code = form.dataset.code;
    const values = new URLSearchParams(new FormData(form));
    const cells = form.closest('tr').querySelectorAll('td[data-locale]');
    await Promise.all(Array.from(cells, async (cell) => {
      let out = cell.querySelector('.tried');
      if (!out) {
        out = document.createElement('p');
        out.className = 'tried';
        cell.append(out);
      }
      const params = new URLSearchParams(values);
      params.set('lang', cell.dataset.locale);
      out.textContent = '…';
      try {
        const response = await fetch('v1/errors/' + encodeURIComponent(code) + '?' + params);
        const body = await response.json();
        out.classList.toggle('failed', !response.ok);
        out.textContent = response.ok
          ? body.message
          : body.code + ': ' + body.message + ' (' + ((body.data && body.data.detail) || '') + ')';
      } catch (err) {
        out.classList.add('failed');
        out.textContent = err.message;
      }
    }));
  };

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (form.id === 'controls') {
      event.preventDefault();
      refresh();
    } else if (form.classList.contains('try')) {
      event.preventDefault();
      tryValues(form);
    }
  });

  document.addEventListener('change', (event) => {
    if (event.target.closest('#controls') && event.target.name !== 'q') refresh();
  });

  let typing;
  document.addEventListener('input', (event) => {
    if (event.target.name === 'q' && event.target.closest('#controls')) {
      clearTimeout(typing);
      typing = setTimeout(refresh, 250);
    }
  });

  // Each event names the generation of what is served; a page rendered at another one is
  // out of date. On reconnecting, the first event tells what was missed.
  if ('EventSource' in window) {
    const source = new EventSource('preview/events');
    source.onopen = () => setLive('live');
    source.onerror = () => setLive('reconnecting…');
    source.onmessage = (event) => {
      let data;
      try {
        data = JSON.parse(event.data);
      } catch (err) {
        return;
      }
      if (String(data.generation) !== document.body.dataset.generation) refresh();
    };
  }
})();
