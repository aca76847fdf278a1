// Checklist rows answer a refused update with 422 (bad input) or 409 (changed meanwhile) and a row that explains
// it; htmx leaves error responses unswapped by default, so swap these two.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status === 409 || status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});
