import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { ChangePasswordPage } from './features/auth/ChangePasswordPage';
import { RequireAbility, RequireSession } from './features/auth/guards';
import { SignInPage } from './features/auth/SignInPage';
import { PlanPage } from './features/plans/PlanPage';
import { PlansListPage } from './features/plans/PlansListPage';
import { useI18n } from './i18n/I18nProvider';
import { AppLayout } from './layout/AppLayout';

const AgenciesPage = lazy(() => import('./features/agencies/AgenciesPage').then((m) => ({ default: m.AgenciesPage })));
const AgencyPage = lazy(() => import('./features/agencies/AgencyPage').then((m) => ({ default: m.AgencyPage })));
const OrganisationAdminPage = lazy(() => import('./features/admin/OrganisationAdminPage').then((m) => ({ default: m.OrganisationAdminPage })));
const ReportingHomePage = lazy(() => import('./features/reporting/ReportingHomePage').then((m) => ({ default: m.ReportingHomePage })));
const SubmissionPage = lazy(() => import('./features/reporting/SubmissionPage').then((m) => ({ default: m.SubmissionPage })));
const PeriodBoardPage = lazy(() => import('./features/reporting/PeriodBoardPage').then((m) => ({ default: m.PeriodBoardPage })));
const TaskAcrossAgenciesPage = lazy(() => import('./features/reporting/TaskAcrossAgenciesPage').then((m) => ({ default: m.TaskAcrossAgenciesPage })));
const ContactsPage = lazy(() => import('./features/reporting/ContactsPage').then((m) => ({ default: m.ContactsPage })));
const PublicSpokespersonsPage = lazy(() => import('./features/reporting/PublicSpokespersonsPage').then((m) => ({ default: m.PublicSpokespersonsPage })));
const ConsolidationPage = lazy(() => import('./features/consolidation/ConsolidationPage').then((m) => ({ default: m.ConsolidationPage })));
const PlanImportPage = lazy(() => import('./features/plan-import/PlanImportPage').then((m) => ({ default: m.PlanImportPage })));
const NotificationsPage = lazy(() => import('./features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })));
const AuditPage = lazy(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));

function NotFound() {
  const { t } = useI18n();
  return <Text>{t('app.notFound')}</Text>;
}

/** Routes: sign-in is public; everything else needs a session; admin pages need their ability. */
export function App() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/nguoi-phat-ngon" element={<PublicSpokespersonsPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<Navigate to="/plans" replace />} />
            <Route path="/plans" element={<PlansListPage />} />
            <Route path="/plans/:planId" element={<PlanPage />} />
            <Route
              path="/plans/import"
              element={
                <RequireAbility ability="plan.import">
                  <PlanImportPage />
                </RequireAbility>
              }
            />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/agencies" element={<AgenciesPage />} />
            <Route path="/reporting" element={<ReportingHomePage />} />
            <Route path="/reporting/contacts" element={<ContactsPage />} />
            <Route path="/reporting/periods/:periodId" element={<PeriodBoardPage />} />
            <Route path="/reporting/periods/:periodId/tasks/:taskId" element={<TaskAcrossAgenciesPage />} />
            <Route path="/reporting/periods/:periodId/agencies/:agencyId" element={<SubmissionPage />} />
            <Route path="/reporting/periods/:periodId/consolidation" element={<ConsolidationPage />} />
            <Route path="/agencies/:agencyId" element={<AgencyPage />} />
            <Route
              path="/admin/organisations"
              element={
                <RequireAbility ability="agency.manage">
                  <OrganisationAdminPage />
                </RequireAbility>
              }
            />
            <Route
              path="/admin/audit"
              element={
                <RequireAbility ability="audit.read">
                  <AuditPage />
                </RequireAbility>
              }
            />
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
