/*
 * The pages reminder mails link to, and the reminder section of the administration page. Every change is a JSON
 * request naming the version the page showed: a person's mail settings (PUT /my/settings), "mark done" after the
 * person confirms (PUT /action-items/{id}/status), the site's reminder settings (PUT /admin/reminders) and "run now"
 * (POST /admin/reminders/run). Answers are shown as text, never as HTML.
 */
(function () {
  'use strict';
  var API = '/rest/meeting-memo/1.0';

  function contextPath() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
  }

  function send(method, path, body) {
    return fetch(contextPath() + API + path, {
      method: method,
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body || {})
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (json) { return { status: response.status, json: json }; });
    });
  }

  function say(element, text) { element.textContent = text || ''; }

  function mailSettings(section) {
    var form = section.querySelector('.mm-mail-settings-form');
    var status = section.querySelector('.mm-mail-settings-status');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send('PUT', '/my/settings', {
        reminders: form.elements.reminders.checked,
        digest: form.elements.digest.checked,
        mailFormat: form.querySelector('input[name="mailFormat"]:checked').value,
        version: +section.dataset.version
      }).then(function (answer) {
        if (answer.status === 200) { section.dataset.version = answer.json.version; say(status, section.dataset.labelSaved); }
        else if (answer.status === 409) say(status, section.dataset.labelStale);
        else say(status, section.dataset.labelFailed + ' ' + (answer.json.message || answer.status));
      });
    });
  }

  function markDone(section) {
    var button = section.querySelector('.mm-mark-done-confirm');
    var status = section.querySelector('.mm-mark-done-status');
    if (!button) return;
    button.addEventListener('click', function () {
      button.disabled = true;
      send('PUT', '/action-items/' + encodeURIComponent(section.dataset.item) + '/status',
          { status: 'done', version: +section.dataset.version }).then(function (answer) {
        if (answer.status === 200) say(status, section.dataset.labelDone);
        else if (answer.status === 409) say(status, section.dataset.labelStale);
        else { button.disabled = false; say(status, section.dataset.labelFailed + ' ' + (answer.json.message || answer.status)); }
      });
    });
  }

  function reminderAdmin(section) {
    var form = section.querySelector('.mm-reminder-form');
    var status = section.querySelector('.mm-reminder-status');
    var run = section.querySelector('.mm-reminder-run');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      send('PUT', '/admin/reminders', {
        enabled: form.elements.enabled.checked,
        hour: +form.elements.hour.value,
        daysBefore: +form.elements.daysBefore.value,
        digestDay: form.elements.digestDay.value,
        excludedSpaceKeys: form.elements.excludedSpaceKeys.value.split(/[\s,]+/).filter(Boolean),
        version: +section.dataset.version
      }).then(function (answer) {
        if (answer.status === 200) { section.dataset.version = answer.json.version; say(status, section.dataset.labelSaved); }
        else if (answer.status === 409) say(status, section.dataset.labelStale);
        else say(status, section.dataset.labelFailed + ' ' + ((answer.json.reasons || []).join('; ') || answer.json.message || answer.status));
      });
    });
    run.addEventListener('click', function () {
      run.disabled = true;
      send('POST', '/admin/reminders/run', {}).then(function (answer) {
        run.disabled = false;
        say(status, answer.status === 200 ? answer.json.message : section.dataset.labelFailed + ' ' + (answer.json.message || answer.status));
      });
    });
  }

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.mm-mail-settings'), mailSettings);
    Array.prototype.forEach.call(document.querySelectorAll('.mm-mark-done'), markDone);
    Array.prototype.forEach.call(document.querySelectorAll('.mm-reminder-admin'), reminderAdmin);
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
}());
