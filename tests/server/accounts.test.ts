import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/accounts/passwords';
import { createService, type Service } from '../../server/http/create-service';
import { memoryLogger } from '../../server/http/logger';
import { openStore } from '../../server/store/open-store';
import type { Store } from '../../server/store/store';
import type { Dataset } from '../../server/dataset/dataset';
import { articleCsv } from './import-helpers';

/**
 * People on the editors' page: sign-in with a session cookie, the shared lock on failed sign-ins, the auth proxy,
 * draft preview, the revision's file, and uploads that must be refused. The clock is the test's: hours pass at will.
 */
const START = Date.parse('2026-03-02T08:00:00.000Z');
const MINUTE = 60_000;
const SITE = 'http://localhost';
const OWNER_KEY = 'owner-key-for-tests-0123456789';
const owner = { name: 'test-owner', address: '127.0.0.1' };
const PASSWORDS = { wang: 'wang-publisher-pass', li: 'li-editor-password', chen: 'chen-editor-password' };

let store: Store;
let service: Service;
let now = START;
let nextAddress = 1;

/** Each test signs in from an address of its own, so one test's failures never lock another's. */
const freshAddress = () => `198.51.100.${nextAddress++}`;

type Init = { method?: string; headers?: Record<string, string>; body?: BodyInit };
const request = (path: string, init: Init = {}, address = '203.0.113.50') =>
  service.app.request(path, init, { incoming: { socket: { remoteAddress: address } } });

const signIn = (name: string, password: string, address: string, headers: Record<string, string> = {}) =>
  request(
    '/api/admin/session',
    {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: SITE, ...headers },
      body: JSON.stringify({ name, password }),
    },
    address,
  );

/** The `name=value` of the session cookie a sign-in set. */
function sessionCookie(response: Response): string {
  const cookie = response.headers.getSetCookie().find((line) => line.startsWith('shanxi_session='));
  if (!cookie) throw new Error(`no session cookie (status ${response.status})`);
  return cookie.split(';')[0] ?? '';
}

async function signedIn(name: keyof typeof PASSWORDS, address = freshAddress()): Promise<string> {
  const response = await signIn(name, PASSWORDS[name], address);
  expect(response.status).toBe(200);
  return sessionCookie(response);
}

const session = (cookie: string, address = '203.0.113.50') =>
  request('/api/admin/session', { headers: { Cookie: cookie } }, address);

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; message: string } }).error;

const revisionCount = async () => (await store.revisions()).length;

/** A draft as an import would make it: the 5G base stations gain October's figure. */
async function draftWithOctober(): Promise<number> {
  const current = await store.current();
  const dataset = structuredClone(current.dataset) as Dataset;
  dataset.indicators
    .find((indicator) => indicator.id === '5g-base-stations')
    ?.observations.push({ date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: '测试来源' });
  const draft = await store.createDraft(
    {
      parentId: current.id,
      dataset,
      diff: { changed: [], added: [], removed: [], removedIndicators: [] },
      warnings: [],
      note: 'October',
      fileName: null,
      fileSha256: null,
    },
    owner,
  );
  return draft.id;
}

function upload(name: string, bytes: Uint8Array, headers: Record<string, string>, address = '203.0.113.50') {
  const form = new FormData();
  form.set('file', new Blob([new Uint8Array(bytes)]), name);
  return request('/api/admin/imports', { method: 'POST', headers, body: form }, address);
}

beforeAll(async () => {
  store = await openStore({ kind: 'memory' });
  service = await createService({
    store,
    log: memoryLogger(),
    localKey: OWNER_KEY,
    clock: () => now,
    authProxy: { header: 'x-remote-user', roles: new Map([['zhang', 'publisher']]) },
  });
  for (const [name, role] of [
    ['wang', 'publisher'],
    ['li', 'editor'],
    ['chen', 'editor'],
  ] as const) {
    await store.addPerson(name, role, await hashPassword(PASSWORDS[name]), owner);
  }
});
afterAll(async () => {
  await service.stop();
  await store.close();
});

describe('signing in with a password', () => {
  it('signs in, says who is signed in, and signing out ends the session', async () => {
    const response = await signIn('li', PASSWORDS.li, freshAddress());
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ name: 'li', role: 'editor', via: 'password', idleMinutes: 480 });
    const cookie = sessionCookie(response);
    expect(cookie).toMatch(/^shanxi_session=[A-Za-z0-9_-]{43}$/);

    const who = await session(cookie);
    expect(who.status).toBe(200);
    expect(await who.json()).toEqual({ name: 'li', role: 'editor', via: 'password', idleMinutes: 480 });

    const out = await request('/api/admin/session', { method: 'DELETE', headers: { Cookie: cookie, Origin: SITE } });
    expect(out.status).toBe(204);
    expect(out.headers.getSetCookie()).toEqual([
      'shanxi_session=; HttpOnly; Max-Age=0; SameSite=Strict; Path=/',
      'shanxi_signed_in=; Max-Age=0; SameSite=Strict; Path=/',
    ]);
    expect((await session(cookie)).status).toBe(401);
    const audit = (await store.audit(5)).map(({ actor, action }) => ({ actor, action }));
    expect(audit.slice(0, 2)).toEqual([
      { actor: 'li', action: 'sign-out' },
      { actor: 'li', action: 'sign-in' },
    ]);
  });

  it('sets HttpOnly, SameSite=Strict, Path=/ and no Max-Age; Secure only over HTTPS', async () => {
    const plain = await signIn('li', PASSWORDS.li, freshAddress());
    const [sessionLine, hintLine] = plain.headers.getSetCookie();
    expect(sessionLine).toMatch(/^shanxi_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(hintLine).toBe('shanxi_signed_in=1; SameSite=Strict; Path=/');

    const overTls = await service.app.request(
      'https://data.example/api/admin/session',
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Origin: 'https://data.example' },
        body: JSON.stringify({ name: 'li', password: PASSWORDS.li }),
      },
      { incoming: { socket: { remoteAddress: freshAddress() } } },
    );
    expect(overTls.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^shanxi_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/; Secure$/),
      'shanxi_signed_in=1; SameSite=Strict; Path=/; Secure',
    ]);

    // nginx terminating TLS on this machine says so; anyone else saying so is not believed.
    const forwarded = { 'X-Forwarded-Proto': 'https', 'X-Forwarded-For': freshAddress(), Origin: 'https://localhost' };
    const behindProxy = await signIn('li', PASSWORDS.li, '127.0.0.1', forwarded);
    expect(behindProxy.status).toBe(200);
    expect(behindProxy.headers.getSetCookie()[0]).toMatch(/; Secure$/);
    const claimed = await signIn('li', PASSWORDS.li, freshAddress(), { 'X-Forwarded-Proto': 'https' });
    expect(claimed.status).toBe(200);
    expect(claimed.headers.getSetCookie()[0]).not.toContain('Secure');
  });

  it('answers a wrong password and an unknown name with the same 401', async () => {
    const wrong = await signIn('li', 'not-the-password', freshAddress());
    const unknown = await signIn('nobody-here', 'not-the-password', freshAddress());
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    const expected = { error: { code: 'bad-credentials', message: 'The name or the password is wrong' } };
    expect(await wrong.json()).toEqual(expected);
    expect(await unknown.json()).toEqual(expected);
    expect(wrong.headers.getSetCookie()).toEqual([]);
    const failure = (await store.audit(1))[0];
    expect(failure).toMatchObject({ actor: '-', action: 'sign-in-failure', detail: 'nobody-here' });
  });

  it('locks the name and the address for 15 minutes after 5 failures, for unknown names alike', async () => {
    const address = freshAddress();
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1)
      statuses.push((await signIn('chen', `wrong-password-${attempt}`, address)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429]);

    const right = await signIn('chen', PASSWORDS.chen, address);
    expect(right.status).toBe(429);
    expect(right.headers.get('retry-after')).toBe('900');
    expect(await right.json()).toEqual({
      error: { code: 'locked', message: 'Too many failed sign-ins; try again in 15 minutes' },
    });
    // The name is locked from anywhere; the address for any name.
    expect((await signIn('chen', PASSWORDS.chen, freshAddress())).status).toBe(429);
    expect((await signIn('li', PASSWORDS.li, address)).status).toBe(429);

    const ghost = freshAddress();
    const ghostStatuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt += 1)
      ghostStatuses.push((await signIn('no-such-person', 'whatever-password', ghost)).status);
    expect(ghostStatuses).toEqual([401, 401, 401, 401, 429, 429]);

    now += 10 * MINUTE;
    const later = await signIn('chen', PASSWORDS.chen, address);
    expect(later.status).toBe(429);
    expect(later.headers.get('retry-after')).toBe('300');
    now += 5 * MINUTE;
    expect((await signIn('chen', PASSWORDS.chen, address)).status).toBe(200);
    expect((await store.audit(50)).filter((entry) => entry.action === 'sign-in-lock')).toHaveLength(2);
  });

  it('ends a session after 8 hours without a request, and not before', async () => {
    const cookie = await signedIn('li');
    now += 8 * 60 * MINUTE - MINUTE;
    expect((await session(cookie)).status).toBe(200);
    now += 8 * 60 * MINUTE - MINUTE;
    expect((await session(cookie)).status).toBe(200);
    now += 8 * 60 * MINUTE + MINUTE;
    const ended = await session(cookie);
    expect(ended.status).toBe(401);
    expect((await errorOf(ended)).code).toBe('unauthenticated');
  });

  it('ends a person’s live session the moment they are disabled', async () => {
    const name = 'zhou';
    await store.addPerson(name, 'editor', await hashPassword('zhou-editor-password'), owner);
    const signedInNow = await signIn(name, 'zhou-editor-password', freshAddress());
    const cookie = sessionCookie(signedInNow);
    expect((await session(cookie)).status).toBe(200);
    const disabled = await request('/api/admin/people/zhou/disable', {
      method: 'POST',
      headers: { Authorization: `Local ${OWNER_KEY}` },
    });
    expect(disabled.status).toBe(200);
    expect(await disabled.json()).toMatchObject({ name, role: 'editor', disabledAt: expect.any(String) });
    expect((await session(cookie)).status).toBe(401);
    expect((await signIn(name, 'zhou-editor-password', freshAddress())).status).toBe(401);
  });

  it('ends a person’s sessions when their password is reset; the new one signs in', async () => {
    const name = 'sun';
    await store.addPerson(name, 'publisher', await hashPassword('sun-old-password'), owner);
    const cookie = sessionCookie(await signIn(name, 'sun-old-password', freshAddress()));
    const reset = await request('/api/admin/people/sun/password', {
      method: 'POST',
      headers: { Authorization: `Local ${OWNER_KEY}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ password: 'sun-new-password' }),
    });
    expect(reset.status).toBe(200);
    expect((await session(cookie)).status).toBe(401);
    expect((await signIn(name, 'sun-old-password', freshAddress())).status).toBe(401);
    expect((await signIn(name, 'sun-new-password', freshAddress())).status).toBe(200);
  });

  it('keeps people to the owner: a taken name 409, a short password 400, a publisher 403', async () => {
    const add = (body: unknown, authorization = `Local ${OWNER_KEY}`) =>
      request('/api/admin/people', {
        method: 'POST',
        headers: { Authorization: authorization, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    const taken = await add({ name: 'li', role: 'editor', password: 'another-long-password' });
    expect(taken.status).toBe(409);
    expect((await errorOf(taken)).code).toBe('person-exists');
    const short = await add({ name: 'zhao', role: 'editor', password: 'short' });
    expect(short.status).toBe(400);
    expect(await errorOf(short)).toEqual({
      code: 'weak-password',
      message: 'the password must be at least 12 characters',
    });
    const cookie = await signedIn('wang');
    const byPublisher = await request('/api/admin/people', { headers: { Cookie: cookie } });
    expect(byPublisher.status).toBe(403);
    const list = await request('/api/admin/people', { headers: { Authorization: `Local ${OWNER_KEY}` } });
    const names = ((await list.json()) as { items: { name: string }[] }).items.map((person) => person.name);
    expect(names).toEqual(expect.arrayContaining(['chen', 'li', 'wang']));
    expect(
      JSON.stringify(
        await (await request('/api/admin/people', { headers: { Authorization: `Local ${OWNER_KEY}` } })).json(),
      ),
    ).not.toContain('scrypt');
  });
});

describe('writes by a signed-in browser', () => {
  it('answers a write without a session 401', async () => {
    const refused = await request('/api/admin/revisions/1/publish', { method: 'POST', headers: { Origin: SITE } });
    expect(refused.status).toBe(401);
    expect(await errorOf(refused)).toEqual({
      code: 'unauthenticated',
      message: 'Sign in, or send a valid token (Authorization: Bearer …)',
    });
  });

  it('refuses a cookie write from another origin, or with none, and stores nothing', async () => {
    const cookie = await signedIn('wang');
    const before = await revisionCount();
    const csv = new TextEncoder().encode(articleCsv([]));
    const elsewhere = await upload('figures.csv', csv, { Cookie: cookie, Origin: 'https://evil.example' });
    expect(elsewhere.status).toBe(403);
    expect((await errorOf(elsewhere)).code).toBe('cross-origin');
    const noOrigin = await upload('figures.csv', csv, { Cookie: cookie });
    expect(noOrigin.status).toBe(403);
    expect((await errorOf(noOrigin)).code).toBe('cross-origin');
    expect(await revisionCount()).toBe(before);
  });

  it('publishes with a cookie and this site’s Origin, audited under the person’s name', async () => {
    const cookie = await signedIn('wang');
    const draft = await draftWithOctober();
    const published = await request(`/api/admin/revisions/${draft}/publish`, {
      method: 'POST',
      headers: { Cookie: cookie, Origin: SITE, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(published.status).toBe(200);
    expect((await store.audit(1))[0]).toMatchObject({ actor: 'wang', action: 'publish', revision: draft });
    const back = await request('/api/admin/revisions/1/rollback', {
      method: 'POST',
      headers: { Cookie: cookie, Origin: SITE, 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(back.status).toBe(200);
  });
});

describe('the auth proxy', () => {
  const viaProxy = (name: string, address: string) =>
    request('/api/admin/session', { headers: { 'X-Remote-User': name } }, address);

  it('refuses the header from an address that is not a trusted proxy (403), never as signed out', async () => {
    const forged = await viaProxy('zhang', '203.0.113.9');
    expect(forged.status).toBe(403);
    expect((await errorOf(forged)).code).toBe('untrusted-proxy-header');
    const forgedWrite = await request(
      '/api/admin/revisions/1/publish',
      { method: 'POST', headers: { 'X-Remote-User': 'zhang', Origin: SITE } },
      '203.0.113.9',
    );
    expect(forgedWrite.status).toBe(403);
  });

  it('signs in the mapped person from a trusted proxy, with the mapped role', async () => {
    const trusted = await viaProxy('zhang', '127.0.0.1');
    expect(trusted.status).toBe(200);
    expect(await trusted.json()).toEqual({ name: 'zhang', role: 'publisher', via: 'proxy', idleMinutes: 480 });
  });

  it('refuses a name the roles do not map (403 no-role)', async () => {
    const unmapped = await viaProxy('stranger', '::1');
    expect(unmapped.status).toBe(403);
    expect(await errorOf(unmapped)).toEqual({ code: 'no-role', message: 'stranger has no role here' });
  });
});

describe('previewing a draft', () => {
  it('answers ?revision=N only to a signed-in person, never cached; the public answer is unchanged', async () => {
    const draft = await draftWithOctober();
    const path = `/api/indicators/5g-base-stations?revision=${draft}`;
    const signedOut = await request(path);
    expect(signedOut.status).toBe(401);
    expect(signedOut.headers.get('cache-control')).toBe('no-store, private');
    expect(signedOut.headers.get('access-control-allow-origin')).toBeNull();

    const cookie = await signedIn('li');
    const preview = await request(path, { headers: { Cookie: cookie } });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('cache-control')).toBe('no-store, private');
    expect(preview.headers.get('access-control-allow-origin')).toBeNull();
    expect(preview.headers.get('x-revision')).toBe(String(draft));
    const previewed = (await preview.json()) as { observations: { date: string; value: number }[] };
    expect(previewed.observations.at(-1)).toEqual({
      date: '2025-10-31',
      value: 12.1,
      derived: false,
      bound: 'exact',
      source: '测试来源',
    });

    const byArea = await request(`/api/indicators?area=network&revision=${draft}`, {
      headers: { Authorization: `Local ${OWNER_KEY}` },
    });
    expect(byArea.status).toBe(200);
    const proxied = await request(
      `/api/report?revision=${draft}`,
      { headers: { 'X-Remote-User': 'zhang' } },
      '127.0.0.1',
    );
    expect(proxied.status).toBe(200);

    const publicAnswer = await request('/api/indicators/5g-base-stations');
    expect(publicAnswer.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=600');
    const published = (await publicAnswer.json()) as { observations: { date: string; value: number }[] };
    expect(published.observations.at(-1)).toMatchObject({ date: '2025-07-31', value: 11.5 });

    expect((await request('/api/report?revision=9999', { headers: { Cookie: cookie } })).status).toBe(404);
  });
});

describe('uploads', () => {
  const asEditor = async () => ({ Cookie: await signedIn('li'), Origin: SITE });

  it('keeps the uploaded file with the draft and hands it back as an attachment', async () => {
    const csv = new TextEncoder().encode(
      `\uFEFF${articleCsv(['5g-base-stations,2025-10-31,12.1,万个,精确,山西省通信管理局 2025年10月月报'])}\n`,
    );
    const made = await upload('十月数据.csv', csv, await asEditor());
    expect(made.status).toBe(201);
    const { revision } = (await made.json()) as { revision: number };
    const listed = await request(`/api/admin/revisions/${revision}`, {
      headers: { Authorization: `Local ${OWNER_KEY}` },
    });
    expect(await listed.json()).toMatchObject({ fileName: '十月数据.csv', fileStored: true });

    const file = await request(`/api/admin/revisions/${revision}/file`, { headers: { Cookie: await signedIn('li') } });
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(file.headers.get('content-disposition')).toBe(
      `attachment; filename="____.csv"; filename*=UTF-8''%E5%8D%81%E6%9C%88%E6%95%B0%E6%8D%AE.csv`,
    );
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(csv);

    const none = await request('/api/admin/revisions/1/file', { headers: { Authorization: `Local ${OWNER_KEY}` } });
    expect(none.status).toBe(404);
  });

  it('refuses a zip bomb, a 50 MB file and a PNG named .xlsx, storing nothing', async () => {
    const headers = await asEditor();
    const before = await revisionCount();

    const bomb = new JSZip();
    bomb.file('[Content_Types].xml', '<Types/>');
    bomb.file('xl/workbook.xml', '<workbook/>');
    bomb.file('xl/worksheets/sheet1.xml', new Uint8Array(120 * 1024 * 1024));
    const bombBytes = await bomb.generateAsync({
      type: 'uint8array',
      compression: 'DEFLATE',
      compressionOptions: { level: 9 },
    });
    expect(bombBytes.length).toBeLessThan(1024 * 1024);
    const refusedBomb = await upload('bomb.xlsx', bombBytes, headers);
    expect(refusedBomb.status).toBe(422);
    const bombResult = (await refusedBomb.json()) as {
      revision: null;
      problems: { reason: { zh: string; en: string } }[];
    };
    expect(bombResult.revision).toBeNull();
    expect(bombResult.problems).toHaveLength(1);
    expect(bombResult.problems[0]?.reason.en).toBe(
      'This workbook inflates too far (over 100 MB, or an extreme compression ratio); it may be a zip bomb and was not imported',
    );
    expect(bombResult.problems[0]?.reason.zh).toBe(
      '此工作簿解压后过大（超过 100 MB 或压缩比异常），可能是恶意文件，未导入',
    );

    const huge = await upload('huge.xlsx', new Uint8Array(50 * 1024 * 1024), headers);
    expect(huge.status).toBe(413);
    expect(await errorOf(huge)).toEqual({ code: 'too-large', message: 'The file is over 10 MB' });

    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    const notWorkbook = await upload('chart.xlsx', png, headers);
    expect(notWorkbook.status).toBe(422);
    const pngResult = (await notWorkbook.json()) as { problems: { sheet: string; reason: { en: string } }[] };
    expect(pngResult.problems).toEqual([
      expect.objectContaining({
        sheet: 'chart.xlsx',
        reason: {
          zh: '此文件不是 Excel 工作簿（.xlsx）：请上传从看板导出的工作簿，或“观测值”表另存的 CSV',
          en: 'This file is not an Excel workbook (.xlsx): upload the workbook exported from the dashboard, or its Observations sheet saved as CSV',
        },
      }),
    ]);
    expect(await revisionCount()).toBe(before);
  });
});
