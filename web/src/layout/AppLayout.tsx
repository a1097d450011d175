import * as auth from '@common/contracts/auth';
import { Box, Burger, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router';
import { call, setCsrfToken } from '../api/client';
import { ME_QUERY_KEY, useMe } from '../features/auth/session';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '@common/i18n/vi/index';
import { NotificationBell } from '../features/notifications/NotificationBell';
import { LanguageSwitch } from './LanguageSwitch';

type NavEntry = { to: string; label: MessageKey; show: boolean };

/**
 * A navigation link, styled as Mantine's NavLink (styles.css, .ttdn-navlink) without its
 * collapsible children, which the first page would pay for; the current page is aria-current.
 */
function NavItem({ to, label, active, onClick }: { to: string; label: string; active: boolean; onClick: () => void }) {
  return (
    <Link to={to} className="ttdn-navlink" aria-current={active ? 'page' : undefined} onClick={onClick}>
      {label}
    </Link>
  );
}

/** The frame of every signed-in page: header, navigation (a burger menu on phones), content. */
export function AppLayout() {
  const { t } = useI18n();
  const me = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [opened, { toggle, close }] = useDisclosure(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the menu closes whenever the page changes
  useEffect(close, [location.pathname, close]);
  const signOut = useMutation({
    mutationFn: () => call(auth.logout),
    onSettled: () => {
      setCsrfToken(null);
      // Keep the session query itself (its observer must see the null), drop everything else.
      queryClient.setQueryData(ME_QUERY_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_QUERY_KEY[0] });
      navigate('/sign-in', { replace: true });
    },
  });
  const items: NavEntry[] = [
    { to: '/', label: 'nav.home', show: !me.abilities['ministry.read'] },
    { to: '/ministry', label: 'nav.ministry', show: me.abilities['ministry.read'] },
    { to: '/plans', label: 'nav.plans', show: me.abilities['plan.read'] },
    { to: '/reporting', label: 'nav.reporting', show: me.abilities['report.read'] },
    { to: '/activities', label: 'nav.activities', show: me.abilities['activity.read'] },
    { to: '/guidance', label: 'nav.guidance', show: me.abilities['guidance.read'] },
    { to: '/events', label: 'nav.events', show: me.abilities['events.read'] },
    { to: '/response', label: 'nav.response', show: me.abilities['response.read'] },
    { to: '/budget', label: 'nav.budget', show: me.abilities['budget.read'] },
    { to: '/publications', label: 'nav.publications', show: me.abilities['activity.read'] },
    { to: '/agencies', label: 'nav.agencies', show: me.abilities['agency.read'] },
    { to: '/monitoring', label: 'nav.monitoring', show: me.abilities['monitor.read'] },
    { to: '/admin/organisations', label: 'nav.orgAdmin', show: me.abilities['agency.manage'] },
    { to: '/admin/users', label: 'nav.users', show: me.abilities['user.manage'] },
    { to: '/admin/audit', label: 'nav.audit', show: me.abilities['audit.read'] },
  ];
  return (
    // The frame's layout is CSS (styles.css, .ttdn-header/-navbar/-main): Mantine's AppShell brings
    // resizing, media variables and a scroll-lock library the first page does not need.
    <>
      <header className="ttdn-header">
        <Group h="100%" px="sm" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('app.openMenu')} />
            <Text component={Link} to="/" fw={700} c="red.8" size="lg" className="ttdn-touch">
              {t('app.name')}
            </Text>
            <Text size="sm" c="dimmed" visibleFrom="xs">
              {t('app.fullName')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap">
            <NotificationBell />
            <LanguageSwitch />
          </Group>
        </Group>
      </header>
      <nav className="ttdn-navbar" data-opened={opened || undefined} aria-label="Menu">
        {/* The browser's own scrolling: Mantine's ScrollArea would bring floating-ui into the first page. */}
        <div className="ttdn-navbar-links">
          <Stack gap={2}>
            {items
              .filter((item) => item.show)
              .map((item) => (
                <NavItem
                  key={item.to}
                  to={item.to}
                  label={t(item.label)}
                  active={item.to === '/' ? location.pathname === '/' : location.pathname.startsWith(item.to)}
                  onClick={close}
                />
              ))}
          </Stack>
        </div>
        <div>
          <Divider my="xs" />
          <Text size="sm" fw={500} lineClamp={2}>
            {me.user.displayName}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {me.user.username}
          </Text>
          <Stack gap={4}>
            <NavItem
              to="/account/password"
              label={t('nav.changePassword')}
              active={location.pathname === '/account/password'}
              onClick={close}
            />
            <NavItem
              to="/account/sessions"
              label={t('nav.sessions')}
              active={location.pathname === '/account/sessions'}
              onClick={close}
            />
            <Button
              variant="subtle"
              color="gray"
              justify="flex-start"
              onClick={() => signOut.mutate()}
              loading={signOut.isPending}
            >
              {t('nav.signOut')}
            </Button>
          </Stack>
        </div>
      </nav>
      <main className="ttdn-main">
        <Box maw={1200} mx="auto">
          <Outlet />
        </Box>
      </main>
    </>
  );
}
