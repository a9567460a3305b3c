// The night-before sheet: fills in each question's hard numbers from the candidate's stories and names the ones still missing.
(function () {
  'use strict';
  var study = window.HandbookStudy;
  if (!study) return;
  var slots = document.querySelectorAll('[data-sheet-number]');
  var missing = 0;
  slots.forEach(function (slot) {
    var numbers = study.storiesFor(slot.getAttribute('data-sheet-number'))
      .map(function (s) { return s.number; }).filter(function (n) { return n && n.trim(); });
    slot.textContent = numbers.length ? numbers.join('; ') : 'missing';
    slot.classList.toggle('sheet-gap', !numbers.length);
    if (!numbers.length) missing++;
  });
  // Each gap is named where it is, beside its question: a list of titles here would fill the first page on its own.
  var note = document.querySelector('[data-sheet-missing]');
  note.hidden = false;
  note.textContent = missing
    ? 'Hard numbers still missing: ' + missing + ' of ' + slots.length + ' questions, marked "missing" below.'
    : 'Every question has a hard number.';
})();
