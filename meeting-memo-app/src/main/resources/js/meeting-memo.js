/* Meeting Memo: inline status changes in a memo's action table. Sends the status with the version the
   row shows; on 409 the row takes the current state and says that someone else changed it. */
(function () {
  'use strict';
  function baseUrl() {
    var meta = document.querySelector('meta[name="ajs-context-path"]');
    return meta ? meta.getAttribute('content') : '';
  }
  function applyItem(row, item) {
    row.setAttribute('data-item-version', String(item.version));
    row.classList.remove('mm-status-open', 'mm-status-done');
    row.classList.add('mm-status-' + item.status);
    row.classList.toggle('mm-overdue', !!item.overdue);
    var label = row.querySelector('.mm-status-label');
    var button = row.querySelector('.mm-status-toggle');
    var memo = row.closest('.mm-memo');
    var texts = memo ? memo.dataset : {};
    if (label) label.textContent = item.status === 'done' ? (texts.labelDone || 'Done') : (texts.labelOpen || 'Open');
    if (button) {
      button.setAttribute('data-next-status', item.status === 'done' ? 'open' : 'done');
      button.textContent = item.status === 'done' ? (texts.labelReopen || 'Reopen') : (texts.labelMarkDone || 'Mark done');
    }
  }
  function say(row, text) {
    var cell = row.querySelector('.mm-action-status');
    var note = cell.querySelector('.mm-row-message');
    if (!note) { note = document.createElement('span'); note.className = 'mm-row-message'; note.setAttribute('role', 'status'); cell.appendChild(note); }
    note.textContent = text;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest && event.target.closest('.mm-status-toggle');
    if (!button) return;
    var row = button.closest('.mm-action-row');
    var memo = row.closest('.mm-memo');
    button.disabled = true;
    fetch(baseUrl() + '/rest/meeting-memo/1.0/action-items/' + encodeURIComponent(row.getAttribute('data-item-id')) + '/status', {
      method: 'PUT',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({ status: button.getAttribute('data-next-status'), version: Number(row.getAttribute('data-item-version')) })
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      if (result.status === 200) { applyItem(row, result.body); say(row, ''); }
      else if (result.status === 409 && result.body.current) { applyItem(row, result.body.current); say(row, memo.dataset.labelConflict || result.body.message); }
      else { say(row, (memo.dataset.labelFailed || 'Not saved') + ' (' + result.body.message + ')'); }
    }).catch(function () {
      say(row, memo.dataset.labelFailed || 'Not saved');
    }).then(function () { button.disabled = false; });
  });
})();
