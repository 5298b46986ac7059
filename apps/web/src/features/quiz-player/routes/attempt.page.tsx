import { useCallback, useEffect, useRef, useState } from 'react';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AttemptView, TraineeQuizView } from '@sen/contracts';
import { isApiRequestError } from '../../../app/api/api-request-error';
import { ConfirmDialog } from '../../../app/ui/confirm-dialog.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { QueryError } from '../../../app/ui/query-error.component';
import { useLearnerLessonQuery } from '../../learning/hooks/use-learning-queries';
import { AttemptQuestion } from '../components/attempt-question.component';
import { AttemptResult } from '../components/attempt-result.component';
import { AttemptReview } from '../components/attempt-review.component';
import { AttemptStatusBar } from '../components/attempt-status-bar.component';
import { QuestionNavigator } from '../components/question-navigator.component';
import { QuizBackLink } from '../components/quiz-back-link.component';
import { unansweredNumbers } from '../hooks/answer-state';
import { useAttemptAutosave } from '../hooks/use-attempt-autosave.hook';
import { useCountdown } from '../hooks/use-countdown.hook';
import {
  useAttemptQuery,
  useMyQuizQuery,
  useRefreshClosedAttempt,
  useSubmitAttemptMutation,
} from '../hooks/use-quiz-queries';

const CLOSED_CODES = new Set(['ATTEMPT_SUBMITTED', 'ATTEMPT_TIME_UP']);

/** An attempt: taken while in progress, its result and review once submitted. */
export function AttemptPage() {
  const { attemptId = '' } = useParams();
  const attempt = useAttemptQuery(attemptId);
  const quiz = useMyQuizQuery(attempt.data?.quizId);
  if (attempt.isPending) return <ListSkeleton rows={6} />;
  if (attempt.isError) return <QueryError error={attempt.error} onRetry={() => void attempt.refetch()} />;
  const view = attempt.data;
  if (view.status === 'in_progress') {
    return <AttemptInProgress key={view.id} attempt={view} receivedAt={attempt.dataUpdatedAt} quiz={quiz.data} />;
  }
  return <SubmittedAttempt attempt={view} quiz={quiz.data} />;
}

interface InProgressProps {
  attempt: AttemptView;
  /** When this device received `attempt` (its `serverNow` is the server's clock at that moment). */
  receivedAt: number;
  quiz: TraineeQuizView | undefined;
}

function AttemptInProgress({ attempt, receivedAt, quiz }: InProgressProps) {
  const { t } = useTranslation();
  const refresh = useRefreshClosedAttempt(attempt.id);
  const { autosave, snapshot } = useAttemptAutosave(attempt, () => void refresh());
  const submit = useSubmitAttemptMutation(attempt.id);
  const countdown = useCountdown(attempt.deadlineAt, attempt.serverNow, receivedAt);
  const [params, setParams] = useSearchParams();
  const [confirming, setConfirming] = useState(false);
  const questions = attempt.questions;
  const total = questions.length;
  // The open question is in the address, so a reload comes back to it.
  const index = Math.min(Math.max(Number.parseInt(params.get('q') ?? '1', 10) - 1 || 0, 0), total - 1);
  const { answers } = snapshot.state;
  const unanswered = unansweredNumbers(questions, answers);
  const expired = countdown?.phase === 'over';

  const send = useCallback(() => {
    const { revision, answers: latest } = autosave.takeForSubmit();
    submit.mutate(revision > 0 ? { revision, answers: latest } : {}, {
      onSuccess: () => autosave.finish(),
      onError: (error) => {
        if (isApiRequestError(error) && CLOSED_CODES.has(error.code)) {
          autosave.finish();
          void refresh();
          return;
        }
        // Not sent: keep saving as before; the answers are still on the phone.
        autosave.start();
      },
    });
  }, [autosave, submit, refresh]);

  // At zero the attempt goes in by itself; without a connection, as soon as one is back.
  const autoSent = useRef(false);
  useEffect(() => {
    if (!expired) return;
    if (!autoSent.current) {
      autoSent.current = true;
      send();
    }
    window.addEventListener('online', send);
    return () => window.removeEventListener('online', send);
  }, [expired, send]);

  const go = (target: number) => setParams({ q: String(target + 1) }, { replace: true });
  const view = questions[index];
  if (!view) return <QueryError error={null} />;

  return (
    <Stack gap="md" maw={720}>
      <QuizBackLink quiz={quiz} />
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {t('quiz.attempts.number', { number: attempt.attemptNo })}
        </Text>
        <Title order={1} size="h3">
          {quiz?.title ?? t('quiz.label')}
        </Title>
      </Stack>
      <AttemptStatusBar
        countdown={countdown}
        status={snapshot.status}
        answered={total - unanswered.length}
        total={total}
      />
      {countdown?.phase === 'warning' && (
        <Alert color="red" variant="light" role="alert">
          {t('quiz.attempt.oneMinute')}
        </Alert>
      )}
      {expired && (
        <Alert color="red" variant="light" role="alert">
          {submit.isError ? t('quiz.attempt.timeUpOffline') : t('quiz.attempt.timeUp')}
        </Alert>
      )}
      <AttemptQuestion
        key={view.question.id}
        view={view}
        number={index + 1}
        total={total}
        answer={answers[view.question.id]}
        locked={expired || submit.isPending}
        onAnswer={(answer) => autosave.answer(view.question.id, answer)}
      />
      <Group justify="space-between" gap="xs">
        <Button variant="default" disabled={index === 0} onClick={() => go(index - 1)}>
          ← {t('quiz.attempt.previous')}
        </Button>
        {index < total - 1 ? (
          <Button variant="light" onClick={() => go(index + 1)}>
            {t('quiz.attempt.next')} →
          </Button>
        ) : (
          <span />
        )}
      </Group>
      <QuestionNavigator
        total={total}
        current={index}
        answered={(i) => answers[questions[i].question.id] !== undefined}
        onGo={go}
      />
      <Button size="md" variant="filled" onClick={() => setConfirming(true)} disabled={expired}>
        {t('quiz.attempt.submit')}
      </Button>
      <ConfirmDialog
        opened={confirming && !expired}
        title={t('quiz.submitDialog.title')}
        message={
          unanswered.length === 0
            ? t('quiz.submitDialog.allAnswered')
            : t('quiz.submitDialog.unanswered', { count: unanswered.length, list: unanswered.join(', ') })
        }
        confirmLabel={t('quiz.submitDialog.confirm')}
        loading={submit.isPending}
        error={submit.error}
        onConfirm={send}
        onClose={() => {
          setConfirming(false);
          submit.reset();
        }}
      />
    </Stack>
  );
}

function SubmittedAttempt({ attempt, quiz }: { attempt: AttemptView; quiz: TraineeQuizView | undefined }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The result replaces the questions (or opens from the list): start reading it from its title.
  useEffect(() => heading.current?.focus(), []);
  // The key is held back while attempts remain (see the API's review levels): say so, rather than leave her guessing.
  const keyLater = quiz?.review === 'correct_answers' && attempt.review === 'answers';
  return (
    <Stack gap="md" maw={720}>
      <QuizBackLink quiz={quiz} />
      <Stack gap={0}>
        <Text size="sm" c="dimmed">
          {t('quiz.attempts.number', { number: attempt.attemptNo })}
        </Text>
        <Title order={1} size="h3" ref={heading} tabIndex={-1} style={{ outline: 'none' }}>
          {quiz?.title ?? t('quiz.label')}
        </Title>
      </Stack>
      {attempt.result && <AttemptResult result={attempt.result} passMark={quiz?.passMark} />}
      {attempt.review === 'score' && <Text c="dimmed">{t('quiz.result.scoreOnly')}</Text>}
      {keyLater && <Text c="dimmed">{t('quiz.result.keyLater')}</Text>}
      {attempt.questions.length > 0 && <AttemptReview questions={attempt.questions} />}
      <AfterQuiz quiz={quiz} passed={attempt.result?.passed === true} />
    </Stack>
  );
}

/** Where to go next: on in the course after a pass, back to the quiz (to try again) otherwise. */
function AfterQuiz({ quiz, passed }: { quiz: TraineeQuizView | undefined; passed: boolean }) {
  const { t } = useTranslation();
  const enrolmentId = quiz?.enrolmentId ?? '';
  const lessonId = quiz?.lessonId ?? '';
  const lesson = useLearnerLessonQuery(enrolmentId, lessonId, enrolmentId !== '' && lessonId !== '');
  const next = lesson.data?.nextLessonId;
  return (
    <Group gap="xs" component="nav" aria-label={t('quiz.result.whereNext')}>
      {quiz && (
        <Button component={Link} to={`/learn/quizzes/${quiz.id}`} variant={passed ? 'default' : 'filled'}>
          {t('quiz.result.backToQuiz')}
        </Button>
      )}
      {enrolmentId && next && (
        <Button component={Link} to={`/learn/${enrolmentId}/lessons/${next}`} variant={passed ? 'filled' : 'light'}>
          {t('learning.lesson.next')} →
        </Button>
      )}
      {enrolmentId && (
        <Button component={Link} to={`/learn/${enrolmentId}`} variant="light">
          {t('learning.lesson.outline')}
        </Button>
      )}
    </Group>
  );
}
