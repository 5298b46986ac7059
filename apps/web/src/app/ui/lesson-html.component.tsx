import { useMemo, type Ref } from 'react';
import { Typography } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { wrapTables } from './lesson-html';
import classes from './lesson-html.module.css';

/** A lesson's text as a trainee reads it; the editor's phone preview shows it the same way. */
export function LessonHtml({ html, ref }: { html: string; ref?: Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const shown = useMemo(() => wrapTables(html, classes.tableBox, t('common.scrollableTable')), [html, t]);
  return (
    <Typography className={classes.body}>
      {/* Safe to inject: the API stores lesson HTML only after sanitising it against a strict allowlist
          (apps/api lesson-html.sanitizer); scripts, handlers, iframes and styles never reach here. */}
      <div ref={ref} dangerouslySetInnerHTML={{ __html: shown }} />
    </Typography>
  );
}
