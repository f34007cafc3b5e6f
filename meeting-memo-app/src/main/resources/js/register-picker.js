/* Meeting Memo in Confluence's macro browser: the "Contacts register entry" (register-id) parameter of memo-guest and
   memo-contact becomes a search-as-you-type picker of the page's space's contacts register. The author types part of a
   name, an organisation or an email; the app's GET /rest/meeting-memo/1.0/people?spaceKey=&q= lists matches as
   "Name — Organisation"; picking one writes the entry's id into the parameter. Where the register cannot be searched
   (the request fails, or the page has no space), the plain text field for the id is shown instead and still works.

   How Confluence runs this (Confluence 10's confluence-macro-browser plugin, js/macro-browser-editor.js and
   js/macro-browser-fields.js): the web-resource's macro-browser context loads this script with the macro browser;
   AJS.MacroBrowser.setMacroJsOverride(macroName, { fields: { string: { "register-id": fn } } }) registers fn, which the
   browser calls with the parameter's metadata when it builds the macro's form; fn returns a field made by
   AJS.MacroBrowser.ParameterFields.string(param, options), whose `input` gets the id macro-param-register-id and whose
   value the browser writes into the macro. So the id goes into that input (hidden while the picker works) and the
   picker is built beside it. options.setValue receives a stored id when an existing macro is edited.
   Texts come from AJS.I18n.getText, which the descriptor's jsI18n transformation replaces with the reader's translation.
   Everything shown is built with DOM calls and textContent: nothing from the register is parsed as HTML. */
(function () {
  'use strict';
  var API = '/rest/meeting-memo/1.0';
  var SEARCH_DELAY_MS = 200;
  var RESULTS = 10;
  var fieldsMade = 0;

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }

  function getJson(path) {
    return fetch(AJS.contextPath() + API + path, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) throw new Error('HTTP ' + response.status);
        return response.json();
      });
  }

  function registerEntryField(param, options) {
    var number = ++fieldsMade;
    var spaceKey = AJS.Meta.get('space-key');
    var organisationNames = {};
    var searchSequence = 0;
    var searchTimer = null;
    var shown = [];
    var active = -1;

    var field = AJS.MacroBrowser.ParameterFields.string(param, Object.assign({}, options, { setValue: showStoredEntry }));
    var paramDiv = field.paramDiv[0];
    var idInput = field.input[0];

    var picker = element('div', 'mm-register-picker');
    var search = element('input', 'mm-register-search');
    var listId = 'mm-register-results-' + number;
    search.type = 'search';
    search.autocomplete = 'off';
    search.placeholder = AJS.I18n.getText('meeting-memo.register-picker.search');
    search.setAttribute('aria-label', AJS.I18n.getText('meeting-memo.register-picker.search'));
    search.setAttribute('role', 'combobox');
    search.setAttribute('aria-autocomplete', 'list');
    search.setAttribute('aria-expanded', 'false');
    search.setAttribute('aria-controls', listId);
    var clear = element('button', 'mm-register-clear', AJS.I18n.getText('meeting-memo.register-picker.clear'));
    clear.type = 'button';
    clear.hidden = true;
    var list = element('ul', 'mm-register-results');
    list.id = listId;
    list.setAttribute('role', 'listbox');
    list.hidden = true;
    var status = element('p', 'mm-register-status');
    status.setAttribute('aria-live', 'polite');
    picker.appendChild(search);
    picker.appendChild(clear);
    picker.appendChild(list);
    picker.appendChild(status);
    idInput.parentNode.insertBefore(picker, idInput.nextSibling);
    idInput.hidden = true;

    function setId(id) {
      if (idInput.value === id) return;
      idInput.value = id;
      // The macro browser listens for change on its parameter inputs.
      idInput.dispatchEvent(new Event('change', { bubbles: true }));
    }

    function label(person) {
      var organisation = person.organisationId == null ? null : organisationNames[person.organisationId];
      return organisation ? person.name + ' \u2014 ' + organisation : person.name;
    }

    /* The register cannot be searched: the id is typed into the plain field, as without this script. */
    function fallBack() {
      searchSequence++;
      picker.hidden = true;
      idInput.hidden = false;
      var note = element('p', 'mm-register-status mm-register-unavailable', AJS.I18n.getText('meeting-memo.register-picker.unavailable'));
      idInput.parentNode.insertBefore(note, idInput.nextSibling);
    }

    function closeList() {
      list.hidden = true;
      search.setAttribute('aria-expanded', 'false');
      search.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var options = list.children;
      for (var i = 0; i < options.length; i++) options[i].setAttribute('aria-selected', i === index ? 'true' : 'false');
      active = index;
      if (index >= 0) {
        search.setAttribute('aria-activedescendant', options[index].id);
        options[index].scrollIntoView({ block: 'nearest' });
      }
    }

    function choose(person) {
      setId(String(person.id));
      search.value = label(person);
      clear.hidden = false;
      status.textContent = '';
      closeList();
    }

    function show(people) {
      while (list.firstChild) list.removeChild(list.firstChild);
      shown = people;
      people.forEach(function (person, index) {
        var option = element('li', 'mm-register-option');
        option.id = listId + '-' + index;
        option.setAttribute('role', 'option');
        option.setAttribute('data-register-id', String(person.id));
        option.appendChild(element('span', 'mm-register-name', person.name));
        var organisation = person.organisationId == null ? null : organisationNames[person.organisationId];
        if (organisation) {
          option.appendChild(document.createTextNode(' \u2014 '));
          option.appendChild(element('span', 'mm-register-organisation', organisation));
        }
        // mousedown, not click: the search box keeps its focus until the choice is made.
        option.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(person);
        });
        list.appendChild(option);
      });
      status.textContent = people.length ? '' : AJS.I18n.getText('meeting-memo.register-picker.none');
      list.hidden = people.length === 0;
      search.setAttribute('aria-expanded', people.length ? 'true' : 'false');
      highlight(-1);
    }

    /* The names of the organisations the people belong to, each asked for once per form. */
    function withOrganisations(people) {
      var missing = [];
      people.forEach(function (p) {
        if (p.organisationId != null && !(p.organisationId in organisationNames) && missing.indexOf(p.organisationId) < 0) missing.push(p.organisationId);
      });
      return Promise.all(missing.map(function (id) {
        return getJson('/organisations/' + encodeURIComponent(id))
          .then(function (o) { organisationNames[id] = o.name; }, function () { organisationNames[id] = null; });
      })).then(function () { return people; });
    }

    function searchNow() {
      var text = search.value.trim();
      var sequence = ++searchSequence;
      if (!text) { show([]); status.textContent = ''; return; }
      status.textContent = AJS.I18n.getText('meeting-memo.register-picker.searching');
      getJson('/people?spaceKey=' + encodeURIComponent(spaceKey) + '&q=' + encodeURIComponent(text) + '&limit=' + RESULTS)
        .then(function (page) { return withOrganisations(page.people); })
        .then(function (people) { if (sequence === searchSequence) show(people); }, function () { if (sequence === searchSequence) fallBack(); });
    }

    search.addEventListener('input', function () {
      // A changed text no longer names the picked entry.
      setId('');
      clear.hidden = true;
      clearTimeout(searchTimer);
      searchTimer = setTimeout(searchNow, SEARCH_DELAY_MS);
    });
    search.addEventListener('keydown', function (event) {
      if (list.hidden) return;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        event.preventDefault();
        var step = event.key === 'ArrowDown' ? 1 : -1;
        highlight((active + step + shown.length) % shown.length);
      } else if (event.key === 'Enter' && active >= 0) {
        event.preventDefault();
        choose(shown[active]);
      } else if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        closeList();
      }
    });
    search.addEventListener('blur', closeList);
    clear.addEventListener('click', function () {
      setId('');
      search.value = '';
      clear.hidden = true;
      search.focus();
    });

    /* An id already stored in the macro: shown by the entry's name where the register knows it. */
    function showStoredEntry(value) {
      var id = value == null ? '' : String(value).trim();
      idInput.value = id;
      if (!id) return;
      search.value = AJS.I18n.getText('meeting-memo.register-picker.entry', id);
      clear.hidden = false;
      getJson('/people/' + encodeURIComponent(id)).then(function (person) {
        if (idInput.value !== id) return;
        if (person.organisation) organisationNames[person.organisationId] = person.organisation;
        search.value = label(person);
      }, function () { /* an entry the reader may not view, or one since erased: the number stays */ });
    }

    if (!spaceKey) fallBack();
    return field;
  }

  AJS.toInit(function () {
    var overrides = { fields: { string: { 'register-id': registerEntryField } } };
    AJS.MacroBrowser.setMacroJsOverride('memo-guest', overrides);
    AJS.MacroBrowser.setMacroJsOverride('memo-contact', overrides);
  });
})();
