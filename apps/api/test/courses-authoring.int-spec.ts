import {
  routes,
  type ApiError,
  type CourseDetail,
  type CourseOutline,
  type LessonView,
  type ModuleOutline,
} from '@sen/contracts';
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
});
