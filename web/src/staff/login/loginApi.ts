import { http } from '../../api/client.ts';
import type { LoginStep } from '../../api/types.ts';

/** The staff login conversation; each call answers with the next LoginStep. */
export const staffLogin = {
  credentials: (v: { username: string; password: string }) => http.post<LoginStep>('/api/auth/staff/login', v),
  changePassword: (v: { challenge: string; newPassword: string }) =>
    http.post<LoginStep>('/api/auth/staff/change-password', v),
  totp: (v: { challenge: string; code: string }) => http.post<LoginStep>('/api/auth/staff/totp', v),
};
