/*
 * The preview host's "Insert macro" dialog: the host's stand-in for Confluence's macro browser. It lists
 * the app's macros (from the data the server built from the descriptor), shows a form for the chosen
 * one, and inserts the macro in Confluence storage format at the cursor of the storage-format textarea.
 * The DOM is built with createElement and textContent only; the storage text is XML-escaped.
 *
 * It also offers the part of Confluence's browser API that the app's web-resources of the editor and
 * macro-browser contexts may call, as Confluence 10's confluence-macro-browser plugin defines it
 * (com.atlassian.confluence.plugins.confluence-macro-browser:macro-browser-js, js/macro-browser.js,
 * js/macro-browser-fields.js, js/macro-browser-editor.js):
 *   AJS.MacroBrowser.setMacroJsOverride(macroName, { fields: { <type>: fn | { <parameter>: fn } } }) and
 *   getMacroJsOverride(macroName). When the form is built, a parameter's override is looked up by its type name, then
 *   by its name, and called with the override object as `this` and the parameter's metadata as its one argument
 *   ({ name, type: { name }, required, multiple, defaultValue, hidden, displayName, description, enumValues, ... }).
 *   It returns a field, or nothing for the default one. The field's paramDiv gets the id macro-param-div-<name>, its
 *   input the id macro-param-<name>, and the parameter's value is that input's value when the macro is inserted.
 *   AJS.MacroBrowser.ParameterFields.string / _hidden / boolean / enum (parameter, options) and
 *   AJS.MacroBrowser.Field(paramDiv, input, options): options.setValue / getValue / onchange, as in Confluence; the
 *   input's change event calls options.onchange or the browser's own change handler.
 *   AJS.Meta.get(name) (the page's ajs-<name> meta tags), AJS.contextPath(), AJS.toInit(fn), AJS.format(pattern, ...).
 * It is stricter than Confluence where Confluence would fail silently or later: an override for a macro or a
 * parameter the descriptor does not have, an override hook the host does not run, a member of AJS the host does not
 * offer, an AJS.I18n.getText call that the jsI18n transformer did not translate, a field that is not a
 * {paramDiv, input} pair made by ParameterFields or Field: each throws, and the error is shown on the page
 * (#host-script-errors) and in the form. paramDiv and input are element lists like jQuery's ([0], length) without
 * jQuery's methods: the app works on their elements with DOM calls, which Confluence's jQuery objects allow too.
 */
(function () {
  'use strict';
  var dialog = document.getElementById('macro-browser');
  var textarea = document.getElementById('storage-body');
  var opener = document.getElementById('insert-macro');
  var errors = document.getElementById('host-script-errors');
  var data = dialog ? JSON.parse(dialog.getAttribute('data-macros')) : { categories: [], macros: [], users: [], spaces: [] };
  var selection = { start: 0, end: 0 };
  var categoryLabels = {};
  data.categories.forEach(function (c) { categoryLabels[c.key] = c.label; });

  /* ---- errors of the app's scripts, shown on the page ---- */
  function showScriptError(text) {
    if (window.console) console.error(text);
    if (!errors) return;
    errors.hidden = false;
    var line = document.createElement('p');
    line.className = 'host-script-error';
    line.textContent = text;
    errors.appendChild(line);
  }
  window.addEventListener('error', function (event) {
    var where = event.filename ? ' (' + event.filename.replace(location.origin, '') + ':' + event.lineno + ')' : '';
    showScriptError('A script failed: ' + event.message + where);
  });
  window.addEventListener('unhandledrejection', function (event) {
    showScriptError('A script failed: ' + (event.reason && event.reason.message ? event.reason.message : String(event.reason)));
  });

  /* ---- the AJS members the host offers ---- */
  // An object whose unknown members throw instead of reading as undefined, so a call the host does not offer fails where it is made.
  function strict(name, target) {
    return new Proxy(Object.freeze(target), {
      get: function (t, property) {
        if (typeof property === 'symbol' || property === 'then' || property === 'toJSON') return t[property];
        if (Object.prototype.hasOwnProperty.call(t, property)) return t[property];
        throw new TypeError('The preview host offers no ' + name + '.' + String(property) + ' (see /preview-host/macro-browser.js)');
      },
      set: function (t, property) { throw new TypeError(name + '.' + String(property) + ' is the host\u2019s and cannot be replaced'); }
    });
  }

  var macroNames = {};
  data.macros.forEach(function (m) { macroNames[m.name] = m; });
  var overrides = {};
  // Hooks of Confluence's macro-js-overrides that this host does not run; any other key is no hook at all.
  var HOOKS_NOT_RUN = ['opener', 'beforeParamsSet', 'beforeParamsRetrieved', 'updateMacroParametersForPreview',
    'updateMacroPreviewIframe', 'postPreview', 'manipulateMarkup'];
  var hostElementLists = new WeakSet();

  function elementList(element) {
    var list = Object.freeze({ 0: element, length: 1 });
    hostElementLists.add(list);
    return list;
  }

  function describe(value) {
    if (value === null || value === undefined) return String(value);
    if (value instanceof Element) return 'a DOM element <' + value.tagName.toLowerCase() + '>';
    return typeof value;
  }

  function setMacroJsOverride(macroName, override) {
    var macro = macroNames[macroName];
    if (!macro) throw new Error('AJS.MacroBrowser.setMacroJsOverride: the app has no macro named "' + macroName + '"');
    if (!override || typeof override !== 'object') throw new TypeError('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): the override must be an object, not ' + describe(override));
    Object.keys(override).forEach(function (hook) {
      if (hook === 'fields') return;
      if (HOOKS_NOT_RUN.indexOf(hook) >= 0) throw new Error('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): the preview host does not run the "' + hook + '" hook');
      throw new Error('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): Confluence\u2019s macro browser has no "' + hook + '" hook');
    });
    var fields = override.fields;
    if (fields !== undefined) {
      if (!fields || typeof fields !== 'object') throw new TypeError('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): fields must be an object keyed by parameter type');
      Object.keys(fields).forEach(function (type) {
        var ofType = macro.fields.filter(function (f) { return f.type === type; });
        if (ofType.length === 0) throw new Error('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): the macro has no parameter of type "' + type + '"');
        var byType = fields[type];
        if (typeof byType === 'function') return;
        if (!byType || typeof byType !== 'object') throw new TypeError('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): fields.' + type + ' must be a function or an object of functions by parameter name');
        Object.keys(byType).forEach(function (name) {
          if (!ofType.some(function (f) { return f.name === name; })) {
            throw new Error('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): the macro has no parameter "' + name + '" of type "' + type + '"');
          }
          if (typeof byType[name] !== 'function') throw new TypeError('AJS.MacroBrowser.setMacroJsOverride("' + macroName + '"): fields.' + type + '["' + name + '"] must be a function');
        });
      });
    }
    overrides[macroName] = override;
  }

  function paramChanged() {
    var message = document.querySelector('#macro-browser-form .macro-browser-message');
    if (message && !message.classList.contains('macro-browser-override-error')) message.hidden = true;
  }

  function Field(paramDiv, input, options) {
    if (!hostElementLists.has(paramDiv) || !hostElementLists.has(input)) {
      throw new TypeError('AJS.MacroBrowser.Field(paramDiv, input, options) takes the paramDiv and input of a ParameterFields field, not '
        + describe(paramDiv) + ' and ' + describe(input));
    }
    if (options !== undefined && options !== null && typeof options !== 'object') throw new TypeError('AJS.MacroBrowser.Field: options must be an object');
    options = options || {};
    ['setValue', 'getValue', 'onchange'].forEach(function (name) {
      if (options[name] !== undefined && typeof options[name] !== 'function') throw new TypeError('AJS.MacroBrowser.Field: options.' + name + ' must be a function');
    });
    var element = input[0];
    element.addEventListener('change', options.onchange || paramChanged);
    return {
      paramDiv: paramDiv,
      input: input,
      setValue: options.setValue || function (value) { element.value = value; },
      getValue: options.getValue || function () { return element.value; }
    };
  }

  function checkParameter(factory, param) {
    if (!param || typeof param !== 'object' || typeof param.name !== 'string') {
      throw new TypeError('AJS.MacroBrowser.ParameterFields.' + factory + '(parameter, options): the parameter must be the metadata the override was given');
    }
  }

  function parameterDiv(param, control) {
    var div = el('div', { 'class': 'macro-field macro-param-div', 'data-param': param.name });
    div.appendChild(el('label'));
    div.appendChild(control);
    return div;
  }

  function notOffered(name) {
    return function () { throw new Error('The preview host does not offer AJS.MacroBrowser.ParameterFields["' + name + '"]'); };
  }

  var ParameterFields = strict('AJS.MacroBrowser.ParameterFields', {
    string: function (param, options) {
      checkParameter('string', param);
      var input = el('input', { type: 'text', autocomplete: 'off' });
      return Field(elementList(parameterDiv(param, input)), elementList(input), options);
    },
    _hidden: function (param, options) {
      checkParameter('_hidden', param);
      var input = el('input', { type: 'hidden' });
      var div = parameterDiv(param, input);
      div.hidden = true;
      return Field(elementList(div), elementList(input), options);
    },
    'boolean': function (param, options) {
      checkParameter('boolean', param);
      var input = el('input', { type: 'checkbox' });
      options = Object.assign({}, options);
      options.setValue = options.setValue || function (value) { input.checked = /true/i.test(value); };
      return Field(elementList(parameterDiv(param, input)), elementList(input), options);
    },
    'enum': function (param, options) {
      checkParameter('enum', param);
      var select = el('select');
      if (!param.required && !param.defaultValue) select.appendChild(el('option', { value: '' }, '\u2014'));
      (param.enumValues || []).forEach(function (v) { select.appendChild(el('option', { value: v }, v)); });
      return Field(elementList(parameterDiv(param, select)), elementList(select), options);
    },
    username: notOffered('username'),
    spacekey: notOffered('spacekey'),
    attachment: notOffered('attachment'),
    full_attachment: notOffered('full_attachment'),
    'confluence-content': notOffered('confluence-content')
  });

  function format(pattern) {
    var args = Array.prototype.slice.call(arguments, 1);
    return String(pattern).replace(/''/g, '\u0000').replace(/\{(\d+)\}/g, function (whole, i) {
      return i < args.length ? String(args[i]) : whole;
    }).replace(/'/g, '').replace(/\u0000/g, '\'');
  }

  var initQueue = [];
  document.addEventListener('DOMContentLoaded', function () {
    initQueue.splice(0).forEach(function (fn) { fn(); });
  });

  window.AJS = strict('AJS', {
    MacroBrowser: strict('AJS.MacroBrowser', {
      setMacroJsOverride: setMacroJsOverride,
      getMacroJsOverride: function (macroName) { return overrides[macroName]; },
      ParameterFields: ParameterFields,
      Field: Field
    }),
    Meta: strict('AJS.Meta', {
      get: function (name) {
        var meta = document.querySelector('meta[name="ajs-' + String(name).replace(/["\\]/g, '') + '"]');
        return meta ? meta.getAttribute('content') : undefined;
      }
    }),
    I18n: strict('AJS.I18n', {
      getText: function (key) {
        throw new Error('AJS.I18n.getText("' + key + '") reached the browser untranslated: the script\u2019s web-resource needs '
          + '<transformation extension="js"><transformer key="jsI18n"/></transformation> and a quoted key');
      }
    }),
    contextPath: function () {
      var meta = document.querySelector('meta[name="ajs-context-path"]');
      return meta ? meta.getAttribute('content') : '';
    },
    toInit: function (fn) {
      if (typeof fn !== 'function') throw new TypeError('AJS.toInit takes a function');
      if (document.readyState === 'loading') initQueue.push(fn); else setTimeout(fn, 0);
    },
    format: format
  });

  if (!dialog || !textarea || !opener || typeof dialog.showModal !== 'function') return;

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

  /** Confluence's MacroParameter JSON for a field, a fresh copy for each call (overrides may change it). */
  function parameterMetadata(f) {
    return { name: f.name, type: { name: f.type }, required: f.required, multiple: f.multiple,
      defaultValue: f.defaultValue === null ? undefined : f.defaultValue, hidden: false, displayName: f.label,
      description: f.description, enumValues: f.values.slice(), aliases: [], options: {} };
  }

  /**
   * The field an override of the app makes for a parameter, placed as Confluence places it (ids, label, required mark,
   * description), or null where the app has no override for it or the override returns nothing.
   */
  function overriddenField(form, macro, f) {
    var override = overrides[macro.name];
    var make = override && override.fields && override.fields[f.type];
    if (make && typeof make !== 'function') make = make[f.name];
    if (typeof make !== 'function') return null;
    var made = make.call(override, parameterMetadata(f));
    if (!made) return null;
    if (typeof made !== 'object' || !hostElementLists.has(made.paramDiv) || !hostElementLists.has(made.input) || typeof made.setValue !== 'function') {
      throw new TypeError('the override must return a field made by AJS.MacroBrowser.ParameterFields or AJS.MacroBrowser.Field, not ' + describe(made));
    }
    var id = 'macro-param-' + f.name;
    var div = made.paramDiv[0];
    var input = made.input[0];
    div.id = 'macro-param-div-' + f.name;
    input.id = id;
    input.classList.add('macro-param-input');
    var label = div.querySelector('label');
    if (label) {
      label.setAttribute('for', id);
      label.textContent = f.label + (f.required ? ' *' : '');
    }
    if (f.required) { div.classList.add('required'); input.setAttribute('aria-required', 'true'); }
    if (f.description) {
      var described = id + '-desc';
      div.appendChild(el('p', { id: described, 'class': 'macro-field-desc' }, f.description));
      input.setAttribute('aria-describedby', described);
    }
    form.appendChild(div);
    if (f.defaultValue !== null && f.defaultValue !== undefined) made.setValue(f.defaultValue);
    return {
      field: f,
      control: input,
      read: input.type === 'checkbox' ? function () { return input.checked ? 'true' : 'false'; } : function () { return String(input.value).trim(); }
    };
  }

  function showForm(macro) {
    clear();
    dialog.setAttribute('aria-labelledby', 'macro-form-title');
    dialog.appendChild(el('h2', { id: 'macro-form-title' }, macro.label));
    if (macro.description) dialog.appendChild(el('p', { 'class': 'macro-form-desc' }, macro.description));
    var form = el('form', { id: 'macro-browser-form', novalidate: true, 'data-macro-name': macro.name });
    var overrideError = null;
    var fields = macro.fields.map(function (f) {
      if (!overrideError) {
        try {
          var overridden = overriddenField(form, macro, f);
          if (overridden) return overridden;
        } catch (e) {
          overrideError = e;
          showScriptError('The field override of ' + macro.name + ' / ' + f.name + ' failed: ' + (e && e.message ? e.message : String(e)));
        }
      }
      return field(form, f);
    });
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
    if (overrideError) {
      // As in Confluence, where a failing override stops the form from loading: nothing can be inserted.
      message.classList.add('macro-browser-override-error');
      message.textContent = 'The app\u2019s field override failed: ' + (overrideError.message || String(overrideError));
      message.hidden = false;
    }
    var actions = el('p', { 'class': 'macro-browser-actions' });
    actions.appendChild(el('button', { type: 'submit', 'class': 'host-button', id: 'macro-browser-insert' }, 'Insert'));
    actions.appendChild(button('Back', { 'class': 'host-button secondary', id: 'macro-browser-back' }, showList));
    actions.appendChild(button('Cancel', { 'class': 'host-button secondary', id: 'macro-browser-cancel' }, function () { dialog.close(); }));
    form.appendChild(actions);
    if (overrideError) form.querySelector('#macro-browser-insert').disabled = true;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      if (overrideError) return;
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
