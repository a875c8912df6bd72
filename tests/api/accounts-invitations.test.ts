import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteCoordinators } from '../fixtures/graduates/coordinators.js';
import { JA_HEADER, jaRow, toCsv, utf8Base64 } from '../fixtures/graduates/csv.js';
import { startHarness, type Harness } from '../support/api-harness.js';
import { startMailServer, type MailServer } from '../support/mail-server.js';

const IMPORT = `mutation($input: ImportGraduatesInput!) { importGraduates(input: $input) {
  committed invitations { certificateNumber code } } }`;

const PREFIX = `TM${randomBytes(3).toString('hex').toUpperCase()}`;
let h: Harness;
let mail: MailServer;
let isa: string;

beforeAll(async () => {
  mail = await startMailServer();
  h = await startHarness({ SMTP_URL: mail.url, PORTAL_URL: 'http://portal.test.tsunagu.example' });
  isa = await h.signIn(await h.createUser('ISA_ADMIN'));
});
afterAll(async () => {
  await deleteCoordinators(h, 'MATCH (c:Coordinator) WHERE c.certificateNumber STARTS WITH $prefix', {
    prefix: PREFIX,
  });
  await h?.close();
  await mail?.close();
});

describe('invitation codes by e-mail from the import', () => {
  it('mails each new graduate with an address their code and a link that fills it in; a dry run mails nothing', async () => {
    const withMail = jaRow(PREFIX, 1);
    const withoutMail = jaRow(PREFIX, 2, { メール: '' });
    const file = utf8Base64(toCsv(JA_HEADER, [withMail, withoutMail]));
    const dry = await h.gql(IMPORT, { input: { fileBase64: file, dryRun: true } }, isa);
    expect(dry.errors).toBeUndefined();

    const result = await h.gql<{
      importGraduates: { committed: boolean; invitations: { certificateNumber: string; code: string }[] };
    }>(IMPORT, { input: { fileBase64: file, dryRun: false } }, isa);
    expect(result.errors).toBeUndefined();
    const invitation = result.data!.importGraduates.invitations.find(
      (i) => i.certificateNumber === `${PREFIX}-00001`,
    )!;
    const address = `${PREFIX.toLowerCase()}-1@synthetic.tsunagu.example`;
    const message = await mail.next(address);
    expect(message.text).toContain(invitation.code);
    expect(message.text).toContain(`http://portal.test.tsunagu.example/invite?code=${invitation.code}`);
    await new Promise((r) => setTimeout(r, 300));
    // One mail only (not the dry run), and none for the row without an address.
    expect(mail.pending(address)).toHaveLength(0);
    expect(mail.received).toHaveLength(1);
  });
});
