import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { LearnerLesson } from '@sen/contracts';
import { recordProgress } from '../api/progress-outbox.instance';
import { READ_TO_END, VIDEO_WATCHED } from './local-completion';
import { shouldReport, type Reported } from './report-throttle';

const round = (value: number) => Math.round(value * 1000) / 1000;
const clamp = (value: number) => Math.min(1, Math.max(0, value));

/** How far down the document is scrolled, 0–1: what `resume.scroll` restores. */
function scrollPosition(): number {
  const room = document.documentElement.scrollHeight - window.innerHeight;
  return room > 0 ? clamp(window.scrollY / room) : 0;
}

/** How much of the lesson text has been on screen: its top to the bottom edge of the viewport. */
function readFraction(article: HTMLElement): number {
  const rect = article.getBoundingClientRect();
  return rect.height > 0 ? clamp((window.innerHeight - rect.top) / rect.height) : 1;
}

export interface LessonTracking {
  /** Feeds the video's watched fraction and time. */
  onVideoProgress: (watched: number, seconds: number, final: boolean) => void;
  markDone: () => void;
}

/**
 * Reports what the trainee does with a lesson: `opened` on show, the furthest reading and watching
 * fractions as she goes (throttled), and her position when she leaves, so she can resume there. Restores
 * the saved scroll position when the lesson opens.
 */
export function useLessonTracking(lesson: LearnerLesson, article: RefObject<HTMLElement | null>): LessonTracking {
  const { enrolmentId, id: lessonId } = lesson;
  // A quiz step completes only when its quiz is passed: reading and watching it are not reported.
  const tracksReading = lesson.completion !== 'quiz_passed';
  const video = useRef<{ last: Reported | null; lastSeconds: number }>({ last: null, lastSeconds: 0 });
  // Read once when the lesson opens: a later refetch must not jump the page.
  const resume = useRef(lesson.completed ? null : lesson.resume);

  useLayoutEffect(() => {
    const target = resume.current?.scroll;
    const room = document.documentElement.scrollHeight - window.innerHeight;
    window.scrollTo(0, target && room > 0 ? target * room : 0);
  }, [lessonId]);

  useEffect(() => {
    void recordProgress({ enrolmentId, lessonId, kind: 'opened' });
    if (!tracksReading) return;
    const state: { furthest: number; last: Reported | null; lastPosition: number } = {
      furthest: 0,
      last: null,
      lastPosition: resume.current?.scroll ?? 0,
    };
    let frame = 0;

    const report = (position: number) => {
      state.last = { value: state.furthest, at: Date.now() };
      state.lastPosition = position;
      void recordProgress({
        enrolmentId,
        lessonId,
        kind: 'scrolled',
        value: round(state.furthest),
        position: { scroll: round(position) },
      });
    };
    const measure = () => {
      frame = 0;
      const element = article.current;
      if (!element) return;
      state.furthest = Math.max(state.furthest, readFraction(element));
      if (shouldReport(state.last, state.furthest, Date.now(), READ_TO_END)) report(scrollPosition());
    };
    const onScroll = () => {
      frame ||= window.requestAnimationFrame(measure);
    };
    // Leaving: keep where she is, even when she only scrolled back up.
    const leave = () => {
      const position = scrollPosition();
      const moved = Math.abs(position - state.lastPosition) >= 0.02;
      if (state.furthest > (state.last?.value ?? 0) || (moved && state.furthest > 0)) report(position);
    };
    const onHidden = () => {
      if (document.visibilityState === 'hidden') leave();
    };
    measure();
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll, { passive: true });
    document.addEventListener('visibilitychange', onHidden);
    window.addEventListener('pagehide', leave);
    return () => {
      if (frame) window.cancelAnimationFrame(frame);
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      document.removeEventListener('visibilitychange', onHidden);
      window.removeEventListener('pagehide', leave);
      leave();
    };
  }, [enrolmentId, lessonId, article, tracksReading]);

  const onVideoProgress = useCallback(
    (watched: number, seconds: number, final: boolean) => {
      if (!tracksReading) return;
      const state = video.current;
      const changed = Math.abs(seconds - state.lastSeconds) >= 1;
      const worth = shouldReport(state.last, watched, Date.now(), VIDEO_WATCHED);
      if (!worth && !(final && changed)) return;
      state.last = { value: Math.max(watched, state.last?.value ?? 0), at: Date.now() };
      state.lastSeconds = seconds;
      void recordProgress({
        enrolmentId,
        lessonId,
        kind: 'video',
        value: round(state.last.value),
        position: { videoSeconds: Math.min(86_400, Math.round(seconds)) },
      });
    },
    [enrolmentId, lessonId, tracksReading],
  );

  const markDone = useCallback(() => {
    void recordProgress({ enrolmentId, lessonId, kind: 'done' });
  }, [enrolmentId, lessonId]);

  return { onVideoProgress, markDone };
}
