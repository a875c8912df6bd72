/**
 * A same-site path to go back to, or `fallback`. Rejects "//host", backslashes and control characters,
 * all of which browsers may turn into a redirect to another origin.
 */
export function safeRedirectPath(to: FormDataEntryValue | string | null | undefined, fallback = '/'): string {
  if (typeof to !== 'string' || !to.startsWith('/') || to.startsWith('//')) return fallback;
  if (/[\\\u0000-\u001f\u007f]/.test(to)) return fallback;
  const base = 'http://same.invalid';
  const resolved = new URL(to, base);
  if (resolved.origin !== base) return fallback;
  return `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** /login, remembering the page the user asked for (unless it is the home page). */
export function loginPathFor(request: Request): string {
  const url = new URL(request.url);
  const back = `${url.pathname}${url.search}`;
  return back === '/' ? '/login' : `/login?${new URLSearchParams({ redirectTo: back })}`;
}
