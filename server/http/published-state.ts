import type { Store } from '../store/store';
import type { Logger } from './logger';
import { buildPublishedAnswers, type PublishedAnswers } from './published-answers';

/** How often a replica asks the store which revision is current, in case a NOTIFY was lost (a dropped connection). */
const CHECK_INTERVAL_MS = 1000;

/**
 * The published revision's answers, kept in memory: the read path never touches the database. A publish by this
 * process, a NOTIFY from another replica, or the once-a-second check swaps them, each swap building the new answers
 * before the old ones are dropped, so no request ever sees half a revision.
 */
export class PublishedState {
  #answers: PublishedAnswers | undefined;
  #loading: Promise<void> = Promise.resolve();
  #timer: NodeJS.Timeout | undefined;
  #unlisten: (() => Promise<void>) | undefined;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
  ) {}

  get answers(): PublishedAnswers | undefined {
    return this.#answers;
  }

  /** Loads the current revision; resolves once it is served. */
  async start(): Promise<void> {
    await this.reload();
    this.#unlisten = await this.store.onCurrentChanged(() => void this.reload());
    this.#timer = setInterval(() => void this.checkCurrent(), CHECK_INTERVAL_MS);
    this.#timer.unref();
  }

  /** One load at a time; a reload asked for during a load runs after it, so the last publish always wins. */
  reload(): Promise<void> {
    this.#loading = this.#loading.then(async () => {
      try {
        const { id, dataset } = await this.store.current();
        if (this.#answers?.revision === id) return;
        const previous = this.#answers?.revision;
        this.#answers = buildPublishedAnswers(id, dataset);
        this.log.info('serving revision', { revision: id, previous: previous ?? null });
      } catch (error) {
        this.log.error('could not load the current revision; still serving the last one', { error });
      }
    });
    return this.#loading;
  }

  private async checkCurrent(): Promise<void> {
    try {
      if ((await this.store.currentId()) !== this.#answers?.revision) await this.reload();
    } catch (error) {
      this.log.warn('could not check the current revision', { error });
    }
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#unlisten?.();
    await this.#loading;
  }
}
