import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

// Between the dry run and the commit the wizard keeps the uploaded file on the portal's disk,
// so the commit step works without JavaScript (no re-upload) and the page never carries 5 MB.
const DIR = path.join(tmpdir(), 'tsunagu-graduate-imports');
const ID_PATTERN = /^[0-9a-f-]{36}$/;
const MAX_AGE_MS = 60 * 60 * 1000;

/** Keeps the file for the owner's session; returns its id. */
export async function keepUpload(base64: string, owner: string): Promise<string> {
  await mkdir(DIR, { recursive: true, mode: 0o700 });
  const id = randomUUID();
  await writeFile(path.join(DIR, `${id}.json`), JSON.stringify({ owner, at: Date.now(), base64 }), {
    mode: 0o600,
  });
  return id;
}

/** The kept file, if the id is well-formed, fresh and belongs to this owner. */
export async function takeUpload(id: string, owner: string): Promise<string | null> {
  if (!ID_PATTERN.test(id)) return null;
  try {
    const kept = JSON.parse(await readFile(path.join(DIR, `${id}.json`), 'utf8')) as {
      owner: string;
      at: number;
      base64: string;
    };
    if (kept.owner !== owner || Date.now() - kept.at > MAX_AGE_MS) return null;
    return kept.base64;
  } catch {
    return null;
  }
}

export async function dropUpload(id: string): Promise<void> {
  if (ID_PATTERN.test(id)) await rm(path.join(DIR, `${id}.json`), { force: true });
}
