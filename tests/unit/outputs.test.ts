/**
 * The register's outputs for machines, on a small invented register: the feeds' entries and
 * their ids, the calendars' events and statuses, CSV quoting, the public origin's rules, the
 * JSON API against its own schemas, and the pieces of the deployment (the CSP's hashes, the
 * nginx rules' refusal of unsafe addresses).
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { buildRegister } from '../../src/register/build';
import { contentSecurityPolicy, inlineScripts, scriptHash } from '../../src/integrations/deploy/csp';
import { headersFile } from '../../src/integrations/deploy/headers';
import { nginxConfig, nginxRules } from '../../src/integrations/deploy/nginx';
import { addressOn } from '../../src/render/address';
import * as api from '../../src/render/api/documents';
import { apiJsonSchema, apiSchemaNames } from '../../src/render/api/json-schema';
import { icsCalendar, modificationCalendar, siteCalendar, workingGroupCalendar } from '../../src/render/calendar';
import { csvText, registerCsv } from '../../src/render/csv';
import { atomXml, modificationFeed, siteFeed, workingGroupFeed } from '../../src/render/feeds';
import { numberedKeys, uuidV5 } from '../../src/render/stable-id';
import { originProblem, publicOrigin } from '../../src/site/origin';
import { cite, content, document, event, meeting, modification, release, workingGroup } from '../support/fixtures';
import { atomProblems, longestIcsLine, parseCsv, parseIcs } from '../support/formats';

const wg1 = { group: 'wg1', allocation: 'allocated', sources: cite };

function registerWith(events: ReturnType<typeof event>[]) {
  return buildRegister(
    content({
      modifications: [
        modification('SECMP0002', {
          workingGroup: wg1,
          targetRelease: { release: '2018-02', status: 'earliest-point', impactedDocuments: ['gbcs'], impactedSystems: null, sources: cite },
          events,
          plans: [
            { date: '2016-12', kind: 'draft-modification-report-presented', detail: 'To the Panel in December.', meeting: 'december', sources: cite },
            { date: '2017-01-12', kind: 'modification-report-consultation-opened', detail: 'Consultation to open.', sources: cite },
          ],
        }),
        modification('SECMP0005', { shortTitle: 'Commas, "quotes"\nand a line break', title: '=HYPERLINK("http://example.invalid")' }),
      ],
      workingGroups: [workingGroup()],
      releases: [release('2018-02', { statusNotes: [{ id: 'earliest-point', text: 'The earliest point at which it could be implemented.', sources: cite }] })],
      documents: [document('gbcs')],
      meetings: [
        meeting('panel'),
        meeting('december', { date: '2016-12' }),
        meeting('wg1-2016-10', { type: 'working-group', workingGroup: 'wg1', date: '2016-10', notHeld: { reason: 'No business.', sources: cite } }),
      ],
    }),
  );
}

const history = [
  event('2016-10-03', 'raised'),
  event('2016-10-05', 'refinement-started', { meeting: 'panel' }),
  event('2016-10-10', 'working-group-consultation-opened'),
  event('2016-10-21', 'working-group-consultation-closed'),
  event('2016-10-28', 'withdrawal-notified'),
];
const register = registerWith(history);

describe('the feeds', () => {
  it('title each event by what it changed', () => {
    const titles = modificationFeed(register, 'SECMP0002').entries.map((e) => e.title);
    expect(titles).toEqual([
      'SECMP0002: Refinement · Working Group → Refinement · Working Group · on hold',
      'SECMP0002: Working Group consultation closed',
      'SECMP0002: Working Group consultation opened',
      'SECMP0002: Initial Modification Report → Refinement · Working Group',
      'SECMP0002: Raised, in Initial Modification Report',
    ]);
  });

  it('give an event the same id in every feed, whatever its place in the history', () => {
    const id = (r: typeof register, feed: 'site' | 'modification' | 'group') => {
      const f = feed === 'site' ? siteFeed(r) : feed === 'group' ? workingGroupFeed(r, 'wg1') : modificationFeed(r, 'SECMP0002');
      return f.entries.find((e) => e.title.endsWith('Working Group consultation closed'))?.id;
    };
    const first = id(register, 'modification');
    expect(first).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(id(register, 'site')).toBe(first);
    expect(id(register, 'group')).toBe(first);
    // An earlier event found in a newer source moves every later event down the history.
    const moved = registerWith([history[0]!, event('2016-10-04', 'progress-update'), ...history.slice(1)] as ReturnType<typeof event>[]);
    expect(id(moved, 'modification')).toBe(first);
  });

  it('are valid Atom, with links relative in a preview and absolute on the public origin', () => {
    for (const feed of [siteFeed(register), modificationFeed(register, 'SECMP0002'), workingGroupFeed(register, 'wg1')]) {
      expect(atomProblems(atomXml(feed, null))).toEqual([]);
      expect(atomProblems(atomXml(feed, 'https://register.example.org'))).toEqual([]);
    }
    expect(atomXml(siteFeed(register), null)).toContain('<link rel="self" type="application/atom+xml" href="/feed.xml"/>');
    expect(atomXml(siteFeed(register), 'https://register.example.org')).toContain('href="https://register.example.org/feed.xml"');
  });

  it("carry a working group's meetings that were held or called off, not those to come", () => {
    const titles = workingGroupFeed(register, 'wg1').entries.map((e) => e.title);
    expect(titles).toContain('Working Group 1 did not meet (October 2016)');
  });

  it('refuse to write two entries with one id', () => {
    const feed = siteFeed(register);
    expect(() => atomXml({ ...feed, entries: [...feed.entries, feed.entries[0]!] }, null)).toThrow(/twice/);
  });

  it('number repeated names so that each id stays unique', () => {
    expect(numberedKeys(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a#2', 'a#3']);
  });

  it('make ids as RFC 9562 says (version 5 test vector)', () => {
    expect(uuidV5('6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
  });
});

describe('the calendars', () => {
  const site = siteCalendar(register);
  const by = (summary: string) => site.items.find((i) => i.summary.startsWith(summary));

  it('confirm what happened, keep plans tentative and cancel what did not meet', () => {
    expect(by('SEC Panel')?.status).toBe('CONFIRMED');
    expect(by('SEC Panel (December 2016')?.status).toBe('TENTATIVE');
    expect(by('Working Group 1 (did not meet)')?.status).toBe('CANCELLED');
    expect(by('February 2018 SEC Release')?.status).toBe('TENTATIVE');
    expect(by('SECMP0002: Industry consultation opened')?.status).toBe('TENTATIVE');
  });

  it('span a consultation from its opening to its closing day', () => {
    const window = by('SECMP0002: Working Group consultation');
    expect(window).toMatchObject({ start: '2016-10-10', end: '2016-10-22', exact: true, status: 'CONFIRMED' });
  });

  it('never invent a day: a month-dated meeting spans the month, marked free and saying so', () => {
    expect(by('SEC Panel (December 2016')).toMatchObject({ start: '2016-12-01', end: '2017-01-01', exact: false, summary: 'SEC Panel (December 2016, day not given)' });
  });

  it("list a plan at a meeting under the meeting, and in the modification's own calendar", () => {
    expect(site.items.some((i) => i.summary.includes('Draft Modification Report'))).toBe(false);
    expect(by('SEC Panel (December 2016')?.details.some((d) => d.startsWith('Planned: SECMP0002'))).toBe(true);
    expect(modificationCalendar(register, 'SECMP0002').items.map((i) => i.summary)).toEqual([
      expect.stringMatching(/^SECMP0002: .*\(December 2016, day not given\)$/),
      'SECMP0002: Industry consultation opened',
    ]);
    expect(workingGroupCalendar(register, 'wg1').items.length).toBeGreaterThan(0);
  });

  it('write files that a second parser reads back, folded to 75 octets, with sources and addresses', () => {
    for (const origin of [null, 'https://register.example.org']) {
      const text = icsCalendar(site, origin, register.asOf);
      expect(text.endsWith('\r\n')).toBe(true);
      expect(longestIcsLine(text)).toBeLessThanOrEqual(75);
      const parsed = parseIcs(text);
      expect(parsed.version).toBe('2.0');
      expect(parsed.events).toHaveLength(site.items.length);
      expect(new Set(parsed.events.map((e) => e.uid)).size).toBe(parsed.events.length);
      for (const e of parsed.events) {
        expect(e.allDay).toBe(true);
        expect(e.stamp).toContain('2016-11-09');
        expect(e.description).toMatch(/Sources?: Paper §1/);
        expect(e.description).toMatch(origin ? /Page: https:\/\/register\.example\.org\// : /Page: \//);
        expect(e.url === null).toBe(origin === null);
      }
    }
  });
});

describe('CSV', () => {
  it('quotes commas, quotes and line breaks so that they read back as written', () => {
    const values = ['plain', 'a, b', 'say "hi"', 'one\ntwo', 'one\r\ntwo', 'café →'];
    const parsed = parseCsv(csvText(['Value'], values.map((v) => [v])));
    expect(parsed.bom).toBe(true);
    expect(parsed.crlf).toBe(true);
    expect(parsed.header).toEqual(['Value']);
    expect(parsed.records.map((r) => r[0])).toEqual(values);
  });

  it('keeps a cell from being read as a formula', () => {
    const parsed = parseCsv(csvText(['A'], [['=1+1'], ['+1'], ['-1'], ['@SUM(A1)'], ['ok']]));
    expect(parsed.records.map((r) => r[0])).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", 'ok']);
  });

  it('writes the register with addresses on the origin, or paths in a preview', () => {
    const preview = parseCsv(registerCsv(register, null));
    expect(preview.records).toHaveLength(2);
    expect(preview.records[1]?.[1]).toBe('Commas, "quotes"\nand a line break');
    expect(preview.records[0]?.slice(6)).toEqual(['/modifications/secmp0002/', '/modifications/secmp0002/feed.xml', '/modifications/secmp0002/calendar.ics', '/api/v1/modifications/secmp0002.json']);
    expect(parseCsv(registerCsv(register, 'https://register.example.org')).records[0]?.[6]).toBe('https://register.example.org/modifications/secmp0002/');
  });
});

describe('the JSON API', () => {
  const compile = (schema: object) => new Ajv2020({ strict: false, allErrors: true }).compile(schema);

  it('writes documents that match their own JSON Schemas', () => {
    const documents = {
      register: api.registerDocument(register),
      modification: api.modificationDocument(register, 'SECMP0002'),
      releases: api.releasesDocument(register),
      versions: api.versionsDocument(register),
      'working-groups': api.workingGroupsDocument(register),
      meetings: api.meetingsDocument(register),
      reports: api.reportsDocument(register),
      report: api.reportDocument(register, '2016-10'),
    } as const;
    for (const name of apiSchemaNames) {
      const text = api.apiJson(name, documents[name] as never);
      const validate = compile(apiJsonSchema(name));
      expect(validate(JSON.parse(text)), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('refuses to write a field its schema does not describe', () => {
    expect(() => api.apiJson('register', { ...api.registerDocument(register), extra: 1 } as never)).toThrow(/does not match its schema/);
  });

  it('names the next planned step: the earliest dated plan', () => {
    expect(api.registerDocument(register).modifications[0]?.nextStep).toMatchObject({ kind: 'draft-modification-report-presented', meeting: 'december' });
  });

  it('publishes schemas that allow fields added later (v1 changes are additive)', () => {
    const validate = compile(apiJsonSchema('register'));
    expect(validate({ ...api.registerDocument(register), added: 'later' })).toBe(true);
  });
});

describe('the public origin', () => {
  it.each([
    ['https://register.example.org', null],
    ['http://register.example.org:8080', null],
    ['register.example.org', /not an absolute address/],
    ['ftp://register.example.org', /must start with https/],
    ['https://register.example.org/sec/', /has a path/],
    ['https://register.example.org/?a=1', /query/],
    ['http://localhost:4321', /this machine/],
    ['http://127.0.0.1:4321', /this machine/],
    ['http://[::1]:4321', /this machine/],
    ['http://app.localhost', /this machine/],
  ])('%s', (text, problem) => {
    const found = originProblem(text);
    if (problem === null) expect(found).toBeNull();
    else expect(found).toMatch(problem);
  });

  it('is read from REGISTER_SITE, unset means a preview, and an unusable one stops with a message', () => {
    expect(publicOrigin({ REGISTER_SITE: 'https://register.example.org/' })).toBe('https://register.example.org');
    expect(publicOrigin({})).toBeNull();
    expect(publicOrigin({ REGISTER_SITE: ' ' })).toBeNull();
    expect(() => publicOrigin({ REGISTER_SITE: 'http://127.0.0.1:4321' })).toThrow(/^REGISTER_SITE: .*leave REGISTER_SITE unset to build a local preview/);
  });

  it('makes addresses absolute only where it is known', () => {
    expect(addressOn(null, '/feed.xml')).toBe('/feed.xml');
    expect(addressOn('https://register.example.org', '/feed.xml')).toBe('https://register.example.org/feed.xml');
    expect(() => addressOn(null, 'feed.xml')).toThrow();
  });
});

describe('the deployment files', () => {
  it('hash inline scripts as browsers do, and leave data blocks and external scripts alone', () => {
    // The example in MDN's documentation of CSP hashes.
    expect(scriptHash("alert('Hello, world.');")).toBe("'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='");
    const html = '<script>a()</script><script type="module">b()</script><script src="/x.js"></script><script type="application/ld+json">{}</script>';
    expect(inlineScripts(html)).toEqual(['a()', 'b()']);
  });

  it("never allow 'unsafe-inline' for scripts, and refuse a policy with a script per page", () => {
    const csp = contentSecurityPolicy(['a()']);
    expect(/script-src[^;]*'unsafe-inline'/.test(csp)).toBe(false);
    expect(csp).toContain(scriptHash('a()'));
    expect(() => contentSecurityPolicy(Array.from({ length: 20 }, (_, i) => `f(${i})`))).toThrow(/inline scripts/);
  });

  it('refuse an address that could change the meaning of the nginx configuration', () => {
    for (const from of ['/a"b/', '/a b/', '/$host/', '/a\nb/', 'relative/']) {
      expect(() => nginxRules({ redirects: [{ from, to: '/x/', title: 'x' }], csp: "default-src 'self'", preview: false }), from).toThrow(/refused/);
    }
    expect(() => nginxRules({ redirects: [{ from: '/a/', to: '/$uri/', title: 'x' }], csp: "default-src 'self'", preview: false })).toThrow(/refused/);
  });

  it('write a whole nginx configuration for a root, a port and a folder of its own, with precompressed files on request', () => {
    const config = nginxConfig({ root: '/srv/site', port: 8080, prefix: '/tmp/run', gzipStatic: true, mainDirectives: ['load_module modules/x.so;'] });
    expect(config.startsWith('# Serves')).toBe(true);
    expect(config.split('\n')[1]).toBe('load_module modules/x.so;');
    expect(config).toContain('listen 127.0.0.1:8080;');
    expect(config).toContain('root "/srv/site";');
    expect(config).toContain('include "/srv/site/_nginx.conf";');
    expect(config).toContain('pid "/tmp/run/nginx.pid";');
    expect(config).toMatch(/^ {4}gzip_static on;$/m);
    expect(nginxConfig({ root: '/srv/site', port: 8080, prefix: '/tmp/run' })).not.toContain('gzip_static');
    expect(() => nginxConfig({ root: '/srv/$site', port: 8080, prefix: '/tmp/run' })).toThrow(/cannot be written/);
    expect(() => nginxConfig({ root: '/srv/site', port: 0, prefix: '/tmp/run' })).toThrow(/not a port/);
  });

  it('mark a preview build as not for search engines', () => {
    const shape = { csp: "default-src 'self'", folders: [], files: [], pagefindFiles: [] };
    expect(headersFile({ ...shape, preview: true })).toContain('X-Robots-Tag: noindex');
    expect(headersFile({ ...shape, preview: false })).not.toContain('X-Robots-Tag');
  });
});
