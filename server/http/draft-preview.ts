import type { Context } from 'hono';
import type { ApiError } from '@/api/schemas';
import type { Store } from '../store/store';
import type { Authenticator } from './identify';
import { buildPublishedAnswers, type PublishedAnswers } from './published-answers';

/** Revisions never change, so their answers are kept; a few, since a preview is one editor looking at one draft. */
const CACHED_REVISIONS = 4;

const PRIVATE = { 'Cache-Control': 'no-store, private' };

/**
 * `?revision=N` on any GET of the public contract: revision N's answer, draft or not, for a signed-in person
 * (cookie, proxy or token) and nobody else. Never cached anywhere and without the public CORS header: a draft
 * must not leak into a shared cache or another site's page.
 */
export class DraftPreview {
  readonly #answers = new Map<number, Promise<PublishedAnswers | undefined>>();

  constructor(
    private readonly store: Store,
    private readonly auth: Authenticator,
  ) {}

  async answer(c: Context, revisionText: string, key: string | null): Promise<Response> {
    const fail = (status: 400 | 401 | 403 | 404 | 429, code: string, message: string) =>
      c.json<ApiError>({ error: { code, message } }, status, PRIVATE);
    const identified = await this.auth.identify(c);
    if ('refusal' in identified) {
      const { status, code, message } = identified.refusal;
      return fail(status, code, message);
    }
    if (!/^[1-9]\d{0,8}$/.test(revisionText))
      return fail(400, 'bad-revision', `?revision= must be a revision number, got "${revisionText}"`);
    const revision = Number(revisionText);
    const published = await this.#revision(revision);
    if (!published) return fail(404, 'not-found', `No revision ${revision}`);
    const answer = key === null ? undefined : published.answers.get(key);
    if (!answer) return fail(404, 'not-found', `Nothing at ${c.req.path} in revision ${revision}`);
    return new Response(c.req.method === 'HEAD' ? null : answer.body, {
      status: 200,
      headers: {
        ...PRIVATE,
        'Content-Type': 'application/json; charset=utf-8',
        'Content-Length': String(answer.body.byteLength),
        'X-Revision': String(revision),
      },
    });
  }

  #revision(id: number): Promise<PublishedAnswers | undefined> {
    let answers = this.#answers.get(id);
    if (answers) {
      this.#answers.delete(id);
    } else {
      answers = this.store.dataset(id).then((dataset) => dataset && buildPublishedAnswers(id, dataset));
      // A failed load is not kept: the next request tries again.
      answers.catch(() => this.#answers.delete(id));
    }
    this.#answers.set(id, answers);
    for (const oldest of this.#answers.keys()) {
      if (this.#answers.size <= CACHED_REVISIONS) break;
      this.#answers.delete(oldest);
    }
    return answers;
  }
}
