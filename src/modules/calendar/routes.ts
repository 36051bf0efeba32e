/** The route registrars of the calendar module: `http/` registers them; nothing else imports them. */
export { calendarRoutes } from './calendar.routes.ts';
