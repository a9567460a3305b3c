// Study mode's drill: every question of the scope once per round in random order, due ones first, scheduled by FSRS (ts-fsrs).
(function () {
  'use strict';
  var study = window.HandbookStudy;
  var panel = document.querySelector('[data-study-drill]');
  if (!study || !panel || !window.FSRS) return;
  var scheduler = window.FSRS.fsrs();
  function $(name) { return panel.querySelector('[data-drill-' + name + ']'); }
  var scope = $('scope'), link = $('link'), probe = $('probe'), probeLine = $('probe-line'), due = $('due'), round = $('round'), status = $('status');
  var probes = Array.prototype.map.call(panel.querySelectorAll('[data-drill-probes] li'), function (li) { return li.textContent; });
  var all = Array.prototype.slice.call(panel.querySelectorAll('[data-drill-question]'));
  var left = [], current = null, size = 0;

  function pick(list) { return list[Math.floor(Math.random() * list.length)]; }

  // Stored cards are JSON: their dates come back as strings and FSRS wants Date objects.
  function card(id) {
    var stored = study.drillCard(id);
    if (!stored) return window.FSRS.createEmptyCard(new Date());
    var c = Object.assign({}, stored);
    c.due = new Date(c.due);
    if (c.last_review) c.last_review = new Date(c.last_review);
    return c;
  }

  function newRound() {
    left = all.filter(function (li) { return !scope.value || li.getAttribute('data-area') === scope.value; });
    size = left.length;
  }

  function next() {
    if (!left.length) newRound();
    var now = new Date();
    var dueNow = left.filter(function (li) { return card(li.getAttribute('data-drill-question')).due <= now; });
    current = pick(dueNow.length ? dueNow : left);
    left.splice(left.indexOf(current), 1);
    var a = current.querySelector('a');
    link.textContent = a.textContent;
    link.href = a.href;
    probeLine.hidden = !probes.length;
    probe.textContent = probes.length ? pick(probes) : '';
    var c = study.drillCard(current.getAttribute('data-drill-question'));
    due.textContent = c ? 'Last due ' + new Date(c.due).toLocaleString() + '.' : 'New question.';
    round.textContent = 'Question ' + (size - left.length) + ' of ' + size + ' in this round.';
  }

  panel.querySelectorAll('[data-drill-rate]').forEach(function (button) {
    button.addEventListener('click', function () {
      var id = current.getAttribute('data-drill-question');
      var result = scheduler.next(card(id), new Date(), Number(button.getAttribute('data-drill-rate')));
      study.saveDrillCard(id, result.card);
      status.textContent = button.textContent + ': next review ' + result.card.due.toLocaleString() + '.';
      next();
      document.getElementById('drill-question').focus();
    });
  });

  scope.addEventListener('change', function () { newRound(); next(); });
  var wanted = new URLSearchParams(location.hash.slice(1)).get('area');
  if (wanted && scope.querySelector('option[value="' + CSS.escape(wanted) + '"]')) scope.value = wanted;
  newRound();
  next();
  panel.hidden = false;
})();
