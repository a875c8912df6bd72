import { describe, expect, it } from 'vitest';
import { refuseRequest } from './guard';

const form = { 'content-type': 'application/x-www-form-urlencoded', 'content-length': '9' };

describe('portal request guard', () => {
  it('lets reads and same-origin form posts through', () => {
    expect(
      refuseRequest('GET', new Headers({ origin: 'https://evil.example', host: 'portal.example' })),
    ).toBeNull();
    expect(refuseRequest('POST', new Headers({ ...form, host: 'portal.example' }))).toBeNull();
    expect(
      refuseRequest(
        'POST',
        new Headers({ ...form, origin: 'https://portal.example', host: 'portal.example' }),
      ),
    ).toBeNull();
    expect(
      refuseRequest(
        'POST',
        new Headers({
          'content-type': 'multipart/form-data; boundary=x',
          'content-length': '100',
          origin: 'http://127.0.0.1:3000',
          host: 'internal:8080',
          'x-forwarded-host': '127.0.0.1:3000, proxy',
        }),
      ),
    ).toBeNull();
    expect(refuseRequest('POST', new Headers({ host: 'portal.example', 'content-length': '0' }))).toBeNull();
  });

  it('refuses writes from another origin with 403', () => {
    for (const origin of ['https://evil.example', 'null', 'not a url', 'https://portal.example:444']) {
      expect(
        refuseRequest('POST', new Headers({ ...form, origin, host: 'portal.example' }))?.status,
        origin,
      ).toBe(403);
    }
    expect(refuseRequest('DELETE', new Headers({ origin: 'https://portal.example' }))?.status).toBe(403);
  });

  it('refuses bodies that are not forms with 400', () => {
    for (const type of ['application/json', 'text/plain', '']) {
      const headers = new Headers({ host: 'portal.example', 'content-length': '12' });
      if (type) headers.set('content-type', type);
      expect(refuseRequest('POST', headers)?.status, type).toBe(400);
    }
    expect(
      refuseRequest(
        'POST',
        new Headers({ 'content-type': 'application/json', 'transfer-encoding': 'chunked' }),
      )?.status,
    ).toBe(400);
  });
});
