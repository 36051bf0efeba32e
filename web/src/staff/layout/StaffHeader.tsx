import { BankOutlined } from '@ant-design/icons';
import { Flex, Layout } from 'antd';
import { Link } from 'react-router';
import type { Session } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';
import { BrandMark } from '../../ui/BrandMark.tsx';
import { LanguageSwitch } from '../../ui/LanguageSwitch.tsx';
import { UserMenu } from './UserMenu.tsx';

/** Brand, the user's agency and name, the language switch. */
export function StaffHeader({ session }: { session: Session }) {
  const { t } = useI18n();
  return (
    <Layout.Header style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
      <Link to="/staff" style={{ display: 'flex' }}>
        <BrandMark inverse subtitle={t('staff.workbench')} />
      </Link>
      <Flex gap={20} align="center">
        {session.agency && (
          <span style={{ color: 'rgba(255,255,255,0.85)' }} data-testid="header-agency">
            <BankOutlined /> {session.agency.name}
          </span>
        )}
        <UserMenu session={session} />
        <LanguageSwitch />
      </Flex>
    </Layout.Header>
  );
}
