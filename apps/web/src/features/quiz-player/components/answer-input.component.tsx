import { Button, Checkbox, Group, Radio, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttemptQuestionView, QuestionAnswer } from '@sen/contracts';
import { choiceAnswer } from '../hooks/answer-state';
import { OrderingAnswer } from './ordering-answer.component';
import { InlineHtml } from './rich-html.component';

interface AnswerInputProps {
  question: AttemptQuestionView['question'];
  answer: QuestionAnswer | undefined;
  /** The stem's element id: each control group is described by the question it answers. */
  stemId: string;
  onAnswer: (answer: QuestionAnswer | null) => void;
}

/** The control for one question, by its type; every control works by touch and by keyboard. */
export function AnswerInput({ question, answer, stemId, onAnswer }: AnswerInputProps) {
  const { t } = useTranslation();
  const options = question.options ?? [];
  switch (question.type) {
    case 'single_choice':
      return (
        <Stack gap="xs">
          <Radio.Group
            label={t('quiz.attempt.chooseOne')}
            aria-describedby={stemId}
            value={answer?.type === 'single_choice' ? answer.optionId : null}
            onChange={(optionId) => onAnswer({ type: 'single_choice', optionId })}
          >
            <Stack gap="sm" mt="xs">
              {options.map((option) => (
                <Radio key={option.id} value={option.id} label={<InlineHtml html={option.text} />} size="md" />
              ))}
            </Stack>
          </Radio.Group>
          {answer && <ClearAnswer onClear={() => onAnswer(null)} />}
        </Stack>
      );
    case 'true_false':
      return (
        <Stack gap="xs">
          <Radio.Group
            label={t('quiz.attempt.trueOrFalse')}
            aria-describedby={stemId}
            value={answer?.type === 'true_false' ? String(answer.answer) : null}
            onChange={(value) => onAnswer({ type: 'true_false', answer: value === 'true' })}
          >
            <Group gap="xl" mt="xs">
              <Radio value="true" label={t('quiz.true')} size="md" />
              <Radio value="false" label={t('quiz.false')} size="md" />
            </Group>
          </Radio.Group>
          {answer && <ClearAnswer onClear={() => onAnswer(null)} />}
        </Stack>
      );
    case 'multiple_choice':
      return (
        <Checkbox.Group
          label={t('quiz.attempt.chooseMany')}
          aria-describedby={stemId}
          value={answer?.type === 'multiple_choice' ? answer.optionIds : []}
          onChange={(picked) =>
            onAnswer(
              choiceAnswer(
                picked,
                options.map((o) => o.id),
              ),
            )
          }
        >
          <Stack gap="sm" mt="xs">
            {options.map((option) => (
              <Checkbox key={option.id} value={option.id} label={<InlineHtml html={option.text} />} size="md" />
            ))}
          </Stack>
        </Checkbox.Group>
      );
    case 'short_text':
      return (
        <TextInput
          label={t('quiz.attempt.yourAnswer')}
          aria-describedby={stemId}
          size="md"
          maxLength={500}
          autoComplete="off"
          value={answer?.type === 'short_text' ? answer.text : ''}
          onChange={(event) => onAnswer({ type: 'short_text', text: event.currentTarget.value })}
        />
      );
    case 'ordering':
      return <OrderingAnswer question={question} answer={answer} stemId={stemId} onAnswer={onAnswer} />;
  }
}

/** A radio button cannot be unticked: this takes an answer back, leaving the question unanswered. */
function ClearAnswer({ onClear }: { onClear: () => void }) {
  const { t } = useTranslation();
  return (
    <Group>
      <Button variant="subtle" size="compact-sm" onClick={onClear}>
        {t('quiz.attempt.clear')}
      </Button>
    </Group>
  );
}
