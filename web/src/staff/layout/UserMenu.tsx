import { DownOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Dropdown, Flex } from 'antd';
import { useNavigate } from 'react-router';
import { useLogout } from '../../api/session.ts';
import type { Session } from '../../api/types.ts';
import { useI18n } from '../../i18n/index.ts';

/** The user's name in the header, with "my account" and "log out". */
export function UserMenu({ session }: { session: Session }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const logout = useLogout();
  const signOut = async () => {
    await logout();
    navigate('/staff/login', { replace: true });
  };
  return (
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          {
            key: 'account',
            icon: <UserOutlined />,
            label: <span data-testid="user-menu-account">{t('menu.account')}</span>,
          },
          { type: 'divider' },
          {
            key: 'logout',
            icon: <LogoutOutlined />,
            label: <span data-testid="logout">{t('common.logout')}</span>,
            danger: true,
          },
        ],
        onClick: ({ key }) => (key === 'logout' ? void signOut() : navigate('/staff/account')),
      }}
    >
      <Flex gap={6} align="center" style={{ color: '#fff', cursor: 'pointer' }} data-testid="user-menu">
        <UserOutlined />
        <span data-testid="header-user">{session.displayName}</span>
        <DownOutlined style={{ fontSize: 10 }} />
      </Flex>
    </Dropdown>
  );
}
