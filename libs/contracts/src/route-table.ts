import type { RouteEntry } from './route';

const STAFF = ['admin', 'reviewer', 'trainer'] as const;
const ADMIN = ['admin'] as const;
const AUTHORS = ['admin', 'trainer'] as const;
/** Who follows the results of people in a scope: certificates issued, completion analytics. */
const CERTIFICATE_VIEWERS = ['admin', 'reviewer'] as const;

/**
 * Method, path and access of every route, without schemas: what the web needs at run time to call a
 * route or decide whether to offer it. Kept apart from `routes.ts` so that a trainee's phone does not
 * download zod and every schema to open a lesson; `routes.ts` adds the schemas to these same lines.
 */
export const routeTable = {
  health: {
    method: 'GET',
    path: '/health',
    tag: 'operations',
    access: 'public',
  },

  signIn: {
    method: 'POST',
    path: '/v1/auth/sign-in',
    tag: 'auth',
    access: 'public',
  },
  signOut: {
    method: 'POST',
    path: '/v1/auth/sign-out',
    tag: 'auth',
    access: 'authenticated',
  },
  session: {
    method: 'GET',
    path: '/v1/auth/session',
    tag: 'auth',
    access: 'authenticated',
  },
  updateMe: {
    method: 'PATCH',
    path: '/v1/me',
    tag: 'auth',
    access: 'authenticated',
  },
  changeOwnPassword: {
    method: 'POST',
    path: '/v1/me/password',
    tag: 'auth',
    access: 'authenticated',
  },

  listUnitLevels: {
    method: 'GET',
    path: '/v1/unit-levels',
    tag: 'organisation',
    access: 'authenticated',
  },
  createUnitLevel: {
    method: 'POST',
    path: '/v1/unit-levels',
    tag: 'organisation',
    access: ADMIN,
  },

  listUnits: {
    method: 'GET',
    path: '/v1/units',
    tag: 'organisation',
    access: STAFF,
  },
  getUnit: {
    method: 'GET',
    path: '/v1/units/:id',
    tag: 'organisation',
    access: STAFF,
  },
  createUnit: {
    method: 'POST',
    path: '/v1/units',
    tag: 'organisation',
    access: ADMIN,
  },
  renameUnit: {
    method: 'PATCH',
    path: '/v1/units/:id',
    tag: 'organisation',
    access: ADMIN,
  },
  moveUnit: {
    method: 'POST',
    path: '/v1/units/:id/move',
    tag: 'organisation',
    access: ADMIN,
  },

  listUnitPositions: {
    method: 'GET',
    path: '/v1/units/:id/positions',
    tag: 'organisation',
    access: STAFF,
  },
  assignPosition: {
    method: 'POST',
    path: '/v1/units/:id/positions',
    tag: 'organisation',
    access: ADMIN,
  },
  endPositionAssignment: {
    method: 'DELETE',
    path: '/v1/position-assignments/:id',
    tag: 'organisation',
    access: ADMIN,
  },

  listPeople: {
    method: 'GET',
    path: '/v1/people',
    tag: 'organisation',
    access: STAFF,
  },
  getPerson: {
    method: 'GET',
    path: '/v1/people/:id',
    tag: 'organisation',
    access: STAFF,
  },
  createPerson: {
    method: 'POST',
    path: '/v1/people',
    tag: 'organisation',
    access: ADMIN,
  },

  listUsers: {
    method: 'GET',
    path: '/v1/users',
    tag: 'users',
    access: ADMIN,
  },
  getUser: {
    method: 'GET',
    path: '/v1/users/:id',
    tag: 'users',
    access: ADMIN,
  },
  createUser: {
    method: 'POST',
    path: '/v1/users',
    tag: 'users',
    access: ADMIN,
  },
  setUserRoles: {
    method: 'PUT',
    path: '/v1/users/:id/roles',
    tag: 'users',
    access: ADMIN,
  },
  disableUser: {
    method: 'POST',
    path: '/v1/users/:id/disable',
    tag: 'users',
    access: ADMIN,
  },
  enableUser: {
    method: 'POST',
    path: '/v1/users/:id/enable',
    tag: 'users',
    access: ADMIN,
  },
  resetUserPassword: {
    method: 'POST',
    path: '/v1/users/:id/password',
    tag: 'users',
    access: ADMIN,
  },

  listAudit: {
    method: 'GET',
    path: '/v1/audit',
    tag: 'audit',
    access: ADMIN,
  },

  listCourses: {
    method: 'GET',
    path: '/v1/courses',
    tag: 'authoring',
    access: STAFF,
  },
  createCourse: {
    method: 'POST',
    path: '/v1/courses',
    tag: 'authoring',
    access: AUTHORS,
  },
  getCourse: {
    method: 'GET',
    path: '/v1/courses/:id',
    tag: 'authoring',
    access: STAFF,
  },
  updateCourseDraft: {
    method: 'PATCH',
    path: '/v1/courses/:id/draft',
    tag: 'authoring',
    access: AUTHORS,
  },
  startCourseDraft: {
    method: 'POST',
    path: '/v1/courses/:id/draft',
    tag: 'authoring',
    access: AUTHORS,
  },
  getCourseVersion: {
    method: 'GET',
    path: '/v1/course-versions/:id',
    tag: 'authoring',
    access: STAFF,
  },
  publishCourseVersion: {
    method: 'POST',
    path: '/v1/course-versions/:id/publish',
    tag: 'authoring',
    access: AUTHORS,
  },
  createModule: {
    method: 'POST',
    path: '/v1/course-versions/:id/modules',
    tag: 'authoring',
    access: AUTHORS,
  },
  reorderModules: {
    method: 'PUT',
    path: '/v1/course-versions/:id/module-order',
    tag: 'authoring',
    access: AUTHORS,
  },
  updateModule: {
    method: 'PATCH',
    path: '/v1/course-modules/:id',
    tag: 'authoring',
    access: AUTHORS,
  },
  deleteModule: {
    method: 'DELETE',
    path: '/v1/course-modules/:id',
    tag: 'authoring',
    access: AUTHORS,
  },
  createLesson: {
    method: 'POST',
    path: '/v1/course-modules/:id/lessons',
    tag: 'authoring',
    access: AUTHORS,
  },
  reorderLessons: {
    method: 'PUT',
    path: '/v1/course-modules/:id/lesson-order',
    tag: 'authoring',
    access: AUTHORS,
  },
  getLesson: {
    method: 'GET',
    path: '/v1/lessons/:id',
    tag: 'authoring',
    access: STAFF,
  },
  updateLesson: {
    method: 'PATCH',
    path: '/v1/lessons/:id',
    tag: 'authoring',
    access: AUTHORS,
  },
  deleteLesson: {
    method: 'DELETE',
    path: '/v1/lessons/:id',
    tag: 'authoring',
    access: AUTHORS,
  },

  updateCourseSettings: {
    method: 'PUT',
    path: '/v1/courses/:id/settings',
    tag: 'authoring',
    access: AUTHORS,
  },
  assignCourse: {
    method: 'POST',
    path: '/v1/courses/:id/enrolments',
    tag: 'enrolment',
    access: AUTHORS,
  },
  listCourseEnrolments: {
    method: 'GET',
    path: '/v1/courses/:id/enrolments',
    tag: 'enrolment',
    access: STAFF,
  },
  endEnrolment: {
    method: 'DELETE',
    path: '/v1/enrolments/:id',
    tag: 'enrolment',
    access: AUTHORS,
  },
  catalogue: {
    method: 'GET',
    path: '/v1/me/catalogue',
    tag: 'learning',
    access: 'authenticated',
  },
  selfEnrol: {
    method: 'POST',
    path: '/v1/courses/:id/self-enrol',
    tag: 'learning',
    access: 'authenticated',
  },
  myLearning: {
    method: 'GET',
    path: '/v1/me/learning',
    tag: 'learning',
    access: 'authenticated',
  },
  myEnrolment: {
    method: 'GET',
    path: '/v1/me/enrolments/:id',
    tag: 'learning',
    access: 'authenticated',
  },
  myLesson: {
    method: 'GET',
    path: '/v1/me/enrolments/:id/lessons/:lessonId',
    tag: 'learning',
    access: 'authenticated',
  },
  recordProgress: {
    method: 'POST',
    path: '/v1/me/progress',
    tag: 'learning',
    access: 'authenticated',
  },
  listCourseRequirements: {
    method: 'GET',
    path: '/v1/courses/:id/requirements',
    tag: 'enrolment',
    access: STAFF,
  },
  createCourseRequirement: {
    method: 'POST',
    path: '/v1/courses/:id/requirements',
    tag: 'enrolment',
    access: AUTHORS,
  },
  endCourseRequirement: {
    method: 'DELETE',
    path: '/v1/course-requirements/:id',
    tag: 'enrolment',
    access: AUTHORS,
  },

  listQuestionBanks: {
    method: 'GET',
    path: '/v1/courses/:id/question-banks',
    tag: 'quizzes',
    access: AUTHORS,
  },
  createQuestionBank: {
    method: 'POST',
    path: '/v1/courses/:id/question-banks',
    tag: 'quizzes',
    access: AUTHORS,
  },
  updateQuestionBank: {
    method: 'PATCH',
    path: '/v1/question-banks/:id',
    tag: 'quizzes',
    access: AUTHORS,
  },
  listQuestions: {
    method: 'GET',
    path: '/v1/question-banks/:id/questions',
    tag: 'quizzes',
    access: AUTHORS,
  },
  exportQuestionBank: {
    method: 'GET',
    path: '/v1/question-banks/:id/export.csv',
    tag: 'quizzes',
    access: AUTHORS,
  },
  exportQuestionBankXlsx: {
    method: 'GET',
    path: '/v1/question-banks/:id/export.xlsx',
    tag: 'quizzes',
    access: AUTHORS,
  },
  importQuestionBank: {
    method: 'POST',
    path: '/v1/question-banks/:id/import',
    tag: 'quizzes',
    access: AUTHORS,
  },
  createQuestion: {
    method: 'POST',
    path: '/v1/question-banks/:id/questions',
    tag: 'quizzes',
    access: AUTHORS,
  },
  getQuestion: {
    method: 'GET',
    path: '/v1/questions/:id',
    tag: 'quizzes',
    access: AUTHORS,
  },
  updateQuestion: {
    method: 'PUT',
    path: '/v1/questions/:id',
    tag: 'quizzes',
    access: AUTHORS,
  },
  deleteQuestion: {
    method: 'DELETE',
    path: '/v1/questions/:id',
    tag: 'quizzes',
    access: AUTHORS,
  },

  getLessonQuiz: {
    method: 'GET',
    path: '/v1/lessons/:id/quiz',
    tag: 'quizzes',
    access: AUTHORS,
  },
  putLessonQuiz: {
    method: 'PUT',
    path: '/v1/lessons/:id/quiz',
    tag: 'quizzes',
    access: AUTHORS,
  },
  // Trainer views of a quiz's attempts: authors only, as they show what the keys are worth.
  listQuizAttempts: {
    method: 'GET',
    path: '/v1/quizzes/:id/attempts',
    tag: 'quizzes',
    access: AUTHORS,
  },
  quizStatistics: {
    method: 'GET',
    path: '/v1/quizzes/:id/statistics',
    tag: 'quizzes',
    access: AUTHORS,
  },
  regradeQuiz: {
    method: 'POST',
    path: '/v1/quizzes/:id/regrade',
    tag: 'quizzes',
    access: AUTHORS,
  },
  myQuiz: {
    method: 'GET',
    path: '/v1/me/quizzes/:id',
    tag: 'attempts',
    access: 'authenticated',
  },
  startAttempt: {
    method: 'POST',
    path: '/v1/me/quizzes/:id/attempts',
    tag: 'attempts',
    access: 'authenticated',
  },
  myAttempt: {
    method: 'GET',
    path: '/v1/me/attempts/:id',
    tag: 'attempts',
    access: 'authenticated',
  },
  saveAttemptAnswers: {
    method: 'PUT',
    path: '/v1/me/attempts/:id/answers',
    tag: 'attempts',
    access: 'authenticated',
  },
  submitAttempt: {
    method: 'POST',
    path: '/v1/me/attempts/:id/submit',
    tag: 'attempts',
    access: 'authenticated',
  },

  listContests: {
    method: 'GET',
    path: '/v1/contests',
    tag: 'contests',
    access: STAFF,
  },
  createContest: {
    method: 'POST',
    path: '/v1/contests',
    tag: 'contests',
    access: AUTHORS,
  },
  getContest: {
    method: 'GET',
    path: '/v1/contests/:id',
    tag: 'contests',
    access: STAFF,
  },
  updateContest: {
    method: 'PUT',
    path: '/v1/contests/:id',
    tag: 'contests',
    access: AUTHORS,
  },
  withdrawContestant: {
    method: 'POST',
    path: '/v1/contests/:id/withdrawals',
    tag: 'contests',
    access: AUTHORS,
  },
  contestLeaderboard: {
    method: 'GET',
    path: '/v1/contests/:id/leaderboard',
    tag: 'contests',
    access: 'authenticated',
  },
  exportContestResults: {
    method: 'GET',
    path: '/v1/contests/:id/results.csv',
    tag: 'contests',
    access: STAFF,
  },
  myContests: {
    method: 'GET',
    path: '/v1/me/contests',
    tag: 'contests',
    access: 'authenticated',
  },

  myCertificates: {
    method: 'GET',
    path: '/v1/me/certificates',
    tag: 'certificates',
    access: 'authenticated',
  },
  downloadMyCertificate: {
    method: 'GET',
    path: '/v1/me/certificates/:id/pdf',
    tag: 'certificates',
    access: 'authenticated',
  },
  myCertificateBadge: {
    method: 'GET',
    path: '/v1/me/certificates/:id/open-badge',
    tag: 'certificates',
    access: 'authenticated',
  },
  recertify: {
    method: 'POST',
    path: '/v1/me/certificates/:id/recertify',
    tag: 'certificates',
    access: 'authenticated',
  },
  listCertificates: {
    method: 'GET',
    path: '/v1/certificates',
    tag: 'certificates',
    access: CERTIFICATE_VIEWERS,
  },
  exportCertificates: {
    method: 'GET',
    path: '/v1/certificates/export.xlsx',
    tag: 'certificates',
    access: CERTIFICATE_VIEWERS,
  },
  getCertificate: {
    method: 'GET',
    path: '/v1/certificates/:id',
    tag: 'certificates',
    access: CERTIFICATE_VIEWERS,
  },
  downloadCertificate: {
    method: 'GET',
    path: '/v1/certificates/:id/pdf',
    tag: 'certificates',
    access: CERTIFICATE_VIEWERS,
  },
  revokeCertificate: {
    method: 'POST',
    path: '/v1/certificates/:id/revoke',
    tag: 'certificates',
    access: ADMIN,
  },
  reissueCertificate: {
    method: 'POST',
    path: '/v1/certificates/:id/reissue',
    tag: 'certificates',
    access: ADMIN,
  },
  failedCertificateJobs: {
    method: 'GET',
    path: '/v1/certificate-jobs/failed',
    tag: 'certificates',
    access: ADMIN,
  },
  retryCertificateJob: {
    method: 'POST',
    path: '/v1/certificate-jobs/:jobId/retry',
    tag: 'certificates',
    access: ADMIN,
  },
  getCertificateTemplate: {
    method: 'GET',
    path: '/v1/courses/:id/certificate-template',
    tag: 'certificates',
    access: AUTHORS,
  },
  updateCertificateTemplate: {
    method: 'PUT',
    path: '/v1/courses/:id/certificate-template',
    tag: 'certificates',
    access: AUTHORS,
  },
  verifyCertificate: {
    method: 'GET',
    path: '/v1/verify/:code',
    tag: 'verification',
    access: 'public',
  },
  verifyCertificateFile: {
    method: 'POST',
    path: '/v1/verify-file',
    tag: 'verification',
    access: 'public',
  },
  certificateKeys: {
    method: 'GET',
    path: '/v1/certificate-keys',
    tag: 'verification',
    access: 'public',
  },

  analyticsBreakdown: {
    method: 'GET',
    path: '/v1/analytics/units/:id',
    tag: 'analytics',
    access: CERTIFICATE_VIEWERS,
  },
  analyticsTrend: {
    method: 'GET',
    path: '/v1/analytics/units/:id/trend',
    tag: 'analytics',
    access: CERTIFICATE_VIEWERS,
  },
  analyticsRoster: {
    method: 'GET',
    path: '/v1/analytics/units/:id/roster',
    tag: 'analytics',
    access: CERTIFICATE_VIEWERS,
  },
  analyticsExport: {
    method: 'GET',
    path: '/v1/analytics/units/:id/export',
    tag: 'analytics',
    access: CERTIFICATE_VIEWERS,
  },

  createUpload: {
    method: 'POST',
    path: '/v1/uploads',
    tag: 'authoring',
    access: AUTHORS,
  },
  getFile: {
    method: 'GET',
    path: '/v1/files/:id',
    tag: 'files',
    access: 'authenticated',
  },
  getFileVariant: {
    method: 'GET',
    path: '/v1/files/:id/:variant',
    tag: 'files',
    access: 'authenticated',
  },

  // committees and report schedules: admins manage committees and recipients; reviewers (and admins) schedule reports
  listCommittees: {
    method: 'GET',
    path: '/v1/committees',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  getCommittee: {
    method: 'GET',
    path: '/v1/committees/:id',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  createCommittee: {
    method: 'POST',
    path: '/v1/committees',
    tag: 'committees',
    access: ADMIN,
  },
  updateCommittee: {
    method: 'PATCH',
    path: '/v1/committees/:id',
    tag: 'committees',
    access: ADMIN,
  },
  archiveCommittee: {
    method: 'POST',
    path: '/v1/committees/:id/archive',
    tag: 'committees',
    access: ADMIN,
  },
  addCommitteeRecipient: {
    method: 'POST',
    path: '/v1/committees/:id/recipients',
    tag: 'committees',
    access: ADMIN,
  },
  updateCommitteeRecipient: {
    method: 'PATCH',
    path: '/v1/committee-recipients/:id',
    tag: 'committees',
    access: ADMIN,
  },
  removeCommitteeRecipient: {
    method: 'DELETE',
    path: '/v1/committee-recipients/:id',
    tag: 'committees',
    access: ADMIN,
  },
  listCohorts: {
    method: 'GET',
    path: '/v1/cohorts',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  listCommitteeCourseOptions: {
    method: 'GET',
    path: '/v1/committees/:id/course-options',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  listReportSchedules: {
    method: 'GET',
    path: '/v1/committees/:id/report-schedules',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  createReportSchedule: {
    method: 'POST',
    path: '/v1/committees/:id/report-schedules',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  updateReportSchedule: {
    method: 'PATCH',
    path: '/v1/report-schedules/:id',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },
  deleteReportSchedule: {
    method: 'DELETE',
    path: '/v1/report-schedules/:id',
    tag: 'committees',
    access: ['admin', 'reviewer'],
  },

  // Committee reports (runs, the delivery log, resends) and the recipients' signed links: admins run and resend,
  // reviewers read; a recipient needs no account.
  listReportScheduleOptions: {
    method: 'GET',
    path: '/v1/report-schedule-options',
    tag: 'reports',
    access: CERTIFICATE_VIEWERS,
  },
  runReportSchedule: {
    method: 'POST',
    path: '/v1/report-schedules/:id/run',
    tag: 'reports',
    access: ADMIN,
  },
  listReports: {
    method: 'GET',
    path: '/v1/reports',
    tag: 'reports',
    access: CERTIFICATE_VIEWERS,
  },
  getReport: {
    method: 'GET',
    path: '/v1/reports/:id',
    tag: 'reports',
    access: CERTIFICATE_VIEWERS,
  },
  downloadReportPdf: {
    method: 'GET',
    path: '/v1/reports/:id/pdf',
    tag: 'reports',
    access: CERTIFICATE_VIEWERS,
  },
  downloadReportXlsx: {
    method: 'GET',
    path: '/v1/reports/:id/xlsx',
    tag: 'reports',
    access: CERTIFICATE_VIEWERS,
  },
  resendReportDelivery: {
    method: 'POST',
    path: '/v1/report-deliveries/:id/resend',
    tag: 'reports',
    access: ADMIN,
  },
  openReportLink: {
    method: 'GET',
    path: '/v1/report-links/:token',
    tag: 'reports',
    access: 'public',
  },
  reportLinkPdf: {
    method: 'GET',
    path: '/v1/report-links/:token/pdf',
    tag: 'reports',
    access: 'public',
  },
  reportLinkXlsx: {
    method: 'GET',
    path: '/v1/report-links/:token/xlsx',
    tag: 'reports',
    access: 'public',
  },
  confirmReportReceipt: {
    method: 'POST',
    path: '/v1/report-links/:token/receipt',
    tag: 'reports',
    access: 'public',
  },
} as const satisfies Record<string, RouteEntry>;

export type RouteTable = typeof routeTable;
export type RouteName = keyof RouteTable;
