import { lazy, type ReactNode } from 'react';
import { Route, Routes } from 'react-router';
import { RequirePermission } from '../layout/RequirePermission.tsx';
import { NotFound } from '../../ui/NotFound.tsx';

const Employers = lazy(() => import('./employers/EmployersPage.tsx'));
const EmployerRegister = lazy(() => import('./employers/EmployerRegisterPage.tsx'));
const Employer = lazy(() => import('./employers/EmployerPage.tsx'));
const Persons = lazy(() => import('./persons/PersonsPage.tsx'));
const PersonRegister = lazy(() => import('./persons/PersonRegisterPage.tsx'));
const Person = lazy(() => import('./persons/PersonPage.tsx'));
const Duplicates = lazy(() => import('./duplicates/DuplicatesPage.tsx'));
const CertificatesDue = lazy(() => import('./certificates/CertificatesDuePage.tsx'));

const writing = (page: ReactNode) => <RequirePermission permission="registration.write">{page}</RequirePermission>;

/** `/staff/registration/*` (behind `registration.read`): employers, persons, duplicates, certificates due. */
export default function RegistrationRoutes() {
  return (
    <Routes>
      <Route path="employers" element={<Employers />} />
      <Route path="employers/new" element={writing(<EmployerRegister />)} />
      <Route path="employers/:id" element={<Employer />} />
      <Route path="persons" element={<Persons />} />
      <Route path="persons/new" element={writing(<PersonRegister />)} />
      <Route path="persons/:id" element={<Person />} />
      <Route path="duplicates" element={<Duplicates />} />
      <Route path="certificates" element={<CertificatesDue />} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
