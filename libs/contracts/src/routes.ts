import {
  CohortListQuery,
  CohortPage,
  CommitteeCourseOptions,
  CommitteeDetail,
  CommitteeListQuery,
  CommitteePage,
  CreateCommitteeBody,
  RecipientBody,
  RecipientView,
  ReportScheduleBody,
  ReportScheduleList,
  ReportScheduleView,
  UpdateCommitteeBody,
  UpdateRecipientBody,
  UpdateReportScheduleBody,
} from './committees';
import { ChangeOwnPasswordBody, SessionView, SignInBody, UpdateMeBody } from './auth';
import { IdParams } from './common';
import {
  AnalyticsBreakdown,
  AnalyticsExportQuery,
  AnalyticsQuery,
  AnalyticsRosterPage,
  AnalyticsRosterQuery,
  AnalyticsTrend,
} from './analytics';
import { AuditPage, AuditQuery, HealthView } from './audit';
import {
  ReportDeliveryView,
  ReportDetail,
  ReportLinkParams,
  ReportLinkView,
  ReportListQuery,
  ReportPage,
  ReportReceipt,
  ReportRunResult,
  ReportScheduleOptions,
  RunReportBody,
} from './reports';
import {
  AssignPositionBody,
  CreatePersonBody,
  CreateUnitBody,
  CreateUnitLevelBody,
  MoveUnitBody,
  PersonListQuery,
  PersonPage,
  PersonView,
  PositionAssignmentView,
  RenameUnitBody,
  UnitDetail,
  UnitLevelList,
  UnitLevelView,
  UnitListQuery,
  UnitPage,
  UnitPositions,
} from './organisation';
import { CreateUserBody, ResetPasswordBody, SetRolesBody, UserListQuery, UserPage, UserView } from './users';
import {
  CreateQuestionBankBody,
  QuestionBankList,
  QuestionBankView,
  QuestionBody,
  QuestionImportQuery,
  QuestionImportReport,
  QuestionListQuery,
  QuestionPage,
  QuestionView,
  UpdateQuestionBankBody,
} from './quizzes';
import {
  CourseDetail,
  CourseListQuery,
  CourseOutline,
  CoursePage,
  CreateCourseBody,
  CreateLessonBody,
  LessonOrderBody,
  LessonView,
  ModuleOrderBody,
  ModuleOutline,
  ModuleTitleBody,
  UpdateDraftBody,
  UpdateLessonBody,
} from './courses';
import {
  AssignCourseBody,
  AssignResult,
  Catalogue,
  CourseSettingsBody,
  EnrolmentLessonParams,
  EnrolmentListQuery,
  EnrolmentPage,
  LearnerLesson,
  LearnerOutline,
  MyLearning,
  ProgressBatchBody,
  ProgressBatchResult,
  CreateRequirementBody,
  RequirementList,
  RequirementView,
} from './learning';
import {
  AttemptView,
  QuizAttemptPage,
  QuizAttemptQuery,
  QuizSettingsBody,
  QuizSettingsView,
  QuizStatistics,
  RegradeBody,
  RegradeResult,
  SaveAnswersBody,
  SaveAnswersResult,
  SubmitAttemptBody,
  TraineeQuizView,
} from './quiz-attempts';
import {
  ContestBody,
  ContestListQuery,
  ContestPage,
  ContestView,
  Leaderboard,
  LeaderboardQuery,
  MyContests,
  WithdrawContestantBody,
} from './contests';
import {
  CertificateCodeParams,
  CertificateDetail,
  CertificateExportQuery,
  CertificateJobParams,
  CertificateKeysDocument,
  CertificateListQuery,
  CertificatePage,
  CertificateTemplateBody,
  CertificateTemplateView,
  FailedCertificateJobs,
  MyCertificates,
  RecertifyResult,
  ReissueCertificateBody,
  RevokeCertificateBody,
  Verification,
} from './certificates';
import { defineRoute, type RouteDefinition } from './route';
import { routeTable, type RouteName, type RouteTable } from './route-table';
import { FileParams, FileVariantParams, UploadQuery, UploadView } from './uploads';

/**
 * Every route with its schemas: each entry extends its line of `routeTable` (method, path, access), which
 * the web reads without loading zod. The `satisfies` clause fails to compile if a name is missing, extra,
 * or bound to another route's table line.
 */
export const routes = {
  health: defineRoute(routeTable.health, {
    summary: 'Database, Redis and queue health',
    response: HealthView,
  }),

  signIn: defineRoute(routeTable.signIn, {
    summary: 'Sign in with e-mail or phone and password',
    body: SignInBody,
    response: SessionView,
  }),
  signOut: defineRoute(routeTable.signOut, {
    summary: 'End the current session',
  }),
  session: defineRoute(routeTable.session, {
    summary: 'The current session, with its CSRF token',
    response: SessionView,
  }),
  updateMe: defineRoute(routeTable.updateMe, {
    summary: 'Change own preferences (language)',
    body: UpdateMeBody,
    response: SessionView,
  }),
  changeOwnPassword: defineRoute(routeTable.changeOwnPassword, {
    summary: 'Change own password; other sessions end',
    body: ChangeOwnPasswordBody,
  }),

  listUnitLevels: defineRoute(routeTable.listUnitLevels, {
    summary: 'Named levels of the unit tree',
    response: UnitLevelList,
  }),
  createUnitLevel: defineRoute(routeTable.createUnitLevel, {
    summary: 'Add a level (admins of a top-level unit)',
    body: CreateUnitLevelBody,
    response: UnitLevelView,
  }),

  listUnits: defineRoute(routeTable.listUnits, {
    summary: 'Children of a unit, or a name search in a subtree',
    query: UnitListQuery,
    response: UnitPage,
  }),
  getUnit: defineRoute(routeTable.getUnit, {
    summary: 'One unit with its ancestors',
    params: IdParams,
    response: UnitDetail,
  }),
  createUnit: defineRoute(routeTable.createUnit, {
    summary: 'Create a unit under a parent',
    body: CreateUnitBody,
    response: UnitDetail,
  }),
  renameUnit: defineRoute(routeTable.renameUnit, {
    summary: 'Rename a unit (history kept)',
    params: IdParams,
    body: RenameUnitBody,
    response: UnitDetail,
  }),
  moveUnit: defineRoute(routeTable.moveUnit, {
    summary: 'Move a unit and its subtree under another parent (history kept)',
    params: IdParams,
    body: MoveUnitBody,
    response: UnitDetail,
  }),

  listUnitPositions: defineRoute(routeTable.listUnitPositions, {
    summary: 'Positions of a unit with holders and reserves',
    params: IdParams,
    response: UnitPositions,
  }),
  assignPosition: defineRoute(routeTable.assignPosition, {
    summary: 'Make a person holder or reserve of a position',
    params: IdParams,
    body: AssignPositionBody,
    response: PositionAssignmentView,
  }),
  endPositionAssignment: defineRoute(routeTable.endPositionAssignment, {
    summary: 'End a holder or reserve assignment (history kept)',
    params: IdParams,
  }),

  listPeople: defineRoute(routeTable.listPeople, {
    summary: 'Members of a unit subtree',
    query: PersonListQuery,
    response: PersonPage,
  }),
  getPerson: defineRoute(routeTable.getPerson, {
    summary: 'One member with positions',
    params: IdParams,
    response: PersonView,
  }),
  createPerson: defineRoute(routeTable.createPerson, {
    summary: 'Add a member to a unit',
    body: CreatePersonBody,
    response: PersonView,
  }),

  listUsers: defineRoute(routeTable.listUsers, {
    summary: 'Accounts in scope',
    query: UserListQuery,
    response: UserPage,
  }),
  getUser: defineRoute(routeTable.getUser, {
    summary: 'One account',
    params: IdParams,
    response: UserView,
  }),
  createUser: defineRoute(routeTable.createUser, {
    summary: 'Create an account for a member',
    body: CreateUserBody,
    response: UserView,
  }),
  setUserRoles: defineRoute(routeTable.setUserRoles, {
    summary: "Replace an account's roles",
    params: IdParams,
    body: SetRolesBody,
    response: UserView,
  }),
  disableUser: defineRoute(routeTable.disableUser, {
    summary: 'Disable an account and end its sessions',
    params: IdParams,
    response: UserView,
  }),
  enableUser: defineRoute(routeTable.enableUser, {
    summary: 'Enable an account',
    params: IdParams,
    response: UserView,
  }),
  resetUserPassword: defineRoute(routeTable.resetUserPassword, {
    summary: 'Set a new password; sessions end, lockout clears',
    params: IdParams,
    body: ResetPasswordBody,
    response: UserView,
  }),

  listAudit: defineRoute(routeTable.listAudit, {
    summary: 'Audit trail of the caller’s scope',
    query: AuditQuery,
    response: AuditPage,
  }),

  listCourses: defineRoute(routeTable.listCourses, {
    summary: 'Courses owned by units in scope',
    query: CourseListQuery,
    response: CoursePage,
  }),
  createCourse: defineRoute(routeTable.createCourse, {
    summary: 'Create a course; it starts as draft version 1',
    body: CreateCourseBody,
    response: CourseDetail,
  }),
  getCourse: defineRoute(routeTable.getCourse, {
    summary: 'A course with its versions',
    params: IdParams,
    response: CourseDetail,
  }),
  updateCourseDraft: defineRoute(routeTable.updateCourseDraft, {
    summary: "Change the draft's title, summary, language, category or duration",
    params: IdParams,
    body: UpdateDraftBody,
    response: CourseOutline,
  }),
  startCourseDraft: defineRoute(routeTable.startCourseDraft, {
    summary: 'The draft, copied from the latest published version when there is none',
    params: IdParams,
    response: CourseOutline,
  }),
  getCourseVersion: defineRoute(routeTable.getCourseVersion, {
    summary: "One version's modules and lessons",
    params: IdParams,
    response: CourseOutline,
  }),
  publishCourseVersion: defineRoute(routeTable.publishCourseVersion, {
    summary: 'Freeze the draft as an immutable published version',
    params: IdParams,
    response: CourseOutline,
  }),
  createModule: defineRoute(routeTable.createModule, {
    summary: 'Add a module at the end of a draft',
    params: IdParams,
    body: ModuleTitleBody,
    response: ModuleOutline,
  }),
  reorderModules: defineRoute(routeTable.reorderModules, {
    summary: "Set the order of a draft's modules",
    params: IdParams,
    body: ModuleOrderBody,
    response: CourseOutline,
  }),
  updateModule: defineRoute(routeTable.updateModule, {
    summary: 'Rename a draft module',
    params: IdParams,
    body: ModuleTitleBody,
    response: ModuleOutline,
  }),
  deleteModule: defineRoute(routeTable.deleteModule, {
    summary: 'Remove a draft module and its lessons',
    params: IdParams,
  }),
  createLesson: defineRoute(routeTable.createLesson, {
    summary: 'Add a lesson at the end of a draft module',
    params: IdParams,
    body: CreateLessonBody,
    response: LessonView,
  }),
  reorderLessons: defineRoute(routeTable.reorderLessons, {
    summary: "Set the order of a draft module's lessons",
    params: IdParams,
    body: LessonOrderBody,
    response: ModuleOutline,
  }),
  getLesson: defineRoute(routeTable.getLesson, {
    summary: 'A lesson with its sanitised content',
    params: IdParams,
    response: LessonView,
  }),
  updateLesson: defineRoute(routeTable.updateLesson, {
    summary: 'Edit a draft lesson; HTML is sanitised on save',
    params: IdParams,
    body: UpdateLessonBody,
    response: LessonView,
  }),
  deleteLesson: defineRoute(routeTable.deleteLesson, {
    summary: 'Remove a draft lesson',
    params: IdParams,
  }),

  updateCourseSettings: defineRoute(routeTable.updateCourseSettings, {
    summary: 'Open or close self-enrolment',
    params: IdParams,
    body: CourseSettingsBody,
    response: CourseDetail,
  }),
  assignCourse: defineRoute(routeTable.assignCourse, {
    summary: 'Enrol named people, a unit subtree, or holders of positions there',
    params: IdParams,
    body: AssignCourseBody,
    response: AssignResult,
  }),
  listCourseEnrolments: defineRoute(routeTable.listCourseEnrolments, {
    summary: 'Enrolments in the caller’s scope, with the version each trainee is on',
    params: IdParams,
    query: EnrolmentListQuery,
    response: EnrolmentPage,
  }),
  endEnrolment: defineRoute(routeTable.endEnrolment, {
    summary: 'Unenrol; progress and history are kept',
    params: IdParams,
  }),
  catalogue: defineRoute(routeTable.catalogue, {
    summary: 'Open courses the caller may enrol in',
    response: Catalogue,
  }),
  selfEnrol: defineRoute(routeTable.selfEnrol, {
    summary: 'Enrol oneself in an open course',
    params: IdParams,
    response: LearnerOutline,
  }),
  myLearning: defineRoute(routeTable.myLearning, {
    summary: 'The caller’s enrolments with progress and due dates',
    response: MyLearning,
  }),
  myEnrolment: defineRoute(routeTable.myEnrolment, {
    summary: 'Outline of an own enrolment with progress and where to resume',
    params: IdParams,
    response: LearnerOutline,
  }),
  myLesson: defineRoute(routeTable.myLesson, {
    summary: 'A lesson of the pinned version, with neighbours and resume position',
    params: EnrolmentLessonParams,
    response: LearnerLesson,
  }),
  recordProgress: defineRoute(routeTable.recordProgress, {
    summary: 'Store progress events once each and recompute completion',
    body: ProgressBatchBody,
    response: ProgressBatchResult,
  }),
  listCourseRequirements: defineRoute(routeTable.listCourseRequirements, {
    summary: 'Which positions must take the course, where and by when',
    params: IdParams,
    response: RequirementList,
  }),
  createCourseRequirement: defineRoute(routeTable.createCourseRequirement, {
    summary: 'Require the course for positions in a subtree; enrols them now and as they change',
    params: IdParams,
    body: CreateRequirementBody,
    response: RequirementView,
  }),
  endCourseRequirement: defineRoute(routeTable.endCourseRequirement, {
    summary: 'Stop requiring; existing enrolments stay',
    params: IdParams,
  }),

  listQuestionBanks: defineRoute(routeTable.listQuestionBanks, {
    summary: "A course's question banks",
    params: IdParams,
    response: QuestionBankList,
  }),
  createQuestionBank: defineRoute(routeTable.createQuestionBank, {
    summary: 'Add a question bank to a course',
    params: IdParams,
    body: CreateQuestionBankBody,
    response: QuestionBankView,
  }),
  updateQuestionBank: defineRoute(routeTable.updateQuestionBank, {
    summary: 'Rename a question bank or replace its categories (a category in use stays)',
    params: IdParams,
    body: UpdateQuestionBankBody,
    response: QuestionBankView,
  }),
  listQuestions: defineRoute(routeTable.listQuestions, {
    summary: "A bank's questions with their answer keys, filtered by category, tag, type or stem words",
    params: IdParams,
    query: QuestionListQuery,
    response: QuestionPage,
  }),
  exportQuestionBank: defineRoute(routeTable.exportQuestionBank, {
    summary:
      "A bank's questions with their answer keys as a UTF-8 CSV file, one row per question, in the columns of docs/question-bank-template.md",
    params: IdParams,
    fileResponse: true,
  }),
  exportQuestionBankXlsx: defineRoute(routeTable.exportQuestionBankXlsx, {
    summary:
      "A bank's questions with their answer keys as an Excel workbook: one sheet, the CSV template's columns, header row first",
    params: IdParams,
    fileResponse: true,
  }),
  importQuestionBank: defineRoute(routeTable.importQuestionBank, {
    summary:
      'Check (`mode=dry_run`) or import (`mode=apply`) the CSV template or an XLSX workbook sent as multipart field `file`; all rows or none, a row with the id of a question of the bank replaces it',
    params: IdParams,
    query: QuestionImportQuery,
    multipart: true,
    response: QuestionImportReport,
  }),
  createQuestion: defineRoute(routeTable.createQuestion, {
    summary: 'Add a question (rich text is sanitised; option ids are made by the server)',
    params: IdParams,
    body: QuestionBody,
    response: QuestionView,
  }),
  getQuestion: defineRoute(routeTable.getQuestion, {
    summary: 'A question with its answer key',
    params: IdParams,
    response: QuestionView,
  }),
  updateQuestion: defineRoute(routeTable.updateQuestion, {
    summary: 'Replace a question; send option ids back to keep them',
    params: IdParams,
    body: QuestionBody,
    response: QuestionView,
  }),
  deleteQuestion: defineRoute(routeTable.deleteQuestion, {
    summary: 'Remove a question from its bank (kept for the attempts that drew it)',
    params: IdParams,
  }),
  getLessonQuiz: defineRoute(routeTable.getLessonQuiz, {
    summary: "A quiz step's rules (404 until they are set)",
    params: IdParams,
    response: QuizSettingsView,
  }),
  putLessonQuiz: defineRoute(routeTable.putLessonQuiz, {
    summary: "Set a quiz step's rules: bank, draw, pass mark, attempts, time limit, dates, review (draft only)",
    params: IdParams,
    body: QuizSettingsBody,
    response: QuizSettingsView,
  }),
  listQuizAttempts: defineRoute(routeTable.listQuizAttempts, {
    summary: "A quiz's attempts, newest first, with the person, her unit and the result",
    params: IdParams,
    query: QuizAttemptQuery,
    response: QuizAttemptPage,
  }),
  quizStatistics: defineRoute(routeTable.quizStatistics, {
    summary: "A quiz's results: counts, score distribution, and each question's facility and discrimination",
    params: IdParams,
    response: QuizStatistics,
  }),
  regradeQuiz: defineRoute(routeTable.regradeQuiz, {
    summary:
      "Replace the attempts' copy of some (or all) questions with the bank's current key and regrade the submitted attempts",
    params: IdParams,
    body: RegradeBody,
    response: RegradeResult,
  }),
  myQuiz: defineRoute(routeTable.myQuiz, {
    summary: 'A quiz open to me: its rules and my attempts (never its questions)',
    params: IdParams,
    response: TraineeQuizView,
  }),
  startAttempt: defineRoute(routeTable.startAttempt, {
    summary: 'Start an attempt, or resume the one in progress',
    params: IdParams,
    response: AttemptView,
  }),
  myAttempt: defineRoute(routeTable.myAttempt, {
    summary: 'My attempt: questions and saved answers, or the review the quiz allows',
    params: IdParams,
    response: AttemptView,
  }),
  saveAttemptAnswers: defineRoute(routeTable.saveAttemptAnswers, {
    summary: 'Autosave my answers (the highest revision wins)',
    params: IdParams,
    body: SaveAnswersBody,
    response: SaveAnswersResult,
  }),
  submitAttempt: defineRoute(routeTable.submitAttempt, {
    summary: 'Submit my attempt for grading (again: the same result)',
    params: IdParams,
    body: SubmitAttemptBody,
    response: AttemptView,
  }),

  listContests: defineRoute(routeTable.listContests, {
    summary: 'Contests whose course owner or units overlap my scope, newest opening first',
    query: ContestListQuery,
    response: ContestPage,
  }),
  createContest: defineRoute(routeTable.createContest, {
    summary: 'Schedule a timed contest over a bank of the course, open to some units (each with its subtree)',
    body: ContestBody,
    response: ContestView,
  }),
  getContest: defineRoute(routeTable.getContest, {
    summary: 'A contest with its rules, units and withdrawals',
    params: IdParams,
    response: ContestView,
  }),
  updateContest: defineRoute(routeTable.updateContest, {
    summary:
      'Change a contest; once it has opened, its questions, time and scoring are fixed (409), and once its result is final nothing changes',
    params: IdParams,
    body: ContestBody,
    response: ContestView,
  }),
  withdrawContestant: defineRoute(routeTable.withdrawContestant, {
    summary: 'Withdraw a person from a contest: she leaves the live leaderboard and cannot start',
    params: IdParams,
    body: WithdrawContestantBody,
    response: ContestView,
  }),
  contestLeaderboard: defineRoute(routeTable.contestLeaderboard, {
    summary: 'The leaderboard by person or by branch/commune: live while open, the stored final result after the close',
    params: IdParams,
    query: LeaderboardQuery,
    response: Leaderboard,
  }),
  exportContestResults: defineRoute(routeTable.exportContestResults, {
    summary: 'The ranked results as a UTF-8 CSV file (with a byte order mark for Excel)',
    params: IdParams,
    fileResponse: true,
  }),
  myContests: defineRoute(routeTable.myContests, {
    summary: 'Contests open to me (upcoming, open, closed in the last 30 days) with my state in each',
    response: MyContests,
  }),

  myCertificates: defineRoute(routeTable.myCertificates, {
    summary: 'My certificates, newest first, and my completed courses whose certificate is still being issued',
    response: MyCertificates,
  }),
  downloadMyCertificate: defineRoute(routeTable.downloadMyCertificate, {
    summary: 'My certificate as the PDF issued (stored once, never regenerated on download)',
    params: IdParams,
    fileResponse: true,
  }),
  myCertificateBadge: defineRoute(routeTable.myCertificateBadge, {
    summary: 'My certificate as an Open Badges 3.0 credential (JSON), signed with the certificate key (eddsa-jcs-2022)',
    params: IdParams,
    fileResponse: true,
  }),
  recertify: defineRoute(routeTable.recertify, {
    summary:
      'Start the course again to renew a certificate that is about to expire or has expired (the course must ask for re-certification)',
    params: IdParams,
    response: RecertifyResult,
  }),
  listCertificates: defineRoute(routeTable.listCertificates, {
    summary: 'Certificates of people in my scope, filtered, newest first',
    query: CertificateListQuery,
    response: CertificatePage,
  }),
  exportCertificates: defineRoute(routeTable.exportCertificates, {
    summary: 'The filtered certificates in my scope as an XLSX workbook',
    query: CertificateExportQuery,
    fileResponse: true,
  }),
  getCertificate: defineRoute(routeTable.getCertificate, {
    summary: 'A certificate in my scope with its history (issue, re-issues, revocation, reminders)',
    params: IdParams,
    response: CertificateDetail,
  }),
  downloadCertificate: defineRoute(routeTable.downloadCertificate, {
    summary: 'The PDF of a certificate in my scope',
    params: IdParams,
    fileResponse: true,
  }),
  revokeCertificate: defineRoute(routeTable.revokeCertificate, {
    summary: 'Revoke a certificate with a reason (audited); the public page then says so',
    params: IdParams,
    body: RevokeCertificateBody,
    response: CertificateDetail,
  }),
  reissueCertificate: defineRoute(routeTable.reissueCertificate, {
    summary:
      "Re-issue a certificate with the holder's current name after a correction: same number, new PDF and signature, the change recorded",
    params: IdParams,
    body: ReissueCertificateBody,
    response: CertificateDetail,
  }),
  failedCertificateJobs: defineRoute(routeTable.failedCertificateJobs, {
    summary: 'Certificate jobs that used up their retries, for people in my scope',
    response: FailedCertificateJobs,
  }),
  retryCertificateJob: defineRoute(routeTable.retryCertificateJob, {
    summary: 'Run a failed certificate job again',
    params: CertificateJobParams,
  }),
  getCertificateTemplate: defineRoute(routeTable.getCertificateTemplate, {
    summary: "The course's certificate template (logo, signatory, colours) and validity",
    params: IdParams,
    response: CertificateTemplateView,
  }),
  updateCertificateTemplate: defineRoute(routeTable.updateCertificateTemplate, {
    summary: "Change the course's certificate template and validity; certificates issued before keep theirs",
    params: IdParams,
    body: CertificateTemplateBody,
    response: CertificateTemplateView,
  }),
  verifyCertificate: defineRoute(routeTable.verifyCertificate, {
    summary:
      'Public: whether a certificate code is genuine (its signature checked) and valid, revoked or expired; rate-limited',
    params: CertificateCodeParams,
    response: Verification,
  }),
  verifyCertificateFile: defineRoute(routeTable.verifyCertificateFile, {
    summary:
      'Public: whether a PDF file (multipart field `file`) is exactly a certificate as issued; any edit makes it not genuine; rate-limited',
    multipart: true,
    response: Verification,
  }),
  certificateKeys: defineRoute(routeTable.certificateKeys, {
    summary:
      'Public: the Ed25519 keys that sign certificates (JWK Set), also at /.well-known/sen-certificate-keys.json',
    response: CertificateKeysDocument,
  }),

  analyticsBreakdown: defineRoute(routeTable.analyticsBreakdown, {
    summary:
      'Completion, pass and coverage of a unit in my scope as of a date: its subtree, its children, its courses and positions',
    params: IdParams,
    query: AnalyticsQuery,
    response: AnalyticsBreakdown,
  }),
  analyticsTrend: defineRoute(routeTable.analyticsTrend, {
    summary: "A unit's indicators over the period, by day, week or month",
    params: IdParams,
    query: AnalyticsQuery,
    response: AnalyticsTrend,
  }),
  analyticsRoster: defineRoute(routeTable.analyticsRoster, {
    summary: 'The required cadres of a unit subtree in my scope, each with her course status',
    params: IdParams,
    query: AnalyticsRosterQuery,
    response: AnalyticsRosterPage,
  }),
  analyticsExport: defineRoute(routeTable.analyticsExport, {
    summary: 'One analytics view (children, courses, positions, trend, roster) as CSV or XLSX',
    params: IdParams,
    query: AnalyticsExportQuery,
    fileResponse: true,
  }),
  createUpload: defineRoute(routeTable.createUpload, {
    summary:
      'Upload an image (JPEG, PNG, WebP), MP4 video or document (PDF, DOCX, XLSX) as multipart field `file`; the type is read from the content',
    query: UploadQuery,
    multipart: true,
    response: UploadView,
  }),
  getFile: defineRoute(routeTable.getFile, {
    summary: 'An uploaded file; supports byte ranges for video seeking',
    params: FileParams,
    fileResponse: true,
  }),
  getFileVariant: defineRoute(routeTable.getFileVariant, {
    summary: 'A resized copy of an uploaded image (WebP)',
    params: FileVariantParams,
    fileResponse: true,
  }),

  // committees and report schedules
  listCommittees: defineRoute(routeTable.listCommittees, {
    summary: 'Supervising committees managed in my scope, by name (diacritics optional), active or archived',
    query: CommitteeListQuery,
    response: CommitteePage,
  }),
  getCommittee: defineRoute(routeTable.getCommittee, {
    summary: 'A committee in my scope with the units it covers, its current recipients and its report schedules',
    params: IdParams,
    response: CommitteeDetail,
  }),
  createCommittee: defineRoute(routeTable.createCommittee, {
    summary: "Create a committee managed by a unit of mine, covering units inside that unit's subtree",
    body: CreateCommitteeBody,
    response: CommitteeDetail,
  }),
  updateCommittee: defineRoute(routeTable.updateCommittee, {
    summary: 'Change a committee’s name, kind or covered units',
    params: IdParams,
    body: UpdateCommitteeBody,
    response: CommitteeDetail,
  }),
  archiveCommittee: defineRoute(routeTable.archiveCommittee, {
    summary: 'Archive a committee: it leaves the list and its schedules stop; its reports and deliveries stay',
    params: IdParams,
    response: CommitteeDetail,
  }),
  addCommitteeRecipient: defineRoute(routeTable.addCommitteeRecipient, {
    summary: 'Add a recipient (no account: a name, an e-mail address unique in the committee, a role)',
    params: IdParams,
    body: RecipientBody,
    response: RecipientView,
  }),
  updateCommitteeRecipient: defineRoute(routeTable.updateCommitteeRecipient, {
    summary: 'Change a recipient’s name, e-mail address or role; later reports go to the new address',
    params: IdParams,
    body: UpdateRecipientBody,
    response: RecipientView,
  }),
  removeCommitteeRecipient: defineRoute(routeTable.removeCommitteeRecipient, {
    summary: 'Remove a recipient from later reports; past deliveries to her stay in the log',
    params: IdParams,
  }),
  listCohorts: defineRoute(routeTable.listCohorts, {
    summary: 'Cohorts run in my scope, latest end first (for choosing an end-of-cohort report)',
    query: CohortListQuery,
    response: CohortPage,
  }),
  listCommitteeCourseOptions: defineRoute(routeTable.listCommitteeCourseOptions, {
    summary: "Courses a committee's report may cover: required in its units, or owned there",
    params: IdParams,
    response: CommitteeCourseOptions,
  }),
  listReportSchedules: defineRoute(routeTable.listReportSchedules, {
    summary: "A committee's report schedules with their next run (Vietnam time)",
    params: IdParams,
    response: ReportScheduleList,
  }),
  createReportSchedule: defineRoute(routeTable.createReportSchedule, {
    summary:
      'Schedule reports to a committee: monthly, quarterly, at the end of a cohort or on demand; runs as a background job',
    params: IdParams,
    body: ReportScheduleBody,
    response: ReportScheduleView,
  }),
  updateReportSchedule: defineRoute(routeTable.updateReportSchedule, {
    summary: 'Change a report schedule, or enable or disable it',
    params: IdParams,
    body: UpdateReportScheduleBody,
    response: ReportScheduleView,
  }),
  deleteReportSchedule: defineRoute(routeTable.deleteReportSchedule, {
    summary: 'Delete a report schedule that has built no report yet (otherwise disable it)',
    params: IdParams,
  }),
  // Committee reports (runs, the delivery log, resends) and the recipients' signed links.
  listReportScheduleOptions: defineRoute(routeTable.listReportScheduleOptions, {
    summary: 'Report schedules of the committees in my scope, for running one now',
    response: ReportScheduleOptions,
  }),
  runReportSchedule: defineRoute(routeTable.runReportSchedule, {
    summary:
      "Build and send a schedule's report now: for the period that has just ended, or on demand for the dates given. A period's report exists once: asking again returns it (`created: false`) and sends only copies not sent yet (a recipient added since), never a second one",
    params: IdParams,
    body: RunReportBody,
    response: ReportRunResult,
  }),
  listReports: defineRoute(routeTable.listReports, {
    summary: 'Reports to the committees in my scope, newest first, with their delivery counts',
    query: ReportListQuery,
    response: ReportPage,
  }),
  getReport: defineRoute(routeTable.getReport, {
    summary: 'A report with its headline numbers and its delivery log (status, attempts, errors, opened, received)',
    params: IdParams,
    response: ReportDetail,
  }),
  downloadReportPdf: defineRoute(routeTable.downloadReportPdf, {
    summary: 'The report as the PDF sent (stored once)',
    params: IdParams,
    fileResponse: true,
  }),
  downloadReportXlsx: defineRoute(routeTable.downloadReportXlsx, {
    summary: 'The report as the XLSX workbook sent (stored once)',
    params: IdParams,
    fileResponse: true,
  }),
  resendReportDelivery: defineRoute(routeTable.resendReportDelivery, {
    summary: "Send one recipient's copy again, with the same Message-ID (a failed copy starts over); audited",
    params: IdParams,
    response: ReportDeliveryView,
  }),
  openReportLink: defineRoute(routeTable.openReportLink, {
    summary:
      "Public, through a recipient's signed link: the report's summary; records when it was first opened; rate-limited",
    params: ReportLinkParams,
    response: ReportLinkView,
  }),
  reportLinkPdf: defineRoute(routeTable.reportLinkPdf, {
    summary: "Public, through a recipient's signed link: the report's PDF; rate-limited",
    params: ReportLinkParams,
    fileResponse: true,
  }),
  reportLinkXlsx: defineRoute(routeTable.reportLinkXlsx, {
    summary: "Public, through a recipient's signed link: the report's XLSX; rate-limited",
    params: ReportLinkParams,
    fileResponse: true,
  }),
  confirmReportReceipt: defineRoute(routeTable.confirmReportReceipt, {
    summary:
      "Public, through a recipient's signed link: confirm receipt of the report; the first confirmation's time is kept and returned again",
    params: ReportLinkParams,
    response: ReportReceipt,
  }),
} as const satisfies { readonly [K in RouteName]: RouteTable[K] & RouteDefinition };

export type Routes = typeof routes;

/**
 * The full route (with its schemas' types) of a table line, so a client given the zod-free
 * `routeTable.x` still gets typed params, body and answer. Method and path single out one route.
 */
export type RouteFor<E> = { [K in RouteName]: [E] extends [RouteTable[K]] ? Routes[K] : never }[RouteName];

/** Used by the OpenAPI generator and the authorization matrix: every route, named. */
export const routeList = (Object.entries(routes) as [RouteName, RouteDefinition][]).map(([name, def]) => ({
  name,
  ...def,
}));
