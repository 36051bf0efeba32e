import { type BodyOf, api, data } from '../../api/typed.ts';

/** The staff login conversation; each call answers with the next LoginStep. */
export const staffLogin = {
  credentials: async (body: BodyOf<'/api/auth/staff/login'>) => data(await api.POST('/api/auth/staff/login', { body })),
  changePassword: async (body: BodyOf<'/api/auth/staff/change-password'>) =>
    data(await api.POST('/api/auth/staff/change-password', { body })),
  totp: async (body: BodyOf<'/api/auth/staff/totp'>) => data(await api.POST('/api/auth/staff/totp', { body })),
};
