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
