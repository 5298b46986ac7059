import {
  routes,
  type ApiError,
  type CourseDetail,
  type CourseOutline,
  type CoursePage,
  type LearnerLesson,
  type LearnerOutline,
  type LessonView,
  type ModuleOutline,
  type MyLearning,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { DEMO_COURSES } from '../src/database/seed/demo-ids';
import { SEED_COURSES } from '../src/database/seed/programmes';
import { Fixtures } from './support/fixtures';
import { TestApp, type Session } from './support/test-app';

describe('course authoring and versions', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let commune: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    commune = (await fx.unitNamed('Minh Tân', 'commune')).id;
  });
  afterAll(async () => {
    await t.stop();
  });

  async function buildCourse(): Promise<{
    course: CourseDetail;
    draft: string;
    modules: ModuleOutline[];
    lessons: LessonView[];
  }> {
    const course = (
      await t.call<CourseDetail>(routes.createCourse, {
        as: trainer,
        body: {
          ownerUnitId: commune,
          title: 'Tự tin và chủ động trong thời đại số',
          category: 'digital-skills',
          estimatedMinutes: 45,
        },
      })
    ).body;
    const draft = course.draftVersionId!;
    const modules: ModuleOutline[] = [];
    const lessons: LessonView[] = [];
    for (const title of ['Điện thoại an toàn', 'Họp trực tuyến']) {
      const module = (
        await t.call<ModuleOutline>(routes.createModule, { as: trainer, params: { id: draft }, body: { title } })
      ).body;
      modules.push(module);
      for (const lessonTitle of [`${title} – bài 1`, `${title} – bài 2`]) {
        lessons.push(
          (
            await t.call<LessonView>(routes.createLesson, {
              as: trainer,
              params: { id: module.id },
              body: { title: lessonTitle },
            })
          ).body,
        );
      }
    }
    return { course, draft, modules, lessons };
  }

  it('builds a draft of modules and lessons in order', async () => {
    const { course, draft } = await buildCourse();
    expect(course.versions).toEqual([expect.objectContaining({ versionNo: 1, status: 'draft' })]);
    expect(course.latestPublished).toBeNull();
    const outline = (await t.call<CourseOutline>(routes.getCourseVersion, { as: trainer, params: { id: draft } })).body;
    expect(outline.modules.map((m) => m.title)).toEqual(['Điện thoại an toàn', 'Họp trực tuyến']);
    expect(outline.modules[1]!.lessons.map((l) => l.title)).toEqual([
      'Họp trực tuyến – bài 1',
      'Họp trực tuyến – bài 2',
    ]);
  });

  it('reorders modules and lessons, and refuses an order that does not list every item once', async () => {
    const { draft, modules } = await buildCourse();
    const reordered = await t.call<CourseOutline>(routes.reorderModules, {
      as: trainer,
      params: { id: draft },
      body: { moduleIds: [modules[1]!.id, modules[0]!.id] },
    });
    expect(reordered.body.modules.map((m) => m.id)).toEqual([modules[1]!.id, modules[0]!.id]);
    const current = (await t.call<CourseOutline>(routes.getCourseVersion, { as: trainer, params: { id: draft } })).body;
    const firstModuleLessons = current.modules.find((m) => m.id === modules[0]!.id)!.lessons.map((l) => l.id);
    const swapped = await t.call<ModuleOutline>(routes.reorderLessons, {
      as: trainer,
      params: { id: modules[0]!.id },
      body: { lessonIds: [...firstModuleLessons].reverse() },
    });
    expect(swapped.body.lessons.map((l) => l.id)).toEqual([...firstModuleLessons].reverse());
    const partial = await t.call<ApiError>(routes.reorderModules, {
      as: trainer,
      params: { id: draft },
      body: { moduleIds: [modules[0]!.id] },
    });
    expect(partial.status).toBe(422);
    expect(partial.body.error).toEqual(
      expect.objectContaining({
        code: 'ORDER_MISMATCH',
        fields: [expect.objectContaining({ path: 'body.moduleIds' })],
      }),
    );
  });

  it('sanitises lesson HTML on save and says so in the audit trail', async () => {
    const { lessons } = await buildCourse();
    const saved = await t.call<LessonView>(routes.updateLesson, {
      as: trainer,
      params: { id: lessons[0]!.id },
      body: {
        html: '<h2>Ghi nhớ</h2><p onclick="steal()">Bảo vệ <strong>mật khẩu</strong></p><script>alert(1)</script><a href="javascript:alert(1)">x</a>',
      },
      headers: { 'x-request-id': 'sanitise-1' },
    });
    expect(saved.body.html).toBe(
      '<h2>Ghi nhớ</h2><p>Bảo vệ <strong>mật khẩu</strong></p><a rel="noopener noreferrer nofollow" target="_blank">x</a>',
    );
    const stored: { body_html: string }[] = await t.db.query(`SELECT body_html FROM lessons WHERE id = $1`, [
      lessons[0]!.id,
    ]);
    expect(stored[0]!.body_html).toBe(saved.body.html);
    const audit: { details: { sanitised: boolean } }[] = await t.db.query(
      `SELECT details FROM audit_log WHERE request_id = 'sanitise-1'`,
    );
    expect(audit[0]!.details.sanitised).toBe(true);
  });

  it('accepts only YouTube or Vimeo links, and requires a video for completion by watching', async () => {
    const { lessons } = await buildCourse();
    const bad = await t.call<ApiError>(routes.updateLesson, {
      as: trainer,
      params: { id: lessons[0]!.id },
      body: { videoUrl: 'https://evil.example/v.mp4' },
    });
    expect(bad.body.error.fields?.[0]?.path).toBe('body.videoUrl');
    const noVideo = await t.call<ApiError>(routes.updateLesson, {
      as: trainer,
      params: { id: lessons[0]!.id },
      body: { completion: 'video_watched' },
    });
    expect(noVideo.body.error.fields?.[0]?.path).toBe('body.videoUrl');
    const ok = await t.call<LessonView>(routes.updateLesson, {
      as: trainer,
      params: { id: lessons[0]!.id },
      body: { videoUrl: 'https://www.youtube.com/watch?v=abcdef12345', completion: 'video_watched' },
    });
    expect(ok.body).toEqual(
      expect.objectContaining({ completion: 'video_watched', videoUrl: 'https://www.youtube.com/watch?v=abcdef12345' }),
    );
  });

  it('refuses to publish an empty course or one with an empty module', async () => {
    const course = (
      await t.call<CourseDetail>(routes.createCourse, {
        as: trainer,
        body: { ownerUnitId: commune, title: 'Khóa rỗng', category: 'other' },
      })
    ).body;
    const empty = await t.call<ApiError>(routes.publishCourseVersion, {
      as: trainer,
      params: { id: course.draftVersionId! },
    });
    expect(empty.body.error.code).toBe('COURSE_EMPTY');
    await t.call(routes.createModule, {
      as: trainer,
      params: { id: course.draftVersionId! },
      body: { title: 'Chương trống' },
    });
    const emptyModule = await t.call<ApiError>(routes.publishCourseVersion, {
      as: trainer,
      params: { id: course.draftVersionId! },
    });
    expect(emptyModule.body.error.code).toBe('COURSE_EMPTY');
  });

  it('freezes a published version; later edits go to a new draft with the same keys and new ids', async () => {
    const { course, draft, modules, lessons } = await buildCourse();
    const published = await t.call<CourseOutline>(routes.publishCourseVersion, { as: trainer, params: { id: draft } });
    expect(published.body.status).toBe('published');

    const frozen = await t.call<ApiError>(routes.updateLesson, {
      as: trainer,
      params: { id: lessons[0]!.id },
      body: { title: 'Sửa muộn' },
    });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe('VERSION_FROZEN');
    expect(
      (
        await t.call<ApiError>(routes.createModule, {
          as: trainer,
          params: { id: draft },
          body: { title: 'Chương mới' },
        })
      ).body.error.code,
    ).toBe('VERSION_FROZEN');
    expect(
      (await t.call<ApiError>(routes.publishCourseVersion, { as: trainer, params: { id: draft } })).body.error.code,
    ).toBe('VERSION_FROZEN');

    const edited = await t.call<CourseOutline>(routes.updateCourseDraft, {
      as: trainer,
      params: { id: course.id },
      body: { title: 'Phiên bản 2' },
    });
    expect(edited.body).toEqual(expect.objectContaining({ versionNo: 2, status: 'draft', title: 'Phiên bản 2' }));
    expect(edited.body.modules.map((m) => m.title)).toEqual(modules.map((m) => m.title));
    expect(edited.body.modules.map((m) => m.id)).not.toContain(modules[0]!.id);

    const keys: { version_no: number; module_key: string }[] = await t.db.query(
      `SELECT v.version_no, m.module_key FROM course_modules m JOIN course_versions v ON v.id = m.version_id
        WHERE v.course_id = $1 AND m.position = 1 ORDER BY v.version_no`,
      [course.id],
    );
    expect(keys).toHaveLength(2);
    expect(keys[0]!.module_key).toBe(keys[1]!.module_key);

    const again = await t.call<CourseOutline>(routes.startCourseDraft, { as: trainer, params: { id: course.id } });
    expect(again.body.versionId).toBe(edited.body.versionId);
    const original = await t.call<CourseOutline>(routes.getCourseVersion, { as: trainer, params: { id: draft } });
    expect(original.body.title).toBe('Tự tin và chủ động trong thời đại số');
    const detail = await t.call<CourseDetail>(routes.getCourse, { as: trainer, params: { id: course.id } });
    expect(detail.body.versions.map((v) => [v.versionNo, v.status])).toEqual([
      [2, 'draft'],
      [1, 'published'],
    ]);
    expect(detail.body.latestPublished?.versionNo).toBe(1);
    expect(detail.body.versions[1]!.publishedBy?.name).toBe(trainer.view.user.fullName);
  });

  it('lists courses of the subtree, searchable without diacritics', async () => {
    await buildCourse();
    const vuBanReviewer = await t.signIn('reviewer.vuban@example.org');
    const found = await t.call<{ items: { title: string; ownerUnit: { id: string } }[] }>(routes.listCourses, {
      as: vuBanReviewer,
      query: { search: 'tu tin va chu dong' },
    });
    expect(found.body.items.length).toBeGreaterThan(0);
    expect(found.body.items.every((c) => c.ownerUnit.id === commune)).toBe(true);
    const other = await t.signIn((await fx.user((await fx.unitNamed('Ý Yên', 'district')).id, 'reviewer')).email);
    const none = await t.call<{ total: number }>(routes.listCourses, {
      as: other,
      query: { search: 'tu tin va chu dong' },
    });
    expect(none.body.total).toBe(0);
  });

  it('keeps optional English titles, copies them into a new draft and finds the course by either title', async () => {
    const tag = randomUUID().slice(0, 8);
    const course = await t.call<CourseDetail>(routes.createCourse, {
      as: trainer,
      body: {
        ownerUnitId: commune,
        title: `Kỹ năng họp chi hội ${tag}`,
        titleEn: `  Branch meetings ${tag}  `,
        category: 'leadership',
      },
    });
    expect(course.status).toBe(200);
    expect(course.body.titleEn).toBe(`Branch meetings ${tag}`);
    const draft = course.body.draftVersionId!;
    const named = await t.call<ModuleOutline>(routes.createModule, {
      as: trainer,
      params: { id: draft },
      body: { title: 'Chuẩn bị', titleEn: 'Preparing' },
    });
    const unnamed = await t.call<ModuleOutline>(routes.createModule, {
      as: trainer,
      params: { id: draft },
      body: { title: 'Tổng kết', titleEn: '' },
    });
    expect([named.body.titleEn, unnamed.body.titleEn]).toEqual(['Preparing', null]);
    const lesson = await t.call<LessonView>(routes.createLesson, {
      as: trainer,
      params: { id: named.body.id },
      body: { title: 'Lập chương trình họp', titleEn: 'Setting the agenda' },
    });
    expect(lesson.body.titleEn).toBe('Setting the agenda');
    await t.call(routes.createLesson, {
      as: trainer,
      params: { id: unnamed.body.id },
      body: { title: 'Rút kinh nghiệm' },
    });

    // Renaming without an English title keeps it; null removes it; an over-long one is refused by name.
    const renamed = await t.call<ModuleOutline>(routes.updateModule, {
      as: trainer,
      params: { id: named.body.id },
      body: { title: 'Chuẩn bị họp' },
    });
    expect(renamed.body).toEqual(expect.objectContaining({ title: 'Chuẩn bị họp', titleEn: 'Preparing' }));
    const cleared = await t.call<LessonView>(routes.updateLesson, {
      as: trainer,
      params: { id: lesson.body.id },
      body: { titleEn: null },
    });
    expect(cleared.body).toEqual(expect.objectContaining({ title: 'Lập chương trình họp', titleEn: null }));
    await t.call(routes.updateLesson, { as: trainer, params: { id: lesson.body.id }, body: { titleEn: 'The agenda' } });
    const tooLong = await t.call<ApiError>(routes.updateCourseDraft, {
      as: trainer,
      params: { id: course.body.id },
      body: { titleEn: 'x'.repeat(201) },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.error.fields?.map((f) => f.path)).toContain('body.titleEn');

    // Changing only the Vietnamese title still leaves the course findable by its English one.
    await t.call(routes.updateCourseDraft, {
      as: trainer,
      params: { id: course.body.id },
      body: { title: `Kỹ năng điều hành họp chi hội ${tag}` },
    });
    const search = async (text: string) =>
      (await t.call<CoursePage>(routes.listCourses, { as: trainer, query: { search: text } })).body.items.map(
        (c) => c.id,
      );
    expect(await search(`branch MEETINGS ${tag}`)).toEqual([course.body.id]);
    expect(await search(`dieu hanh hop chi hoi ${tag}`)).toEqual([course.body.id]);

    await t.call(routes.publishCourseVersion, { as: trainer, params: { id: draft } });
    const next = await t.call<CourseOutline>(routes.startCourseDraft, { as: trainer, params: { id: course.body.id } });
    expect(next.body.versionNo).toBe(2);
    expect(next.body.titleEn).toBe(`Branch meetings ${tag}`);
    expect(next.body.modules.map((m) => m.titleEn)).toEqual(['Preparing', null]);
    expect(next.body.modules.map((m) => m.lessons.map((l) => l.titleEn))).toEqual([['The agenda'], [null]]);

    // Editing the new draft's English titles leaves the published version as it was.
    await t.call(routes.updateCourseDraft, {
      as: trainer,
      params: { id: course.body.id },
      body: { titleEn: `Leading branch meetings ${tag}` },
    });
    await t.call(routes.updateModule, {
      as: trainer,
      params: { id: next.body.modules[0]!.id },
      body: { title: 'Chuẩn bị họp', titleEn: 'Getting ready' },
    });
    const published = await t.call<CourseOutline>(routes.getCourseVersion, { as: trainer, params: { id: draft } });
    expect(published.body.titleEn).toBe(`Branch meetings ${tag}`);
    expect(published.body.modules.map((m) => m.titleEn)).toEqual(['Preparing', null]);
    const detail = await t.call<CourseDetail>(routes.getCourse, { as: trainer, params: { id: course.body.id } });
    expect(detail.body.titleEn).toBe(`Leading branch meetings ${tag}`);
    expect(detail.body.versions.map((v) => v.titleEn)).toEqual([
      `Leading branch meetings ${tag}`,
      `Branch meetings ${tag}`,
    ]);
  });

  it('seeds the programmes with English titles that learners receive and authors can search by', async () => {
    const programme = SEED_COURSES.find((c) => c.key === 'grassroots-leader-skills')!;
    const seeded = DEMO_COURSES.grassrootsLeaderSkills;
    const outline = await t.call<CourseOutline>(routes.getCourseVersion, {
      as: trainer,
      params: { id: seeded.versionId },
    });
    expect(outline.body.titleEn).toBe(programme.titleEn);
    expect(outline.body.modules.map((m) => m.titleEn)).toEqual(programme.modules.map((m) => m.titleEn));
    // Each module closes with its quiz step.
    expect(outline.body.modules.flatMap((m) => m.lessons.map((l) => l.titleEn))).toEqual(
      programme.modules.flatMap((m) => [...m.lessons.map((l) => l.titleEn), `Quiz: ${m.titleEn}`]),
    );
    const lessons = outline.body.modules.flatMap((m) => m.lessons);
    expect(lessons.filter((l) => l.completion === 'quiz_passed')).toHaveLength(programme.modules.length);
    expect(lessons.some((l) => l.quizRulesMissing)).toBe(false);
    const found = await t.call<CoursePage>(routes.listCourses, { as: trainer, query: { search: programme.titleEn } });
    expect(found.body.items.map((c) => c.id)).toEqual([seeded.id]);

    const trainee = await t.signIn('trainee@example.org');
    const item = (await t.call<MyLearning>(routes.myLearning, { as: trainee })).body.items.find(
      (i) => i.course.id === seeded.id,
    )!;
    expect(item.course).toEqual({ id: seeded.id, name: programme.titleVi, titleEn: programme.titleEn });
    const learner = await t.call<LearnerOutline>(routes.myEnrolment, { as: trainee, params: { id: item.enrolmentId } });
    expect(learner.body.titleEn).toBe(programme.titleEn);
    expect(learner.body.modules[0]!.titleEn).toBe(programme.modules[0]!.titleEn);
    const first = learner.body.modules[0]!.lessons[0]!;
    expect(first.titleEn).toBe(programme.modules[0]!.lessons[0]!.titleEn);
    const lesson = await t.call<LearnerLesson>(routes.myLesson, {
      as: trainee,
      params: { id: item.enrolmentId, lessonId: first.id },
    });
    expect(lesson.body.titleEn).toBe(programme.modules[0]!.lessons[0]!.titleEn);
  });
});
