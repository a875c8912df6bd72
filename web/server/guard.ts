/** Why a request is refused before it reaches the portal's routes, or null to let it through. */
export interface Refusal {
  status: 403 | 400;
  message: string;
}

const WRITING_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The host the browser addressed: the first x-forwarded-host when a proxy sets it, else Host (as Remix reads it). */
function addressedHost(headers: Headers): string | null {
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim();
  return forwarded || headers.get('host');
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/**
 * Refuses writes from another origin (403) and writes whose body is not a form (400). Every portal action reads a
 * form, and Remix would otherwise answer both with 500: its own origin check throws, and so does `formData()`.
 */
export function refuseRequest(method: string, headers: Headers): Refusal | null {
  if (!WRITING_METHODS.has(method.toUpperCase())) return null;
  const origin = headers.get('origin');
  if (origin !== null) {
    const host = addressedHost(headers);
    if (!host || originHost(origin) !== host) {
      return {
        status: 403,
        message: '別のサイトからの送信は受け付けません。 / Requests from other sites are refused.',
      };
    }
  }
  const type = (headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
  const length = headers.get('content-length');
  const hasBody = headers.has('transfer-encoding') || (length !== null && length !== '0');
  if (hasBody && !FORM_TYPES.includes(type)) {
    return { status: 400, message: 'フォームの送信ではありません。 / The request body is not a form.' };
  }
  return null;
}
