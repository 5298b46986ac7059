import type { SessionView } from '@sen/contracts';
import { Client } from 'pg';
import type { APIRequestContext, Browser, BrowserContext } from 'playwright-core';
import { apiSession } from './api-write';
import { launchBrowser } from './browser';
import { BASE_URL, e2eEnv } from './e2e-env';

/** A signed-in API client, for setting up a journey's state through the routes. */
export interface ApiUser {
  request: APIRequestContext;
  session: SessionView;
}

/**
 * What the tests of one journey file share: one Chromium, the contexts they open (closed at the end), and a
 * client of the suite's database for preparing states and checking what was stored.
 */
export class Journey {
  private openBrowser: Browser | null = null;
  private openDb: Client | null = null;
  private readonly contexts: BrowserContext[] = [];

  /** A journey opened before the file's tests and closed after them. */
  static open(): Journey {
    const journey = new Journey();
    beforeAll(() => journey.start());
    afterAll(() => journey.stop());
    return journey;
  }

  get browser(): Browser {
    if (!this.openBrowser) throw new Error('the journey is not open');
    return this.openBrowser;
  }

  get db(): Client {
    if (!this.openDb) throw new Error('the journey is not open');
    return this.openDb;
  }

  /** Closed with the journey. */
  track<C extends BrowserContext>(context: C): C {
    this.contexts.push(context);
    return context;
  }

  async apiUser(identifier: string): Promise<ApiUser> {
    const context = this.track(await this.browser.newContext({ baseURL: BASE_URL }));
    return { request: context.request, session: await apiSession(context.request, identifier) };
  }

  private async start(): Promise<void> {
    this.openBrowser = await launchBrowser();
    this.openDb = new Client({ connectionString: e2eEnv().DATABASE_URL });
    await this.openDb.connect();
  }

  private async stop(): Promise<void> {
    for (const context of this.contexts) await context.close();
    await this.openBrowser?.close();
    await this.openDb?.end();
  }
}
