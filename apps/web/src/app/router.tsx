import { createBrowserRouter, type RouteObject } from 'react-router';
import { routeTable } from '@sen/contracts';
import { RequireAccess } from './access/require-access.guard';
import { RequireSession } from './access/require-session.guard';
import { NotFoundPage } from './access/not-found.page';
import { RouteError } from './route-error.component';
import { AppShellLayout } from './shell/app-shell.layout';
import { ListSkeleton } from './ui/list-skeleton.component';

// Every screen is its own chunk, fetched on first visit, so the first load carries only the shell: a
// trainee opening a lesson does not download the sign-in form (and its validation) or the staff overview.
const appRoutes: RouteObject[] = [
  {
    path: '/sign-in',
    lazy: async () => ({ Component: (await import('../features/auth/routes/sign-in.page')).SignInPage }),
  },
  // Public: whoever scans a certificate's QR code checks it without an account.
  {
    path: '/verify/:code?',
    lazy: async () => ({ Component: (await import('../features/verification/routes/verify.page')).VerifyPage }),
  },
  // Public: the link in a committee member's report mail; she has no account.
  {
    path: '/reports/received/:token',
    lazy: async () => ({
      Component: (await import('../features/reports/routes/report-receipt.page')).ReportReceiptPage,
    }),
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppShellLayout />,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/routes/home.page')).HomePage }),
          },
          // The trainee side: any signed-in person may have enrolments; the API scopes them to her own.
          {
            path: 'learn',
            lazy: async () => ({
              Component: (await import('../features/learning/routes/my-learning.page')).MyLearningPage,
            }),
          },
          {
            path: 'learn/:enrolmentId',
            lazy: async () => ({
              Component: (await import('../features/learning/routes/course-outline.page')).CourseOutlinePage,
            }),
          },
          {
            path: 'learn/:enrolmentId/lessons/:lessonId',
            lazy: async () => ({
              Component: (await import('../features/learning/routes/lesson-player.page')).LessonPlayerPage,
            }),
          },
          {
            path: 'certificates',
            lazy: async () => ({
              Component: (await import('../features/certificates/routes/my-certificates.page')).MyCertificatesPage,
            }),
          },
          {
            path: 'learn/quizzes/:quizId',
            lazy: async () => ({
              Component: (await import('../features/quiz-player/routes/quiz.page')).QuizPage,
            }),
          },
          {
            path: 'learn/attempts/:attemptId',
            lazy: async () => ({
              Component: (await import('../features/quiz-player/routes/attempt.page')).AttemptPage,
            }),
          },
          {
            path: 'learn/contests/:contestId',
            lazy: async () => ({
              Component: (await import('../features/contests/routes/contest-board.page')).ContestBoardPage,
            }),
          },
          {
            element: <RequireAccess access={routeTable.listUnits.access} />,
            children: [
              {
                path: 'units',
                lazy: async () => ({
                  Component: (await import('../features/units/routes/unit-roots.page')).UnitRootsPage,
                }),
              },
              {
                path: 'units/:unitId',
                lazy: async () => ({
                  Component: (await import('../features/units/routes/unit-detail.page')).UnitDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listPeople.access} />,
            children: [
              {
                path: 'people',
                lazy: async () => ({
                  Component: (await import('../features/people/routes/people-list.page')).PeopleListPage,
                }),
              },
              {
                path: 'people/:personId',
                lazy: async () => ({
                  Component: (await import('../features/people/routes/person-detail.page')).PersonDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.createPerson.access} />,
            children: [
              {
                path: 'people/new',
                lazy: async () => ({
                  Component: (await import('../features/people/routes/person-create.page')).PersonCreatePage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listCourses.access} />,
            children: [
              {
                path: 'courses',
                lazy: async () => ({
                  Component: (await import('../features/courses/routes/courses-list.page')).CoursesListPage,
                }),
              },
              {
                path: 'courses/:courseId',
                lazy: async () => ({
                  Component: (await import('../features/courses/routes/course-editor.page')).CourseEditorPage,
                }),
              },
              {
                path: 'lessons/:lessonId',
                lazy: async () => ({
                  Component: (await import('../features/courses/routes/lesson-editor.page')).LessonEditorPage,
                }),
              },
            ],
          },
          {
            // Questions and results carry answer keys: authors only, as the API decides.
            element: <RequireAccess access={routeTable.listQuestions.access} />,
            children: [
              {
                path: 'courses/:courseId/banks/:bankId',
                lazy: async () => ({
                  Component: (await import('../features/question-banks/routes/question-bank.page')).QuestionBankPage,
                }),
              },
              {
                path: 'courses/:courseId/banks/:bankId/questions/new',
                lazy: async () => ({
                  Component: (await import('../features/question-banks/routes/question-editor.page'))
                    .QuestionEditorPage,
                }),
              },
              {
                path: 'courses/:courseId/banks/:bankId/questions/:questionId',
                lazy: async () => ({
                  Component: (await import('../features/question-banks/routes/question-editor.page'))
                    .QuestionEditorPage,
                }),
              },
              {
                path: 'courses/:courseId/quizzes/:quizId/results',
                lazy: async () => ({
                  Component: (await import('../features/quiz-results/routes/quiz-results.page')).QuizResultsPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.createCourse.access} />,
            children: [
              {
                path: 'courses/new',
                lazy: async () => ({
                  Component: (await import('../features/courses/routes/course-create.page')).CourseCreatePage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listContests.access} />,
            children: [
              {
                path: 'contests',
                lazy: async () => ({
                  Component: (await import('../features/contests/routes/contests-list.page')).ContestsListPage,
                }),
              },
              {
                path: 'contests/:contestId',
                lazy: async () => ({
                  Component: (await import('../features/contests/routes/contest-detail.page')).ContestDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.createContest.access} />,
            children: [
              {
                path: 'contests/new',
                lazy: async () => ({
                  Component: (await import('../features/contests/routes/contest-create.page')).ContestCreatePage,
                }),
              },
              {
                path: 'contests/:contestId/edit',
                lazy: async () => ({
                  Component: (await import('../features/contests/routes/contest-edit.page')).ContestEditPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listCertificates.access} />,
            children: [
              {
                path: 'issued-certificates',
                lazy: async () => ({
                  Component: (await import('../features/issued-certificates/routes/certificate-list.page'))
                    .CertificateListPage,
                }),
              },
              {
                path: 'issued-certificates/:certificateId',
                lazy: async () => ({
                  Component: (await import('../features/issued-certificates/routes/staff-certificate-detail.page'))
                    .StaffCertificateDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.analyticsBreakdown.access} />,
            children: [
              {
                path: 'analytics',
                lazy: async () => ({
                  Component: (await import('../features/analytics/routes/analytics-home.page')).AnalyticsHomePage,
                }),
              },
              {
                path: 'analytics/units/:unitId',
                lazy: async () => ({
                  Component: (await import('../features/analytics/routes/analytics-unit.page')).AnalyticsUnitPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listReports.access} />,
            children: [
              {
                path: 'reports',
                lazy: async () => ({
                  Component: (await import('../features/reports/routes/report-list.page')).ReportListPage,
                }),
              },
              {
                path: 'reports/:reportId',
                lazy: async () => ({
                  Component: (await import('../features/reports/routes/report-detail.page')).ReportDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listUsers.access} />,
            children: [
              {
                path: 'users',
                lazy: async () => ({
                  Component: (await import('../features/users/routes/users-list.page')).UsersListPage,
                }),
              },
              {
                path: 'users/new',
                lazy: async () => ({
                  Component: (await import('../features/users/routes/user-create.page')).UserCreatePage,
                }),
              },
              {
                path: 'users/:userId',
                lazy: async () => ({
                  Component: (await import('../features/users/routes/user-detail.page')).UserDetailPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listAudit.access} />,
            children: [
              {
                path: 'audit',
                lazy: async () => ({
                  Component: (await import('../features/audit/routes/audit-list.page')).AuditListPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={['admin']} />,
            children: [
              {
                // The page itself also asks for a grant at the root unit, as the API does.
                path: 'operations/queues',
                lazy: async () => ({
                  Component: (await import('../features/operations/routes/queue-dashboard.page')).QueueDashboardPage,
                }),
              },
            ],
          },
          {
            element: <RequireAccess access={routeTable.listCommittees.access} />,
            children: [
              {
                path: 'committees',
                lazy: async () => ({
                  Component: (await import('../features/committees/routes/committees-list.page')).CommitteesListPage,
                }),
              },
              {
                path: 'committees/:committeeId',
                lazy: async () => ({
                  Component: (await import('../features/committees/routes/committee-detail.page')).CommitteeDetailPage,
                }),
              },
            ],
          },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];

export const router = createBrowserRouter([
  { HydrateFallback: () => <ListSkeleton />, errorElement: <RouteError />, children: appRoutes },
]);
