import { routeList, routes, type RouteName, type RouteDefinition, type Role } from '@sen/contracts';
import { randomUUID } from 'node:crypto';
import { reportLinkToken } from '../src/features/reports/links/report-link-token';
import { CertificateFixtures, type IssuedFixture } from './support/certificates';
import { CommitteeFixtures } from './support/committees';
import { Fixtures } from './support/fixtures';
import { png } from './support/files';
import { ReportFixtures, type ReadyReportFixture } from './support/reports';
import { TEST_UPLOAD_DIR, testConfig } from './support/test-config';
import { TestApp, type CallOptions, type Session } from './support/test-app';

/**
 * Every contract route × every kind of caller × in and out of her scope. The expected status is
 * derived from the route's access rule, so adding a route without a case here fails to compile.
 */

type ActorName = 'anonymous' | 'trainee' | 'trainer' | 'district reviewer' | 'province reviewer' | 'admin';
const ACTORS: Record<Exclude<ActorName, 'anonymous'>, { email: string; roles: Role[]; district: boolean }> = {
  trainee: { email: 'trainee@example.org', roles: ['trainee'], district: false },
  trainer: { email: 'trainer@example.org', roles: ['trainer'], district: false },
  'district reviewer': { email: 'reviewer.vuban@example.org', roles: ['reviewer'], district: true },
  'province reviewer': { email: 'reviewer@example.org', roles: ['reviewer'], district: false },
  admin: { email: 'admin@example.org', roles: ['admin'], district: false },
};

interface Target {
  districtId: string;
  communeId: string;
  commune2Id: string;
  personId: string;
  userId: string;
}

/** Who is calling: her person (for routes about her own learning) and which side of her scope the case is on. */
interface Caller {
  personId: string | null;
  inScope: boolean;
}
type Case = (target: Target, caller: Caller) => Promise<CallOptions>;
/** Routes that act on a unit subtree take a target; the others are scope-free. */
type Cases = Record<RouteName, { scoped: boolean; make: Case }>;

describe('authorization matrix', () => {
  let t: TestApp;
  let fx: Fixtures;
  let certificates: CertificateFixtures;
  let committees: CommitteeFixtures;
  let reports: ReportFixtures;
  const targets: Record<'vuBan' | 'yYen' | 'otherProvince', Target> = {} as never;
  let levelRank = 10;
  let provinceId: string;

  async function makeTarget(districtId: string): Promise<Target> {
    const communeId = await fx.unit(districtId, 'commune');
    const commune2Id = await fx.unit(districtId, 'commune');
    return {
      districtId,
      communeId,
      commune2Id,
      personId: await fx.person(communeId),
      userId: (await fx.user(communeId)).id,
    };
  }

  beforeAll(async () => {
    t = await TestApp.start();
    fx = new Fixtures(t.db);
    certificates = new CertificateFixtures(t, fx);
    committees = new CommitteeFixtures(t.db, fx);
    reports = new ReportFixtures(t.db);
    provinceId = (await fx.unitNamed('Nam Định', 'province')).id;
    targets.vuBan = await makeTarget((await fx.unitNamed('Vụ Bản', 'district')).id);
    targets.yYen = await makeTarget((await fx.unitNamed('Ý Yên', 'district')).id);
    const otherProvince = await fx.unit(null, 'province', 'Hội LHPN tỉnh Thử Nghiệm');
    targets.otherProvince = await makeTarget(await fx.unit(otherProvince, 'district'));
  });
  afterAll(async () => {
    await t.stop();
  });

  const cases: Cases = {
    health: { scoped: false, make: async () => ({}) },
    signIn: {
      scoped: false,
      make: async () => ({ body: { identifier: 'admin@example.org', password: 'Demo@12345' } }),
    },
    signOut: { scoped: false, make: async () => ({}) },
    session: { scoped: false, make: async () => ({}) },
    updateMe: { scoped: false, make: async () => ({ body: { locale: 'vi' } }) },
    changeOwnPassword: {
      scoped: false,
      make: async () => ({ body: { currentPassword: 'Demo@12345', newPassword: 'Demo@12345' } }),
    },
    listUnitLevels: { scoped: false, make: async () => ({}) },
    createUnitLevel: {
      scoped: false,
      make: async () => ({
        body: {
          code: `level-${++levelRank}`,
          nameVi: `Cấp ${levelRank}`,
          nameEn: `Level ${levelRank}`,
          rank: levelRank,
        },
      }),
    },
    listUnits: { scoped: true, make: async (x) => ({ query: { parentId: x.districtId } }) },
    getUnit: { scoped: true, make: async (x) => ({ params: { id: x.communeId } }) },
    createUnit: {
      scoped: true,
      make: async (x) => ({
        body: { parentId: x.communeId, levelId: await fx.levelId('branch'), name: `Chi hội mới ${fx.next()}` },
      }),
    },
    renameUnit: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.unit(x.communeId, 'branch') },
        body: { name: `Chi hội đổi tên ${fx.next()}` },
      }),
    },
    moveUnit: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.unit(x.communeId, 'branch') },
        body: { newParentId: x.commune2Id },
      }),
    },
    listUnitPositions: { scoped: true, make: async (x) => ({ params: { id: x.communeId } }) },
    assignPosition: {
      scoped: true,
      make: async (x) => ({
        params: { id: x.communeId },
        body: { kind: 'executive_member', role: 'holder', personId: await fx.person(x.communeId) },
      }),
    },
    endPositionAssignment: { scoped: true, make: async (x) => ({ params: { id: await fx.assignment(x.communeId) } }) },
    listPeople: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    getPerson: { scoped: true, make: async (x) => ({ params: { id: x.personId } }) },
    createPerson: { scoped: true, make: async (x) => ({ body: { unitId: x.communeId, fullName: 'Trần Thị Mới' } }) },
    listUsers: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    getUser: { scoped: true, make: async (x) => ({ params: { id: x.userId } }) },
    createUser: {
      scoped: true,
      make: async (x) => ({
        body: {
          personId: await fx.person(x.communeId),
          email: `matrix.${fx.next()}@example.org`,
          password: 'Matrix1234',
          roles: [{ role: 'trainee', unitId: x.communeId }],
        },
      }),
    },
    setUserRoles: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.user(x.communeId)).id },
        body: { roles: [{ role: 'trainer', unitId: x.communeId }] },
      }),
    },
    disableUser: { scoped: true, make: async (x) => ({ params: { id: (await fx.user(x.communeId)).id } }) },
    enableUser: { scoped: true, make: async (x) => ({ params: { id: (await fx.user(x.communeId)).id } }) },
    resetUserPassword: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.user(x.communeId)).id }, body: { password: 'Reset12345' } }),
    },
    listAudit: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    listCourses: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    createCourse: {
      scoped: true,
      make: async (x) => ({
        body: { ownerUnitId: x.communeId, title: `Khóa học ${fx.next()}`, category: 'leadership' },
      }),
    },
    getCourse: { scoped: true, make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId } }) },
    updateCourseDraft: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId)).courseId },
        body: { title: 'Tên mới của khóa học' },
      }),
    },
    startCourseDraft: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId, { published: true })).courseId } }),
    },
    getCourseVersion: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).versionId } }),
    },
    publishCourseVersion: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).versionId } }),
    },
    createModule: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).versionId }, body: { title: 'Chương mới' } }),
    },
    reorderModules: {
      scoped: true,
      make: async (x) => {
        const c = await fx.course(x.communeId);
        return { params: { id: c.versionId }, body: { moduleIds: [c.moduleId] } };
      },
    },
    updateModule: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId)).moduleId },
        body: { title: 'Chương đổi tên' },
      }),
    },
    deleteModule: { scoped: true, make: async (x) => ({ params: { id: (await fx.course(x.communeId)).moduleId } }) },
    createLesson: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).moduleId }, body: { title: 'Bài mới' } }),
    },
    reorderLessons: {
      scoped: true,
      make: async (x) => {
        const c = await fx.course(x.communeId);
        return { params: { id: c.moduleId }, body: { lessonIds: [c.lessonId] } };
      },
    },
    getLesson: { scoped: true, make: async (x) => ({ params: { id: (await fx.course(x.communeId)).lessonId } }) },
    updateLesson: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId)).lessonId },
        body: { html: '<p>Nội dung <em>mới</em></p>' },
      }),
    },
    updateCourseSettings: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId }, body: { openEnrolment: true } }),
    },
    assignCourse: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId, { published: true })).courseId },
        body: { personIds: [await fx.person(x.communeId)] },
      }),
    },
    listCourseEnrolments: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId } }),
    },
    endEnrolment: {
      scoped: true,
      make: async (x) => ({
        params: {
          id: await fx.enrolment(await fx.person(x.communeId), await fx.course(x.communeId, { published: true })),
        },
      }),
    },
    catalogue: { scoped: false, make: async () => ({}) },
    myLearning: { scoped: false, make: async () => ({}) },
    selfEnrol: {
      scoped: true,
      make: async (x, caller) => ({
        params: {
          id: (await fx.course(caller.inScope ? provinceId : x.districtId, { published: true, open: true })).courseId,
        },
      }),
    },
    myEnrolment: {
      scoped: true,
      make: async (x, caller) => ({ params: { id: (await ownOrOtherEnrolment(x, caller)).enrolmentId } }),
    },
    myLesson: {
      scoped: true,
      make: async (x, caller) => {
        const e = await ownOrOtherEnrolment(x, caller);
        return { params: { id: e.enrolmentId, lessonId: e.lessonId } };
      },
    },
    recordProgress: {
      scoped: true,
      make: async (x, caller) => {
        const e = await ownOrOtherEnrolment(x, caller);
        return {
          body: {
            events: [
              {
                id: randomUUID(),
                enrolmentId: e.enrolmentId,
                lessonId: e.lessonId,
                kind: 'opened',
                occurredAt: new Date().toISOString(),
              },
            ],
          },
        };
      },
    },
    listCourseRequirements: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId } }),
    },
    createCourseRequirement: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId, { published: true })).courseId },
        body: { unitId: x.communeId, positions: ['branch_head'], includeReserves: true },
      }),
    },
    endCourseRequirement: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.requirement((await fx.course(x.communeId, { published: true })).courseId, x.communeId) },
      }),
    },
    deleteLesson: { scoped: true, make: async (x) => ({ params: { id: (await fx.course(x.communeId)).lessonId } }) },
    listQuestionBanks: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId } }),
    },
    createQuestionBank: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId)).courseId },
        body: { name: 'Ngân hàng câu hỏi chương 1', categories: ['An toàn'] },
      }),
    },
    updateQuestionBank: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) },
        body: { name: 'Ngân hàng đổi tên' },
      }),
    },
    listQuestions: {
      scoped: true,
      make: async (x) => ({ params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) } }),
    },
    exportQuestionBank: {
      scoped: true,
      make: async (x) => ({ params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) } }),
    },
    exportQuestionBankXlsx: {
      scoped: true,
      make: async (x) => ({ params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) } }),
    },
    importQuestionBank: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) },
        query: { mode: 'apply' },
        file: {
          data: Buffer.from('type,stem,correct\r\ntrue_false,<p>Hà Nội là thủ đô?</p>,true\r\n'),
          fileName: 'câu hỏi.csv',
          contentType: 'text/csv',
        },
      }),
    },
    createQuestion: {
      scoped: true,
      make: async (x) => ({
        params: { id: await fx.questionBank((await fx.course(x.communeId)).courseId) },
        body: { type: 'true_false', stem: '<p>Hà Nội là thủ đô?</p>', answer: true },
      }),
    },
    getQuestion: { scoped: true, make: async (x) => ({ params: { id: await questionIn(x) } }) },
    updateQuestion: {
      scoped: true,
      make: async (x) => ({
        params: { id: await questionIn(x) },
        body: { type: 'short_text', stem: '<p>Thủ đô?</p>', acceptedAnswers: ['Hà Nội'] },
      }),
    },
    deleteQuestion: { scoped: true, make: async (x) => ({ params: { id: await questionIn(x) } }) },
    getLessonQuiz: { scoped: true, make: async (x) => ({ params: { id: (await fx.quizStep(x.communeId)).lessonId } }) },
    putLessonQuiz: {
      scoped: true,
      make: async (x) => {
        const quiz = await fx.quizStep(x.communeId);
        return {
          params: { id: quiz.lessonId },
          body: { bankId: quiz.bankId, draw: [{ kind: 'random', category: null, count: 1 }], timeLimitMinutes: 15 },
        };
      },
    },
    listQuizAttempts: { scoped: true, make: async (x) => ({ params: { id: (await quizWithAttempt(x)).quizId } }) },
    quizStatistics: { scoped: true, make: async (x) => ({ params: { id: (await quizWithAttempt(x)).quizId } }) },
    regradeQuiz: { scoped: true, make: async (x) => ({ params: { id: (await quizWithAttempt(x)).quizId }, body: {} }) },
    myQuiz: { scoped: true, make: async (x, caller) => ({ params: { id: (await ownOrOtherQuiz(x, caller)).quizId } }) },
    startAttempt: {
      scoped: true,
      make: async (x, caller) => ({ params: { id: (await ownOrOtherQuiz(x, caller)).quizId } }),
    },
    myAttempt: { scoped: true, make: async (x, caller) => ({ params: { id: await ownOrOtherAttempt(x, caller) } }) },
    saveAttemptAnswers: {
      scoped: true,
      make: async (x, caller) => ({
        params: { id: await ownOrOtherAttempt(x, caller) },
        body: { revision: 1, answers: {} },
      }),
    },
    submitAttempt: {
      scoped: true,
      make: async (x, caller) => ({ params: { id: await ownOrOtherAttempt(x, caller) }, body: {} }),
    },
    listContests: { scoped: false, make: async () => ({}) },
    createContest: {
      scoped: true,
      make: async (x) => {
        const course = await fx.course(x.communeId);
        const bankId = await fx.questionBank(course.courseId);
        await fx.question(bankId);
        return {
          body: {
            courseId: course.courseId,
            bankId,
            title: `Hội thi ${fx.next()}`,
            draw: [{ kind: 'random', category: null, count: 1 }],
            timeLimitMinutes: 20,
            opensAt: new Date(Date.now() + 3_600_000).toISOString(),
            closesAt: new Date(Date.now() + 86_400_000).toISOString(),
            unitIds: [x.communeId],
          },
        };
      },
    },
    getContest: { scoped: true, make: async (x) => ({ params: { id: (await fx.contest(x.communeId)).quizId } }) },
    updateContest: {
      scoped: true,
      make: async (x) => {
        const contest = await fx.contest(x.communeId);
        return { params: { id: contest.quizId }, body: { ...contest.body, title: 'Hội thi đổi tên' } };
      },
    },
    withdrawContestant: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.contest(x.communeId)).quizId },
        body: { personId: await fx.person(x.communeId), reason: 'Vi phạm quy chế' },
      }),
    },
    // In scope: a contest open to her district (so a trainee there takes part); out of scope: another unit's.
    contestLeaderboard: {
      scoped: true,
      make: async (x, caller) => ({
        params: {
          id: (await fx.contest(x.communeId, { unitIds: [caller.inScope ? x.districtId : x.communeId] })).quizId,
        },
      }),
    },
    exportContestResults: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.contest(x.communeId)).quizId } }),
    },
    myContests: { scoped: false, make: async () => ({}) },
    myCertificates: { scoped: false, make: async () => ({}) },
    downloadMyCertificate: {
      scoped: true,
      make: async (x, caller) => ({ params: { id: (await ownOrOtherCertificate(x, caller)).id } }),
    },
    myCertificateBadge: {
      scoped: true,
      make: async (x, caller) => ({ params: { id: (await ownOrOtherCertificate(x, caller)).id } }),
    },
    recertify: {
      scoped: true,
      make: async (x, caller) => {
        const issued = await ownOrOtherCertificate(x, caller, 24);
        // Inside the reminder window: renewable.
        await t.db.query(`UPDATE certificates SET expires_at = now() + interval '3 days' WHERE id = $1`, [issued.id]);
        return { params: { id: issued.id } };
      },
    },
    listCertificates: { scoped: false, make: async () => ({}) },
    exportCertificates: { scoped: false, make: async () => ({}) },
    analyticsBreakdown: { scoped: true, make: async (x) => ({ params: { id: x.districtId } }) },
    analyticsTrend: { scoped: true, make: async (x) => ({ params: { id: x.districtId } }) },
    analyticsRoster: { scoped: true, make: async (x) => ({ params: { id: x.communeId } }) },
    analyticsExport: {
      scoped: true,
      make: async (x) => ({ params: { id: x.districtId }, query: { view: 'children', format: 'xlsx' } }),
    },
    getCertificate: {
      scoped: true,
      make: async (x) => ({ params: { id: (await certificates.issued(x.communeId)).id } }),
    },
    downloadCertificate: {
      scoped: true,
      make: async (x) => ({ params: { id: (await certificates.issued(x.communeId)).id } }),
    },
    revokeCertificate: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await certificates.issued(x.communeId)).id },
        body: { reason: 'Cấp nhầm người' },
      }),
    },
    reissueCertificate: {
      scoped: true,
      make: async (x) => {
        const issued = await certificates.issued(x.communeId);
        await t.db.query(`UPDATE people SET full_name = full_name || ' Sửa' WHERE id = $1`, [issued.personId]);
        return { params: { id: issued.id }, body: { reason: 'Sửa họ tên theo CCCD' } };
      },
    },
    failedCertificateJobs: { scoped: false, make: async () => ({}) },
    retryCertificateJob: {
      scoped: true,
      make: async (x) => {
        const completion = await certificates.completion(x.communeId);
        return { params: { jobId: await certificates.failedJob(completion.enrolmentId) } };
      },
    },
    getCertificateTemplate: {
      scoped: true,
      make: async (x) => ({ params: { id: (await fx.course(x.communeId)).courseId } }),
    },
    updateCertificateTemplate: {
      scoped: true,
      make: async (x) => ({
        params: { id: (await fx.course(x.communeId)).courseId },
        body: {
          logoFileId: null,
          signatoryName: 'Trần Thị Hồng Nhung',
          signatoryTitle: 'Chủ tịch',
          primaryColour: '#C2185B',
          accentColour: '#B8860B',
          validityMonths: 24,
          reminderDays: 30,
        },
      }),
    },
    verifyCertificate: {
      scoped: false,
      make: async (x) => ({ params: { code: (await certificates.issued(x.communeId)).code } }),
    },
    verifyCertificateFile: {
      scoped: false,
      make: async () => ({
        file: { data: Buffer.from('%PDF-1.7 not ours'), fileName: 'chứng nhận.pdf', contentType: 'application/pdf' },
      }),
    },
    certificateKeys: { scoped: false, make: async () => ({}) },
    createUpload: {
      scoped: true,
      make: async (x) => ({
        query: { courseId: (await fx.course(x.communeId)).courseId },
        file: { data: await png(600, 300), fileName: 'ảnh.png', contentType: 'image/png' },
      }),
    },
    // Any signed-in reader may fetch a file: lessons are read in units far from their authors'.
    getFile: { scoped: false, make: async (x) => ({ params: { id: await fx.upload(TEST_UPLOAD_DIR, x.communeId) } }) },
    getFileVariant: {
      scoped: false,
      make: async (x) => ({
        params: { id: await fx.upload(TEST_UPLOAD_DIR, x.communeId, 'image'), variant: 'w480' },
      }),
    },

    // committees and report schedules
    listCommittees: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    getCommittee: { scoped: true, make: async (x) => ({ params: { id: await committees.committee(x.districtId) } }) },
    createCommittee: {
      scoped: true,
      make: async (x) => ({
        body: { unitId: x.districtId, name: `Ban Thường vụ ${fx.next()}`, kind: 'other', unitIds: [x.communeId] },
      }),
    },
    updateCommittee: {
      scoped: true,
      make: async (x) => ({
        params: { id: await committees.committee(x.districtId) },
        body: { name: `Ban Thường vụ đổi tên ${fx.next()}` },
      }),
    },
    archiveCommittee: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.committee(x.districtId) } }),
    },
    addCommitteeRecipient: {
      scoped: true,
      make: async (x) => ({
        params: { id: await committees.committee(x.districtId) },
        body: { fullName: 'Trần Văn Bình', email: `binh.${fx.next()}@example.vn`, role: 'Phó Bí thư Huyện ủy' },
      }),
    },
    updateCommitteeRecipient: {
      scoped: true,
      make: async (x) => ({
        params: { id: await committees.recipient(await committees.committee(x.districtId)) },
        body: { role: 'Bí thư Huyện ủy' },
      }),
    },
    removeCommitteeRecipient: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.recipient(await committees.committee(x.districtId)) } }),
    },
    listCohorts: { scoped: true, make: async (x) => ({ query: { unitId: x.districtId } }) },
    listCommitteeCourseOptions: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.committee(x.districtId) } }),
    },
    listReportSchedules: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.committee(x.districtId) } }),
    },
    createReportSchedule: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.committee(x.districtId) }, body: { kind: 'monthly' } }),
    },
    updateReportSchedule: {
      scoped: true,
      make: async (x) => ({
        params: { id: await committees.schedule(await committees.committee(x.districtId), 'monthly') },
        body: { enabled: false },
      }),
    },
    deleteReportSchedule: {
      scoped: true,
      make: async (x) => ({ params: { id: await committees.schedule(await committees.committee(x.districtId)) } }),
    },
    listReportScheduleOptions: { scoped: false, make: async () => ({}) },
    runReportSchedule: {
      scoped: true,
      make: async (x) => ({
        params: { id: await reportScheduleIn(x) },
        body: { from: '2026-01-01', to: '2026-01-31' },
      }),
    },
    listReports: { scoped: false, make: async () => ({}) },
    getReport: { scoped: true, make: async (x) => ({ params: { id: (await reportIn(x)).reportId } }) },
    downloadReportPdf: { scoped: true, make: async (x) => ({ params: { id: (await reportIn(x)).reportId } }) },
    downloadReportXlsx: { scoped: true, make: async (x) => ({ params: { id: (await reportIn(x)).reportId } }) },
    resendReportDelivery: {
      scoped: true,
      make: async (x) => ({ params: { id: (await reportIn(x)).deliveryIds[0]! } }),
    },
    openReportLink: { scoped: false, make: async (x) => ({ params: { token: await reportLinkIn(x) } }) },
    reportLinkPdf: { scoped: false, make: async (x) => ({ params: { token: await reportLinkIn(x) } }) },
    reportLinkXlsx: { scoped: false, make: async (x) => ({ params: { token: await reportLinkIn(x) } }) },
    confirmReportReceipt: { scoped: false, make: async (x) => ({ params: { token: await reportLinkIn(x) } }) },
  };

  /** A schedule of a new committee of the target's district, with one recipient. */
  async function reportScheduleIn(x: Target): Promise<string> {
    const committee = await reports.committee(x.districtId, [x.districtId], { recipients: 1 });
    return reports.schedule(committee.committeeId, 'on_demand');
  }

  /** A built report of a new committee of the target's district, with its one copy. */
  async function reportIn(x: Target): Promise<ReadyReportFixture> {
    return reports.readyReport(TEST_UPLOAD_DIR, await reportScheduleIn(x));
  }

  async function reportLinkIn(x: Target): Promise<string> {
    return reportLinkToken(testConfig().reportLinkSecret, (await reportIn(x)).deliveryIds[0]!);
  }

  /** In scope: her own certificate; out of scope: somebody else's. */
  async function ownOrOtherCertificate(x: Target, caller: Caller, validityMonths?: number): Promise<IssuedFixture> {
    const personId = caller.inScope && caller.personId ? caller.personId : undefined;
    return certificates.issued(x.communeId, { personId, validityMonths });
  }

  async function questionIn(x: Target): Promise<string> {
    return fx.question(await fx.questionBank((await fx.course(x.communeId)).courseId));
  }

  /** In scope: her own enrolment; out of scope: somebody else's. */
  async function ownOrOtherEnrolment(x: Target, caller: Caller): Promise<{ enrolmentId: string; lessonId: string }> {
    const course = await fx.course(x.communeId, { published: true });
    const personId = caller.inScope && caller.personId ? caller.personId : await fx.person(x.communeId);
    return { enrolmentId: await fx.enrolment(personId, course), lessonId: course.lessonId };
  }

  /** In scope: a quiz of a course she is enrolled in; out of scope: one she is not enrolled in. */
  async function ownOrOtherQuiz(
    x: Target,
    caller: Caller,
  ): Promise<{ quizId: string; bankId: string; enrolmentId: string }> {
    const quiz = await fx.quizStep(x.communeId, { published: true });
    const personId = caller.inScope && caller.personId ? caller.personId : await fx.person(x.communeId);
    return { ...quiz, enrolmentId: await fx.enrolment(personId, quiz) };
  }

  /** A published quiz step of the target's commune with one submitted attempt. */
  async function quizWithAttempt(x: Target): Promise<{ quizId: string }> {
    const quiz = await fx.quizStep(x.communeId, { published: true });
    const personId = await fx.person(x.communeId);
    await fx.submitted(await fx.attempt(quiz, personId, await fx.enrolment(personId, quiz)));
    return quiz;
  }

  /** In scope: her own attempt; out of scope: somebody else's. */
  async function ownOrOtherAttempt(x: Target, caller: Caller): Promise<string> {
    const quiz = await fx.quizStep(x.communeId, { published: true });
    const personId = caller.inScope && caller.personId ? caller.personId : await fx.person(x.communeId);
    return fx.attempt(quiz, personId, await fx.enrolment(personId, quiz));
  }

  it('has a case for every contract route', () => {
    expect(Object.keys(cases).sort()).toEqual(routeList.map((r) => r.name).sort());
  });

  function successStatus(route: RouteDefinition): number {
    return route.response || route.fileResponse ? 200 : 204;
  }

  /** A POST only because it sends a file to check: it changes nothing, so it leaves no record. */
  function changesState(route: RouteDefinition): boolean {
    return route.method !== 'GET' && route !== routes.verifyCertificateFile;
  }

  function expected(route: RouteDefinition, actor: ActorName, inScope: boolean): number {
    if (route.access === 'public') return successStatus(route);
    if (actor === 'anonymous') return 401;
    if (route.access !== 'authenticated' && !route.access.some((r) => ACTORS[actor].roles.includes(r))) return 403;
    return inScope ? successStatus(route) : 404;
  }

  /**
   * Progress is recorded in its own append-only table (with the request id) rather than the audit log;
   * an attempt keeps the id of the last request that changed it.
   */
  async function auditCount(name: RouteName, response: { headers: Record<string, unknown> }): Promise<number> {
    const [table, column] =
      name === 'recordProgress'
        ? ['progress_events', 'request_id']
        : ['startAttempt', 'saveAttemptAnswers', 'submitAttempt'].includes(name)
          ? ['quiz_attempts', 'last_request_id']
          : ['audit_log', 'request_id'];
    const rows: { n: number }[] = await t.db.query(
      `SELECT least(count(*), 1)::int AS n FROM ${table} WHERE ${column} = $1`,
      [String(response.headers['x-request-id'])],
    );
    return rows[0]!.n;
  }

  async function sessionFor(actor: ActorName): Promise<Session | null> {
    return actor === 'anonymous' ? null : t.signIn(ACTORS[actor].email);
  }

  const rows: [RouteName, ActorName][] = [];
  for (const route of routeList) {
    for (const actor of ['anonymous', ...Object.keys(ACTORS)] as ActorName[]) rows.push([route.name, actor]);
  }

  it.each(rows)('%s as %s', async (name, actor) => {
    const route = routes[name] as RouteDefinition;
    const { scoped, make } = cases[name];
    const district = actor !== 'anonymous' && ACTORS[actor].district;
    const inside = targets.vuBan;
    const outside = district ? targets.yYen : targets.otherProvince;

    const results: string[] = [];
    const wanted: string[] = [];
    for (const [label, target, inScope] of [
      ['in scope', inside, true],
      ['out of scope', outside, false],
    ] as const) {
      if (!scoped && !inScope) continue;
      // A fresh session per call: sign-out and password changes must not disturb the next case.
      const as = await sessionFor(actor);
      const response = await t.call(route, {
        ...(await make(target, { personId: as?.view.user.personId ?? null, inScope })),
        as,
      });
      // Every state-changing request that succeeds leaves an audit record under its request id.
      const audited =
        changesState(route) && response.status < 300 ? ` audited: ${await auditCount(name, response)}` : '';
      results.push(`${label}: ${response.status}${audited}`);
      const status = expected(route, actor, inScope);
      wanted.push(`${label}: ${status}${changesState(route) && status < 300 ? ' audited: 1' : ''}`);
    }
    expect(results).toEqual(wanted);
  });
});
