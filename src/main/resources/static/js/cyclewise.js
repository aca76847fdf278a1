// htmx requests carry the CSRF token that Spring Security expects on every POST.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="csrf-token"]');
  var header = document.querySelector('meta[name="csrf-header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A refused or failed htmx request (e.g. an expired form token, a lost connection) must never pass silently:
// say so above the section that was being updated; the user's input stays where it was.
function cyclewiseShowRequestProblem(event, text) {
  var target = event.detail.target || document.querySelector('main');
  var alert = document.createElement('div');
  alert.className = 'alert alert-danger htmx-problem';
  alert.setAttribute('role', 'alert');
  alert.textContent = text;
  var previous = target.parentNode && target.parentNode.querySelector(':scope > .htmx-problem');
  if (previous) {
    previous.remove();
  }
  target.parentNode ? target.parentNode.insertBefore(alert, target) : document.body.prepend(alert);
}

document.addEventListener('htmx:responseError', function (event) {
  var status = event.detail.xhr.status;
  var text = status === 403
    ? 'Not saved: you may not do this, or the page is out of date (its security token expired). Reload the page and try again.'
    : status === 404
      ? 'Not saved: this item no longer exists. Reload the page.'
      : status === 503
        ? 'Not saved: the portal cannot reach its database just now. Your input is still here; try again in a minute.'
        : 'Not saved: the portal could not finish the request (status ' + status + '). Your input is still here; try again.';
  cyclewiseShowRequestProblem(event, text);
});

document.addEventListener('htmx:sendError', function (event) {
  cyclewiseShowRequestProblem(event, 'Not saved: the portal could not be reached. Check the connection and try again.');
});
