// CSRF header for htmx requests, active navigation link, "/" to jump to search, and
// single-key shortcuts: a key clicks the element with data-shortcut="<key>".
document.addEventListener('DOMContentLoaded', () => {
  const token = document.querySelector('meta[name="_csrf"]')?.content;
  const header = document.querySelector('meta[name="_csrf_header"]')?.content;
  document.body.addEventListener('htmx:configRequest', (e) => {
    if (token && header) { e.detail.headers[header] = token; }
  });
  const section = location.pathname.split('/')[1] || 'accounts';
  document.querySelectorAll('[data-nav]').forEach(a => {
    if (a.dataset.nav === section || (section === 'account' && a.dataset.nav === 'accounts')) { a.classList.add('active'); }
  });
  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement?.tagName);
    if (e.key === '/' && !typing) { e.preventDefault(); document.getElementById('global-search')?.focus(); }
    const shortcut = !typing && !e.ctrlKey && !e.metaKey && !e.altKey && e.key.length === 1
      && [...document.querySelectorAll('[data-shortcut]')].find(el => el.dataset.shortcut === e.key.toLowerCase());
    if (shortcut) { e.preventDefault(); shortcut.click(); }
  });
});
