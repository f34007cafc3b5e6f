/*
 * The tracker's administration page: runs a re-sync batch after batch (POST /rest/meeting-memo/1.0/admin/resync,
 * each answer naming where the next batch starts) and shows how far it got: spaces done of all, pages synced, items
 * added, updated and removed, and the pages that failed. Stop ends it after the batch under way.
 */
(function () {
  'use strict';
  var API = '/rest/meeting-memo/1.0/admin/resync';
  var BATCH = 50;

  function contextPath() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
  }

  /* A label with {0}, {1} … filled in. */
  function fill(pattern, values) {
    return String(pattern || '').replace(/\{(\d+)\}/g, function (m, i) { return values[+i] === undefined ? m : String(values[+i]); });
  }

  function Resync(section) {
    this.section = section;
    this.text = section.dataset;
    this.spaces = (section.getAttribute('data-spaces') || '').split(' ').filter(Boolean);
    this.form = section.querySelector('.mm-resync-form');
    this.start = section.querySelector('.mm-resync-start');
    this.stop = section.querySelector('.mm-resync-stop');
    this.progress = section.querySelector('.mm-resync-progress');
    this.status = section.querySelector('.mm-resync-status');
    this.failed = section.querySelector('.mm-resync-failed');
    var self = this;
    this.form.addEventListener('submit', function (event) { event.preventDefault(); self.run(); });
    this.stop.addEventListener('click', function () { self.stopping = true; self.stop.disabled = true; });
  }

  Resync.prototype.run = function () {
    var spaceKey = this.form.elements.spaceKey.value;
    this.total = { pages: 0, inserted: 0, updated: 0, removed: 0 };
    this.stopping = false;
    this.start.disabled = true;
    this.stop.disabled = false;
    this.failed.textContent = '';
    this.progress.hidden = false;
    this.progress.max = spaceKey ? 1 : Math.max(1, this.spaces.length);
    this.progress.value = 0;
    this.batch(spaceKey, null);
  };

  Resync.prototype.batch = function (spaceKey, next) {
    var self = this;
    var body = { maxPages: BATCH };
    if (spaceKey) body.spaceKey = spaceKey;
    if (next) body.next = next;
    fetch(contextPath() + API, {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().then(function (json) { return { ok: response.ok, json: json }; });
    }).then(function (answer) {
      if (!answer.ok) throw new Error(answer.json && answer.json.message ? answer.json.message : 'HTTP error');
      var p = answer.json;
      self.total.pages += p.pagesSynced;
      self.total.inserted += p.inserted;
      self.total.updated += p.updated;
      self.total.removed += p.removed;
      (p.failedPageIds || []).forEach(function (id) {
        var li = document.createElement('li');
        li.textContent = fill(self.text.labelFailedPages, [id]);
        self.failed.appendChild(li);
      });
      var at = p.done ? self.progress.max : (spaceKey ? 0 : Math.max(0, self.spaces.indexOf(p.next.spaceKey)));
      self.progress.value = at;
      var counts = [self.total.pages, self.total.inserted, self.total.updated, self.total.removed, at, self.progress.max,
        p.next ? p.next.spaceKey : ''];
      if (p.done) return self.finish(fill(self.text.labelDone, counts));
      if (self.stopping) return self.finish(fill(self.text.labelStopped, counts));
      self.status.textContent = fill(self.text.labelProgress, counts);
      self.batch(spaceKey, p.next);
    }).catch(function (error) {
      self.finish(fill(self.text.labelError, [error.message]));
    });
  };

  Resync.prototype.finish = function (message) {
    this.status.textContent = message;
    if (this.failed.children.length) this.status.textContent += ' ' + fill(this.text.labelFailed, [this.failed.children.length]);
    this.start.disabled = false;
    this.stop.disabled = true;
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.mm-tracker-admin'), function (section) { new Resync(section); });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
