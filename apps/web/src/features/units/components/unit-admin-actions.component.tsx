import { useState } from 'react';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitDetail } from '@sen/contracts';
import { CreateUnitDialog } from './create-unit.dialog';
import { MoveUnitDialog } from './move-unit.dialog';
import { RenameUnitDialog } from './rename-unit.dialog';

type Dialog = 'create' | 'rename' | 'move' | null;

export function UnitAdminActions({ unit }: { unit: UnitDetail }) {
  const { t } = useTranslation();
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  return (
    <>
      <Button onClick={() => setDialog('create')}>{t('units.create.action')}</Button>
      <Menu position="bottom-end">
        <Menu.Target>
          <Button variant="default">{t('common.more')}</Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => setDialog('rename')}>{t('units.rename.action')}</Menu.Item>
          <Menu.Item onClick={() => setDialog('move')}>{t('units.move.action')}</Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {dialog === 'create' && <CreateUnitDialog parent={unit} onClose={close} />}
      {dialog === 'rename' && <RenameUnitDialog unit={unit} onClose={close} />}
      {dialog === 'move' && <MoveUnitDialog unit={unit} onClose={close} />}
    </>
  );
}
