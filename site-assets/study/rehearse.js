// Study mode's rehearsal: a timer paced by the answer shape's phases, then a self-check against what the panel listens for.
(function () {
  'use strict';
  var study = window.HandbookStudy;
  var panel = document.querySelector('[data-study-rehearse]');
  if (!study || !panel) return;
  var questionId = panel.getAttribute('data-study-rehearse');
  var limit = Number(panel.getAttribute('data-seconds')) * 1000;
  var article = panel.closest('article') || document.body;
  function $(name) { return panel.querySelector('[data-rehearse-' + name + ']'); }
  var run = $('run'), check = $('check'), clock = $('clock'), now = $('now'), phaseLine = $('phase'), pause = $('pause'), log = $('log'), status = $('status');
  var phases = Array.prototype.slice.call(panel.querySelectorAll('[data-pace]'));
  // Elapsed time is summed from Date.now() at each tick rather than counted in ticks: a throttled background tab stays right.
  var elapsed = 0, startedAt = null, ticker = null;

  phases.forEach(function (p) { p.style.width = p.getAttribute('data-pace') + '%'; });
  $('of').textContent = 'of ' + format(limit);

  function format(ms) {
    var s = Math.round(Math.abs(ms) / 1000);
    return Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0');
  }

  function total() { return elapsed + (startedAt === null ? 0 : Date.now() - startedAt); }

  function draw() {
    var t = total();
    clock.textContent = t <= limit ? format(limit - t) : format(t - limit) + ' over';
    clock.classList.toggle('study-over', t > limit);
    var at = Math.min(100, t / limit * 100);
    now.style.left = at + '%';
    var sum = 0, current = phases[phases.length - 1];
    for (var i = 0; i < phases.length; i++) {
      sum += Number(phases[i].getAttribute('data-pace'));
      if (at < sum) { current = phases[i]; break; }
    }
    phases.forEach(function (p) { p.classList.toggle('study-pace-current', p === current); });
    phaseLine.textContent = current ? 'Now: ' + current.getAttribute('data-phase-name') : '';
  }

  function start() {
    startedAt = Date.now();
    ticker = setInterval(draw, 250);
    pause.textContent = 'Pause';
    draw();
  }

  function stop() {
    if (startedAt !== null) elapsed += Date.now() - startedAt;
    startedAt = null;
    clearInterval(ticker);
    pause.textContent = 'Resume';
    draw();
  }

  function showLog() {
    var data = study.data();
    log.textContent = '';
    Object.keys(data.rehearsals).map(function (id) { return data.rehearsals[id]; })
      .filter(function (r) { return r.question === questionId; })
      .sort(function (a, b) { return a.date < b.date ? 1 : -1; })
      .forEach(function (r) {
        var li = document.createElement('li');
        li.textContent = new Date(r.date).toLocaleString() + ': ' + format(r.seconds * 1000) + ' of ' + format(r.limit * 1000) + ', ' + r.ticked.length + ' of ' + r.total + ' covered';
        log.appendChild(li);
      });
    if (!log.children.length) {
      var none = document.createElement('li');
      none.textContent = 'None yet.';
      log.appendChild(none);
    }
  }

  $('start').addEventListener('click', function () {
    $('start').hidden = true;
    article.classList.add('study-rehearsing');
    check.hidden = true;
    run.hidden = false;
    elapsed = 0;
    start();
    clock.focus();
  });
  pause.addEventListener('click', function () { if (startedAt === null) start(); else stop(); });
  $('reset').addEventListener('click', function () { stop(); elapsed = 0; pause.textContent = 'Start'; draw(); });
  $('done').addEventListener('click', function () {
    stop();
    run.hidden = true;
    check.hidden = false;
    var first = check.querySelector('input');
    if (first) first.focus();
  });
  $('save').addEventListener('click', function () {
    var boxes = Array.prototype.slice.call(check.querySelectorAll('[data-rehearse-item]'));
    study.addRehearsal({
      question: questionId,
      date: new Date().toISOString(),
      seconds: Math.round(elapsed / 1000),
      limit: limit / 1000,
      ticked: boxes.map(function (b, i) { return b.checked ? i : -1; }).filter(function (i) { return i >= 0; }),
      total: boxes.length,
    });
    study.advance(questionId, 'rehearsed');
    boxes.forEach(function (b) { b.checked = false; });
    check.hidden = true;
    $('start').hidden = false;
    article.classList.remove('study-rehearsing');
    status.textContent = study.failure() ? 'Not saved: see the warning below.' : 'Rehearsal recorded.';
    showLog();
  });

  study.onChange(showLog);
  clock.setAttribute('tabindex', '-1');
  showLog();
  panel.hidden = false;
})();
