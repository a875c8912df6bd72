import { existsSync, readFileSync } from 'node:fs';
import { partnerNameKey, phoneKey, urlKey } from '../../api/src/modules/directory/partner-keys.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HSDS_SCHEMA_DIR, validateHsds } from '../../api/src/modules/hsds/validator.js';
import { errorCode, startHarness, type Harness } from '../support/api-harness.js';
import { partnerMirrorMismatches } from '../support/partner-mirrors.js';
import { SET_PARTNER_LINK_MIRRORS } from '../../api/src/modules/directory/partner-mirrors.js';

type Org = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const fixture = (name: string): Org =>
  JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

const PREFIX = 'test-hsds-';
const EXAMPLE_ORG_ID = 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610';
const EXAMPLE_LOCATION_ID = '3a19ff88-4620-4d17-9830-ac1d859eb5d5';
const JP_ORG_ID = '7d0b6e1e-3c1b-4f5e-9a51-1f0c2b7e4a10';
const IMPORTED_IDS = [`hsds-${EXAMPLE_ORG_ID}`, `hsds-${EXAMPLE_LOCATION_ID}`, `hsds-${JP_ORG_ID}`];

const IMPORT = `mutation($input: ImportHsdsInput!) { importHsds(input: $input) { report {
  dryRun unmappedCount unmapped { path reason } partners { partnerId hsdsId name sourcePath created } } } }`;

let h: Harness;
let isa: string;
let coordinator: string;
let localGov: string;

async function exportAll(token: string | undefined, includeSynthetic = false) {
  const res = await fetch(`${h.api.url}/hsds/export${includeSynthetic ? '?includeSynthetic=true' : ''}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const text = await res.text();
  return { status: res.status, text, orgs: res.status === 200 ? (JSON.parse(text) as Org[]) : [] };
}

const unquoted = (number: string) => number.replace(/^"|"$/g, '');
const byIdentifier = (orgs: Org[], partnerId: string) =>
  orgs.find((o) => o.organization_identifiers?.some((i: Org) => i.identifier === partnerId));

async function partnerCount(ids: string[]): Promise<number> {
  const [row] = await h.graph.readRows<{ n: number }>(
    'MATCH (p:Partner) WHERE p.id IN $ids RETURN count(p) AS n',
    {
      ids,
    },
  );
  return row.n;
}

beforeAll(async () => {
  h = await startHarness();
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
  coordinator = await h.signIn(await h.createUser('COORDINATOR'));
  localGov = await h.signIn(await h.createUser('LOCAL_GOV'));
  // Three synthetic-looking partners this file owns, and a coordinator tied to one of them.
  await h.graph.writeRows(
    `UNWIND $partners AS row
     CREATE (p:Partner) SET p = row.props, p.createdAt = datetime(), p.updatedAt = datetime()
     WITH p, row
     MATCH (tokyo:Prefecture {code: '13'}), (osaka:Prefecture {code: '27'})
     CREATE (p)-[:LOCATED_IN]->(tokyo), (p)-[:SERVES_AREA]->(osaka)
     SET p.prefectureCode = tokyo.code
     WITH p
     CALL (p) { MATCH (d:SupportDomain) WITH d ORDER BY d.code LIMIT 2 CREATE (p)-[:SERVES]->(d) }
     CALL (p) { MATCH (l:Language) WHERE l.code IN ['en', 'zh-Hans', 'vi'] CREATE (p)-[:OFFERS_LANGUAGE]->(l) }
     CALL (p) { MATCH (s:StatusOfResidence) WITH s ORDER BY s.code LIMIT 1 CREATE (p)-[:ACCEPTS_STATUS]->(s) }
     ${SET_PARTNER_LINK_MIRRORS}`,
    {
      partners: [
        { id: `${PREFIX}open`, sensitive: false, synthetic: false },
        { id: `${PREFIX}shelter`, sensitive: true, synthetic: false },
        { id: `${PREFIX}demo`, sensitive: false, synthetic: true },
      ].map((p) => ({
        props: {
          id: p.id,
          name: `【架空】HSDSテスト ${p.id}`,
          description: '[synthetic] partner for the HSDS tests',
          kind: 'SUP',
          url: 'https://hsds-test.example',
          email: `${p.id}@example.test`,
          phones: ['03-0000-1234'],
          postalCode: '160-0023',
          municipality: '新宿区',
          addressLine: `西新宿9-9-9 ${p.id}`,
          latitude: 35.6899,
          longitude: 139.6921,
          openingHours: '平日 10:00–16:00',
          fees: '無料',
          eligibility: '在留外国人',
          nationwide: false,
          remote: true,
          remoteModes: ['ONLINE'],
          sensitiveAddress: p.sensitive,
          synthetic: p.synthetic,
        },
      })),
    },
  );
  await h.graph.writeRows(
    `MATCH (p:Partner {id: $pid})
     CREATE (c:Coordinator {id: $cid, displayName: '【架空】秘密 花子', email: 'secret-coordinator@example.test',
                            synthetic: true})-[:WORKS_AT]->(p),
            (c)-[:REFERRED {id: $cid, date: date(), outcome: 'RESOLVED'}]->(p)`,
    { pid: `${PREFIX}open`, cid: `${PREFIX}coordinator` },
  );
});

afterAll(async () => {
  await h?.graph.writeRows(
    `MATCH (n) WHERE (n:Partner OR n:Coordinator) AND (n.id STARTS WITH $prefix OR n.id IN $ids) DETACH DELETE n`,
    { prefix: PREFIX, ids: IMPORTED_IDS },
  );
  await h?.close();
});

describe('HSDS export', () => {
  it('validates every exported organization (demo data included) against the HSDS 3.0 schemas', async () => {
    const { status, orgs } = await exportAll(isa, true);
    expect(status).toBe(200);
    expect(orgs.length).toBeGreaterThan(10);
    const invalid = orgs.flatMap((o, i) => validateHsds('organization', o, `/${i}`));
    expect(invalid).toEqual([]);
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
  });

  it('leaves synthetic partners out unless asked, and gives stable ids across exports', async () => {
    const first = await exportAll(isa);
    const second = await exportAll(isa);
    expect(byIdentifier(first.orgs, `${PREFIX}demo`)).toBeUndefined();
    expect(byIdentifier((await exportAll(isa, true)).orgs, `${PREFIX}demo`)).toBeDefined();
    const a = byIdentifier(first.orgs, `${PREFIX}open`)!;
    const b = byIdentifier(second.orgs, `${PREFIX}open`)!;
    expect(a.id).toBe(b.id);
    expect(a.services[0].id).toBe(b.services[0].id);
    expect(a.locations[0].addresses[0]).toMatchObject({
      city: '新宿区',
      state_province: '東京都',
      country: 'JP',
    });
    expect(a.locations[0].latitude).toBeCloseTo(35.6899);
  });

  it('never exports a sensitive address, nor any coordinator data', async () => {
    const { text, orgs } = await exportAll(isa, true);
    const shelter = byIdentifier(orgs, `${PREFIX}shelter`)!;
    expect(shelter).toBeDefined();
    expect(shelter.locations).toBeUndefined();
    expect(text).not.toContain(`西新宿9-9-9 ${PREFIX}shelter`);
    expect(JSON.stringify(shelter)).not.toContain('139.6921');
    expect(text).toContain(`西新宿9-9-9 ${PREFIX}open`); // the same fields of an ordinary partner are there
    expect(text).not.toContain('secret-coordinator@example.test');
    expect(text).not.toContain('秘密 花子');
  });

  it('is for ISA_ADMIN only', async () => {
    expect((await exportAll(undefined)).status).toBe(401);
    expect((await exportAll(coordinator)).status).toBe(403);
    expect((await exportAll(localGov)).status).toBe(403);
    const q = '{ hsdsExport { downloadPath partnerCount syntheticCount sensitiveCount } }';
    expect(errorCode(await h.gql(q, {}, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(q, {}))).toBe('UNAUTHENTICATED');
    const ok = await h.gql<{ hsdsExport: { partnerCount: number; sensitiveCount: number } }>(q, {}, isa);
    expect(ok.data!.hsdsExport.sensitiveCount).toBeGreaterThanOrEqual(1);
    expect(ok.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(2);
  });
});

describe('HSDS import', () => {
  const importDoc = (doc: unknown, token = isa, dryRun = false) =>
    h.gql<{ importHsds: { report: Org } }>(
      IMPORT,
      { input: { document: JSON.stringify(doc), dryRun } },
      token,
    );

  it('is for ISA_ADMIN only, and writes nothing otherwise', async () => {
    const doc = fixture('organization_full');
    expect(errorCode(await importDoc(doc, coordinator))).toBe('FORBIDDEN');
    expect(errorCode(await h.gql(IMPORT, { input: { document: '{}' } }))).toBe('UNAUTHENTICATED');
    expect(await partnerCount([`hsds-${EXAMPLE_ORG_ID}`])).toBe(0);
  });

  it('a dry run reports but writes nothing', async () => {
    const result = await importDoc(fixture('organization_full'), isa, true);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importHsds.report).toMatchObject({ dryRun: true });
    expect(result.data!.importHsds.report.partners[0]).toMatchObject({ created: true });
    expect(await partnerCount([`hsds-${EXAMPLE_ORG_ID}`])).toBe(0);
  });

  it('rejects bad JSON and invalid HSDS with typed errors and JSON paths, writing nothing', async () => {
    const badJson = await h.gql(IMPORT, { input: { document: '{"id": ' } }, isa);
    expect(errorCode(badJson)).toBe('BAD_USER_INPUT');
    expect(badJson.errors![0].extensions!.field).toBe('document');

    const good = fixture('organization_full');
    const bad = fixture('organization_full');
    bad.id = '11111111-2222-4333-8444-555555555555';
    delete bad.name;
    bad.services[0].status = 'sometimes';
    const invalid = await importDoc([good, bad]);
    expect(errorCode(invalid)).toBe('BAD_USER_INPUT');
    const violations = invalid.errors![0].extensions!.violations as { path: string; message: string }[];
    expect(violations).toContainEqual(expect.objectContaining({ path: '/1' }));
    expect(violations).toContainEqual(expect.objectContaining({ path: '/1/services/0/status' }));
    expect(await partnerCount([`hsds-${EXAMPLE_ORG_ID}`, 'hsds-11111111-2222-4333-8444-555555555555'])).toBe(
      0,
    );
  });

  it('validates every partner exactly as proposePartner does, writing nothing when one fails', async () => {
    const long = fixture('organization_full');
    long.id = '22222222-2222-4333-8444-555555555555';
    long.name = `【架空】${'長'.repeat(2_017)}`;
    const control = fixture('organization_full');
    control.id = '33333333-2222-4333-8444-555555555555';
    control.name = '\u0000\u0000\u0000';
    const good = fixture('organization_full');
    const result = await importDoc([good, long, control]);
    expect(errorCode(result)).toBe('BAD_USER_INPUT');
    expect(result.errors![0].extensions!.field).toBe('document');
    const violations = result.errors![0].extensions!.violations as { path: string; message: string }[];
    expect(violations).toEqual([
      { path: '/1', message: expect.stringMatching(/name/) },
      { path: '/2', message: expect.stringMatching(/name/) },
    ]);
    expect(
      await partnerCount([
        `hsds-${EXAMPLE_ORG_ID}`,
        'hsds-22222222-2222-4333-8444-555555555555',
        'hsds-33333333-2222-4333-8444-555555555555',
      ]),
    ).toBe(0);
  });

  it('imports the official organization example and reports what has no home', async () => {
    const result = await importDoc(fixture('organization_full'));
    expect(result.errors).toBeUndefined();
    const report = result.data!.importHsds.report;
    expect(report.partners).toEqual([
      expect.objectContaining({ partnerId: `hsds-${EXAMPLE_ORG_ID}`, hsdsId: EXAMPLE_ORG_ID, created: true }),
    ]);
    const reasons = new Map<string, string>(report.unmapped.map((u: Org) => [u.path, u.reason]));
    expect(reasons.get('/funding')).toMatch(/no home/);
    expect(reasons.get('/programs')).toMatch(/no home/);
    expect(reasons.get('/services/0/name')).toMatch(/differs from \/name/);
    expect(reasons.get('/locations/0/addresses/0')).toMatch(/"US"/);
    expect(reasons.get('/locations/0/latitude')).toMatch(/out of range/);
    expect(reasons.get('/parent_organization_id')).toMatch(/not in Tsunagu/);
    expect(reasons.get('/services/0/attributes/0')).toMatch(/taxonomy "taxonomy"/);
    expect(reasons.has('/name')).toBe(false);
    expect(report.unmappedCount).toBe(report.unmapped.length);
    expect(result.extensions?.neo4jRoundTrips).toBeLessThanOrEqual(3);
  });

  it('round-trips the official examples: import → export keeps every mapped field', async () => {
    for (const name of [
      'organization_full',
      'service_full',
      'service_at_location_full',
      'organization_list',
    ]) {
      const doc = fixture(name);
      expect((await importDoc(doc)).errors).toBeUndefined();
      const exported = (await exportAll(isa)).orgs.find((o) => o.id === EXAMPLE_ORG_ID)!;
      expect(validateHsds('organization', exported)).toEqual([]);
      const org = name === 'organization_full' ? doc : name === 'organization_list' ? doc.contents[0] : null;
      const service =
        name === 'organization_full' ? doc.services[0] : name === 'service_full' ? doc : doc.service;
      const source = org ?? service.organization;
      expect(exported).toMatchObject({
        id: source.id,
        name: source.name,
        alternate_name: source.alternate_name,
        description: source.description,
        email: source.email,
        website: source.website,
      });
      if (name === 'organization_list') continue; // a list item carries no service
      expect(exported.services[0]).toMatchObject({
        id: service.id,
        fees_description: service.fees_description,
        eligibility_description: service.eligibility_description,
      });
      // The examples quote their numbers ("\"+44 …\""); the import keeps the number without the quotes.
      expect(exported.services[0].phones.map((p: Org) => p.number)).toEqual([
        unquoted(service.phones[0].number),
      ]);
      expect(exported.services[0].schedules[0].description).toBe(service.schedules[0].description);
      expect(exported.services[0].languages.map((l: Org) => l.code)).toEqual(['ur']);
      expect(exported.locations[0].id).toBe(EXAMPLE_LOCATION_ID);
    }
  });

  it('round-trips the official location example', async () => {
    const doc = fixture('location');
    const result = await importDoc(doc);
    expect(result.data!.importHsds.report.partners[0].partnerId).toBe(`hsds-${EXAMPLE_LOCATION_ID}`);
    const exported = byIdentifier((await exportAll(isa)).orgs, `hsds-${EXAMPLE_LOCATION_ID}`)!;
    expect(exported).toMatchObject({
      name: doc.name,
      alternate_name: doc.alternate_name,
      description: doc.description,
    });
    expect(exported.locations[0].id).toBe(doc.id);
    expect(exported.services[0].languages.map((l: Org) => l.code)).toEqual(['ur']);
    expect(exported.services[0].phones[0].number).toBe(unquoted(doc.phones[0].number));
  });

  it('round-trips a Japanese organization with address, taxonomy terms and service areas', async () => {
    const ours = byIdentifier((await exportAll(isa)).orgs, `${PREFIX}open`)!;
    // The same content under a foreign id: import it as a new partner, then compare the export.
    const foreign = JSON.parse(JSON.stringify(ours).replaceAll(ours.id, JP_ORG_ID));
    delete foreign.organization_identifiers;
    const result = await importDoc(foreign);
    expect(result.errors).toBeUndefined();
    expect(result.data!.importHsds.report.partners[0].partnerId).toBe(`hsds-${JP_ORG_ID}`);
    expect(await partnerMirrorMismatches(h.graph, [`hsds-${JP_ORG_ID}`])).toEqual([]);
    const [mirrors] = await h.graph.readRows<{ d: string[]; l: string[]; keys: Org }>(
      `MATCH (p:Partner {id: $id})
       RETURN p.domainCodes AS d, p.languageCodes AS l, p { .nameKey, .phoneKeys, .urlKey } AS keys`,
      { id: `hsds-${JP_ORG_ID}` },
    );
    // The duplicate keys are derived as the API's own partner writes derive them.
    expect(mirrors.keys).toEqual({
      nameKey: partnerNameKey(foreign.name),
      phoneKeys: ['03-0000-1234'].map(phoneKey),
      urlKey: urlKey('https://hsds-test.example'),
    });
    expect(mirrors.d.length).toBeGreaterThan(0);
    expect(mirrors.l).toEqual(['en', 'vi', 'zh-Hans']);
    const back = (await exportAll(isa)).orgs.find((o) => o.id === JP_ORG_ID)!;
    const strip = (o: Org) => {
      const copy = JSON.parse(JSON.stringify(o));
      delete copy.organization_identifiers;
      delete copy.services[0].last_modified;
      return copy;
    };
    // Child rows get ids derived from the partner id, so compare everything but ids.
    const noIds = (o: Org) =>
      JSON.parse(JSON.stringify(strip(o), (k, v) => (k === 'id' || k.endsWith('_id') ? undefined : v)));
    expect(noIds(back)).toEqual(noIds(foreign));
    expect(back.services[0].id).toBe(foreign.services[0].id);
    expect(back.locations[0].id).toBe(foreign.locations[0].id);
  });

  it('re-importing our own export updates the same partner (merge by stable id)', async () => {
    const ours = byIdentifier((await exportAll(isa)).orgs, `${PREFIX}open`)!;
    const result = await importDoc(ours);
    expect(result.data!.importHsds.report.partners).toEqual([
      expect.objectContaining({ partnerId: `${PREFIX}open`, created: false }),
    ]);
    const again = byIdentifier((await exportAll(isa)).orgs, `${PREFIX}open`)!;
    delete ours.services[0].last_modified;
    delete again.services[0].last_modified;
    expect(again).toEqual(ours);
  });
});

describe('vendored schemas', () => {
  const shared = '/work/shared/hsds/schema';
  // The vendored copy must stay the unchanged Open Referral text; the shared copy exists only on the dev machine.
  it.skipIf(!existsSync(shared))('equal the Open Referral HSDS 3.0 schemas they were copied from', () => {
    for (const file of [
      'organization.json',
      'service.json',
      'location.json',
      'address.json',
      'attribute.json',
    ]) {
      expect(readFileSync(`${HSDS_SCHEMA_DIR}/${file}`, 'utf8')).toBe(
        readFileSync(`${shared}/${file}`, 'utf8'),
      );
    }
  });
});
