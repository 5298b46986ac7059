import {
  routes,
  type ApiError,
  type CourseDetail,
  type CourseOutline,
  type LearnerLesson,
  type LessonView,
  type UploadView,
} from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { Fixtures } from './support/fixtures';
import { docx, ELF, HTML, mp4, MZ, pdf, png, xlsx } from './support/files';
import { TEST_UPLOAD_DIR } from './support/test-config';
import { TestApp, type MultipartFile, type Session } from './support/test-app';

/** Every file under the upload directory (including partial uploads in tmp/). */
async function storedFiles(dir = TEST_UPLOAD_DIR): Promise<string[]> {
  const found: string[] = [];
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch {
    return found;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if ((await stat(path)).isDirectory()) found.push(...(await storedFiles(path)));
    else found.push(path);
  }
  return found.sort();
}

describe('uploads', () => {
  let t: TestApp;
  let fx: Fixtures;
  let trainer: Session;
  let trainee: Session;
  let commune: string;
  let courseId: string;

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    trainer = await t.signIn('trainer@example.org');
    trainee = await t.signIn('trainee@example.org');
    commune = (await fx.unitNamed('Minh Tân', 'commune')).id;
    courseId = (await fx.course(commune)).courseId;
  });
  afterAll(async () => {
    await t.stop();
  });

  const upload = (file: MultipartFile, as: Session = trainer, course = courseId) =>
    t.call<UploadView & ApiError>(routes.createUpload, { as, query: { courseId: course }, file });
  const fetchFile = (path: string, as: Session | null = trainee, headers: Record<string, string> = {}) =>
    t.raw({
      method: 'GET',
      url: path,
      headers: { ...headers, ...(as ? { cookie: `sen_session=${as.cookie}` } : {}) },
    });
  const uploadCount = async () => (await t.db.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM uploads`))[0]!.n;

  it('stores an image without its metadata, with phone-sized copies, served inline and sandboxed', async () => {
    const photo = await sharp(await png(1200, 800))
      .jpeg()
      .withExif({ IFD0: { Copyright: 'GPS 20.42N 106.16E' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).exif).toBeDefined();

    const response = await upload({ data: photo, fileName: 'C:\\Ảnh\\hội nghị.jpg', contentType: 'image/jpeg' });
    expect(response.status).toBe(200);
    const view = response.body;
    expect(view).toEqual(
      expect.objectContaining({
        kind: 'image',
        fileName: 'hội nghị.jpg',
        mimeType: 'image/jpeg',
        width: 1200,
        height: 800,
        url: `/api/v1/files/${view.id}`,
        variants: [
          { width: 480, url: `/api/v1/files/${view.id}/w480` },
          { width: 960, url: `/api/v1/files/${view.id}/w960` },
        ],
      }),
    );

    const original = await fetchFile(view.url);
    expect(original.status).toBe(200);
    expect(original.headers).toEqual(
      expect.objectContaining({
        'content-type': 'image/jpeg',
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
        'content-disposition': `inline; filename*=UTF-8''h%E1%BB%99i%20ngh%E1%BB%8B.jpg`,
        'cache-control': 'private, max-age=31536000, immutable',
      }),
    );
    expect((await sharp(original.bytes).metadata()).exif).toBeUndefined();

    const small = await fetchFile(view.variants[0]!.url);
    expect(small.status).toBe(200);
    expect(small.headers['content-type']).toBe('image/webp');
    expect(await sharp(small.bytes).metadata()).toEqual(expect.objectContaining({ format: 'webp', width: 480 }));

    const audit: { n: number }[] = await t.db.query(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'upload.create' AND target_id = $1`,
      [view.id],
    );
    expect(audit[0]!.n).toBe(1);
  });

  it('never enlarges a small image', async () => {
    const response = await upload({ data: await png(300, 200), fileName: 'nho.png', contentType: 'image/png' });
    expect(response.body).toEqual(expect.objectContaining({ width: 300, variants: [] }));
    expect((await fetchFile(`${response.body.url}/w480`)).status).toBe(404);
  });

  it.each([
    ['an ELF executable', ELF],
    ['a Windows executable', MZ],
    ['an HTML page', HTML],
  ])('refuses %s named .pdf and sent as application/pdf, keeping nothing', async (_label, data) => {
    const [filesBefore, rowsBefore] = [await storedFiles(), await uploadCount()];
    const response = await upload({ data, fileName: 'bieu-mau.pdf', contentType: 'application/pdf' });
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe('UPLOAD_TYPE_NOT_ALLOWED');
    expect(response.body.error.fields?.map((f) => f.path)).toEqual(['file']);
    expect(await uploadCount()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('refuses an image over its size limit, keeping nothing', async () => {
    const [filesBefore, rowsBefore] = [await storedFiles(), await uploadCount()];
    const header = await png(8, 8);
    const data = Buffer.concat([header, Buffer.alloc(10 * 1024 * 1024 + 1 - header.length)]);
    const response = await upload({ data, fileName: 'lon.png', contentType: 'image/png' });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('UPLOAD_TOO_LARGE');
    expect(response.body.error.fields?.map((f) => f.path)).toEqual(['file']);
    expect(await uploadCount()).toBe(rowsBefore);
    expect(await storedFiles()).toEqual(filesBefore);
  });

  it('accepts PDF, DOCX and XLSX forms as documents that always download', async () => {
    const cases = [
      [pdf(), 'Đơn.pdf', 'application/pdf'],
      [docx(), 'Mẫu đơn.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      [xlsx(), 'Bảng kê.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ] as const;
    for (const [data, fileName, mime] of cases) {
      // The client's claimed type is ignored either way.
      const response = await upload({ data, fileName, contentType: 'application/octet-stream' });
      expect(response.status).toBe(200);
      expect(response.body).toEqual(
        expect.objectContaining({ kind: 'document', mimeType: mime, sizeBytes: data.length, width: null }),
      );
      const served = await fetchFile(response.body.url);
      expect(served.headers['content-type']).toBe(mime);
      expect(served.headers['content-disposition']).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(fileName)}`,
      );
      expect(served.bytes.equals(data)).toBe(true);
    }
  });

  it('serves byte ranges of a video for seeking', async () => {
    const data = mp4(1000);
    const video = (await upload({ data, fileName: 'bai-giang.mp4', contentType: 'video/mp4' })).body;
    expect(video.kind).toBe('video');
    const part = await fetchFile(video.url, trainee, { range: 'bytes=100-199' });
    expect(part.status).toBe(206);
    expect(part.headers['content-range']).toBe(`bytes 100-199/${data.length}`);
    expect(part.bytes.equals(data.subarray(100, 200))).toBe(true);
    expect((await fetchFile(video.url, trainee, { range: `bytes=${data.length}-` })).status).toBe(416);
  });

  it('lets only signed-in users read files, and only the course authors in scope upload', async () => {
    const view = (await upload({ data: pdf(), fileName: 'a.pdf', contentType: 'application/pdf' })).body;
    expect((await fetchFile(view.url, null)).status).toBe(401);
    expect((await fetchFile(`/api/v1/files/${randomUUID()}`)).status).toBe(404);

    const file = { data: pdf(), fileName: 'a.pdf', contentType: 'application/pdf' };
    expect((await upload(file, trainee)).status).toBe(403);
    const otherProvince = await fx.unit(null, 'province', 'Hội LHPN tỉnh Khác');
    const foreign = (await fx.course(await fx.unit(otherProvince, 'district'))).courseId;
    expect((await upload(file, trainer, foreign)).status).toBe(404);
  });

  it('takes multipart only on the upload route, and the file only in its field', async () => {
    const json = await t.call<ApiError>(routes.createUpload, {
      as: trainer,
      query: { courseId },
      body: { file: 'x' },
    });
    expect(json.status).toBe(415);
    const multipartElsewhere = await t.call<ApiError>(routes.createCourse, {
      as: trainer,
      file: { data: pdf(), fileName: 'a.pdf', contentType: 'application/pdf' },
    });
    expect(multipartElsewhere.status).toBe(415);
    const wrongField = await upload({ data: pdf(), fileName: 'a.pdf', contentType: 'application/pdf', field: 'doc' });
    expect(wrongField.status).toBe(400);
    expect(wrongField.body.error.fields?.map((f) => f.path)).toEqual(['file']);
  });

  it('puts an uploaded video, ordered forms and a cover into a course, copies them to the next draft, and shows them to trainees', async () => {
    const course = await fx.course(commune);
    const up = async (data: Buffer, fileName: string) =>
      (await upload({ data, fileName, contentType: 'application/octet-stream' }, trainer, course.courseId)).body;
    const [video, form, sheet, cover] = [
      await up(mp4(), 'video.mp4'),
      await up(docx(), 'don.docx'),
      await up(xlsx(), 'bang.xlsx'),
      await up(await png(1000, 500), 'bia.png'),
    ];

    // Wrong kinds and other units' files are refused by field.
    const wrongKind = await t.call<ApiError>(routes.updateLesson, {
      as: trainer,
      params: { id: course.lessonId },
      body: { videoUploadId: cover.id },
    });
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.fields?.map((f) => f.path)).toEqual(['body.videoUploadId']);
    const elsewhere = await fx.upload(TEST_UPLOAD_DIR, (await fx.unitNamed('Ý Yên', 'district')).id);
    const foreignForm = await t.call<ApiError>(routes.updateLesson, {
      as: trainer,
      params: { id: course.lessonId },
      body: { attachmentIds: [form.id, elsewhere] },
    });
    expect(foreignForm.body.error.fields?.map((f) => f.path)).toEqual(['body.attachmentIds.1']);

    const lesson = await t.call<LessonView>(routes.updateLesson, {
      as: trainer,
      params: { id: course.lessonId },
      body: { videoUploadId: video.id, completion: 'video_watched', attachmentIds: [sheet.id, form.id] },
    });
    expect(lesson.status).toBe(200);
    expect(lesson.body.videoUpload?.id).toBe(video.id);
    expect(lesson.body.attachments.map((a) => a.id)).toEqual([sheet.id, form.id]);

    // A link replaces the uploaded video; the upload back replaces the link.
    const linked = await t.call<LessonView>(routes.updateLesson, {
      as: trainer,
      params: { id: course.lessonId },
      body: { videoUrl: 'https://www.youtube.com/watch?v=abcdef123' },
    });
    expect([linked.body.videoUrl, linked.body.videoUpload]).toEqual([
      'https://www.youtube.com/watch?v=abcdef123',
      null,
    ]);
    await t.call(routes.updateLesson, {
      as: trainer,
      params: { id: course.lessonId },
      body: { videoUploadId: video.id },
    });

    const withCover = await t.call<CourseOutline>(routes.updateCourseDraft, {
      as: trainer,
      params: { id: course.courseId },
      body: { coverUploadId: cover.id },
    });
    expect(withCover.body.cover?.id).toBe(cover.id);
    const detail = await t.call<CourseDetail>(routes.getCourse, { as: trainer, params: { id: course.courseId } });
    expect(detail.body.cover?.variants.map((v) => v.width)).toEqual([480, 960]);

    expect((await t.call(routes.publishCourseVersion, { as: trainer, params: { id: course.versionId } })).status).toBe(
      200,
    );
    const next = (
      await t.call<CourseOutline>(routes.startCourseDraft, { as: trainer, params: { id: course.courseId } })
    ).body;
    expect(next.versionId).not.toBe(course.versionId);
    expect(next.cover?.id).toBe(cover.id);
    const copied = (
      await t.call<LessonView>(routes.getLesson, { as: trainer, params: { id: next.modules[0]!.lessons[0]!.id } })
    ).body;
    expect(copied.id).not.toBe(course.lessonId);
    expect(copied.videoUpload?.id).toBe(video.id);
    expect(copied.attachments.map((a) => a.id)).toEqual([sheet.id, form.id]);

    const enrolmentId = await fx.enrolment(trainee.view.user.personId, course);
    const learner = await t.call<LearnerLesson>(routes.myLesson, {
      as: trainee,
      params: { id: enrolmentId, lessonId: course.lessonId },
    });
    expect(learner.status).toBe(200);
    expect(learner.body.videoUpload).toEqual(expect.objectContaining({ id: video.id, kind: 'video', url: video.url }));
    expect(learner.body.attachments.map((a) => [a.fileName, a.mimeType])).toEqual([
      ['bang.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['don.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ]);
  });
});
