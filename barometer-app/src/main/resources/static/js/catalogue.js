// A refused form (422) and a conflict (409) come back as the catalogue to show, so htmx swaps them in too.
document.addEventListener('htmx:beforeSwap', function (event) {
  var status = event.detail.xhr.status;
  if (status === 409 || status === 422) {
    event.detail.shouldSwap = true;
    event.detail.isError = false;
  }
});

// After an event is added, the cursor is back in the Date field for the next one; after an edit is cancelled, on
// that event's Edit link.
var cancelledEvent = null;
document.addEventListener('htmx:afterSwap', function (event) {
  var from = event.detail.requestConfig && event.detail.requestConfig.elt;
  if (!from) {
    return;
  }
  if (from.id === 'add-event' && event.detail.xhr.status < 300) {
    var date = document.getElementById('date-new');
    if (date) {
      date.focus();
    }
  } else if (cancelledEvent && from.classList.contains('cancel-edit')) {
    var edit = document.querySelector('#' + cancelledEvent + ' a[href$="/edit"]');
    cancelledEvent = null;
    if (edit) {
      edit.focus();
    }
  }
});

// Esc cancels the edit in progress, as its Cancel link does: nothing typed is saved.
document.addEventListener('keydown', function (event) {
  if (event.key !== 'Escape' || event.defaultPrevented) {
    return;
  }
  var row = event.target.closest && event.target.closest('tr.editing');
  var cancel = row && row.querySelector('a.cancel-edit');
  if (cancel) {
    event.preventDefault();
    cancelledEvent = row.id;
    cancel.click();
  }
});

// A paste or a file larger than the server takes is refused here, with the reason, before it is sent.
document.addEventListener('submit', function (event) {
  var field = event.target.querySelector && event.target.querySelector('[data-max-bytes]');
  if (!field) {
    return;
  }
  var refusal = event.target.querySelector('.paste-too-large, .upload-too-large');
  var size = field.files ? (field.files.length ? field.files[0].size : 0) : new TextEncoder().encode(field.value).length;
  var tooLarge = size > Number(field.dataset.maxBytes);
  refusal.hidden = !tooLarge;
  refusal.textContent = tooLarge ? field.dataset.tooLarge : '';
  if (tooLarge) {
    event.preventDefault();
    field.focus();
  }
});
