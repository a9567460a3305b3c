// Study mode's storage: everything the candidate writes, in this browser only, under a key of this site's base path and title.
(function () {
  'use strict';
  var FORMAT = 'handbook-study';
  var VERSION = 1;
  var STATES = ['not-started', 'drafted', 'rehearsed', 'confident'];
  var root = document.querySelector('[data-study-key]');
  if (!root) return;
  // The study stylesheet is loaded from here rather than linked in the head, so the reading page paints without waiting for
  // it; the panels stay invisible until it has arrived (handbook.css holds the one rule that hides them meanwhile).
  var html = document.documentElement;
  var sheet = document.createElement('link');
  sheet.rel = 'stylesheet';
  sheet.href = document.currentScript.src.replace(/study\/store\.js(\?.*)?$/, 'study.css');
  html.classList.add('study-loading');
  sheet.addEventListener('load', function () { html.classList.remove('study-loading'); });
  sheet.addEventListener('error', function () { html.classList.remove('study-loading'); });
  document.head.appendChild(sheet);
  var key = root.getAttribute('data-study-key');
  var title = root.getAttribute('data-study-title');
  var listeners = [];
  // Why the last write failed, or null: the page shows it at once, and the data stays in memory so export still has it.
  var failure = null;

  function empty() {
    return { format: FORMAT, version: VERSION, handbook: title, stories: {}, progress: {}, rehearsals: {}, drill: {} };
  }

  function read() {
    var text;
    try {
      text = window.localStorage.getItem(key);
    } catch (e) {
      failure = 'unavailable';
      return empty();
    }
    if (!text) return empty();
    var parsed = null;
    try { parsed = JSON.parse(text); } catch (e) { parsed = null; }
    if (parsed && !problem(parsed)) return parsed;
    // Never written over: what cannot be read is set aside under its own key before the page starts afresh.
    try { window.localStorage.setItem(key + ':unreadable:' + Date.now(), text); } catch (e) { failure = 'unavailable'; }
    return empty();
  }

  var data = read();

  function write() {
    try {
      window.localStorage.setItem(key, JSON.stringify(data));
      failure = null;
    } catch (e) {
      failure = e && (e.name === 'QuotaExceededError' || e.code === 22) ? 'full' : 'unavailable';
    }
    listeners.forEach(function (f) { f(data); });
  }

  function isMap(v) { return v !== null && typeof v === 'object' && !Array.isArray(v); }

  // Why a parsed file is not a study export of this handbook, or null when it is one: checked before anything is changed.
  function problem(d) {
    if (!isMap(d) || d.format !== FORMAT) return 'This file is not a Handbook study export.';
    if (typeof d.version !== 'number' || d.version > VERSION) return 'This export uses a newer format (version ' + d.version + ') than this site reads (' + VERSION + ').';
    if (d.handbook !== title) return 'This export belongs to another handbook (' + String(d.handbook) + ').';
    if (!isMap(d.stories) || !isMap(d.progress) || !isMap(d.rehearsals)) return 'This export is damaged: stories, progress or rehearsals are missing.';
    // The drill's schedule came after the first exports of version 1: a file without it has none.
    if (d.drill === undefined) d.drill = {};
    if (!isMap(d.drill)) return 'This export is damaged: the drill schedule is not a list of cards.';
    var groups = [d.stories, d.progress, d.rehearsals, d.drill];
    for (var g = 0; g < groups.length; g++) {
      for (var id in groups[g]) {
        var item = groups[g][id];
        if (!isMap(item) || typeof item.updated !== 'string') return 'This export is damaged: entry ' + id + ' has no date.';
      }
    }
    for (var s in d.stories) {
      if (!isMap(d.stories[s].phases) || !Array.isArray(d.stories[s].questions)) return 'This export is damaged: story ' + s + ' is incomplete.';
    }
    for (var q in d.progress) {
      if (STATES.indexOf(d.progress[q].state) < 0) return 'This export is damaged: progress of ' + q + ' is unknown.';
    }
    return null;
  }

  function now() { return new Date().toISOString(); }

  function newId() {
    var bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join('');
  }

  function storiesFor(questionId) {
    return Object.keys(data.stories).map(function (id) { return data.stories[id]; })
      .filter(function (s) { return s.questions.indexOf(questionId) >= 0; });
  }

  // Import: items only in the file are added, newer ones replace ours; ours that are newer are replaced only if confirm() says so.
  function merge(text, confirm) {
    var incoming;
    try {
      incoming = JSON.parse(text);
    } catch (e) {
      return { error: 'This file is not JSON: ' + e.message };
    }
    var why = problem(incoming);
    if (why) return { error: why };
    var groups = ['stories', 'progress', 'rehearsals', 'drill'];
    var added = 0, replaced = 0, newer = [];
    groups.forEach(function (g) {
      for (var id in incoming[g]) {
        var mine = data[g][id];
        if (!mine) added++;
        else if (incoming[g][id].updated > mine.updated) replaced++;
        else if (incoming[g][id].updated < mine.updated && JSON.stringify(mine) !== JSON.stringify(incoming[g][id])) newer.push([g, id]);
      }
    });
    var overwrite = newer.length > 0 && confirm(newer.length + ' of your entries here are newer than the file\'s. Replace them with the file\'s older versions?');
    groups.forEach(function (g) {
      for (var id in incoming[g]) {
        var mine = data[g][id];
        if (!mine || incoming[g][id].updated > mine.updated || (overwrite && incoming[g][id].updated < mine.updated)) data[g][id] = incoming[g][id];
      }
    });
    write();
    return { added: added, replaced: replaced + (overwrite ? newer.length : 0), kept: overwrite ? 0 : newer.length };
  }

  window.HandbookStudy = {
    states: STATES,
    data: function () { return data; },
    failure: function () { return failure; },
    onChange: function (f) { listeners.push(f); },
    storiesFor: storiesFor,
    newId: newId,
    now: now,
    saveStory: function (story) { story.updated = now(); data.stories[story.id] = story; write(); },
    setProgress: function (questionId, state) { data.progress[questionId] = { state: state, updated: now() }; write(); },
    progress: function (questionId) { return data.progress[questionId] ? data.progress[questionId].state : 'not-started'; },
    // Actions move a question on but never back: writing drafts it, rehearsing makes it rehearsed; only the candidate lowers it.
    advance: function (questionId, state) {
      if (STATES.indexOf(state) > STATES.indexOf(this.progress(questionId))) this.setProgress(questionId, state);
    },
    drillCard: function (questionId) { return data.drill[questionId] ? data.drill[questionId].card : null; },
    saveDrillCard: function (questionId, card) { data.drill[questionId] = { card: card, updated: now() }; write(); },
    addRehearsal: function (record) { record.id = newId(); record.updated = now(); data.rehearsals[record.id] = record; write(); },
    exportJson: function () { return JSON.stringify(data, null, 2); },
    merge: merge,
    // A private window or a blocked site refuses writes before the candidate has typed anything: find out on load.
    check: function () {
      if (failure !== null) return failure;
      try {
        window.localStorage.setItem(key + ':probe', '1');
        window.localStorage.removeItem(key + ':probe');
      } catch (e) {
        failure = e && e.name === 'QuotaExceededError' ? 'full' : 'unavailable';
      }
      return failure;
    },
  };
})();
