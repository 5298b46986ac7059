import { lazy, Suspense, type ComponentProps } from 'react';

// Fetched only where a course is completed: a lesson being read, or a course card in progress, does not
// download the certificate block (the lesson page's JavaScript has a budget).
const Block = lazy(async () => ({
  default: (await import('./completion-certificate.component')).CompletionCertificate,
}));

/** `CompletionCertificate`, loaded on first use. */
export function LazyCompletionCertificate(props: ComponentProps<typeof Block>) {
  return (
    <Suspense fallback={null}>
      <Block {...props} />
    </Suspense>
  );
}
