// Study mode on a question page: its progress and the "My story" panel, saved as the candidate types.
(function () {
  'use strict';
  var study = window.HandbookStudy;
  var panel = document.querySelector('[data-study-question]');
  if (!study || !panel) return;
  var questionId = panel.getAttribute('data-study-question');
  var progress = panel.querySelector('[data-study-progress]');
  var pick = panel.querySelector('[data-story-pick]');
  var form = panel.querySelector('[data-story-form]');
  var status = panel.querySelector('[data-story-status]');
  var current = null;

  // The area's questions come from its study-questions.js, shared by every page of the area.
  var links = form.querySelector('[data-story-links]');
  ((window.HandbookStudyArea || {}).questions || []).forEach(function (q, i) {
    var li = document.createElement('li');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.id = 'story-link-' + i;
    box.value = q[0];
    box.setAttribute('data-story-link', '');
    var text = document.createElement('label');
    text.htmlFor = box.id;
    text.textContent = q[1];
    li.append(box, ' ', text);
    links.appendChild(li);
  });

  function stories() {
    var data = study.data();
    return Object.keys(data.stories).map(function (id) { return data.stories[id]; });
  }

  function fillPick() {
    pick.textContent = '';
    var none = document.createElement('option');
    none.value = '';
    none.textContent = 'No story yet';
    pick.appendChild(none);
    stories().forEach(function (s) {
      var option = document.createElement('option');
      option.value = s.id;
      option.textContent = (s.title || 'Untitled story') + (s.questions.indexOf(questionId) >= 0 ? '' : ' (not linked here)');
      pick.appendChild(option);
    });
    pick.value = current ? current.id : '';
  }

  function show(story) {
    current = story;
    form.hidden = !story;
    fillPick();
    if (!story) return;
    form.querySelectorAll('[data-story-field]').forEach(function (f) { f.value = story[f.getAttribute('data-story-field')] || ''; });
    form.querySelectorAll('[data-story-phase]').forEach(function (f) { f.value = story.phases[f.getAttribute('data-story-phase')] || ''; });
    form.querySelectorAll('[data-story-link]').forEach(function (box) { box.checked = story.questions.indexOf(box.value) >= 0; });
  }

  function label(control) { return panel.querySelector('label[for="' + control.id + '"]').firstChild.textContent.trim(); }

  // The whole story is read back from the form on every keystroke: one save path, so nothing typed can be missed.
  function save() {
    if (!current) return;
    form.querySelectorAll('[data-story-field]').forEach(function (f) { current[f.getAttribute('data-story-field')] = f.value; });
    current.phaseNames = current.phaseNames || {};
    form.querySelectorAll('[data-story-phase]').forEach(function (f) {
      current.phases[f.getAttribute('data-story-phase')] = f.value;
      current.phaseNames[f.getAttribute('data-story-phase')] = label(f);
    });
    var source = form.querySelector('[data-story-field="source"]');
    current.sourceName = source.value ? source.options[source.selectedIndex].textContent : '';
    // Links to questions of other areas are not on this page: they are kept as they were.
    form.querySelectorAll('[data-story-link]').forEach(function (box) {
      var at = current.questions.indexOf(box.value);
      if (box.checked && at < 0) current.questions.push(box.value);
      if (!box.checked && at >= 0) current.questions.splice(at, 1);
    });
    study.saveStory(current);
    current.questions.forEach(function (q) { study.advance(q, 'drafted'); });
    status.textContent = study.failure() ? 'Not saved: see the warning below.' : 'Saved in this browser.';
  }

  pick.addEventListener('change', function () {
    var story = study.data().stories[pick.value] || null;
    if (story && story.questions.indexOf(questionId) < 0) {
      story.questions.push(questionId);
      show(story);
      save();
    } else {
      show(story);
    }
  });

  panel.querySelector('[data-story-new]').addEventListener('click', function () {
    show({ id: study.newId(), title: '', phases: {}, number: '', source: '', questions: [questionId] });
    save();
    form.querySelector('[data-story-field="title"]').focus();
  });

  form.addEventListener('input', save);
  form.addEventListener('change', save);
  progress.addEventListener('change', function () { study.setProgress(questionId, progress.value); });
  study.onChange(function () { progress.value = study.progress(questionId); });

  progress.value = study.progress(questionId);
  show(study.storiesFor(questionId)[0] || null);
  panel.hidden = false;
})();
