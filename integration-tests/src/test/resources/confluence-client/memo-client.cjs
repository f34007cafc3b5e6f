// A meeting-memo script written for Confluence Data Center with the confluence.js REST client
// (its ServerClient: base URL, basic auth, /rest/api). The same script runs against Confluence and
// against the Meeting Memo preview host. Usage:
//   CONFLUENCE_URL=http://127.0.0.1:8090 CONFLUENCE_USER=admin CONFLUENCE_PASSWORD=admin \
//     node memo-client.cjs <step> '<json arguments>'
// Each step prints one JSON object. Where confluence.js has no method for a call (restoring a page from
// the trash, changing a restriction), the script uses the client's own sendRequest with the call's path.
'use strict';
const { ServerClient } = require('confluence.js');

const client = new ServerClient({
  host: process.env.CONFLUENCE_URL,
  authentication: { basic: { username: process.env.CONFLUENCE_USER, password: process.env.CONFLUENCE_PASSWORD } },
  noCheckAtlassianToken: true,
  newErrorHandling: true, // errors are Confluence's error JSON: {statusCode, data, message, reason}
});

const steps = {
  async createSpace({ key, name, description }) {
    await client.space.createSpace({ key, name, description: { plain: { value: description, representation: 'plain' } } });
    const space = await client.space.getSpace({ spaceKey: key, expand: ['homepage', 'description.plain'] });
    const listed = await client.space.getSpaces({ spaceKey: [key] });
    return { key: space.key, name: space.name, description: space.description.plain.value,
      homepageId: space.homepage.id, homepageTitle: space.homepage.title, listed: listed.results.map((s) => s.key) };
  },

  async createMemo({ spaceKey, parentId, title, storage }) {
    const page = await client.content.createContent({
      type: 'page', title, space: { key: spaceKey }, ancestors: [{ id: parentId }],
      body: { storage: { value: storage, representation: 'storage' } },
    });
    return { id: page.id, version: page.version.number, parentId: page.ancestors[page.ancestors.length - 1].id };
  },

  async findByTitle({ spaceKey, title }) {
    const found = await client.content.getContent({ spaceKey, title, type: 'page', expand: ['version'] });
    return { ids: found.results.map((p) => p.id), versions: found.results.map((p) => p.version.number) };
  },

  async read({ id }) {
    const page = await client.content.getContentById({ id, expand: ['body.storage', 'version', 'ancestors', 'space'] });
    return { id: page.id, title: page.title, status: page.status, version: page.version.number, space: page.space.key,
      storage: page.body.storage.value, ancestors: page.ancestors.map((a) => a.id) };
  },

  async update({ id, title, storage }) {
    const current = await client.content.getContentById({ id, expand: ['version'] });
    const next = current.version.number + 1;
    const saved = await client.content.updateContent({
      id, type: 'page', title, version: { number: next },
      body: { storage: { value: storage, representation: 'storage' } },
    });
    let stale;
    try {
      await client.content.updateContent({ id, type: 'page', title, version: { number: next },
        body: { storage: { value: '<p>stale</p>', representation: 'storage' } } });
    } catch (error) {
      stale = error; // the same version again: Confluence's 409
    }
    return { version: saved.version.number, stale };
  },

  async children({ id }) {
    const children = await client.content.getContentChildrenByType({ id, type: 'page', limit: 1 });
    const all = [];
    let start = 0;
    for (;;) {
      const page = await client.content.getContentChildrenByType({ id, type: 'page', start, limit: 1 });
      all.push(...page.results.map((p) => p.id));
      if (!page._links.next) break;
      start += page.size;
    }
    return { firstPage: children.results.map((p) => p.id), hasNext: Boolean(children._links.next), all };
  },

  async label({ id, labels }) {
    await client.content.addLabelsToContent({ id, labels: labels.map((name) => ({ prefix: 'global', name })) });
    const read = await client.content.getContentLabels({ id });
    return { labels: read.results.map((l) => l.name) };
  },

  async unlabel({ id, name }) {
    await client.content.deleteLabelWithQueryParam({ id, name });
    const read = await client.content.getContentLabels({ id });
    return { labels: read.results.map((l) => l.name) };
  },

  async cql({ cql }) {
    const content = await client.content.searchContent({ cql, limit: 50 });
    const search = await client.search.search({ cql, limit: 50 });
    return { content: content.results.map((p) => p.id), search: search.results.map((r) => r.content.id), totalSize: search.totalSize };
  },

  async badCql({ cql }) {
    try {
      await client.content.searchContent({ cql });
      return { error: null };
    } catch (error) {
      return { error };
    }
  },

  async restrict({ id, operation, username }) {
    await client.sendRequest({ url: `/rest/api/content/${id}/restriction/byOperation/${operation}/user`, method: 'PUT',
      params: { userName: username } });
    const restrictions = await client.content.getRestrictionsByOperation({ id });
    return { read: restrictions.read.restrictions.user.results.map((u) => u.username),
      update: restrictions.update.restrictions.user.results.map((u) => u.username) };
  },

  async trash({ id }) {
    await client.content.deleteContent({ id });
    const trash = await client.content.getContent({ spaceKey: (await client.content.getContentById({ id, status: 'trashed', expand: ['space'] })).space.key,
      status: 'trashed' });
    return { trashed: trash.results.map((p) => p.id) };
  },

  async restore({ id }) {
    // Confluence restores a trashed page through an update: status "current" and the next version number.
    const trashed = await client.content.getContentById({ id, status: 'trashed', expand: ['version'] });
    const restored = await client.sendRequest({ url: `/rest/api/content/${id}`, method: 'PUT',
      data: { id, type: 'page', title: trashed.title, status: 'current', version: { number: trashed.version.number + 1 } } });
    return { status: restored.status };
  },

  async purge({ id }) {
    await client.content.deleteContent({ id, status: 'trashed' });
    try {
      await client.content.getContentById({ id, status: 'any' });
      return { gone: false };
    } catch (error) {
      return { gone: error.statusCode === 404 };
    }
  },
};

(async () => {
  const [step, args] = process.argv.slice(2);
  if (!steps[step]) throw new Error(`unknown step ${step}`);
  const result = await steps[step](JSON.parse(args || '{}'));
  process.stdout.write(JSON.stringify(result));
})().catch((error) => {
  process.stderr.write(JSON.stringify(error && error.statusCode ? error : { message: String(error && error.stack || error) }));
  process.exit(1);
});
