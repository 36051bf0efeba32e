import type { rightsZh } from './rights.zh.ts';

/** English texts of the rights record; typed against the zh-CN object so every key is translated. */
export const rightsEn: Record<keyof typeof rightsZh, string> = {
  'rights.title': 'Rights record',
  'rights.hallTitle': 'My rights record',
  'rights.hallIntro':
    'Month by month and per scheme: the contribution base, the employer’s and your contributions, the amount credited to your individual account, the status, and your cumulative contribution months.',
  'rights.nav': 'My rights record',
  'rights.navText':
    'Cumulative months per scheme, individual account balances, monthly contributions, interruptions and resumptions',
  'rights.backToHall': 'Back to online services',
  'rights.toStatements': 'Statements and access log',
  'rights.personOnly': 'This page is for personal accounts only.',
  'rights.notRegistered': 'You are not registered for social insurance yet, so there is no rights record.',
  'rights.empty': 'No contributions recorded',
  'rights.truncated': 'The record is very long; only the most recent months are shown.',

  'rights.scheme.pension': 'Pension',
  'rights.scheme.medical': 'Medical (incl. maternity)',
  'rights.scheme.unemployment': 'Unemployment',
  'rights.scheme.work_injury': 'Work injury',

  'rights.status.due': 'Not yet due',
  'rights.status.paid': 'Paid',
  'rights.status.arrears': 'In arrears',
  'rights.status.back_paid': 'Back-paid',
  'rights.status.transferred_in': 'Transferred in',
  'rights.status.transferred_out': 'Transferred out',
  'rights.status.gap': 'Not paid',

  'rights.event.account_established': 'Individual account opened',
  'rights.event.interrupted': 'Payment interrupted',
  'rights.event.resumed': 'Payment resumed',
  'rights.event.transferred_in': 'Transferred in',
  'rights.event.transferred_out': 'Transferred out',
  'rights.event.months': '{n} months',

  'rights.cumulativeMonths': 'Cumulative contribution months',
  'rights.monthsUnit': 'months',
  'rights.yearsMonths': '{years} years {months} months',
  'rights.span': '{from} to {to}',
  'rights.noMonths': 'No contribution months yet',
  'rights.accountBalance': 'Individual account balance (CNY)',
  'rights.accountClosed': 'Account closed',

  'rights.timeline': 'Contribution timeline',
  'rights.timelineHint':
    'One band per scheme, coloured by each month’s status; markers show account openings, interruptions, resumptions and transfers.',
  'rights.events': 'Events',
  'rights.noEvents': 'No interruptions or transfers',
  'rights.byYear': 'Contributions by year',
  'rights.year': '{year}',
  'rights.yearSummary':
    '{months} months paid · employer {employer} · employee {employee} · credited to the account {credit} (CNY)',
  'rights.yearOutstanding': '{amount} CNY in arrears',
  'rights.yearNotYetDue': '{amount} CNY not yet due',
  'rights.dueBy': 'due by {date}',

  'rights.col.period': 'Period',
  'rights.col.scheme': 'Scheme',
  'rights.col.employer': 'Payer',
  'rights.col.base': 'Base',
  'rights.col.employerAmount': 'Employer',
  'rights.col.employeeAmount': 'Employee',
  'rights.col.accountCredit': 'To the account',
  'rights.col.status': 'Status',
  'rights.col.paidOn': 'Received on',
  'rights.flexible': 'Self (flexible worker)',
  'rights.totals': 'Total',
  'rights.listSeparator': ', ',
  'rights.allSchemes': 'All schemes',
};
