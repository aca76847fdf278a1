// Checklist rows answer a refused update with 422 (bad input) or 409 (changed meanwhile) and a row that explains
// it; htmx leaves error responses unswapped by default, so swap these two.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status === 409 || status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// Answers save as soon as a status is chosen or an evidence field is left (the form's hx-trigger "change");
// Ctrl+Enter (or Cmd+Enter) saves from a text field. The Save button is the fallback without JavaScript.
document.addEventListener('keydown', function (event) {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.closest('.checklist-item form')) {
    event.preventDefault();
    var form = event.target.closest('form');
    if (window.htmx) {
      htmx.trigger(form, 'submit');
    } else {
      form.requestSubmit();
    }
  }
});

// Per-group progress (met/applicable) follows the rows as they are saved.
function checklistGroupProgress() {
  document.querySelectorAll('[data-checklist-group]').forEach(function (group) {
    var rows = group.querySelectorAll('.checklist-item');
    var met = 0;
    var applicable = 0;
    rows.forEach(function (row) {
      if (row.dataset.status !== 'NOT_APPLICABLE') {
        applicable++;
      }
      if (row.dataset.status === 'MET') {
        met++;
      }
    });
    var badge = group.querySelector('[data-group-progress]');
    if (badge) {
      badge.textContent = met + '/' + applicable + ' met';
    }
  });
}
document.addEventListener('htmx:afterSettle', checklistGroupProgress);

// "Show only open items" in place: the link keeps working without JavaScript (?open=true).
document.addEventListener('click', function (event) {
  var toggle = event.target.closest('[data-open-toggle]');
  var board = toggle && document.querySelector('[data-checklist-board]');
  if (!board) {
    return;
  }
  event.preventDefault();
  var onlyOpen = !board.classList.contains('only-open');
  board.classList.toggle('only-open', onlyOpen);
  board.querySelectorAll('.checklist-item.just-saved').forEach(function (row) { row.classList.remove('just-saved'); });
  toggle.textContent = onlyOpen ? toggle.dataset.labelAll : toggle.dataset.labelOpen;
  var url = new URL(window.location.href);
  if (onlyOpen) {
    url.searchParams.set('open', 'true');
  } else {
    url.searchParams.delete('open');
  }
  window.history.replaceState(null, '', url);
});
