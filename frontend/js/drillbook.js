// Sends the CSRF token with every htmx request; pages carry it in a meta tag because the
// Content-Security-Policy forbids inline scripts.
const token = document.querySelector('meta[name="csrf-token"]')?.content;
const header = document.querySelector('meta[name="csrf-header"]')?.content;

document.addEventListener('htmx:configRequest', (event) => {
  if (token && header) {
    event.detail.headers[header] = token;
  }
});

// Large imports take a while to upload: forms marked data-upload-progress show how far it got.
document.addEventListener('htmx:xhr:progress', (event) => {
  const form = event.target.closest('form[data-upload-progress]');
  const bar = form && document.getElementById(form.dataset.uploadProgress);
  if (bar && event.detail.lengthComputable) {
    bar.hidden = false;
    bar.value = Math.round((event.detail.loaded / event.detail.total) * 100);
  }
});

// The execution view counts the time since the declared outage and the time left before
// the RTO every second, between the server's updates.
function pad(n) {
  return String(n).padStart(2, '0');
}

function spell(seconds) {
  const sign = seconds < 0 ? '−' : '';
  const s = Math.abs(Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${sign}${h} h ${pad(m)} min` : m > 0 ? `${sign}${m} min ${pad(s % 60)} s` : `${sign}${s % 60} s`;
}

setInterval(() => {
  const now = Date.now();
  document.querySelectorAll('[data-since]').forEach((el) => {
    el.textContent = spell((now - Date.parse(el.dataset.since)) / 1000);
  });
  document.querySelectorAll('[data-until]').forEach((el) => {
    el.textContent = spell((Date.parse(el.dataset.until) - now) / 1000);
  });
}, 1000);
