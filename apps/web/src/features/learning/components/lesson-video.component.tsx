import { useEffect, useRef, useState } from 'react';
import { AspectRatio } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadView } from '@sen/contracts';
import { WatchedSeconds, embedFor, readPlayerMessage, subscribeMessage } from './video-embed';

type OnProgress = (watched: number, seconds: number, final: boolean) => void;

interface LessonVideoProps {
  title: string;
  upload: UploadView | null;
  link: string | null;
  startSeconds: number;
  onProgress: OnProgress;
}

/** The lesson's video: an uploaded MP4 in the browser's own player, or a YouTube/Vimeo embed. */
export function LessonVideo({ title, upload, link, startSeconds, onProgress }: LessonVideoProps) {
  if (upload) return <UploadedVideo upload={upload} startSeconds={startSeconds} onProgress={onProgress} />;
  if (link) return <EmbeddedVideo title={title} link={link} startSeconds={startSeconds} onProgress={onProgress} />;
  return null;
}

function UploadedVideo({
  upload,
  startSeconds,
  onProgress,
}: {
  upload: UploadView;
  startSeconds: number;
  onProgress: OnProgress;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const watched = useRef(new WatchedSeconds());
  const report = (final: boolean) => {
    const element = video.current;
    if (!element || !Number.isFinite(element.duration)) return;
    watched.current.add(element.currentTime);
    onProgress(watched.current.fraction(element.duration), element.currentTime, final);
  };
  return (
    // No captions track yet: uploads carry none; the lesson text beside it holds the content.
    <video
      ref={video}
      src={upload.url}
      controls
      preload="metadata"
      playsInline
      aria-label={t('learning.lesson.video')}
      style={{ width: '100%', borderRadius: 'var(--mantine-radius-md)', background: '#000' }}
      onLoadedMetadata={(event) => {
        if (startSeconds > 0) event.currentTarget.currentTime = startSeconds;
      }}
      onTimeUpdate={() => report(false)}
      onPause={() => report(true)}
      onEnded={() => report(true)}
    />
  );
}

function EmbeddedVideo({
  title,
  link,
  startSeconds,
  onProgress,
}: {
  title: string;
  link: string;
  startSeconds: number;
  onProgress: OnProgress;
}) {
  const frame = useRef<HTMLIFrameElement>(null);
  // The embed's address must not change while she watches, or the player would reload.
  const [embed] = useState(() => embedFor(link, window.location.origin, startSeconds));
  const progress = useRef(onProgress);
  useEffect(() => {
    progress.current = onProgress;
  }, [onProgress]);

  useEffect(() => {
    if (!embed) return;
    const watched = new WatchedSeconds();
    let latest = { seconds: 0, duration: 0 };
    // The players' postMessage protocols (YouTube IFrame API, Vimeo player.js) without loading their scripts.
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== embed.origin || event.source !== frame.current?.contentWindow) return;
      if (embed.provider === 'vimeo' && typeof event.data === 'string' && event.data.includes('"ready"')) subscribe();
      const time = readPlayerMessage(embed.provider, event.data);
      if (!time) return;
      watched.add(time.currentTime);
      latest = { seconds: time.currentTime, duration: time.duration };
      progress.current(watched.fraction(time.duration), time.currentTime, false);
    };
    const subscribe = () => frame.current?.contentWindow?.postMessage(subscribeMessage(embed.provider), embed.origin);
    const element = frame.current;
    window.addEventListener('message', onMessage);
    element?.addEventListener('load', subscribe);
    return () => {
      window.removeEventListener('message', onMessage);
      element?.removeEventListener('load', subscribe);
      if (latest.duration > 0) progress.current(watched.fraction(latest.duration), latest.seconds, true);
    };
  }, [embed]);

  if (!embed) return null;
  return (
    <AspectRatio ratio={16 / 9}>
      <iframe
        ref={frame}
        src={embed.src}
        title={title}
        loading="lazy"
        allow="encrypted-media; picture-in-picture; fullscreen"
        allowFullScreen
        referrerPolicy="strict-origin-when-cross-origin"
        style={{ border: 0, borderRadius: 'var(--mantine-radius-md)' }}
      />
    </AspectRatio>
  );
}
