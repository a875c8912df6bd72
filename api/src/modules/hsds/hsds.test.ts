import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { partnerToOrganization } from './export-mapper.js';
import { hsdsId, uuidV5 } from './ids.js';
import { planImport } from './importer.js';
import { FieldLedger } from './ledger.js';
import { testCatalog } from '../../../../tests/hsds/test-catalog.js';
import type { PartnerExportRow } from './types.js';
import { validateHsds } from './validator.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(new URL(`../../../../tests/hsds/fixtures/${name}.json`, import.meta.url), 'utf8'));

const ROW: PartnerExportRow = {
  id: 'ptn-unit-1',
  name: '【架空】つなぐ単体テスト支援団体',
  alternateName: null,
  description: '[synthetic] unit-test partner',
  kind: 'SUP',
  url: 'https://unit.example',
  email: 'unit@example.test',
  phones: ['03-0000-0000'],
  postalCode: '100-0001',
  municipality: '千代田区',
  addressLine: '千代田1-1',
  latitude: 35.68,
  longitude: 139.76,
  openingHours: '平日 9:00–17:00',
  fees: '無料',
  eligibility: null,
  nationwide: true,
  remote: true,
  remoteModes: ['PHONE'],
  sensitiveAddress: false,
  updatedAt: '2026-01-01T00:00:00.000Z',
  hsdsOrganizationId: null,
  hsdsServiceId: null,
  hsdsLocationId: null,
  prefectureCode: '13',
  areaCodes: ['27'],
  domainCodes: ['LABOR_WAGES'],
  languageCodes: ['zh-Hans', 'en'],
  statusCodes: ['SSW1'],
  parent: null,
};

describe('stable ids', () => {
  it('computes RFC 9562 UUID v5 (known vector: DNS namespace, www.example.com)', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe(
      '2ed6657d-e927-568b-95e1-2665a8aea6a2',
    );
  });
  it('gives the same organization id for the same partner, different ones for different partners', () => {
    expect(hsdsId('organization', 'ptn-1')).toBe(hsdsId('organization', 'ptn-1'));
    expect(hsdsId('organization', 'ptn-1')).not.toBe(hsdsId('organization', 'ptn-2'));
    expect(hsdsId('organization', 'ptn-1')).not.toBe(hsdsId('service', 'ptn-1'));
  });
});

describe('HSDS schema validation', () => {
  it('accepts the official examples', () => {
    expect(validateHsds('organization', fixture('organization_full'))).toEqual([]);
    expect(validateHsds('service', fixture('service_full'))).toEqual([]);
    expect(validateHsds('location', fixture('location'))).toEqual([]);
    expect(validateHsds('service_at_location', fixture('service_at_location_full'))).toEqual([]);
  });
  it('reports violations with their JSON path, including inside nested services', () => {
    const bad = fixture('organization_full');
    delete bad.name;
    bad.services[0].id = 'not-a-uuid';
    bad.services[0].status = 'maybe';
    const paths = validateHsds('organization', bad, '/contents/3').map((v) => v.path);
    expect(paths).toContain('/contents/3');
    expect(paths).toContain('/contents/3/services/0/id');
    expect(paths).toContain('/contents/3/services/0/status');
  });
});

describe('export mapping', () => {
  it('maps a partner to a valid HSDS organization with our taxonomy and identifiers', async () => {
    const catalog = await testCatalog();
    const org = partnerToOrganization(ROW, catalog);
    expect(validateHsds('organization', org)).toEqual([]);
    const service = (org.services as Record<string, unknown>[])[0];
    const codes = (service.attributes as { taxonomy_term: { code: string } }[]).map(
      (a) => a.taxonomy_term.code,
    );
    expect(codes).toEqual(['SUP', 'LABOR_WAGES', 'SSW1', 'REMOTE', 'PHONE']);
    expect(service.languages).toContainEqual(
      expect.objectContaining({ code: 'zh', note: 'BCP 47: zh-Hans' }),
    );
    expect(org.organization_identifiers).toEqual([expect.objectContaining({ identifier: 'ptn-unit-1' })]);
  });
  it('never emits an address or coordinates for a sensitive partner', async () => {
    const catalog = await testCatalog();
    const org = partnerToOrganization({ ...ROW, sensitiveAddress: true }, catalog);
    expect(org.locations).toBeUndefined();
    expect(JSON.stringify(org)).not.toContain('千代田1-1');
    expect(JSON.stringify(org)).not.toContain('139.76');
  });
  it('round-trips through the import mapping without loss of mapped fields', async () => {
    const catalog = await testCatalog();
    const org = partnerToOrganization(ROW, catalog);
    const [back] = planImport(org, catalog).partners;
    expect(back.id).toBe(ROW.id);
    expect(back.kind).toBe('SUP');
    expect(back.props).toMatchObject({
      name: ROW.name,
      addressLine: ROW.addressLine,
      municipality: ROW.municipality,
      postalCode: ROW.postalCode,
      latitude: ROW.latitude,
      nationwide: true,
      remote: true,
      remoteModes: ['PHONE'],
      openingHours: ROW.openingHours,
      fees: ROW.fees,
    });
    expect(back.prefectureCode).toBe('13');
    expect(back.areaCodes).toEqual(['27']);
    expect(back.languageCodes.sort()).toEqual(['en', 'zh-Hans']);
    expect(back.domainCodes).toEqual(['LABOR_WAGES']);
    expect(back.statusCodes).toEqual(['SSW1']);
  });
});

describe('field ledger', () => {
  it('reports untouched subtrees once and untaken leaves of touched objects', () => {
    const ledger = new FieldLedger();
    ledger.take('/a/x');
    ledger.reject('/c', 'because');
    const out = ledger.unmapped({ a: { x: 1, y: 2 }, b: { deep: [1, 2] }, c: 3 }, '');
    expect(out.map((u) => u.path)).toEqual(['/a/y', '/b', '/c']);
    expect(out[2].reason).toBe('because');
  });
});
