// Study mode on every study page: the storage warning, export and import, coverage lists and progress marks in the sidebar.
(function () {
  'use strict';
  var study = window.HandbookStudy;
  var tools = document.querySelector('[data-study-tools]');
  if (!study || !tools) return;
  var LABELS = { 'not-started': 'Not started', drafted: 'Drafted', rehearsed: 'Rehearsed', confident: 'Confident' };
  var warning = tools.querySelector('[data-study-warning]');
  var importStatus = tools.querySelector('[data-study-import-status]');

  function showFailure() {
    var failure = study.failure();
    warning.hidden = failure === null;
    warning.textContent = failure === 'full'
      ? 'This browser\'s storage for the site is full: your latest changes are not saved. Export them now (JSON) to keep them.'
      : failure ? 'This browser does not let the site save your notes (a private window or blocked storage): they last only until you leave the page. Export them (JSON) to keep them.' : '';
    // The warning sits in the toolbar at the end of the page; a candidate typing at the top must see it too.
    document.querySelectorAll('[data-study-warning-copy]').forEach(function (copy) { copy.hidden = warning.hidden; copy.textContent = warning.textContent; });
  }

  function download(name, type, text) {
    var link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: type }));
    link.download = name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(link.href); }, 0);
  }

  function slug() { return (document.documentElement.getAttribute('data-study-file') || 'handbook-study'); }

  function markdown() {
    var data = study.data();
    var titles = {};
    document.querySelectorAll('[data-question]').forEach(function (li) { titles[li.getAttribute('data-question')] = li.querySelector('a').textContent; });
    var out = ['# My stories', ''];
    Object.keys(data.stories).forEach(function (id) {
      var s = data.stories[id];
      out.push('## ' + (s.title || 'Untitled story'), '');
      Object.keys(s.phases).forEach(function (phase) { if (s.phases[phase]) out.push('**' + (s.phaseNames && s.phaseNames[phase] || phase) + ':** ' + s.phases[phase], ''); });
      if (s.number) out.push('**My hard number:** ' + s.number, '');
      if (s.sourceName) out.push('**Source:** ' + s.sourceName, '');
      if (s.questions.length) {
        out.push('**Answers:**', '');
        s.questions.forEach(function (q) { out.push('- ' + (titles[q] || q)); });
        out.push('');
      }
    });
    return out.join('\n');
  }

  tools.querySelectorAll('[data-study-export]').forEach(function (button) {
    button.addEventListener('click', function () {
      var stamp = new Date().toISOString().slice(0, 10);
      if (button.getAttribute('data-study-export') === 'json') download(slug() + '-' + stamp + '.json', 'application/json', study.exportJson());
      else download(slug() + '-stories-' + stamp + '.md', 'text/markdown', markdown());
    });
  });

  tools.querySelector('[data-study-import]').addEventListener('change', function (event) {
    var file = event.target.files[0];
    if (!file) return;
    file.text().then(function (text) {
      var result = study.merge(text, function (question) { return window.confirm(question); });
      importStatus.textContent = result.error
        ? 'Nothing was imported. ' + result.error
        : 'Imported: ' + result.added + ' new, ' + result.replaced + ' updated' + (result.kept ? ', ' + result.kept + ' of yours kept as newer' : '') + '.';
      importStatus.classList.toggle('study-error', !!result.error);
      event.target.value = '';
    });
  });

  // The sidebar's links to questions, found by the URL they resolve to, so they work under any base path and from disk.
  // From disk handbook.js points folder links at dir/index.html, but not the story panel's data-url: both are compared as dir/.
  function page(href) {
    var url = new URL(href, location.href);
    url.pathname = url.pathname.replace(/\/index\.html$/, '/');
    return url.href;
  }
  var byUrl = {};
  document.querySelectorAll('[data-question] a').forEach(function (a) { byUrl[page(a.href)] = a.closest('[data-question]').getAttribute('data-question'); });
  document.querySelectorAll('[data-story-link]').forEach(function (box) { byUrl[page(box.getAttribute('data-url'))] = box.value; });

  function render() {
    var data = study.data();
    var covered = 0, total = 0;
    document.querySelectorAll('[data-question]').forEach(function (li) {
      var id = li.getAttribute('data-question');
      var stories = study.storiesFor(id);
      var state = study.progress(id);
      total++;
      if (stories.length) covered++;
      li.querySelector('[data-cell="story"]').textContent = stories.length ? 'Story: ' + stories.map(function (s) { return s.title || 'Untitled'; }).join(', ') : 'No story';
      li.querySelector('[data-cell="story"]').classList.toggle('study-chip-done', stories.length > 0);
      li.querySelector('[data-cell="progress"]').textContent = LABELS[state];
      li.querySelector('[data-cell="progress"]').setAttribute('data-state', state);
    });
    var summary = document.querySelector('[data-coverage-summary]');
    if (summary) summary.textContent = covered + ' of ' + total + ' questions have a story.';
    var multi = document.querySelector('[data-coverage-multi]');
    if (multi) {
      multi.textContent = '';
      Object.keys(data.stories).map(function (id) { return data.stories[id]; }).filter(function (s) { return s.questions.length > 1; }).forEach(function (s) {
        var li = document.createElement('li');
        li.textContent = (s.title || 'Untitled') + ': ' + s.questions.length + ' questions';
        multi.appendChild(li);
      });
      if (!multi.children.length) {
        var none = document.createElement('li');
        none.textContent = 'None yet.';
        multi.appendChild(none);
      }
    }
    document.querySelectorAll('.sidebar a').forEach(function (a) {
      var id = byUrl[page(a.href)];
      if (!id) return;
      var state = study.progress(id);
      var mark = a.querySelector('.study-mark');
      if (state === 'not-started') { if (mark) mark.remove(); return; }
      mark = mark || a.appendChild(document.createElement('span'));
      mark.className = 'study-mark';
      mark.setAttribute('data-state', state);
      mark.textContent = ' (' + LABELS[state] + ')';
    });
    showFailure();
  }

  // The area's drill link names its area after the hash, added here so the link checker and handbook.js see a plain folder link.
  document.querySelectorAll('[data-drill-area]').forEach(function (a) { a.href += '#area=' + encodeURIComponent(a.getAttribute('data-drill-area')); });

  study.onChange(render);
  study.check();
  document.querySelectorAll('.study[hidden]').forEach(function (section) { if (!section.hasAttribute('data-study-question')) section.hidden = false; });
  render();
})();
