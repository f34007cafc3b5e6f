/* Meeting Memo in the browser.
   1. Inline status changes in a memo's action table and in registers: the status is sent with the
      version the row shows; on 409 the row takes the current state and says someone else changed it.
   2. Registers load their rows from the REST API page by page ("Show more") in the server's order and
      filter in place; their CSV and iCalendar links follow the filter. "Mark done" appears only where
      the server says the reader may change the item (canChangeStatus).
   3. "Next meeting" (.mm-next-meeting, on a memo with a series and on the series macro): asks the app where the
      series' next memo goes (GET /rest/meeting-memo/1.0/next-meeting), then has Confluence create it from the
      app's next-meeting blueprint (POST /rest/create-dialog/1.0/content-blueprint/create-content, the request
      Confluence's own Create dialog sends for a create-result="view" blueprint) with the series and the page in
      the context, and goes to the new page. A refusal is shown next to the button with the server's message.
   4. Decision logs (.mm-decision-log): the server renders the first page; "Show more" loads the next ones from
      GET /rest/meeting-memo/1.0/decisions with the cursor the last page gave (keyset paging).
   Rows are built with DOM calls and textContent only: nothing from the server is parsed as HTML. */
(function () {
  'use strict';
  var API = '/rest/meeting-memo/1.0/action-items';

  function contextPath() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
  }
  function labels(el) {
    var holder = el.closest('[data-label-open]');
    return holder ? holder.dataset : {};
  }
  /* A cell's column name, shown before its value where rows are stacked as cards on narrow screens. */
  function labelled(cell, label) {
    if (label) cell.setAttribute('data-label', label);
    return cell;
  }
  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  /* ---- inline status changes ---- */
  function applyItem(row, item) {
    var text = labels(row);
    row.setAttribute('data-item-version', String(item.version));
    row.classList.remove('mm-status-open', 'mm-status-done');
    row.classList.add('mm-status-' + item.status);
    row.classList.toggle('mm-overdue', !!item.overdue);
    var label = row.querySelector('.mm-status-label');
    var button = row.querySelector('.mm-status-toggle');
    if (label) label.textContent = item.status === 'done' ? (text.labelDone || 'Done') : (text.labelOpen || 'Open');
    if (button) {
      button.setAttribute('data-next-status', item.status === 'done' ? 'open' : 'done');
      button.textContent = item.status === 'done' ? (text.labelReopen || 'Reopen') : (text.labelMarkDone || 'Mark done');
    }
    var badge = row.querySelector('.mm-overdue-badge');
    if (badge && !item.overdue) badge.remove();
    var time = row.querySelector('time');
    if (!badge && item.overdue && time) {
      time.parentNode.appendChild(document.createTextNode(' '));
      time.parentNode.appendChild(element('span', 'mm-overdue-badge', text.labelOverdue || 'Overdue'));
    }
    if (button && item.canChangeStatus === false) button.remove();
  }
  function say(row, message) {
    var cell = row.querySelector('.mm-action-status');
    var note = cell.querySelector('.mm-row-message');
    if (!note) { note = element('span', 'mm-row-message'); note.setAttribute('role', 'status'); cell.appendChild(note); }
    note.textContent = message;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.mm-status-toggle');
    if (!button) return;
    var row = button.closest('.mm-action-row');
    var text = labels(row);
    button.disabled = true;
    fetch(contextPath() + API + '/' + encodeURIComponent(row.getAttribute('data-item-id')) + '/status', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ status: button.getAttribute('data-next-status'), version: Number(row.getAttribute('data-item-version')) })
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      if (result.status === 200) { applyItem(row, result.body); say(row, ''); }
      else if (result.status === 409 && result.body.current) { applyItem(row, result.body.current); say(row, text.labelConflict || result.body.message); }
      else { say(row, (text.labelFailed || 'Not saved') + ' (' + result.body.message + ')'); }
    }).catch(function () {
      say(row, text.labelFailed || 'Not saved');
    }).then(function () { button.disabled = false; button.focus(); });
  });

  /* ---- "Next meeting" ---- */
  var NEXT_MEETING = '/rest/meeting-memo/1.0/next-meeting';
  var CREATE_CONTENT = '/rest/create-dialog/1.0/content-blueprint/create-content';
  /* The response's JSON, or an error carrying the message the server gave (app: message; Confluence: errorMessage). */
  function json(response) {
    return response.text().then(function (text) {
      var body = null;
      try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
      if (response.ok && body) return body;
      var error = new Error((body && (body.errorMessage || body.message)) || ('HTTP ' + response.status));
      error.status = response.status;
      throw error;
    });
  }
  function nextMessage(button, text, isError) {
    var holder = button.parentNode;
    var note = holder.querySelector('.mm-next-message');
    if (!note) { note = element('span', 'mm-next-message'); holder.appendChild(note); }
    note.setAttribute('role', isError ? 'alert' : 'status');
    note.classList.toggle('mm-next-error', !!isError);
    note.textContent = text;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.mm-next-meeting');
    if (!button || button.disabled) return;
    var labelsOf = button.closest('[data-label-next-failed]');
    var text = labelsOf ? labelsOf.dataset : {};
    var series = button.getAttribute('data-series') || '';
    var pageId = button.getAttribute('data-page-id') || '';
    button.disabled = true;
    nextMessage(button, text.labelNextWorking || 'Creating the next meeting\u2019s memo\u2026', false);
    fetch(contextPath() + NEXT_MEETING + '?series=' + encodeURIComponent(series) + '&pageId=' + encodeURIComponent(pageId), {
      credentials: 'same-origin', headers: { 'Accept': 'application/json' }
    }).then(json).then(function (placement) {
      var request = {
        spaceKey: placement.spaceKey,
        moduleCompleteKey: placement.moduleCompleteKey,
        title: placement.title,
        context: { seriesKey: series, pageId: pageId }
      };
      if (placement.parentPageId) request.parentPageId = placement.parentPageId;
      return fetch(contextPath() + CREATE_CONTENT, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
        body: JSON.stringify(request)
      }).then(json);
    }).then(function (created) {
      nextMessage(button, '', false);
      window.location.assign(created.createSuccessRedirectUrl || created.url);
    }).catch(function (error) {
      nextMessage(button, (text.labelNextFailed || 'The next meeting\u2019s memo was not created.') + ' ' + error.message, true);
      button.disabled = false;
      button.focus();
    });
  });

  /* ---- registers ---- */
  function Register(section) {
    this.section = section;
    this.text = section.dataset;
    this.rows = section.querySelector('.mm-register-rows');
    this.status = section.querySelector('.mm-register-status');
    this.more = section.querySelector('.mm-register-more');
    this.filter = section.querySelector('.mm-register-filter');
    this.exports = [];
    this.items = [];
    this.cursor = null;
    this.generation = 0;
    var self = this, timer = null;
    this.more.addEventListener('click', function () { self.load(false); });
    this.filter.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.load(true); }, 250);
    });
    this.addExportLinks();
    this.load(true);
  }
  /* The same selection as a spreadsheet and as a calendar subscription, the in-place filter included. */
  Register.prototype.addExportLinks = function () {
    var tools = this.section.querySelector('.mm-register-tools');
    [['csv', this.text.labelCsv || 'CSV'], ['ics', this.text.labelIcs || 'iCalendar']].forEach(function (kind) {
      var link = element('a', 'mm-register-export', kind[1]);
      link.setAttribute('data-format', kind[0]);
      tools.appendChild(link);
      this.exports.push(link);
    }, this);
    this.updateExportLinks();
  };
  Register.prototype.selection = function () {
    var q = this.filter.value.trim();
    return this.text.query + (q ? '&q=' + encodeURIComponent(q) : '');
  };
  Register.prototype.updateExportLinks = function () {
    var selection = this.selection();
    this.exports.forEach(function (link) {
      link.href = contextPath() + API + '.' + link.getAttribute('data-format') + '?' + selection;
    });
  };
  Register.prototype.load = function (fresh) {
    var self = this, generation = ++this.generation;
    if (fresh) { this.items = []; this.cursor = null; }
    var url = contextPath() + API + '?' + this.selection() + '&limit=' + encodeURIComponent(this.text.pageSize);
    this.updateExportLinks();
    if (this.cursor) url += '&cursor=' + encodeURIComponent(this.cursor);
    this.more.disabled = true;
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (page) {
        if (generation !== self.generation) return;
        self.items = self.items.concat(page.items);
        self.cursor = page.nextCursor;
        self.draw();
      })
      .catch(function () { if (generation === self.generation) self.status.textContent = self.text.labelLoadFailed || 'Failed'; })
      .then(function () { self.more.disabled = false; });
  };
  Register.prototype.draw = function () {
    var self = this;
    this.rows.textContent = '';
    this.items.forEach(function (item) { self.rows.appendChild(self.row(item)); });
    var n = this.items.length;
    this.status.textContent = n === 0 ? (this.text.labelNoItems || '')
      : n === 1 ? (this.text.labelItemShown || '1')
      : (this.text.labelItemsShown || '{0}').replace('{0}', n.toLocaleString(document.documentElement.lang || undefined));
    this.more.hidden = !this.cursor;
  };
  Register.prototype.row = function (item) {
    var text = this.text;
    var tr = element('tr', 'mm-action-row mm-status-' + item.status + (item.overdue ? ' mm-overdue' : ''));
    tr.setAttribute('data-item-id', String(item.id));
    tr.setAttribute('data-item-version', String(item.version));
    tr.appendChild(element('td', 'mm-action-text', item.text));
    var owner = labelled(element('td', null, item.assignee ? item.assignee.displayName : (item.owner || '')), text.labelOwner);
    // A follow-up owner matters only for an owner without an account; shown under the owner, as the memo's table does.
    if (!item.assignee && item.followUp) owner.appendChild(element('div', 'mm-follow-up', text.labelFollowUp + ': ' + item.followUp.displayName));
    tr.appendChild(owner);
    var due = labelled(element('td'), text.labelDue);
    if (item.dueDate) {
      var time = element('time', null, new Date(item.dueDate + 'T00:00:00').toLocaleDateString(document.documentElement.lang || undefined));
      time.setAttribute('datetime', item.dueDate);
      due.appendChild(time);
      if (item.overdue) { due.appendChild(document.createTextNode(' ')); due.appendChild(element('span', 'mm-overdue-badge', text.labelOverdue)); }
    }
    tr.appendChild(due);
    var page = labelled(element('td'), text.labelPage);
    var link = element('a', null, item.pageTitle);
    link.href = item.url;
    page.appendChild(link);
    tr.appendChild(page);
    var status = labelled(element('td', 'mm-action-status'), text.labelStatus);
    status.appendChild(element('span', 'mm-status-label', item.status === 'done' ? text.labelDone : text.labelOpen));
    if (item.canChangeStatus) {
      status.appendChild(document.createTextNode(' '));
      var button = element('button', 'mm-status-toggle', item.status === 'done' ? text.labelReopen : text.labelMarkDone);
      button.type = 'button';
      button.setAttribute('data-next-status', item.status === 'done' ? 'open' : 'done');
      status.appendChild(button);
    }
    tr.appendChild(status);
    return tr;
  };

  function start() {
    Array.prototype.forEach.call(document.querySelectorAll('.mm-register.mm-interactive'), function (section) {
      if (!section.meetingMemoRegister) section.meetingMemoRegister = new Register(section);
    });
  }
  /* ---- decision log: the next pages ---- */
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.mm-decision-more');
    if (!button) return;
    var section = button.closest('.mm-decision-log');
    var text = section.dataset;
    var status = section.querySelector('.mm-decision-status');
    var query = text.query ? text.query + '&' : '';
    button.disabled = true;
    fetch(text.api + '?' + query + 'limit=' + encodeURIComponent(text.pageSize) + '&cursor=' + encodeURIComponent(text.nextCursor),
      { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (response) { if (!response.ok) throw new Error(String(response.status)); return response.json(); })
      .then(function (page) {
        var rows = section.querySelector('.mm-decision-rows');
        page.decisions.forEach(function (d) { rows.appendChild(decisionRow(d, text)); });
        section.setAttribute('data-next-cursor', page.nextCursor || '');
        button.hidden = !page.nextCursor;
        status.textContent = '';
      })
      .catch(function () { status.textContent = text.labelLoadFailed || 'Failed'; })
      .then(function () { button.disabled = false; });
  });
  function decisionRow(d, text) {
    var tr = element('tr', 'mm-decision-row');
    var day = labelled(element('td'), text.labelDate);
    if (d.memo && d.memo.date) {
      var time = element('time', null, new Date(d.memo.date + 'T00:00:00').toLocaleDateString(document.documentElement.lang || undefined));
      time.setAttribute('datetime', d.memo.date);
      day.appendChild(time);
    }
    tr.appendChild(day);
    tr.appendChild(element('td', 'mm-decision-text', d.text));
    var tags = labelled(element('td'), text.labelTags);
    d.tags.forEach(function (tag) { tags.appendChild(element('span', 'mm-decision-tag', tag)); });
    tr.appendChild(tags);
    var memo = labelled(element('td'), text.labelMemo);
    var link = element('a', null, (d.memo && d.memo.title) || d.pageTitle);
    link.href = d.url;
    memo.appendChild(link);
    tr.appendChild(memo);
    tr.appendChild(labelled(element('td', null, d.spaceKey), text.labelSpace));
    tr.appendChild(labelled(element('td', null, String(d.actionItemIds.length)), text.labelActions));
    return tr;
  }

  /* A series page's settings form: PATCH /series/{key} with the version it was drawn at; a stale one is refused. */
  document.addEventListener('submit', function (event) {
    var form = event.target.closest && event.target.closest('.mm-series-settings-form');
    if (!form) return;
    event.preventDefault();
    var holder = form.closest('.mm-series-settings');
    var text = holder.dataset;
    var status = form.querySelector('.mm-series-settings-status');
    var lines = function (value, separator) {
      return value.split(separator).map(function (v) { return v.trim(); }).filter(function (v) { return v.length > 0; });
    };
    var change = {
      version: Number(holder.getAttribute('data-version')),
      name: form.elements.name.value.trim(),
      cadence: form.elements.cadence.value,
      defaultPlace: form.elements.defaultPlace.value.trim() || null,
      defaultAttendees: lines(form.elements.defaultAttendees.value, /[,\n]/),
      defaultGuests: lines(form.elements.defaultGuests.value, /\n/)
    };
    if (form.elements.indexHere.checked) change.indexPageId = Number(holder.getAttribute('data-page-id'));
    else if (form.elements.indexHere.defaultChecked) change.indexPageId = null;
    var button = form.querySelector('button[type="submit"]');
    button.disabled = true;
    status.textContent = '';
    fetch(contextPath() + '/rest/meeting-memo/1.0/series/' + encodeURIComponent(holder.getAttribute('data-series')), {
      method: 'PATCH', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(change)
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (answer) {
      if (answer.status === 200) {
        status.textContent = text.labelSaved || 'Saved';
        window.location.reload();
      } else if (answer.status === 409) {
        status.textContent = text.labelStale || 'Changed by someone else; reload';
      } else {
        status.textContent = (text.labelFailed || 'Not saved') + ' ' + (answer.body && answer.body.message ? answer.body.message : '');
      }
    }).catch(function () {
      status.textContent = text.labelFailed || 'Not saved';
    }).then(function () { button.disabled = false; });
  });

  /* ---- "Send minutes" (.mm-send-minutes, page editors only) ----
     Asks the app for a preview (POST …/send with "preview": true): each person named in the memo with the mail they
     would get. People who may view the page are ticked; the others (guests, users without permission) are not, and
     get only the previewed text, without a link, if the sender ticks them. Each mail is shown in a sandboxed frame
     (no scripts, no same origin) exactly as rendered. Sending names the page version previewed; the page then reloads
     and says to how many people the minutes went. */
  var MINUTES_PROBLEMS = { 'no-address': 'labelSkipNoAddress', 'invalid-address': 'labelSkipInvalidAddress',
    'deactivated': 'labelSkipDeactivated', 'unknown-user': 'labelSkipUnknownUser' };
  function minutesUrl(holder) {
    return contextPath() + '/rest/meeting-memo/1.0/pages/' + encodeURIComponent(holder.getAttribute('data-page-id'))
      + '/memos/' + encodeURIComponent(holder.getAttribute('data-memo-key')) + '/send';
  }
  function minutesStatus(panel, message, isError) {
    var note = panel.querySelector('.mm-minutes-status');
    note.setAttribute('role', isError ? 'alert' : 'status');
    note.classList.toggle('mm-next-error', !!isError);
    note.textContent = message;
  }
  function minutesPost(holder, request) {
    return fetch(minutesUrl(holder), {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(request)
    }).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        return { status: response.status, body: body || {} };
      });
    });
  }
  function minutesRecipient(text, recipient) {
    var row = element('li', 'mm-minutes-recipient');
    row.setAttribute('data-recipient-id', recipient.id);
    row.setAttribute('data-can-view', String(recipient.canViewPage));
    var label = element('label', 'mm-minutes-who');
    var box = document.createElement('input');
    box.type = 'checkbox';
    box.value = recipient.id;
    box.checked = recipient.chosen;
    var problem = MINUTES_PROBLEMS[recipient.skipReason];
    box.disabled = !recipient.mail || !!problem;
    label.appendChild(box);
    label.appendChild(element('span', 'mm-minutes-name', recipient.name));
    var role = { attendee: text.labelRoleAttendee, absent: text.labelRoleAbsent, guest: text.labelRoleGuest }[recipient.role];
    label.appendChild(element('span', 'mm-minutes-role', role || recipient.role));
    if (recipient.address) label.appendChild(element('span', 'mm-minutes-address', recipient.address));
    row.appendChild(label);
    row.appendChild(element('span', 'mm-minutes-access ' + (recipient.canViewPage ? 'mm-can-view' : 'mm-cannot-view'),
      recipient.canViewPage ? text.labelCanView : text.labelCannotView));
    if (problem) row.appendChild(element('span', 'mm-minutes-problem', text[problem] || recipient.skipReason));
    if (recipient.mail) {
      var mail = element('details', 'mm-minutes-mail');
      if (!recipient.canViewPage) mail.open = true;
      mail.appendChild(element('summary', null, (text.labelSubject || 'Subject') + ': ' + recipient.mail.subject));
      var frame = document.createElement('iframe');
      frame.setAttribute('sandbox', '');
      frame.setAttribute('title', recipient.mail.subject);
      frame.className = 'mm-minutes-frame';
      frame.srcdoc = recipient.mail.html;
      mail.appendChild(frame);
      row.appendChild(mail);
    }
    return row;
  }
  function minutesPanel(holder, preview) {
    var text = holder.dataset;
    var old = holder.querySelector('.mm-minutes-preview');
    if (old) old.remove();
    var panel = element('div', 'mm-minutes-preview');
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', text.labelTitle || 'Send the minutes');
    panel.appendChild(element('h3', 'mm-minutes-title', text.labelTitle || 'Send the minutes'));
    var sent = holder.querySelector('.mm-minutes-sent');
    var again = !!preview.previousSend;
    if (again && sent) panel.appendChild(element('p', 'mm-minutes-warning', sent.getAttribute('data-resend-warning')));
    var list = element('ul', 'mm-minutes-recipients');
    preview.recipients.forEach(function (r) { list.appendChild(minutesRecipient(text, r)); });
    panel.appendChild(list);
    var actions = element('div', 'mm-minutes-actions');
    var send = element('button', 'aui-button aui-button-primary mm-minutes-send', again ? text.labelResend : text.labelSend);
    send.type = 'button';
    var cancel = element('button', 'aui-button aui-button-link mm-minutes-cancel', text.labelCancel || 'Cancel');
    cancel.type = 'button';
    actions.appendChild(send);
    actions.appendChild(cancel);
    actions.appendChild(element('span', 'mm-minutes-status'));
    panel.appendChild(actions);
    holder.appendChild(panel);
    cancel.addEventListener('click', function () { panel.remove(); holder.querySelector('.mm-send-minutes').focus(); });
    send.addEventListener('click', function () {
      var chosen = [], withoutAccess = [];
      panel.querySelectorAll('.mm-minutes-recipient').forEach(function (row) {
        var box = row.querySelector('input[type="checkbox"]');
        if (!box.checked || box.disabled) return;
        (row.getAttribute('data-can-view') === 'true' ? chosen : withoutAccess).push(box.value);
      });
      if (!chosen.length && !withoutAccess.length) { minutesStatus(panel, text.labelNoRecipients, true); return; }
      send.disabled = true;
      minutesStatus(panel, text.labelSending || 'Sending\u2026', false);
      minutesPost(holder, { preview: false, resend: again, pageVersion: preview.pageVersion,
        recipients: chosen, includeWithoutAccess: withoutAccess }).then(function (answer) {
        if (answer.status === 200) { window.location.reload(); return; }
        var message = answer.body.code === 'stale-page' ? text.labelStale
          : (text.labelFailed || 'Not sent') + ' ' + (answer.body.message || ('HTTP ' + answer.status));
        minutesStatus(panel, message, true);
        send.disabled = false;
      }).catch(function () {
        minutesStatus(panel, text.labelFailed || 'Not sent', true);
        send.disabled = false;
      });
    });
    send.focus();
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.mm-send-minutes');
    if (!button || button.disabled) return;
    var holder = button.closest('.mm-minutes');
    var text = holder.dataset;
    button.disabled = true;
    var note = holder.querySelector('.mm-minutes-working') || element('span', 'mm-minutes-working');
    note.setAttribute('role', 'status');
    note.textContent = text.labelWorking || 'Preparing\u2026';
    holder.insertBefore(note, button.nextSibling);
    minutesPost(holder, { preview: true, pageVersion: Number(holder.getAttribute('data-page-version')) }).then(function (answer) {
      if (answer.status === 200) { note.textContent = ''; minutesPanel(holder, answer.body); return; }
      note.textContent = answer.body.code === 'stale-page' ? text.labelStale
        : (text.labelFailed || 'Not sent') + ' ' + (answer.body.message || ('HTTP ' + answer.status));
    }).catch(function () {
      note.textContent = text.labelFailed || 'Not sent';
    }).then(function () { button.disabled = false; });
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
