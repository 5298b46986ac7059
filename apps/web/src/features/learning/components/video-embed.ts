/** A YouTube or Vimeo page link turned into a privacy-friendly embed that reports playback by postMessage. */
export interface VideoEmbed {
  provider: 'youtube' | 'vimeo';
  src: string;
  /** The origin the player's messages come from and ours go to. */
  origin: string;
}

const YOUTUBE = /^https:\/\/(?:www\.)?(?:youtube\.com\/watch\?(?:.*&)?v=|youtu\.be\/)([\w-]{6,})/;
const VIMEO = /^https:\/\/(?:www\.)?vimeo\.com\/(\d+)/;

export function embedFor(url: string, pageOrigin: string, startSeconds: number): VideoEmbed | null {
  const start = Math.max(0, Math.floor(startSeconds));
  const youtube = YOUTUBE.exec(url);
  if (youtube) {
    const params = new URLSearchParams({ enablejsapi: '1', origin: pageOrigin, rel: '0', playsinline: '1' });
    if (start > 0) params.set('start', String(start));
    const origin = 'https://www.youtube-nocookie.com';
    return { provider: 'youtube', src: `${origin}/embed/${youtube[1]}?${params.toString()}`, origin };
  }
  const vimeo = VIMEO.exec(url);
  if (vimeo) {
    const origin = 'https://player.vimeo.com';
    return { provider: 'vimeo', src: `${origin}/video/${vimeo[1]}?dnt=1${start > 0 ? `#t=${start}s` : ''}`, origin };
  }
  return null;
}

/** The message that asks the player to start reporting its time. */
export function subscribeMessage(provider: VideoEmbed['provider']): string {
  return provider === 'youtube'
    ? JSON.stringify({ event: 'listening', id: 1, channel: 'widget' })
    : JSON.stringify({ method: 'addEventListener', value: 'timeupdate' });
}

export interface PlayerTime {
  currentTime: number;
  duration: number;
}

function asRecord(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : null;
}

/** Reads the playback time from a player message (YouTube `infoDelivery`, Vimeo `timeupdate`), else null. */
export function readPlayerMessage(provider: VideoEmbed['provider'], data: unknown): PlayerTime | null {
  let parsed: unknown = data;
  if (typeof data === 'string') {
    try {
      parsed = JSON.parse(data);
    } catch {
      return null;
    }
  }
  const message = asRecord(parsed);
  if (!message) return null;
  if (provider === 'youtube' && message['event'] === 'infoDelivery') {
    const info = asRecord(message['info']);
    const currentTime = info?.['currentTime'];
    const duration = info?.['duration'];
    return typeof currentTime === 'number' && typeof duration === 'number' && duration > 0
      ? { currentTime, duration }
      : null;
  }
  if (provider === 'vimeo' && message['event'] === 'timeupdate') {
    const payload = asRecord(message['data']);
    const seconds = payload?.['seconds'];
    const duration = payload?.['duration'];
    return typeof seconds === 'number' && typeof duration === 'number' && duration > 0
      ? { currentTime: seconds, duration }
      : null;
  }
  return null;
}

/**
 * Seconds actually played, so skipping to the end does not count as watching it. Players report a few
 * times a second; each whole second seen is counted once.
 */
export class WatchedSeconds {
  private readonly seconds = new Set<number>();

  add(currentTime: number): void {
    this.seconds.add(Math.floor(currentTime));
  }

  fraction(duration: number): number {
    return duration > 0 ? Math.min(1, this.seconds.size / Math.max(1, Math.floor(duration))) : 0;
  }
}
