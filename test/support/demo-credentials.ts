/** The demo accounts as tests use them; the same values are listed in the README. */
export { DEMO_PASSWORD, DEMO_STAFF, DEMO_PUBLIC_ACCOUNTS } from '../../src/demo/demo-data.ts';
