import { Button, ColorInput, Grid, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { CertificateTemplateBody, routeTable, type CertificateTemplateView, type CourseDetail } from '@sen/contracts';
import { useCan } from '../../../app/access/use-can.hook';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator } from '../../../app/forms/contract-validator';
import { SubmitError } from '../../../app/ui/form-error.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { QueryError } from '../../../app/ui/query-error.component';
import { formatDateTime } from '../../../i18n/format';
import { useLocale } from '../../../i18n/use-locale.hook';
import {
  printedSignatory,
  templateBody,
  templateValues,
  type CertificateTemplateValues,
} from '../hooks/certificate-template-form';
import { useCertificateTemplateQuery, useUpdateCertificateTemplateMutation } from '../hooks/use-staff-certificates';
import { CertificateTemplateLogoField } from './certificate-template-logo-field.component';
import { CertificateTemplatePreview } from './certificate-template-preview.component';

/** A logo the server refuses (not a PNG or JPEG upload) is said at the logo, not above the form. */
const CODE_FIELDS = { CERTIFICATE_LOGO_INVALID: 'logoFileId' } as const;
const SWATCHES = ['#C2185B', '#AD1457', '#1565C0', '#2E7D32', '#EF6C00', '#6A1B9A', '#B8860B', '#37474F'];

/** The course's certificate tab: its template (logo, signatory, colours) and how long its certificates last. */
export function CertificateTemplateSection({ course }: { course: CourseDetail }) {
  const template = useCertificateTemplateQuery(course.id);
  if (template.isPending) return <ListSkeleton rows={4} />;
  if (template.isError) return <QueryError error={template.error} onRetry={() => void template.refetch()} />;
  return <CertificateTemplateForm course={course} template={template.data} />;
}

function CertificateTemplateForm({ course, template }: { course: CourseDetail; template: CertificateTemplateView }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const editable = useCan(routeTable.updateCertificateTemplate);
  const update = useUpdateCertificateTemplateMutation(course.id);
  const form = useForm<CertificateTemplateValues>({
    initialValues: templateValues(template),
    validate: contractValidator(CertificateTemplateBody, templateBody, t),
  });
  const values = form.values;
  const unit = course.ownerUnit.name;
  const signatoryHint = template.defaultSignatoryName
    ? t('issuedCertificates.template.signatoryNameHint', { unit, name: template.defaultSignatoryName })
    : t('issuedCertificates.template.signatoryNameHintVacant', { unit });
  const validity = typeof values.validityMonths === 'number' ? values.validityMonths : null;

  return (
    <form
      noValidate
      aria-labelledby="certificate-template-title"
      onSubmit={form.onSubmit((submitted) => {
        update.mutate(CertificateTemplateBody.parse(templateBody(submitted)), {
          onSuccess: (saved) => {
            form.setInitialValues(templateValues(saved));
            form.setValues(templateValues(saved));
            notifySuccess(t('issuedCertificates.template.saved'));
          },
          onError: (error) => form.setErrors(apiFieldErrors(error, t, CODE_FIELDS)),
        });
      })}
    >
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack>
            <Stack gap={4}>
              <Title order={2} size="h4" id="certificate-template-title">
                {t('issuedCertificates.template.title')}
              </Title>
              <Text size="sm" c="dimmed">
                {t('issuedCertificates.template.intro')}
              </Text>
              <Text size="xs" c="dimmed">
                {template.updatedAt
                  ? t('issuedCertificates.template.updatedAt', { time: formatDateTime(template.updatedAt, locale) })
                  : t('issuedCertificates.template.defaultTemplate')}
              </Text>
              {!editable && (
                <Text size="sm" c="dimmed">
                  {t('issuedCertificates.template.readOnly')}
                </Text>
              )}
            </Stack>
            <CertificateTemplateLogoField
              courseId={course.id}
              value={values.logo}
              onChange={(logo) => {
                form.setFieldValue('logo', logo);
                form.clearFieldError('logoFileId');
              }}
              error={form.errors['logoFileId']}
              readOnly={!editable}
            />
            <TextInput
              label={t('issuedCertificates.template.signatoryName')}
              placeholder={t('issuedCertificates.template.signatoryNamePlaceholder')}
              description={signatoryHint}
              maxLength={120}
              readOnly={!editable}
              {...form.getInputProps('signatoryName')}
            />
            <TextInput
              label={t('issuedCertificates.template.signatoryTitle')}
              required
              maxLength={120}
              readOnly={!editable}
              {...form.getInputProps('signatoryTitle')}
            />
            <Group grow align="flex-start">
              <ColorInput
                label={t('issuedCertificates.template.primaryColour')}
                description={t('issuedCertificates.template.colourHint')}
                format="hex"
                swatches={SWATCHES}
                required
                readOnly={!editable}
                disallowInput={!editable}
                {...form.getInputProps('primaryColour')}
              />
              <ColorInput
                label={t('issuedCertificates.template.accentColour')}
                description={t('issuedCertificates.template.colourHint')}
                format="hex"
                swatches={SWATCHES}
                required
                readOnly={!editable}
                disallowInput={!editable}
                {...form.getInputProps('accentColour')}
              />
            </Group>
            <Group grow align="flex-start">
              <NumberInput
                label={t('issuedCertificates.template.validityMonths')}
                description={t('issuedCertificates.template.validityHint')}
                min={1}
                max={120}
                allowDecimal={false}
                allowNegative={false}
                readOnly={!editable}
                {...form.getInputProps('validityMonths')}
              />
              <NumberInput
                label={t('issuedCertificates.template.reminderDays')}
                description={t('issuedCertificates.template.reminderHint')}
                required
                min={1}
                max={180}
                allowDecimal={false}
                allowNegative={false}
                readOnly={!editable}
                {...form.getInputProps('reminderDays')}
              />
            </Group>
            {editable && (
              <>
                <SubmitError error={update.error} codeFields={CODE_FIELDS} />
                <Group justify="flex-end">
                  <Button variant="default" disabled={!form.isDirty()} onClick={() => form.reset()}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
                    {t('common.save')}
                  </Button>
                </Group>
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xs">
            <Text size="sm" fw={500}>
              {t('issuedCertificates.template.preview.label')}
            </Text>
            <CertificateTemplatePreview
              // The certificate prints the course's own (Vietnamese) title.
              courseTitle={course.title}
              issuerName={unit}
              logo={values.logo}
              primaryColour={values.primaryColour}
              accentColour={values.accentColour}
              signatoryName={printedSignatory(values, template.defaultSignatoryName)}
              signatoryTitle={values.signatoryTitle}
              validityMonths={validity}
            />
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
