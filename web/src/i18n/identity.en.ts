import type { identityZh } from './identity.zh.ts';

/** English texts of proven identity; typed against the zh dictionary. */
export const identityEn: Record<keyof typeof identityZh, string> = {
  'identity.register.lead':
    'Enter your ID number and your name as registered (an employer: its registered name). If they match the register, a code is texted to the mobile phone on file.',
  'identity.register.neutral':
    'If the details match the register and no account exists yet, a code has been texted to the phone on file; enter it within 5 minutes. No phone on file, or a new number? Take your document to a service window for an activation code, or ask for one to be mailed to your registered address.',
  'identity.register.haveCode': 'Got an activation code from a window?',
  'identity.register.useCode': 'Open with the activation code',

  'identity.activate.titlePerson': 'Activate a personal account',
  'identity.activate.titleEmployer': 'Activate an employer account',
  'identity.activate.lead':
    'Enter the activation code a service window gave you (on the slip, the letter or by SMS) and the mobile number to log in with. An existing account moves to this number and a new password.',
  'identity.activate.code': 'Activation code',
  'identity.activate.codeHint': '10 letters and digits, e.g. ABCDE-23456, any case',
  'identity.activate.codeLooksWrong': 'An activation code has 10 letters and digits',
  'identity.activate.phone': 'Mobile number to log in with',
  'identity.activate.phoneHint': 'A code is texted to it now, and at every login',
  'identity.activate.submit': 'Check the code',
  'identity.activate.done': 'Your account is open',
  'identity.activate.noCode': 'No activation code?',
  'identity.activate.online': 'Open with the phone on file',

  'identity.phone.label': 'Login phone',
  'identity.phone.change': 'Change',
  'identity.phone.title': 'Change the login phone',
  'identity.phone.lead':
    'A code goes to your current login phone and another to the new one; both are needed. If you no longer have the current phone, go to a service window with your document.',
  'identity.phone.new': 'New mobile number',
  'identity.phone.send': 'Send the codes',
  'identity.phone.currentCode': 'Code sent to the current phone ({to})',
  'identity.phone.newCode': 'Code sent to the new phone ({to})',
  'identity.phone.confirm': 'Change the phone',
  'identity.phone.changed': 'Login phone changed',

  'identity.activation.action': 'Activation code',
  'identity.activation.title': 'Issue a self-service hall activation code — {name}',
  'identity.activation.lead':
    'Check the original document (for an employer also the agent’s ID and authorisation) against the register, then issue. The code is shown once; only its digest is kept.',
  'identity.activation.documentType': 'Document checked',
  'identity.activation.checked': 'I have checked the original document; it matches the register',
  'identity.activation.checkedRequired': 'Check the original document before issuing',
  'identity.activation.delivery': 'Delivery',
  'identity.activation.phone': 'Mobile number checked by the clerk',
  'identity.activation.submit': 'Issue',
  'identity.activation.code': 'Activation code',
  'identity.activation.validThrough': 'Valid through {date}',
  'identity.activation.sentTo': 'Sent to {to}',
  'identity.activation.accountExists':
    'This holder already has an account: the code moves it to a new login phone and password, and ends its sessions.',
  'identity.activation.once':
    'The code is shown only here: print or hand it over now. Once closed it cannot be shown again; a lost code means issuing a new one.',
  'identity.activation.print': 'Print the slip',
  'identity.activation.printLetter': 'Print the letter',
  'identity.activation.done': 'Done',
  'identity.doc.resident_id_card': 'Resident ID card',
  'identity.doc.temporary_id_card': 'Temporary resident ID card',
  'identity.doc.passport': 'Passport',
  'identity.doc.residence_permit': 'Residence permit or permanent residence ID',
  'identity.doc.business_licence': 'Business licence',
  'identity.doc.legal_person_certificate': 'Legal person registration certificate',
  'identity.delivery.slip': 'Print a slip now',
  'identity.delivery.letter': 'Mail a letter to the registered address',
  'identity.delivery.sms': 'Text it to a phone the clerk checked',

  'identity.intake.registeredName': 'Filled in from the register: {name}',
  'identity.intake.notRegistered': 'Not in the register: enter the name as on the document',
  'identity.intake.nameDiffers': 'Differs from the registered “{name}”: a reviewer must authorise the intake',
  'identity.intake.nameHint': 'May be left empty for a registered identifier: the register’s name is used',

  'identity.override.menu': 'Name authorisations',
  'identity.override.menuText': 'Authorise an intake whose document name differs from the register',
  'identity.override.title': 'Authorise an intake under a name the register does not hold',
  'identity.override.lead':
    'When the name on the applicant’s document differs from the register (a name change not yet registered, a register error), a reviewer who has checked it authorises one intake, for 4 hours. Such a case does not join the identifier’s self-service hall.',
  'identity.override.name': 'Name as on the document',
  'identity.override.reason': 'What was checked, and why',
  'identity.override.submit': 'Authorise',
  'identity.override.granted': 'Authorised: {name} (registered as {registered}), for an intake until {time}',

  'identity.case.verified': 'Identity checked against the register',
  'identity.case.unverified': 'Not checked against the register',
  'identity.case.override': 'Name differs from the registered “{registered}”; authorised by {by}: {reason}',
};
