// Sends the CSRF token with every htmx request; pages carry it in a meta tag because the
// Content-Security-Policy forbids inline scripts.
const token = document.querySelector('meta[name="csrf-token"]')?.content;
const header = document.querySelector('meta[name="csrf-header"]')?.content;

document.addEventListener('htmx:configRequest', (event) => {
  if (token && header) {
    event.detail.headers[header] = token;
  }
});
