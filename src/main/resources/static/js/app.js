// CSRF header for htmx requests, active navigation link, and the keyboard: "/" jumps to search;
// a key clicks the element with data-shortcut="<key>" (N: next case); on an account, 1-9 pick a
// contact outcome (the note field takes the focus; a callback request asks for the callback
// time first), Ctrl+Enter logs it, "?" shows the shortcuts.
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) { e.detail.headers[header] = token; }
  });
  // the navigation entry of this page: the one whose link is this very address, else the one
  // of this section (first path segment); a menu holding it is marked too; again when the
  // tasks badge replaces its link
  const markNavigation = () => {
    const links = [...document.querySelectorAll('.rd-nav a.nav-link, .rd-nav a.dropdown-item')]
      .filter(a => a.getAttribute('href') && a.getAttribute('href') !== '#');
    const here = location.pathname + location.search;
    let current = links.filter(a => { const u = new URL(a.href, location.href); return u.pathname + u.search === here; });
    if (current.length === 0) {
      const section = location.pathname.split('/')[1] || 'accounts';
      current = links.filter(a => a.dataset.nav === section || (section === 'account' && a.dataset.nav === 'accounts'));
    }
    current.forEach(a => {
      a.classList.add('active');
      a.setAttribute('aria-current', 'page');
      a.closest('.dropdown')?.querySelector('.dropdown-toggle')?.classList.add('active');
    });
  };
  markNavigation();
  document.body.addEventListener('htmx:afterSwap', (e) => { if (e.target.closest('.rd-nav')) { markNavigation(); } });
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
    if (e.key === '/' && !typing) { e.preventDefault(); document.getElementById('global-search')?.focus(); }
    const shortcut = !typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1
      && [...document.querySelectorAll('[data-shortcut]')].find(el => el.dataset.shortcut === e.key.toLowerCase());
    if (shortcut) {
      e.preventDefault();
      // a shortcut to a form behind a title opens it; a form already open is not closed, typing starts in it
      const details = shortcut.tagName === 'SUMMARY' ? shortcut.parentElement : null;
      if (details && details.open) {
        details.scrollIntoView({ block: 'nearest' });
        details.querySelector('input:not([type=hidden]), select, textarea')?.focus();
      } else {
        shortcut.click();
      }
      return;
    }
    const form = document.getElementById('log-contact');
    if (!form) { return; }
    const quick = form.querySelector('[data-key="' + e.key + '"]');
    if (quick && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      pickOutcome(form, quick.dataset.outcome);
    }
    if (e.key === '?' && !typing) { document.querySelectorAll('#shortcuts, .rd-shortcut-help').forEach(el => el.classList.toggle('d-none')); }
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && form.contains(document.activeElement)) {
      e.preventDefault();
      form.requestSubmit();
    }
  });
  // money was posted or reversed: what other modules do about it (a promise kept, a
  // settlement paid) happens just after, on listeners of the posting; the case panels
  // listening to rd:money-recheck look again a few times (htmx lets one event trigger an
  // element once, so the delays cannot be hx-trigger modifiers of the same event). A panel
  // the user is typing in is left alone (rdUntouched in its trigger's filter).
  let rechecks = [];
  document.body.addEventListener('rd:money-posted', () => {
    rechecks.forEach(clearTimeout);
    rechecks = [1500, 3500, 7000, 12000].map(d => setTimeout(() => htmx.trigger(document.body, 'rd:money-recheck'), d));
  });
  document.body.addEventListener('input', (e) => {
    const panel = e.target.closest('[data-recheck]');
    if (panel) { panel.dataset.touched = 'true'; }
  });
  document.body.addEventListener('htmx:afterSwap', (e) => {
    const panel = e.detail.target?.closest?.('[data-recheck]');
    if (panel) { delete panel.dataset.touched; }
  });
  window.rdUntouched = (panel) => !panel.dataset.touched && !panel.contains(document.activeElement);
  document.body.addEventListener('click', (e) => {
    const quick = e.target.closest('#log-contact [data-outcome]');
    if (quick) { pickOutcome(quick.closest('form'), quick.dataset.outcome); }
  });
  document.body.addEventListener('change', (e) => {
    if (e.target.matches('#log-contact select[name=outcome]')) { showCallback(e.target.closest('form'), e.target.value); }
  });
  function pickOutcome(form, outcome) {
    form.querySelector('select[name=outcome]').value = outcome;
    form.querySelectorAll('[data-outcome]').forEach(b => b.classList.toggle('active', b.dataset.outcome === outcome));
    if (showCallback(form, outcome)) { form.querySelector('input[name=callbackAt]').focus(); }
    else { form.querySelector('textarea[name=notes]')?.focus(); }
  }
  // a callback request needs the time to call back (a task is made for it)
  function showCallback(form, outcome) {
    const row = form.querySelector('#lc-callback-row');
    if (!row) { return false; }
    const callback = outcome === 'CALLBACK_REQUESTED';
    row.classList.toggle('d-none', !callback);
    row.querySelector('input').required = callback;
    return callback;
  }
});
