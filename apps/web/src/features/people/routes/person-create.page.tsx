import { NumberInput, Paper, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { CreatePersonBody, GENDERS, type Ref } from '@sen/contracts';
import { apiFieldErrors } from '../../../app/forms/apply-api-errors';
import { contractValidator, optionalText } from '../../../app/forms/contract-validator';
import { FormActions } from '../../../app/ui/form-actions.component';
import { SubmitError } from '../../../app/ui/form-error.component';
import { ListSkeleton } from '../../../app/ui/list-skeleton.component';
import { notifySuccess } from '../../../app/ui/notify';
import { PageHeader } from '../../../app/ui/page-header.component';
import { UnitPicker } from '../../units/components/unit-picker.component';
import { useUnitQuery } from '../../units/hooks/use-unit.query';
import { useCreatePersonMutation } from '../hooks/use-create-person.mutation';

interface Values {
  unit: Ref | null;
  fullName: string;
  gender: string | null;
  birthYear: number | string;
  email: string;
  phone: string;
}

function toBody(values: Values) {
  return {
    unitId: values.unit?.id ?? '',
    fullName: values.fullName,
    gender: (GENDERS as readonly string[]).includes(values.gender ?? '')
      ? (values.gender as (typeof GENDERS)[number])
      : undefined,
    birthYear: typeof values.birthYear === 'number' ? values.birthYear : undefined,
    email: optionalText(values.email),
    phone: optionalText(values.phone),
  };
}

export function PersonCreatePage() {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const presetId = searchParams.get('unitId') ?? undefined;
  // Opened from a unit: start with that unit chosen.
  const presetUnit = useUnitQuery(presetId);
  return (
    <Stack>
      <PageHeader title={t('people.create.title')} />
      {presetId && presetUnit.isPending ? (
        <ListSkeleton rows={4} />
      ) : (
        <PersonCreateForm
          initialUnit={presetUnit.data ? { id: presetUnit.data.id, name: presetUnit.data.name } : null}
        />
      )}
    </Stack>
  );
}

function PersonCreateForm({ initialUnit }: { initialUnit: Ref | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreatePersonMutation();
  const form = useForm<Values>({
    initialValues: { unit: initialUnit, fullName: '', gender: null, birthYear: '', email: '', phone: '' },
    validate: (values) => {
      const errors = contractValidator(CreatePersonBody, toBody, t)(values);
      // The form holds the picked unit as `unit`; the contract calls it `unitId`.
      if (errors['unitId']) errors['unit'] = errors['unitId'];
      return errors;
    },
  });
  const unit = form.values.unit;

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          const body = CreatePersonBody.parse(toBody(values));
          create.mutate(body, {
            onSuccess: (person) => {
              notifySuccess(t('people.create.done', { name: person.fullName }));
              void navigate(`/people/${person.id}`);
            },
            onError: (error) => {
              const errors = apiFieldErrors(error, t);
              if (errors['unitId']) errors['unit'] = errors['unitId'];
              form.setErrors(errors);
            },
          });
        })}
      >
        <Stack>
          <UnitPicker
            label={t('people.fields.unit')}
            required
            value={unit?.id ?? null}
            selected={unit}
            error={form.errors['unit']}
            onChange={(_, picked) => {
              form.setFieldValue('unit', picked);
              form.clearFieldError('unit');
            }}
          />
          <TextInput
            label={t('people.fields.fullName')}
            required
            autoComplete="off"
            {...form.getInputProps('fullName')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('people.fields.gender')}
              clearable
              data={GENDERS.map((gender) => ({ value: gender, label: t(`genders.${gender}`) }))}
              {...form.getInputProps('gender')}
            />
            <NumberInput
              label={t('people.fields.birthYear')}
              min={1920}
              max={2015}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              {...form.getInputProps('birthYear')}
            />
            <TextInput
              label={t('people.fields.email')}
              type="email"
              inputMode="email"
              autoComplete="off"
              {...form.getInputProps('email')}
            />
            <TextInput
              label={t('people.fields.phone')}
              type="tel"
              inputMode="tel"
              autoComplete="off"
              description={t('people.phoneHint')}
              {...form.getInputProps('phone')}
            />
          </SimpleGrid>
          <SubmitError error={create.error} />
          <FormActions
            submitLabel={t('common.create')}
            submitting={create.isPending}
            onCancel={() => void navigate(-1)}
          />
        </Stack>
      </form>
    </Paper>
  );
}
