// Pages style a few things differently when JavaScript runs (e.g. checklist answers save on change, no Save buttons).
document.documentElement.classList.add('js');

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

// A form's error summary takes focus when the page loads, so keyboard and screen-reader users start there; its
// links move focus to the field (following a link to an id scrolls, but does not focus the control).
function cyclewiseFocusErrorSummary(root) {
  var summary = root.querySelector('[data-focus-on-load]');
  if (summary) {
    summary.focus();
  }
}
document.addEventListener('DOMContentLoaded', function () { cyclewiseFocusErrorSummary(document); });
document.addEventListener('click', function (event) {
  var link = event.target.closest('.error-summary a[href^="#"]');
  if (!link) {
    return;
  }
  var field = document.getElementById(link.getAttribute('href').substring(1));
  if (field) {
    event.preventDefault();
    var control = field.matches('input, select, textarea') ? field : field.querySelector('input, select, textarea');
    (control || field).focus();
    (control || field).scrollIntoView({block: 'center'});
  }
});

// Context-event form: show only the input for the chosen scope (business units or user contexts). Without
// JavaScript every input shows, with a hint. A group for another scope stays visible while it holds input or an
// error, so nothing typed disappears out of sight (the server refuses it with a message asking to clear it).
function cyclewiseScopeGroups(form) {
  var chosen = form.querySelector('[data-scope-choice]:checked');
  form.querySelectorAll('[data-scope-group]').forEach(function (group) {
    var hasInput = Array.prototype.some.call(group.querySelectorAll('input:not([type=hidden]), textarea'), function (control) {
      return control.type === 'checkbox' ? control.checked : control.value.trim() !== '';
    });
    var relevant = chosen && chosen.value === group.dataset.scopeGroup;
    group.hidden = !relevant && !hasInput && !group.querySelector('.is-invalid, .invalid-feedback');
  });
  var hint = form.querySelector('[data-scope-hint]');
  if (hint) {
    hint.hidden = true;
  }
}
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('form[data-scope-form]').forEach(function (form) {
    cyclewiseScopeGroups(form);
    form.addEventListener('change', function () { cyclewiseScopeGroups(form); });
  });
});
