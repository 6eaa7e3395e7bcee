// Leaving a narrative with text that is not saved asks first: text typed since the page came, or a preview's text.
// Saving or previewing (submitting the form) leaves without asking.
(function () {
  var form = document.querySelector('form.narrative');
  if (!form) {
    return;
  }
  var submitted = false;
  var unsaved = function () {
    if (form.hasAttribute('data-unsaved')) {
      return true;
    }
    return Array.prototype.some.call(form.querySelectorAll('textarea'), function (text) {
      return text.value !== text.defaultValue;
    });
  };
  form.addEventListener('submit', function () {
    submitted = true;
  });
  window.addEventListener('beforeunload', function (event) {
    if (!submitted && unsaved()) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
})();
