import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import classes from './quiz-player.module.css';

interface QuestionNavigatorProps {
  total: number;
  current: number;
  answered: (index: number) => boolean;
  onGo: (index: number) => void;
}

/** Every question as a numbered button: filled when answered, outlined when not, the open one marked. */
export function QuestionNavigator({ total, current, answered, onGo }: QuestionNavigatorProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('quiz.attempt.navigator')}>
      <ol className={classes.navigator}>
        {Array.from({ length: total }, (_, index) => {
          const done = answered(index);
          return (
            <li key={index}>
              <Button
                fullWidth
                px={0}
                size="sm"
                variant={index === current ? 'filled' : done ? 'light' : 'default'}
                color={done || index === current ? undefined : 'gray'}
                aria-current={index === current ? 'step' : undefined}
                aria-label={t(done ? 'quiz.attempt.navAnswered' : 'quiz.attempt.navUnanswered', { number: index + 1 })}
                onClick={() => onGo(index)}
              >
                {done ? `${index + 1}✓` : index + 1}
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
