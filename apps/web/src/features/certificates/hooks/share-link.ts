export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed';

export interface ShareTarget {
  title: string;
  url: string;
}

/** The parts of `navigator` sharing uses; absent ones are simply not there (desktop browsers, plain http). */
export interface ShareDeps {
  share?: ((data: ShareData) => Promise<void>) | undefined;
  canShare?: ((data: ShareData) => boolean) | undefined;
  writeText?: ((text: string) => Promise<void>) | undefined;
}

export function browserShareDeps(): ShareDeps {
  const nav = typeof navigator === 'undefined' ? undefined : navigator;
  return {
    share: nav?.share ? (data) => nav.share(data) : undefined,
    canShare: nav?.canShare ? (data) => nav.canShare(data) : undefined,
    writeText: nav?.clipboard ? (text) => nav.clipboard.writeText(text) : undefined,
  };
}

/**
 * The phone's share sheet (Zalo, Messenger, SMS…) where there is one, else the clipboard. Closing the sheet
 * is her choice, not a failure; a sheet that cannot open falls back to the clipboard.
 */
export async function shareLink(target: ShareTarget, deps: ShareDeps): Promise<ShareOutcome> {
  const data: ShareData = { title: target.title, url: target.url };
  if (deps.share && (!deps.canShare || deps.canShare(data))) {
    try {
      await deps.share(data);
      return 'shared';
    } catch (error) {
      if (isAbort(error)) return 'cancelled';
    }
  }
  if (!deps.writeText) return 'failed';
  try {
    await deps.writeText(target.url);
    return 'copied';
  } catch {
    return 'failed';
  }
}

function isAbort(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';
}
