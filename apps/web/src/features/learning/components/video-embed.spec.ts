import { describe, expect, it } from '@jest/globals';
import { WatchedSeconds, embedFor, readPlayerMessage } from './video-embed';

const ORIGIN = 'https://sen.example.org';

describe('embedFor', () => {
  it('embeds YouTube without cookies, with the JS API and the resume time', () => {
    const embed = embedFor('https://www.youtube.com/watch?v=dQw4w9WgXcQ', ORIGIN, 42.7);
    expect(embed?.origin).toBe('https://www.youtube-nocookie.com');
    const src = new URL(embed!.src);
    expect(src.pathname).toBe('/embed/dQw4w9WgXcQ');
    expect(src.searchParams.get('enablejsapi')).toBe('1');
    expect(src.searchParams.get('origin')).toBe(ORIGIN);
    expect(src.searchParams.get('start')).toBe('42');
    expect(embedFor('https://youtu.be/dQw4w9WgXcQ', ORIGIN, 0)?.src).toContain('/embed/dQw4w9WgXcQ?');
  });
  it('embeds Vimeo without tracking and refuses other sites', () => {
    expect(embedFor('https://vimeo.com/76979871', ORIGIN, 10)?.src).toBe(
      'https://player.vimeo.com/video/76979871?dnt=1#t=10s',
    );
    expect(embedFor('https://example.com/watch?v=dQw4w9WgXcQ', ORIGIN, 0)).toBeNull();
  });
});

describe('readPlayerMessage', () => {
  it('reads YouTube infoDelivery and Vimeo timeupdate, ignoring anything else', () => {
    expect(
      readPlayerMessage('youtube', JSON.stringify({ event: 'infoDelivery', info: { currentTime: 5, duration: 60 } })),
    ).toEqual({ currentTime: 5, duration: 60 });
    expect(readPlayerMessage('youtube', JSON.stringify({ event: 'infoDelivery', info: { volume: 50 } }))).toBeNull();
    expect(
      readPlayerMessage('vimeo', { event: 'timeupdate', data: { seconds: 3, duration: 30, percent: 0.1 } }),
    ).toEqual({ currentTime: 3, duration: 30 });
    expect(readPlayerMessage('vimeo', 'not json')).toBeNull();
  });
});

describe('WatchedSeconds', () => {
  it('counts each second played once and not the seconds skipped', () => {
    const watched = new WatchedSeconds();
    for (const t of [0, 0.5, 1, 1.2, 2, 9.5]) watched.add(t);
    expect(watched.fraction(10)).toBeCloseTo(0.4);
  });
});
