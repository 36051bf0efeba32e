import type { statementsZh } from './statements.zh.ts';

/** English texts of the annual rights statements; typed against the zh dictionary. */
export const statementsEn: Record<keyof typeof statementsZh, string> = {
  'stmt.entry.title': 'Statements and access log',
  'stmt.entry.statements': 'Annual rights statements',
  'stmt.entry.statementsText':
    'Download your annual rights statement (PDF with a verification code); raise a doubt online',
  'stmt.entry.accessLog': 'Who viewed my record',
  'stmt.entry.accessLogText': 'When which agency staff viewed, printed or changed your record',
  'stmt.entry.verify': 'Check a rights statement',
  'stmt.entry.verifyText': 'Check a rights statement by its number and verification code',

  'stmt.page.title': 'Annual rights statements',
  'stmt.page.intro':
    'The annual rights statement lists, for every month and insurance, the contribution base, the employer’s and your contributions and the amount credited to your individual account; each account’s opening balance, credits, interest and closing balance; and your cumulative contribution months to the end of the year. Every statement has a number and a verification code, and a QR code to check it.',
  'stmt.page.backToHall': 'Back to online services',
  'stmt.page.rightsRecord': 'My rights record',
  'stmt.page.personOnly': 'This page is for personal accounts.',

  'stmt.years.title': 'Download by year',
  'stmt.years.year': 'Year',
  'stmt.years.state': 'State',
  'stmt.years.closed': 'Available',
  'stmt.years.open': 'Year not ended',
  'stmt.years.download': 'Download PDF',
  'stmt.years.empty': 'No rights records yet',
  'stmt.years.downloaded': 'Downloaded the {year} statement, number {no}',

  'stmt.issued.title': 'Statements issued',
  'stmt.issued.no': 'Statement number',
  'stmt.issued.year': 'Year',
  'stmt.issued.issuedAt': 'Issued at',
  'stmt.issued.code': 'Verification code',
  'stmt.issued.closing': 'Pension account at year end (yuan)',
  'stmt.issued.empty': 'No statement issued yet',

  'stmt.discrepancy.open': 'Something looks wrong',
  'stmt.discrepancy.title': 'Raise a doubt about your rights record',
  'stmt.discrepancy.intro':
    'Say which year, month and insurance do not match what you know. A “Rights record query and printing” case is opened, and the agency where you are insured checks and answers it.',
  'stmt.discrepancy.year': 'Year',
  'stmt.discrepancy.period': 'Month',
  'stmt.discrepancy.scheme': 'Insurance',
  'stmt.discrepancy.any': 'Any',
  'stmt.discrepancy.description': 'What is wrong',
  'stmt.discrepancy.descriptionPlaceholder':
    'For example: my employer deducted the pension contribution for March 2025, but the record shows it unpaid.',
  'stmt.discrepancy.submit': 'Submit',
  'stmt.discrepancy.done': 'Submitted as case',
  'stmt.discrepancy.doneText':
    'The agency will check your record and tell you its progress by text message. You can follow it under “My cases”.',
  'stmt.discrepancy.viewCase': 'View the case',
  'stmt.discrepancy.close': 'Close',

  'stmt.access.title': 'Access log (who viewed my record)',
  'stmt.access.intro':
    'Every time agency staff view, print or change your social insurance record it is logged; the entries are listed newest first.',
  'stmt.access.at': 'Time',
  'stmt.access.staff': 'Staff member',
  'stmt.access.agency': 'Agency',
  'stmt.access.action': 'What',
  'stmt.access.empty': 'No staff member has viewed your record',
  'stmt.access.label.viewed_record': 'Viewed your registration',
  'stmt.access.label.viewed_history': 'Viewed the change history',
  'stmt.access.label.viewed_rights': 'Viewed your rights record',
  'stmt.access.label.revealed_data': 'Viewed full personal data',
  'stmt.access.label.changed_record': 'Changed your record',
  'stmt.access.label.printed_statement': 'Printed a rights statement',
  'stmt.access.label.issued_certificate': 'Issued an insurance certificate',
  'stmt.access.label.other': 'Other ({action})',

  'stmt.scheme.pension': 'Pension',
  'stmt.scheme.medical': 'Medical (incl. maternity)',
  'stmt.scheme.unemployment': 'Unemployment',
  'stmt.scheme.work_injury': 'Work injury',

  'stmt.verify.title': 'Check a rights statement',
  'stmt.verify.intro':
    'Enter the number and verification code printed on the statement to check that the agency issued it. Scanning the statement’s QR code fills them in.',
  'stmt.verify.no': 'Statement number',
  'stmt.verify.code': 'Verification code',
  'stmt.verify.check': 'Check',
  'stmt.verify.emptyHint': 'The result of the check will appear here.',
  'stmt.verify.valid': 'The statement is genuine',
  'stmt.verify.year': 'Year',
  'stmt.verify.issuedAt': 'Issued at',
  'stmt.verify.holder': 'Insured person',
  'stmt.verify.content': 'Content',
  'stmt.verify.identical': 'Identical to the statement as issued: rendered again from the records as known then',
  'stmt.verify.different': 'Differs from the statement as issued ({parts}); please tell the agency',
  'stmt.verify.partSeparator': ', ',
  'stmt.verify.part.header': 'year',
  'stmt.verify.part.holder': 'insured person',
  'stmt.verify.part.months': 'monthly contributions',
  'stmt.verify.part.accounts': 'individual accounts',
  'stmt.verify.part.cumulativeMonths': 'cumulative months',
  'stmt.verify.notFound': 'No statement matches this number and code',
  'stmt.verify.notFoundText':
    'Check that the number and code were typed correctly. If the statement is forged, please report it to the agency.',
};
