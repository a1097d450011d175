import { Text } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAbility, RequireSession } from './features/auth/guards';
import { SignInPage } from './features/auth/SignInPage';
import { useI18n } from './i18n/I18nProvider';
import { lazyWithMessages } from './i18n/messages';
import { AppLayout } from './layout/AppLayout';

const ChangePasswordPage = lazyWithMessages(() =>
  import('./features/auth/ChangePasswordPage').then((m) => ({ default: m.ChangePasswordPage })),
);
const SessionsPage = lazyWithMessages(() =>
  import('./features/auth/SessionsPage').then((m) => ({ default: m.SessionsPage })),
);
const PlanPage = lazyWithMessages(() => import('./features/plans/PlanPage').then((m) => ({ default: m.PlanPage })));
const PlansListPage = lazyWithMessages(() =>
  import('./features/plans/PlansListPage').then((m) => ({ default: m.PlansListPage })),
);
const AgenciesPage = lazyWithMessages(() =>
  import('./features/agencies/AgenciesPage').then((m) => ({ default: m.AgenciesPage })),
);
const AgencyPage = lazyWithMessages(() =>
  import('./features/agencies/AgencyPage').then((m) => ({ default: m.AgencyPage })),
);
const OrganisationAdminPage = lazyWithMessages(() =>
  import('./features/admin/OrganisationAdminPage').then((m) => ({ default: m.OrganisationAdminPage })),
);
const ReportingHomePage = lazyWithMessages(() =>
  import('./features/reporting/ReportingHomePage').then((m) => ({ default: m.ReportingHomePage })),
);
const SubmissionPage = lazyWithMessages(() =>
  import('./features/reporting/SubmissionPage').then((m) => ({ default: m.SubmissionPage })),
);
const PeriodBoardPage = lazyWithMessages(() =>
  import('./features/reporting/PeriodBoardPage').then((m) => ({ default: m.PeriodBoardPage })),
);
const TaskAcrossAgenciesPage = lazyWithMessages(() =>
  import('./features/reporting/TaskAcrossAgenciesPage').then((m) => ({ default: m.TaskAcrossAgenciesPage })),
);
const ContactsPage = lazyWithMessages(() =>
  import('./features/reporting/ContactsPage').then((m) => ({ default: m.ContactsPage })),
);
const PublicSpokespersonsPage = lazyWithMessages(() =>
  import('./features/reporting/PublicSpokespersonsPage').then((m) => ({ default: m.PublicSpokespersonsPage })),
);
const ConsolidationPage = lazyWithMessages(() =>
  import('./features/consolidation/ConsolidationPage').then((m) => ({ default: m.ConsolidationPage })),
);
const PlanImportPage = lazyWithMessages(() =>
  import('./features/plan-import/PlanImportPage').then((m) => ({ default: m.PlanImportPage })),
);
const NotificationsPage = lazyWithMessages(() =>
  import('./features/notifications/NotificationsPage').then((m) => ({ default: m.NotificationsPage })),
);
const UsersPage = lazyWithMessages(() => import('./features/users/UsersPage').then((m) => ({ default: m.UsersPage })));
// The home page is the first page: its messages are in the bundle (scripts/catalogue-on-demand.mjs).
const HomePage = lazy(() => import('./features/home/HomePage').then((m) => ({ default: m.HomePage })));
const MinistryPage = lazyWithMessages(() =>
  import('./features/ministry/MinistryPage').then((m) => ({ default: m.MinistryPage })),
);
const UpwardReportPage = lazyWithMessages(() =>
  import('./features/ministry/UpwardReportPage').then((m) => ({ default: m.UpwardReportPage })),
);
const PublicationsPage = lazyWithMessages(() =>
  import('./features/publications/PublicationsPage').then((m) => ({ default: m.PublicationsPage })),
);
const BudgetPage = lazyWithMessages(() =>
  import('./features/budget/BudgetPage').then((m) => ({ default: m.BudgetPage })),
);
const ActivitiesPage = lazyWithMessages(() =>
  import('./features/activities/ActivitiesPage').then((m) => ({ default: m.ActivitiesPage })),
);
const ActivityFormPage = lazyWithMessages(() =>
  import('./features/activities/ActivityFormPage').then((m) => ({ default: m.ActivityFormPage })),
);
const MonitoringPage = lazyWithMessages(() =>
  import('./features/monitoring/MonitoringPage').then((m) => ({ default: m.MonitoringPage })),
);
const MonitoringArticlePage = lazyWithMessages(() =>
  import('./features/monitoring/ArticlePage').then((m) => ({ default: m.ArticlePage })),
);
const ResponsePage = lazyWithMessages(() =>
  import('./features/response/ResponsePage').then((m) => ({ default: m.ResponsePage })),
);
const CasePage = lazyWithMessages(() => import('./features/response/CasePage').then((m) => ({ default: m.CasePage })));
const GuidanceRegisterPage = lazyWithMessages(() =>
  import('./features/guidance/GuidanceRegisterPage').then((m) => ({ default: m.GuidanceRegisterPage })),
);
const GuidanceNotePage = lazyWithMessages(() =>
  import('./features/guidance/GuidanceNotePage').then((m) => ({ default: m.GuidanceNotePage })),
);
const GuidanceIssuePage = lazyWithMessages(() =>
  import('./features/guidance/GuidanceIssuePage').then((m) => ({ default: m.GuidanceIssuePage })),
);
const MilestonesPage = lazyWithMessages(() =>
  import('./features/events/MilestonesPage').then((m) => ({ default: m.MilestonesPage })),
);
const AuditPage = lazyWithMessages(() => import('./features/audit/AuditPage').then((m) => ({ default: m.AuditPage })));

function NotFound() {
  const { t } = useI18n();
  return <Text>{t('app.notFound')}</Text>;
}

/** Routes: sign-in is public; everything else needs a session, opening on the reader's home page; admin pages need their ability. */
export function App() {
  return (
    <Suspense fallback={null}>
      <Routes>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/nguoi-phat-ngon" element={<PublicSpokespersonsPage />} />
        <Route element={<RequireSession />}>
          <Route element={<AppLayout />}>
            <Route index element={<HomePage />} />
            <Route
              path="/ministry"
              element={
                <RequireAbility ability="ministry.read">
                  <MinistryPage />
                </RequireAbility>
              }
            />
            <Route path="/ministry/reports/:reportId" element={<UpwardReportPage />} />
            <Route path="/home" element={<Navigate to="/" replace />} />
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
            <Route
              path="/monitoring"
              element={
                <RequireAbility ability="monitor.read">
                  <MonitoringPage />
                </RequireAbility>
              }
            />
            <Route
              path="/monitoring/articles/:articleId"
              element={
                <RequireAbility ability="monitor.read">
                  <MonitoringArticlePage />
                </RequireAbility>
              }
            />
            <Route path="/agencies" element={<AgenciesPage />} />
            <Route path="/reporting" element={<ReportingHomePage />} />
            <Route path="/reporting/contacts" element={<ContactsPage />} />
            <Route path="/reporting/periods/:periodId" element={<PeriodBoardPage />} />
            <Route path="/reporting/periods/:periodId/tasks/:taskId" element={<TaskAcrossAgenciesPage />} />
            <Route path="/reporting/periods/:periodId/agencies/:agencyId" element={<SubmissionPage />} />
            <Route path="/reporting/periods/:periodId/consolidation" element={<ConsolidationPage />} />
            <Route path="/agencies/:agencyId" element={<AgencyPage />} />
            <Route
              path="/activities"
              element={
                <RequireAbility ability="activity.read">
                  <ActivitiesPage />
                </RequireAbility>
              }
            />
            <Route
              path="/activities/:id"
              element={
                <RequireAbility ability="activity.read">
                  <ActivityFormPage />
                </RequireAbility>
              }
            />
            <Route
              path="/admin/organisations"
              element={
                <RequireAbility ability="agency.manage">
                  <OrganisationAdminPage />
                </RequireAbility>
              }
            />
            <Route
              path="/admin/users"
              element={
                <RequireAbility ability="user.manage">
                  <UsersPage />
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
            <Route
              path="/response"
              element={
                <RequireAbility ability="response.read">
                  <ResponsePage />
                </RequireAbility>
              }
            />
            <Route path="/response/cases/:caseId" element={<CasePage />} />
            <Route
              path="/guidance"
              element={
                <RequireAbility ability="guidance.read">
                  <GuidanceRegisterPage />
                </RequireAbility>
              }
            />
            <Route
              path="/guidance/new"
              element={
                <RequireAbility ability="guidance.issue">
                  <GuidanceIssuePage />
                </RequireAbility>
              }
            />
            <Route
              path="/guidance/:id"
              element={
                <RequireAbility ability="guidance.read">
                  <GuidanceNotePage />
                </RequireAbility>
              }
            />
            <Route
              path="/events"
              element={
                <RequireAbility ability="events.read">
                  <MilestonesPage />
                </RequireAbility>
              }
            />
            <Route
              path="/publications"
              element={
                <RequireAbility ability="activity.read">
                  <PublicationsPage />
                </RequireAbility>
              }
            />
            <Route
              path="/budget"
              element={
                <RequireAbility ability="budget.read">
                  <BudgetPage />
                </RequireAbility>
              }
            />
            <Route path="/account/password" element={<ChangePasswordPage />} />
            <Route path="/account/sessions" element={<SessionsPage />} />
            <Route path="*" element={<NotFound />} />
          </Route>
        </Route>
      </Routes>
    </Suspense>
  );
}
