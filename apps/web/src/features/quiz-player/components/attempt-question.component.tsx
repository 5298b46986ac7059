import { useEffect, useRef } from 'react';
import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';
import { LessonHtml } from '../../../app/ui/lesson-html.component';
import { AnswerInput } from './answer-input.component';

interface AttemptQuestionProps {
  view: AttemptQuestionView;
  number: number;
  total: number;
  answer: QuestionAnswer | undefined;
  /** Time is up: the answers can no longer change. */
  locked: boolean;
  onAnswer: (answer: QuestionAnswer | null) => void;
}

/** One question on its own screen: its number, stem and the control to answer it. */
export function AttemptQuestion({ view, number, total, answer, locked, onAnswer }: AttemptQuestionProps) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = useRef(number);
  const headingId = `question-${view.question.id}`;
  const stemId = `${headingId}-stem`;

  // Moving to another question takes the focus to its heading, so a screen reader starts reading there
  // and the keyboard continues from the top of the new question.
  useEffect(() => {
    if (shown.current === number) return;
    shown.current = number;
    heading.current?.focus();
  }, [number]);

  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Group justify="space-between" gap="xs">
        <Title
          order={2}
          size="h4"
          id={headingId}
          ref={heading}
          tabIndex={-1}
          style={{ scrollMarginTop: '8rem', outline: 'none' }}
        >
          {t('quiz.attempt.question', { number, total })}
        </Title>
        <Text size="sm" c="dimmed">
          {t('quiz.points', { count: view.question.points })}
        </Text>
      </Group>
      <div id={stemId}>
        <LessonHtml html={view.question.stem} />
      </div>
      {/* A disabled fieldset disables every control inside, whatever the question's type. */}
      <fieldset disabled={locked} style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
        <AnswerInput question={view.question} answer={answer} stemId={stemId} onAnswer={onAnswer} />
      </fieldset>
    </Stack>
  );
}
