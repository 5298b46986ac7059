import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ROLES, RoleSchema, type Ref, type RoleGrant, type RoleGrantView } from '@sen/contracts';
import { UnitPicker } from '../../units/components/unit-picker.component';

export interface RoleRow {
  key: string;
  role: string | null;
  unit: Ref | null;
}

let rowCounter = 0;
export function newRoleRow(role: string | null = null, unit: Ref | null = null): RoleRow {
  rowCounter += 1;
  return { key: `role-${rowCounter}`, role, unit };
}

export function rowsFromGrants(grants: RoleGrantView[]): RoleRow[] {
  return grants.map((grant) => newRoleRow(grant.role, grant.unit));
}

/** Rows as the contract wants them; incomplete rows stay so validation can point at them. */
export function rowsToGrants(rows: RoleRow[]): RoleGrant[] {
  return rows.map((row) => {
    const role = RoleSchema.safeParse(row.role);
    return { role: role.success ? role.data : ('' as RoleGrant['role']), unitId: row.unit?.id ?? '' };
  });
}

interface RolesEditorProps {
  rows: RoleRow[];
  onChange: (rows: RoleRow[]) => void;
  errors: FormErrors;
}

export function RolesEditor({ rows, onChange, errors }: RolesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, patch: Partial<RoleRow>) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, ...patch } : row)));
  const listError = errors['roles'];

  return (
    <Fieldset legend={t('users.fields.roles')}>
      <Stack gap="sm">
        {rows.map((row, index) => (
          <Group key={row.key} align="flex-start" gap="xs" wrap="wrap">
            <Select
              label={t('users.fields.role')}
              required
              w={{ base: '100%', sm: 200 }}
              data={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
              value={row.role}
              onChange={(role) => update(index, { role })}
              error={errors[`roles.${index}.role`]}
              comboboxProps={{ withinPortal: true }}
            />
            <div style={{ flex: 1, minWidth: 200 }}>
              <UnitPicker
                label={t('users.fields.roleUnit')}
                required
                value={row.unit?.id ?? null}
                selected={row.unit}
                onChange={(_, unit) => update(index, { unit })}
                error={errors[`roles.${index}.unitId`]}
              />
            </div>
            <ActionIcon
              variant="subtle"
              color="red"
              mt={28}
              size="lg"
              aria-label={t('users.removeRole', { index: index + 1 })}
              onClick={() => onChange(rows.filter((_, i) => i !== index))}
            >
              ×
            </ActionIcon>
          </Group>
        ))}
        {listError ? (
          <Text c="red" size="sm" role="alert">
            {listError}
          </Text>
        ) : null}
        <Group>
          <Button variant="light" size="xs" onClick={() => onChange([...rows, newRoleRow()])}>
            {t('users.addRole')}
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
