import { describe, expect, it } from 'vitest';
import { loadApiConfig } from './config.js';

describe('loadApiConfig', () => {
  it('maps stack traces to the sources except in production, unless told', () => {
    expect(loadApiConfig({}).SOURCE_MAP_STACKS).toBe(true);
    expect(loadApiConfig({ NODE_ENV: 'production' }).SOURCE_MAP_STACKS).toBe(false);
    expect(loadApiConfig({ NODE_ENV: 'production', SOURCE_MAP_STACKS: 'true' }).SOURCE_MAP_STACKS).toBe(true);
    expect(loadApiConfig({ SOURCE_MAP_STACKS: '0' }).SOURCE_MAP_STACKS).toBe(false);
  });

  it('never exposes round trips in production', () => {
    expect(loadApiConfig({ EXPOSE_ROUND_TRIPS: 'true' }).EXPOSE_ROUND_TRIPS).toBe(true);
    expect(loadApiConfig({ NODE_ENV: 'production', EXPOSE_ROUND_TRIPS: 'true' }).EXPOSE_ROUND_TRIPS).toBe(
      false,
    );
  });

  it('reads the Meilisearch backend settings, an empty value as unset, a bad URL as an error', () => {
    const config = loadApiConfig({ MEILI_HOST: 'http://127.0.0.1:7700', MEILI_MASTER_KEY: 'k' });
    expect([config.MEILI_HOST, config.MEILI_MASTER_KEY]).toEqual(['http://127.0.0.1:7700', 'k']);
    expect(loadApiConfig({ MEILI_HOST: '', MEILI_MASTER_KEY: '' }).MEILI_HOST).toBeUndefined();
    expect(() => loadApiConfig({ MEILI_HOST: 'not a url' })).toThrow(/MEILI_HOST/);
  });

  it('names the bad variable', () => {
    expect(() => loadApiConfig({ SOURCE_MAP_STACKS: 'maybe' })).toThrow(/SOURCE_MAP_STACKS/);
  });
});
