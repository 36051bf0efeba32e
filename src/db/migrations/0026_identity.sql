-- Identity is proven, not typed (issue 14, decision 28): hall accounts are opened with a code sent
-- to the phone on file or with an activation code issued at the window; an applicant's name at
-- intake is the register's, unless a reviewer records why the document says otherwise.

-- An activation code for opening (or re-binding) a self-service hall account, issued by a clerk
-- who checked the holder's document. Only the code's digest is kept; the code itself is printed
-- on a slip, mailed in a letter to the registered address, or texted to a phone the clerk checked.
CREATE TABLE hall_activations (
  id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind              text NOT NULL CHECK (kind IN ('person', 'employer')),
  -- Blind index '<person|employer>:<identifier>', as public_accounts has it.
  identifier_index  text NOT NULL,
  identifier_enc    text NOT NULL,
  identifier_masked text NOT NULL,
  -- The person_id or employer id the code was issued for, and the register's name at that time.
  holder_id         bigint NOT NULL,
  display_name      text NOT NULL,
  code_digest       text NOT NULL,
  document_type     text NOT NULL CHECK (document_type IN ('resident_id_card', 'temporary_id_card', 'passport',
                      'residence_permit', 'business_licence', 'legal_person_certificate')),
  delivery          text NOT NULL CHECK (delivery IN ('slip', 'letter', 'sms')),
  sent_to_masked    text,
  issued_by         bigint NOT NULL REFERENCES staff (id),
  agency_id         bigint NOT NULL REFERENCES agencies (id),
  issued_at         timestamptz NOT NULL,
  expires_at        timestamptz NOT NULL,
  attempts          integer NOT NULL DEFAULT 0,
  status            text NOT NULL DEFAULT 'live' CHECK (status IN ('live', 'used', 'revoked', 'exhausted')),
  closed_at         timestamptz,
  public_account_id bigint REFERENCES public_accounts (id),
  CHECK ((status = 'live') = (closed_at IS NULL))
);
CREATE INDEX hall_activations_live_idx ON hall_activations (kind, identifier_index) WHERE status = 'live';

-- A change of the hall account's login phone is proven with a code to the current and the new phone.
ALTER TABLE login_challenges DROP CONSTRAINT login_challenges_stage_check;
ALTER TABLE login_challenges ADD CONSTRAINT login_challenges_stage_check
  CHECK (stage IN ('change_password', 'totp_enrol', 'totp', 'otp', 'register', 'phone_change'));

-- A reviewer's permission to receive an applicant whose document name differs from the register's
-- (a name change not yet registered, a register typo): for one intake, within a few hours, in the
-- reviewer's agency subtree.
CREATE TABLE applicant_name_overrides (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  applicant_index  text NOT NULL,
  applicant_masked text NOT NULL,
  name             text NOT NULL,
  registered_name  text NOT NULL,
  reason           text NOT NULL,
  agency_id        bigint NOT NULL REFERENCES agencies (id),
  granted_by       bigint NOT NULL REFERENCES staff (id),
  granted_at       timestamptz NOT NULL,
  expires_at       timestamptz NOT NULL,
  used_bundle_id   bigint REFERENCES case_bundles (id),
  used_at          timestamptz,
  CHECK ((used_at IS NULL) = (used_bundle_id IS NULL))
);
CREATE INDEX applicant_name_overrides_open_idx ON applicant_name_overrides (applicant_index) WHERE used_at IS NULL;

-- Whether the applicant's identity matched the register (or the case came from the hall account
-- itself): only such a case joins the holder's hall. A case received on a reviewer's override
-- names it.
ALTER TABLE cases ADD COLUMN applicant_verified boolean NOT NULL DEFAULT false;
ALTER TABLE cases ADD COLUMN name_override_id bigint REFERENCES applicant_name_overrides (id);

-- Cases received before this change: verified when applied for from the hall, or when the name
-- received is the register's (compared as stored; a case keyed in differently stays unverified and
-- can still be followed with its number and the identifier).
UPDATE cases SET applicant_verified = true WHERE channel = 'web' AND public_account_id IS NOT NULL;
UPDATE cases SET applicant_verified = true
  FROM persons
 WHERE cases.applicant_id_type = 'citizen_id' AND persons.id_index = cases.applicant_index
   AND btrim(persons.name) = btrim(cases.applicant_name);
UPDATE cases SET applicant_verified = true
  FROM employers
 WHERE cases.applicant_id_type = 'credit_code' AND employers.identifier_index = cases.applicant_index
   AND btrim(employers.name) = btrim(cases.applicant_name);
-- A desk case linked to a hall account on the identifier alone, with another name, is unlinked.
UPDATE cases SET public_account_id = NULL, applicant_kind = 'anonymous'
 WHERE NOT applicant_verified AND public_account_id IS NOT NULL;
