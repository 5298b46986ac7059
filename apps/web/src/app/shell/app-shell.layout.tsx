import { Suspense } from 'react';
import {
  AppShell,
  Burger,
  Center,
  Container,
  Button,
  Group,
  Loader,
  NavLink,
  Text,
  Title,
  VisuallyHidden,
  useMantineTheme,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Link, Outlet, useLocation, useNavigate, useNavigation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { canAccess } from '../access/access';
import type { SessionView } from '@sen/contracts';
import { useSessionQuery } from '../../features/auth/hooks/use-session.query';
import { useSignOutMutation } from '../../features/auth/hooks/use-sign-out.mutation';
import { SyncStatus } from '../../features/learning/components/sync-status.component';
import { useProgressSync } from '../../features/learning/hooks/use-progress-sync.hook';
import { ListSkeleton } from '../ui/list-skeleton.component';
import { QueryError } from '../ui/query-error.component';
import { useStaffTexts } from '../../i18n/use-staff-texts.hook';
import { LanguageSwitch } from './language-switch.component';
import { navItemsFor, STAFF_ROLES, type NavItem } from './nav-items';
import classes from './app-shell.module.css';

const NAV_BREAKPOINT = 'sm';
const NAV_ID = 'main-navigation';

function isActive(pathname: string, to: string): boolean {
  return to === '/' ? pathname === '/' : pathname === to || pathname.startsWith(`${to}/`);
}

function isItemActive(pathname: string, item: NavItem): boolean {
  return [item.to, ...(item.also ?? [])].some((to) => isActive(pathname, to));
}

export function AppShellLayout() {
  const { t } = useTranslation();
  const { data: session } = useSessionQuery();
  // Staff screens' texts are a chunk of their own that trainees never download; a staff member's
  // screens wait for them, so none shows a raw key.
  const isStaff = canAccess(session, STAFF_ROLES);
  const staffTexts = useStaffTexts(isStaff);
  // Signing out drops the session a moment before the guard above leaves for the sign-in page; the
  // shell renders nothing in between rather than failing.
  if (!session) return null;
  if (isStaff && !staffTexts.data) {
    return (
      <Center h="100dvh" p="md">
        {staffTexts.isError ? (
          <QueryError error={staffTexts.error} onRetry={() => void staffTexts.refetch()} />
        ) : (
          <Loader aria-label={t('common.loading')} />
        )}
      </Center>
    );
  }
  return <SignedInShell session={session} />;
}

function SignedInShell({ session }: { session: SessionView }) {
  const { t } = useTranslation();
  const theme = useMantineTheme();
  const [opened, { toggle, close }] = useDisclosure(false);
  // The same breakpoint as the navbar's; read on the first render (no server rendering here), so a
  // phone never starts with a focusable off-screen menu.
  const isDesktop = useMediaQuery(`(min-width: ${theme.breakpoints[NAV_BREAKPOINT]})`, undefined, {
    getInitialValueInEffect: false,
  });
  // Below the breakpoint a closed navbar is only slid off-screen: `inert` keeps its links out of the
  // tab order and, per the HTML spec, out of the accessibility tree until the burger opens it. No
  // aria-hidden on top: it adds nothing for assistive technology, and the browser journey locates the
  // closed menu by its landmark role to check it is off-screen.
  const navHidden = !isDesktop && !opened;
  const location = useLocation();
  const navigation = useNavigation();
  const navigate = useNavigate();
  const signOut = useSignOutMutation();
  const items = navItemsFor(session);
  // Progress queued on this device (maybe in an earlier visit) goes out whatever screen she opens.
  useProgressSync(session.user.id);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 240, breakpoint: NAV_BREAKPOINT, collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'md' }}
    >
      <a href="#main" className={classes.skipLink}>
        {t('shell.skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap" gap="xs">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom={NAV_BREAKPOINT}
              size="sm"
              aria-label={opened ? t('shell.closeMenu') : t('shell.openMenu')}
              aria-expanded={opened}
              aria-controls={NAV_ID}
            />
            <Title order={2} size="h3" c="pink.8">
              <Link to="/" className={classes.brand}>
                {t('app.name')}
              </Link>
            </Title>
            {navigation.state === 'loading' && <Loader size="xs" aria-label={t('common.loading')} />}
          </Group>
          <Group gap="xs" wrap="nowrap" miw={0}>
            <Text size="sm" fw={500} truncate="end" visibleFrom="xs" maw={200}>
              <VisuallyHidden>{t('shell.signedInAs')} </VisuallyHidden>
              {session.user.fullName}
            </Text>
            <LanguageSwitch />
            <Button
              variant="light"
              size="compact-sm"
              loading={signOut.isPending}
              onClick={() => signOut.mutate(undefined, { onSettled: () => void navigate('/sign-in') })}
            >
              {t('auth.signOut')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" id={NAV_ID} aria-label={t('shell.navigation')} inert={navHidden}>
        <Text size="sm" fw={500} hiddenFrom="xs" px="sm" py="xs" truncate="end">
          {session.user.fullName}
        </Text>
        {items.map((item) => {
          const active = isItemActive(location.pathname, item);
          return (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              active={active}
              aria-current={active ? 'page' : undefined}
              onClick={close}
            />
          );
        })}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1} className={classes.main}>
        <Container size="lg" px={0}>
          <SyncStatus />
          <Suspense fallback={<ListSkeleton />}>
            <Outlet />
          </Suspense>
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
