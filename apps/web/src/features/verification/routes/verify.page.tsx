import { Anchor, Box, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../../../app/shell/language-switch.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { verificationApi, verificationKeys } from '../api/verification.api';
import { VerificationResult } from '../components/verification-result.component';
import { VerifyCodeForm } from '../components/verify-code-form.component';
import { VerifyFileForm } from '../components/verify-file-form.component';
import { outcomeOf } from '../hooks/verification-outcome';

/**
 * Public, without an account: what a certificate's QR code opens. With a code it checks it at once; without,
 * it offers the form. Either way a PDF file can be checked too.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();

  return (
    <Box component="main" px="sm" py="md" maw={640} mx="auto">
      {/* A verification link names a person: shared links must not land her name in search engines. */}
      <meta name="robots" content="noindex, nofollow" />
      <Stack gap="lg">
        <Group justify="space-between" wrap="nowrap">
          <Anchor component={Link} to="/" c="pink.8" fw={700} fz="xl" underline="never">
            {t('app.name')}
          </Anchor>
          <LanguageSwitch />
        </Group>
        <Stack gap={4}>
          <Title order={1} size="h2">
            {t('verify.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('verify.intro')}
          </Text>
        </Stack>
        {code && <CodeVerdict key={`verdict:${code}`} code={code} />}
        <VerifyCodeForm key={`form:${code}`} initial={code} />
        <Divider />
        <Stack gap="xs" component="section" aria-labelledby="verify-file-title">
          <Title order={2} size="h4" id="verify-file-title">
            {t('verify.file.title')}
          </Title>
          <VerifyFileForm />
        </Stack>
      </Stack>
    </Box>
  );
}

function CodeVerdict({ code }: { code: string }) {
  const verification = useQuery({
    queryKey: verificationKeys.code(code),
    queryFn: ({ signal }) => verificationApi.code(code, signal),
    // A status can change (a revocation) while the page is open elsewhere; never show an old verdict as new.
    staleTime: 0,
  });
  const outcome = outcomeOf(verification.data, verification.error);
  return (
    <div aria-live="polite">
      {outcome ? (
        <VerificationResult outcome={outcome} source="code" onRetry={() => void verification.refetch()} />
      ) : (
        <ListSkeleton rows={2} />
      )}
    </div>
  );
}
