import { describe, expect, it } from 'vitest';
import { portalUrl } from '../support/stack-env.js';

// Plain HTTP against the running portal: what a forged or malformed write gets back.
const PORTAL = portalUrl().replace(/\/$/, '');
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };

describe('portal writes it must refuse', () => {
  it('answers a write from another origin with 403, document and data requests alike', async () => {
    for (const path of ['/login', '/login.data', '/lang']) {
      const res = await fetch(`${PORTAL}${path}`, {
        method: 'POST',
        headers: { ...FORM, origin: 'https://evil.example' },
        body: 'email=a%40b.example&password=x',
        redirect: 'manual',
      });
      expect(res.status, path).toBe(403);
      expect(await res.text()).toContain('別のサイト');
    }
  });

  it('answers an action whose body is not a form with 400', async () => {
    for (const [type, body] of [
      ['application/json', '{"email":"a@b.example"}'],
      ['text/plain', 'email=a'],
    ]) {
      const res = await fetch(`${PORTAL}/login`, { method: 'POST', headers: { 'content-type': type }, body });
      expect(res.status, type).toBe(400);
    }
  });

  it('still takes a same-origin form post', async () => {
    const res = await fetch(`${PORTAL}/login`, {
      method: 'POST',
      headers: { ...FORM, origin: new URL(PORTAL).origin },
      body: 'email=nobody%40example.invalid&password=wrong-password',
      redirect: 'manual',
    });
    expect(res.status).toBeLessThan(500);
    expect(res.status).not.toBe(403);
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});
