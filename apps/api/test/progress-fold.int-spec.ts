import { randomUUID } from 'node:crypto';
import type { LessonCompletion, ProgressEvent, ResumePosition } from '@sen/contracts';
import { createRng, type Rng } from '../src/database/seed/prng';
import { LearningRepository } from '../src/features/learning/learning.repository';
import { Fixtures } from './support/fixtures';
import { aggregateLesson, type LessonAggregate } from './support/reference-lesson-fold';
import { TestApp } from './support/test-app';

/**
 * The SQL fold that runs as events arrive must give what one plain fold over all of a lesson's events
 * gives (test/support/reference-lesson-fold.ts), whatever the batching, order and repeats.
 */
describe('progress fold', () => {
  let t: TestApp;
  let fx: Fixtures;
  let repo: LearningRepository;
  let unit: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    repo = t.app.get(LearningRepository);
    unit = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  const at = (minute: number) => new Date(Date.UTC(2026, 10, 23, 8, minute));

  /** A fresh person enrolled in a one-lesson course whose lesson completes by `rule`. */
  async function enrolledIn(rule: LessonCompletion) {
    const course = await fx.course(unit, { published: true });
    await t.db.query(`UPDATE lessons SET completion = $2, video_url = 'https://youtu.be/abcdefgh' WHERE id = $1`, [
      course.lessonId,
      rule,
    ]);
    const personId = await fx.person(unit);
    const enrolmentId = await fx.enrolment(personId, course);
    const event = (
      kind: ProgressEvent['kind'],
      minute: number,
      value?: number,
      position?: ResumePosition,
    ): ProgressEvent => ({
      id: randomUUID(),
      enrolmentId,
      lessonId: course.lessonId,
      kind,
      ...(value === undefined ? {} : { value }),
      ...(position === undefined ? {} : { position }),
      occurredAt: at(minute).toISOString(),
    });
    const send = async (events: ProgressEvent[]) => {
      const result = await repo.ingest(t.db.manager, personId, events, 'fold-test');
      expect(result.rejected).toEqual([]);
      return result;
    };
    const stored = async (): Promise<
      LessonAggregate & { courseCompletedAt: Date | null; completedLessons: number }
    > => {
      const rows: (LessonAggregate & { courseCompletedAt: Date | null; completedLessons: number })[] = await t.db.query(
        `SELECT COALESCE(lp.opened, false) AS opened, COALESCE(lp.max_scroll, 0) AS "maxScroll",
                  COALESCE(lp.max_video, 0) AS "maxVideo", COALESCE(lp.marked_done, false) AS "markedDone",
                  lp.resume, lp.completed_at AS "completedAt", e.completed_at AS "courseCompletedAt",
                  e.completed_lessons AS "completedLessons"
             FROM enrolments e LEFT JOIN lesson_progress lp ON lp.enrolment_id = e.id WHERE e.id = $1`,
        [enrolmentId],
      );
      return rows[0]!;
    };
    return { event, send, stored };
  }

  it('completes an "opened" lesson at its first event, however late that event arrives', async () => {
    const { event, send, stored } = await enrolledIn('opened');
    await send([event('opened', 3)]);
    await send([event('opened', 1)]);
    expect(await stored()).toEqual(expect.objectContaining({ completedAt: at(1), courseCompletedAt: at(1) }));
  });

  it('completes "read to end" only from 95 % scrolled, at the event that reached it', async () => {
    const { event, send, stored } = await enrolledIn('read_to_end');
    await send([event('opened', 0), event('scrolled', 2, 0.5), event('scrolled', 4, 0.94)]);
    expect((await stored()).completedAt).toBeNull();
    await send([event('scrolled', 5, 0.96)]);
    const result = await stored();
    expect(result.maxScroll).toBeCloseTo(0.96);
    expect(result.completedAt).toEqual(at(5));
    expect(result.completedLessons).toBe(1);
  });

  it('completes a video lesson from 90 % watched, and not by scrolling or marking', async () => {
    const { event, send, stored } = await enrolledIn('video_watched');
    await send([event('scrolled', 1, 1), event('done', 2), event('video', 3, 0.89)]);
    expect((await stored()).completedAt).toBeNull();
    await send([event('video', 4, 0.9)]);
    expect((await stored()).completedAt).toEqual(at(4));
  });

  it('completes "marked done" only when marked', async () => {
    const { event, send, stored } = await enrolledIn('marked_done');
    await send([event('scrolled', 1, 1)]);
    expect((await stored()).completedAt).toBeNull();
    await send([event('done', 7)]);
    expect((await stored()).completedAt).toEqual(at(7));
  });

  it('resumes at the latest position in event time, even when an older batch arrives last', async () => {
    const { event, send, stored } = await enrolledIn('read_to_end');
    await send([event('scrolled', 4, 0.6, { scroll: 0.6 }), event('opened', 9)]);
    await send([event('scrolled', 1, 0.2, { scroll: 0.2 })]);
    expect((await stored()).resume).toEqual({ scroll: 0.6 });
  });

  it('counts a completed lesson once when its completing events are sent again', async () => {
    const { event, send, stored } = await enrolledIn('marked_done');
    const done = event('done', 2);
    const first = await send([done, event('done', 3)]);
    const again = await send([done]);
    expect(first.completedEnrolments).toHaveLength(1);
    expect(again).toEqual(expect.objectContaining({ accepted: 0, duplicates: 1, completedEnrolments: [] }));
    expect((await stored()).completedLessons).toBe(1);
  });

  /** Random events in random batches, shuffled, with some batches sent twice. */
  function scenario(rng: Rng) {
    const kinds = ['opened', 'scrolled', 'video', 'done'] as const;
    const minutes = rng.shuffle(Array.from({ length: 60 }, (_, i) => i)).slice(0, rng.int(1, 12));
    const plan = minutes.map((minute) => {
      const kind = rng.pick(kinds);
      const value = kind === 'scrolled' || kind === 'video' ? rng.int(0, 100) / 100 : undefined;
      const position = value !== undefined && rng.chance(0.7) ? { scroll: value } : undefined;
      return { kind, minute, value, position };
    });
    return { rule: rng.pick(['opened', 'read_to_end', 'video_watched', 'marked_done'] as const), plan };
  }

  it('agrees with the reference fold on 40 random histories', async () => {
    const rng = createRng(20261123);
    for (let run = 0; run < 40; run++) {
      const { rule, plan } = scenario(rng);
      const { event, send, stored } = await enrolledIn(rule);
      const events = plan.map((p) => event(p.kind, p.minute, p.value, p.position));
      const batches: ProgressEvent[][] = [];
      let rest = rng.shuffle(events);
      while (rest.length) {
        const size = rng.int(1, rest.length);
        batches.push(rest.slice(0, size));
        rest = rest.slice(size);
      }
      for (const batch of rng.shuffle([...batches, ...batches.filter(() => rng.chance(0.3))])) await send(batch);

      const expected = aggregateLesson(
        rule,
        plan.map((p) => ({
          kind: p.kind,
          value: p.value ?? null,
          position: p.position ?? null,
          occurredAt: at(p.minute),
        })),
      );
      const actual = await stored();
      const context = { run, rule, plan };
      expect({
        ...context,
        progress: { ...actual, maxScroll: round(actual.maxScroll), maxVideo: round(actual.maxVideo) },
      }).toEqual({
        ...context,
        progress: {
          ...expected,
          maxScroll: round(expected.maxScroll),
          maxVideo: round(expected.maxVideo),
          courseCompletedAt: expected.completedAt,
          completedLessons: expected.completedAt ? 1 : 0,
        },
      });
    }
  });

  /** Values travel as `real`; two decimals is what the player sends. */
  const round = (n: number) => Math.round(n * 100) / 100;
});
