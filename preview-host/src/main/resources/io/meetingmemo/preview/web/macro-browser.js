/*
 * The preview host's "Insert macro" dialog: the host's stand-in for Confluence's macro browser. It lists
 * the app's macros (from the data the server built from the descriptor), shows a form for the chosen
 * one, and inserts the macro in Confluence storage format at the cursor of the storage-format textarea.
 * The DOM is built with createElement and textContent only; the storage text is XML-escaped.
 */
(function () {
  'use strict';
  var dialog = document.getElementById('macro-browser');
  var textarea = document.getElementById('storage-body');
  var opener = document.getElementById('insert-macro');
  if (!dialog || !textarea || !opener || typeof dialog.showModal !== 'function') return;
  var data = JSON.parse(dialog.getAttribute('data-macros'));
  var selection = { start: 0, end: 0 };
  var categoryLabels = {};
  data.categories.forEach(function (c) { categoryLabels[c.key] = c.label; });

  function el(tag, attributes, text) {
    var e = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value === true) e.setAttribute(name, '');
      else if (value !== false && value !== null && value !== undefined) e.setAttribute(name, String(value));
    });
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function button(text, attributes, onClick) {
    var b = el('button', Object.assign({ type: 'button' }, attributes), text);
    if (onClick) b.addEventListener('click', onClick);
    return b;
  }

  function xml(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  }

  function uuid() {
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40;
    b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function clear() { while (dialog.firstChild) dialog.removeChild(dialog.firstChild); }

  // The macro list, filtered by a search text and a category, as in Confluence's macro browser.
  function showList() {
    clear();
    dialog.setAttribute('aria-labelledby', 'macro-browser-title');
    dialog.appendChild(el('h2', { id: 'macro-browser-title' }, 'Insert macro'));
    var tools = el('div', { 'class': 'macro-browser-tools' });
    var search = el('input', { type: 'search', id: 'macro-browser-search', placeholder: 'Search', 'aria-label': 'Search macros', autocomplete: 'off' });
    var category = el('select', { id: 'macro-browser-category', 'aria-label': 'Category' });
    category.appendChild(el('option', { value: '' }, 'All categories'));
    data.categories.forEach(function (c) { category.appendChild(el('option', { value: c.key }, c.label)); });
    tools.appendChild(search);
    tools.appendChild(category);
    dialog.appendChild(tools);
    var list = el('ul', { 'class': 'macro-browser-list' });
    var items = data.macros.map(function (macro) {
      var li = el('li');
      var choose = button(null, { 'class': 'macro-browser-item', 'data-macro-name': macro.name }, function () { showForm(macro); });
      choose.appendChild(el('strong', { 'class': 'macro-browser-item-name' }, macro.label));
      if (macro.description) choose.appendChild(el('span', { 'class': 'macro-browser-item-desc' }, macro.description));
      choose.appendChild(el('span', { 'class': 'macro-browser-item-categories' },
        macro.categories.map(function (k) { return categoryLabels[k] || k; }).join(', ')));
      li.appendChild(choose);
      list.appendChild(li);
      return { li: li, macro: macro, text: (macro.name + ' ' + macro.label + ' ' + macro.description).toLowerCase() };
    });
    dialog.appendChild(list);
    var none = el('p', { 'class': 'macro-browser-none', hidden: true }, 'No macro matches.');
    dialog.appendChild(none);
    function filter() {
      var q = search.value.trim().toLowerCase();
      var shown = 0;
      items.forEach(function (item) {
        var show = (!q || item.text.indexOf(q) >= 0) && (!category.value || item.macro.categories.indexOf(category.value) >= 0);
        item.li.hidden = !show;
        if (show) shown++;
      });
      none.hidden = shown > 0;
    }
    search.addEventListener('input', filter);
    category.addEventListener('change', filter);
    var actions = el('p', { 'class': 'macro-browser-actions' });
    actions.appendChild(button('Cancel', { 'class': 'host-button secondary', id: 'macro-browser-cancel' }, function () { dialog.close(); }));
    dialog.appendChild(actions);
    search.focus();
  }

  // One form field per parameter; returns a function that reads the field's value ('' when empty).
  function field(form, f) {
    var id = 'macro-param-' + f.name;
    var wrapper = el('div', { 'class': 'macro-field', 'data-param': f.name });
    var described = f.description ? id + '-desc' : null;
    var choices = (f.input === 'user' || f.input === 'space')
      ? (f.input === 'user'
        ? data.users.map(function (u) { return { value: u.userKey, label: u.fullName + ' (' + u.username + ')' }; })
        : data.spaces.map(function (s) { return { value: s.key, label: s.name + ' (' + s.key + ')' }; }))
      : null;
    var label, read, control;
    function caption(into) {
      into.appendChild(document.createTextNode(f.label));
      if (f.required) {
        into.appendChild(document.createTextNode(' '));
        into.appendChild(el('span', { 'class': 'macro-required', title: 'Required' }, '*'));
      }
    }
    if (choices && f.multiple) {
      // Several people or spaces: a group of checkboxes.
      control = el('fieldset', { id: id, 'class': 'macro-choices', 'aria-describedby': described, 'aria-required': f.required ? 'true' : null });
      label = el('legend');
      caption(label);
      control.appendChild(label);
      choices.forEach(function (c, i) {
        var l = el('label', { 'class': 'macro-choice' });
        l.appendChild(el('input', { type: 'checkbox', id: id + '-' + i, name: f.name, value: c.value }));
        l.appendChild(document.createTextNode(' ' + c.label));
        control.appendChild(l);
      });
      wrapper.appendChild(control);
      // People and spaces are written in the order they were picked, as a picker adds them.
      var picked = [];
      control.addEventListener('change', function (event) {
        var value = event.target.value;
        picked = picked.filter(function (v) { return v !== value; });
        if (event.target.checked) picked.push(value);
      });
      read = function () { return picked.slice(); };
    } else {
      label = el('label', { 'for': id });
      caption(label);
      wrapper.appendChild(label);
      var attrs = { id: id, name: f.name, 'aria-describedby': described, 'aria-required': f.required ? 'true' : null };
      if (choices || f.input === 'select') {
        control = el('select', attrs);
        var options = choices || f.values.map(function (v) { return { value: v, label: v }; });
        if (!(f.input === 'select' && f.defaultValue)) control.appendChild(el('option', { value: '' }, '\u2014'));
        options.forEach(function (o) { control.appendChild(el('option', { value: o.value }, o.label)); });
        if (f.defaultValue) control.value = f.defaultValue;
      } else if (f.input === 'checkbox') {
        control = el('input', Object.assign(attrs, { type: 'checkbox' }));
        control.checked = f.defaultValue === 'true';
      } else {
        var type = { date: 'date', number: 'number' }[f.input] || 'text';
        control = el('input', Object.assign(attrs, { type: type, step: type === 'number' ? '1' : null, autocomplete: 'off' }));
        if (f.defaultValue) control.value = f.defaultValue;
      }
      wrapper.appendChild(control);
      read = f.input === 'checkbox'
        ? function () { return control.checked ? 'true' : 'false'; }
        : function () { return control.value.trim(); };
    }
    if (f.description) wrapper.appendChild(el('p', { id: described, 'class': 'macro-field-desc' }, f.description));
    form.appendChild(wrapper);
    return { field: f, control: control, read: read };
  }

  function showForm(macro) {
    clear();
    dialog.setAttribute('aria-labelledby', 'macro-form-title');
    dialog.appendChild(el('h2', { id: 'macro-form-title' }, macro.label));
    if (macro.description) dialog.appendChild(el('p', { 'class': 'macro-form-desc' }, macro.description));
    var form = el('form', { id: 'macro-browser-form', novalidate: true, 'data-macro-name': macro.name });
    var fields = macro.fields.map(function (f) { return field(form, f); });
    var body = null;
    if (macro.body !== 'none') {
      var wrapper = el('div', { 'class': 'macro-field', 'data-param': '' });
      wrapper.appendChild(el('label', { 'for': 'macro-body' }, 'Body'));
      body = el('textarea', { id: 'macro-body', rows: '3', 'aria-describedby': 'macro-body-desc' });
      wrapper.appendChild(body);
      wrapper.appendChild(el('p', { id: 'macro-body-desc', 'class': 'macro-field-desc' },
        'Optional. Inserted as the macro\u2019s body; the cursor is placed inside the body afterwards.'));
      form.appendChild(wrapper);
    }
    var message = el('div', { 'class': 'host-error macro-browser-message', role: 'alert', hidden: true });
    form.appendChild(message);
    var actions = el('p', { 'class': 'macro-browser-actions' });
    actions.appendChild(el('button', { type: 'submit', 'class': 'host-button', id: 'macro-browser-insert' }, 'Insert'));
    actions.appendChild(button('Back', { 'class': 'host-button secondary', id: 'macro-browser-back' }, showList));
    actions.appendChild(button('Cancel', { 'class': 'host-button secondary', id: 'macro-browser-cancel' }, function () { dialog.close(); }));
    form.appendChild(actions);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var problems = [];
      var first = null;
      fields.forEach(function (x) {
        var value = x.read();
        var empty = Array.isArray(value) ? value.length === 0 : value === '';
        var wrong = null;
        if (x.field.required && empty) wrong = x.field.label;
        else if (!empty && x.field.input === 'number' && !/^-?\d+$/.test(value)) wrong = x.field.label + ' (a whole number)';
        else if (!empty && x.field.input === 'date' && !/^\d{4}-\d{2}-\d{2}$/.test(value)) wrong = x.field.label + ' (yyyy-mm-dd)';
        x.control.setAttribute('aria-invalid', wrong ? 'true' : 'false');
        if (wrong) { problems.push(wrong); if (!first) first = x.control; }
      });
      if (problems.length) {
        message.textContent = 'Fill in: ' + problems.join(', ') + '.';
        message.hidden = false;
        (first.matches('fieldset') ? first.querySelector('input') : first).focus();
        return;
      }
      insert(storage(macro, fields, body ? body.value : ''));
      dialog.close();
    });
    dialog.appendChild(form);
    var focus = form.querySelector('input, select, textarea');
    if (focus) focus.focus();
  }

  // The macro as Confluence's editor writes it; the caret goes inside a body, else after the macro.
  function storage(macro, fields, bodyText) {
    var out = '<ac:structured-macro ac:name="' + xml(macro.name) + '" ac:schema-version="1" ac:macro-id="' + uuid() + '">\n';
    fields.forEach(function (x) {
      var f = x.field;
      var value = x.read();
      if (Array.isArray(value) ? value.length === 0 : value === '') return;
      if (f.input === 'checkbox' && value === (f.defaultValue || 'false')) return;
      if (!Array.isArray(value) && f.defaultValue && value === f.defaultValue) return;
      var content;
      if (f.input === 'user') {
        // By user key, as Confluence's editor writes people (docs/storage-format.md, "User parameters").
        content = [].concat(value).map(function (key) { return '<ri:user ri:userkey="' + xml(key) + '" />'; }).join('');
      } else {
        content = xml([].concat(value).join(','));
      }
      out += '<ac:parameter ac:name="' + xml(f.name) + '">' + content + '</ac:parameter>\n';
    });
    var caret;
    if (macro.body === 'rich-text') {
      out += '<ac:rich-text-body>\n';
      bodyText.split(/\r?\n/).forEach(function (line) { if (line.trim()) out += '<p>' + xml(line.trim()) + '</p>\n'; });
      caret = out.length;
      out += '</ac:rich-text-body>\n';
    } else if (macro.body === 'plain-text') {
      out += '<ac:plain-text-body><![CDATA[' + bodyText.replace(/]]>/g, ']]]]><![CDATA[>');
      caret = out.length;
      out += ']]></ac:plain-text-body>\n';
    }
    out += '</ac:structured-macro>\n';
    return { text: out, caret: caret === undefined ? out.length : caret };
  }

  function insert(snippet) {
    var value = textarea.value;
    var start = Math.min(selection.start, value.length);
    var end = Math.max(start, Math.min(selection.end, value.length));
    textarea.value = value.slice(0, start) + snippet.text + value.slice(end);
    textarea.focus();
    textarea.setSelectionRange(start + snippet.caret, start + snippet.caret);
    textarea.dispatchEvent(new Event('input', { bubbles: true }));
  }

  opener.hidden = false;
  opener.addEventListener('click', function () {
    selection = { start: textarea.selectionStart, end: textarea.selectionEnd };
    showList();
    dialog.showModal();
  });
})();
