import { lazy, Suspense, type ReactNode } from 'react';
import { Alert, Anchor, Button, Group, Stack, Tabs, Text } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { routes, type CourseDetail, type CourseOutline } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { PageHeader } from '../../../app/ui/page-header.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { localTitle } from '../../../i18n/local-title';
import { useLocale } from '../../../i18n/use-locale.hook';
import { CourseDetailsForm } from '../components/course-details-form.component';
import { CourseEditorActions } from '../components/course-editor-actions.component';
import { CourseOutlineEditor } from '../components/course-outline.component';
import { CourseStatusBadges } from '../components/course-status-badges.component';
import { shownVersion } from '../components/course-status';
import { CourseLearners } from '../components/course-learners.component';
import { CourseRequirements } from '../components/course-requirements.component';
import { CourseSettings } from '../components/course-settings.component';
import { CourseVersions } from '../components/course-versions.component';
import { COURSE_TABS } from '../hooks/course-tab';
import { useCourseQuery, useCourseVersionQuery } from '../hooks/use-course-queries';
import { useCourseTab } from '../hooks/use-course-tab.hook';

// Question banks are another feature's screen, fetched when an author opens their tab.
const CourseQuestionBanks = lazy(async () => ({
  default: (await import('../../question-banks/components/course-question-banks.component')).CourseQuestionBanks,
}));
const CertificateTemplateSection = lazy(async () => ({
  default: (await import('../../issued-certificates/components/certificate-template-form.component'))
    .CertificateTemplateSection,
}));

export function CourseEditorPage() {
  const { t } = useTranslation();
  const { courseId = '' } = useParams();
  const course = useCourseQuery(courseId);

  return (
    <Stack>
      <Anchor component={Link} to="/courses" size="sm">
        ← {t('courses.backToList')}
      </Anchor>
      {course.isPending ? (
        <ListSkeleton rows={6} />
      ) : course.isError ? (
        <QueryError error={course.error} onRetry={() => void course.refetch()} />
      ) : (
        <CourseEditor course={course.data} />
      )}
    </Stack>
  );
}

function CourseEditor({ course }: { course: CourseDetail }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const [searchParams, setSearchParams] = useSearchParams();
  const [askedTab, setTab] = useCourseTab();
  const canAuthor = useCan(routes.updateCourseDraft);
  // Questions carry their answer keys: reviewers, whom the API refuses them, do not get the tab.
  const canSeeBanks = useCan(routes.listQuestionBanks);
  // The certificate template is the authors' (admins and trainers), as the API decides.
  const canSeeTemplate = useCan(routes.getCertificateTemplate);
  const tabs = COURSE_TABS.filter(
    (value) => (value !== 'banks' || canSeeBanks) && (value !== 'certificate' || canSeeTemplate),
  );
  const tab = tabs.includes(askedTab) ? askedTab : 'outline';
  const shown = shownVersion(course, searchParams.get('version'));
  const editable = Boolean(shown?.editable && canAuthor);
  const showVersion = (versionId?: string) =>
    setSearchParams(
      (previous) => {
        const next = new URLSearchParams(previous);
        if (versionId) next.set('version', versionId);
        else next.delete('version');
        return next;
      },
      { replace: true },
    );
  // After publishing or starting a draft, the editor follows the course to its new current version.
  const onDone = (_: CourseOutline) => showVersion(undefined);
  const content = (render: (outline: CourseOutline) => ReactNode) => (
    <ShownVersionContent
      course={course}
      versionId={shown?.versionId}
      canAuthor={canAuthor}
      onShowDraft={() => showVersion(undefined)}
      render={render}
    />
  );

  return (
    <>
      <PageHeader
        title={localTitle(course, locale)}
        actions={canAuthor ? <CourseEditorActions course={course} onDone={onDone} /> : undefined}
      />
      <Group gap="xs" wrap="wrap">
        <Text size="sm" c="dimmed">
          {course.ownerUnit.name} · {t(`courseCategories.${course.category}`)}
        </Text>
        <CourseStatusBadges course={course} />
      </Group>
      <Tabs
        value={tab}
        onChange={(value) => setTab(tabs.find((known) => known === value) ?? 'outline')}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((value) => (
            <Tabs.Tab key={value} value={value}>
              {value === 'certificate' ? t('issuedCertificates.template.tab') : t(`courses.editor.tabs.${value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="outline" pt="md">
          {content((outline) => (
            <CourseOutlineEditor outline={outline} editable={editable} />
          ))}
        </Tabs.Panel>
        <Tabs.Panel value="details" pt="md">
          {content((outline) => (
            <CourseDetailsForm key={outline.versionId} outline={outline} editable={editable} />
          ))}
        </Tabs.Panel>
        {canSeeBanks && (
          <Tabs.Panel value="banks" pt="md">
            <Suspense fallback={<ListSkeleton rows={3} />}>
              <CourseQuestionBanks course={course} />
            </Suspense>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="versions" pt="md">
          <CourseVersions course={course} shownId={shown?.versionId ?? ''} />
        </Tabs.Panel>
        <Tabs.Panel value="learners" pt="md">
          <CourseLearners course={course} />
        </Tabs.Panel>
        <Tabs.Panel value="requirements" pt="md">
          <CourseRequirements course={course} />
        </Tabs.Panel>
        {canSeeTemplate && (
          <Tabs.Panel value="certificate" pt="md">
            <Suspense fallback={<ListSkeleton rows={4} />}>
              <CertificateTemplateSection course={course} />
            </Suspense>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="settings" pt="md">
          <CourseSettings course={course} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

interface ShownVersionContentProps {
  course: CourseDetail;
  versionId: string | undefined;
  canAuthor: boolean;
  onShowDraft: () => void;
  render: (outline: CourseOutline) => ReactNode;
}

/** The content tabs show one version's outline, under a notice saying which version it is. */
function ShownVersionContent({ course, versionId, canAuthor, onShowDraft, render }: ShownVersionContentProps) {
  const outline = useCourseVersionQuery(versionId);
  if (outline.isPending) return <ListSkeleton rows={6} />;
  if (outline.isError) return <QueryError error={outline.error} onRetry={() => void outline.refetch()} />;
  return (
    <Stack>
      <VersionNotice outline={outline.data} canAuthor={canAuthor} course={course} onShowDraft={onShowDraft} />
      {render(outline.data)}
    </Stack>
  );
}

interface VersionNoticeProps {
  outline: CourseOutline;
  course: CourseDetail;
  canAuthor: boolean;
  onShowDraft: () => void;
}

function VersionNotice({ outline, course, canAuthor, onShowDraft }: VersionNoticeProps) {
  const { t } = useTranslation();
  if (outline.status === 'draft') {
    return (
      <Alert color="yellow" variant="light">
        {t('courses.editor.viewingDraft', { n: outline.versionNo })}
      </Alert>
    );
  }
  const draftElsewhere = course.draftVersionId !== null && course.draftVersionId !== outline.versionId;
  return (
    <Alert color="blue" variant="light">
      <Stack gap="xs">
        <Text size="sm">{t('courses.editor.viewingPublished', { n: outline.versionNo })}</Text>
        {canAuthor && !draftElsewhere && <Text size="sm">{t('courses.editor.viewingPublishedHint')}</Text>}
        {draftElsewhere && (
          <Group>
            <Button size="xs" variant="light" onClick={onShowDraft}>
              {t('courses.editor.showDraft')}
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  );
}
