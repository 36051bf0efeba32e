/**
 * Generated from the server's OpenAPI document by `npm run api:generate` (scripts/generate-client.ts,
 * openapi-typescript): do not edit. Change a route's zod schemas, regenerate, and commit this file
 * with them; `npm run api:check` (CI) fails while it differs from what the schemas generate.
 */
export interface paths {
  '/api/agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agencies in my subtree */
    get: {
      parameters: {
        query?: {
          includeClosed?: 'true' | 'false';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgAgency'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create an agency */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            divisionCode: string;
            level: 1 | 2 | 3 | 4 | 5;
            name: string;
            /** Format: date */
            openedOn: string;
            parentId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgAgency'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One agency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgAgency'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit an agency */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code?: string;
            divisionCode?: string;
            name?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgAgency'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/agencies/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close an agency */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            closedOn: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgAgency'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** History of an agency */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgAgencyVersion'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/agencies/{id}/move': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Move an agency under another parent */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            parentId: number;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgAgency'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/documents': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the archive (audited) */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          archiveNo?: string;
          caseNumber?: string;
          citizenId?: string;
          creditCode?: string;
          documentType?:
            | 'upload'
            | 'application_form'
            | 'acceptance_receipt'
            | 'one_time_notice'
            | 'decision'
            | 'certificate'
            | 'notice'
            | 'other';
          from?: string;
          includeSuperseded?: 'true' | 'false';
          itemCode?: string;
          page?: number;
          pageSize?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['ArchiveDocument'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/documents/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One document with its versions (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArchiveDocumentDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/documents/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Download a document: writes an archive-use record with the purpose */
    get: {
      parameters: {
        query: {
          disposition?: 'attachment' | 'inline';
          note?: string;
          purpose: 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The bytes; headers x-content-sm3 (SM3 digest) and x-archive-no (档案号) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'image/jpeg': string;
            'image/png': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/meta': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Document types, retention classes, purposes, upload limits */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArchiveMeta'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Documents by type and month, uses by month */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArchiveStats'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/archive/uses': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Archive-use records (档案利用登记) */
    get: {
      parameters: {
        query?: {
          documentId?: number;
          from?: string;
          page?: number;
          pageSize?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['ArchiveUse'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Search the audit log */
    get: {
      parameters: {
        query?: {
          action?: string;
          actor?: string;
          entity?: string;
          entityId?: string;
          from?: string;
          outcome?: 'success' | 'denied' | 'failed';
          page?: number;
          pageSize?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['AuditEntry'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/audit/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Verify the hash chain */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuditVerdict'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/logout': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Log out */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description No body */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my password (my other sessions end) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            currentPassword: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description No body */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/session': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Current session */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthSessionInfo'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/staff/change-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff login: set a new password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            challenge: string;
            newPassword: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoginStep'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/staff/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff login: password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoginStep'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/staff/totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff login: TOTP code (also confirms enrolment) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            challenge: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoginStep'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/calendar/holiday-years': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The years of the holiday calendar: notices, and the years answered provisionally */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly years: components['schemas']['HolidayYearView'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Load a year's State Council notice and count the provisional deadlines again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            blocks: {
              firstDayOff: string;
              lastDayOff: string;
              makeUpWorkdays: string[];
              name: {
                en: string;
                zh: string;
              };
            }[];
            source: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              recounted: {
                [key: string]: {
                  checked: number;
                  moved: number;
                  settled: number;
                };
              };
              source: string;
              year: number;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Call-back tasks (回访整改) in my subtree */
    get: {
      parameters: {
        query?: {
          mine?: 'true' | 'false';
          overdue?: 'true' | 'false';
          page?: number;
          pageSize?: number;
          status?: 'open' | 'called_back' | 'rectified' | 'closed' | 'active';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['EvaluationCallbackTask'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One call-back task with its history */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationCallbackTaskDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/callback': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a call-back (回访) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            /** @enum {string} */
            result: 'reached' | 'unreachable' | 'declined';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationCallbackTaskDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a call-back task */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationCallbackTaskDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/callbacks/{id}/rectify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the rectification (整改) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationCallbackTaskDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-alerts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Due-soon and overdue alerts: mine, or (supervisors) my subtree */
    get: {
      parameters: {
        query?: {
          kind?: 'due_soon' | 'overdue';
          open?: 'true' | 'false';
          page?: number;
          pageSize?: number;
          scope?: 'mine' | 'subtree';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseAlertList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-alerts/{id}/acknowledge': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Mark an alert seen */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseAlert'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-bundles/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The cases and slips of one intake */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseBundle'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-notices/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One slip */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseNotice'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-notices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The archived PDF of a slip (an archive use) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The archived slip */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service desk settings */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSettings'];
          };
        };
      };
    };
    /** Change the service desk settings */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            dueSoonWorkdays: number;
            supplyDefaultWorkdays: number;
            sweepIntervalMinutes: number;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSettings'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-sla-summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open cases by SLA state */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSlaSummary'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Share of cases finished within the promise */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          groupBy?: 'item' | 'agency' | 'window' | 'staff';
          itemCode?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseStats'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/case-sweeps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Recent SLA sweeps */
    get: {
      parameters: {
        query?: {
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CaseSweepRun'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Run the SLA sweep now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseSweepRun'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Cases in my subtree */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          caseNumber?: string;
          identifier?: string;
          itemCode?: string;
          mine?: 'owner' | 'assignee';
          page?: number;
          pageSize?: number;
          receivedFrom?: string;
          receivedTo?: string;
          slaState?: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
          status?: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case (read is audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/accept': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Accept a received case (受理); missing later materials give a slip */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            materials?: {
              code: string;
              note?: string;
              /** @enum {string} */
              status?: 'received' | 'waived';
              /** Format: uuid */
              uploadId?: string;
            }[];
            /** Format: date */
            supplyDeadline?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseWithNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/assign': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Assign (or clear) the staff member handling the case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            staffId: number | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/decline': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Decline to accept (不予受理) with a written reason and a slip */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseWithNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/hand-over': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hand the case over to another owner (首问负责) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            toStaffId: number;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/hand-over-candidates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff who may take this case over */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: {
                agencyName: string;
                displayName: string;
                id: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record materials brought later; the clock restarts when none is missing */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            materials: {
              code: string;
              /** Format: uuid */
              uploadId: string;
            }[];
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/request-materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ask for materials (补正): the clock stops and a slip is issued */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            materials: {
              code: string;
              reason: string;
            }[];
            /** Format: date */
            supplyDeadline: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseWithNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/{id}/steps/{stepCode}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Perform the next step: pass, or refuse (不予批准) with a reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          stepCode: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            comment?: string;
            /** @enum {string} */
            decision: 'pass' | 'refuse';
            outcomeNote?: string;
            reason?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/applicant-lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The register’s name for an applicant’s citizen ID or credit code (a read of the holder’s record) */
    get: {
      parameters: {
        query: {
          identifier: string;
          identifierType: 'citizen_id' | 'credit_code';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseApplicantLookup'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/applicant-name-overrides': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Authorise one intake under a name the register does not hold, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
            /** @enum {string} */
            identifierType: 'citizen_id' | 'credit_code';
            name: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseApplicantNameOverride'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/by-number/{caseNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One case by its number */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNumber: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/cases/intake': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Intake at a window or by phone, mail …: one or more items (一窗受理) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agencyId?: number;
            applicant: {
              identifier: string;
              /** @enum {string} */
              identifierType: 'citizen_id' | 'credit_code' | 'other';
              name?: string;
              phone?: string;
            };
            /** @enum {string} */
            channel: 'window' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
            items: {
              /** @enum {string} */
              decision: 'accept' | 'decline' | 'receive';
              itemCode: string;
              reason?: string;
            }[];
            materials: {
              code: string;
              note?: string;
              /** @enum {string} */
              status?: 'received' | 'waived';
              /** Format: uuid */
              uploadId?: string;
            }[];
            note?: string;
            servicePointId?: number;
            /** Format: date */
            supplyDeadline?: string;
            ticketId?: number;
            windowId?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseIntakeAnswer'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Create a category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
            name: {
              en: string;
              zh: string;
            };
            sort: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogCategory'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/disclosures/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Items whose disclosure is overdue (RULES §6: 20 working days) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: components['schemas']['CalendarDay'];
              readonly items: components['schemas']['CatalogOverdueDisclosure'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/items': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service items with their current versions */
    get: {
      parameters: {
        query?: {
          disclosure?: 'overdue' | 'pending';
          q?: string;
          status?: 'active' | 'withdrawn' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CatalogItem'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Create an item (version 1) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryCode: string;
            /** Format: date */
            changedOn: string;
            changeNote: {
              en: string;
              zh: string;
            };
            code: string;
            content: {
              basis: {
                en: string;
                zh: string;
              };
              channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
              complaint: {
                en: string;
                zh: string;
              };
              conditions: {
                en: string;
                zh: string;
              };
              delivery: {
                en: string;
                zh: string;
              };
              enquiry: {
                en: string;
                zh: string;
              };
              fees: {
                en: string;
                zh: string;
              };
              howToApply: {
                en: string;
                zh: string;
              };
              materials: {
                code: string;
                maxBytes: number;
                mediaTypes: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff')[];
                name: {
                  en: string;
                  zh: string;
                };
                note: {
                  en: string;
                  zh: string;
                } | null;
                /** @enum {string} */
                requirement: 'required' | 'optional' | 'later';
              }[];
              module: string;
              name: {
                en: string;
                zh: string;
              };
              officeHours: {
                en: string;
                zh: string;
              };
              place: {
                en: string;
                zh: string;
              };
              promisedDays: number;
              separatedSteps: [string, string][];
              statutoryDays: number;
              steps: {
                code: string;
                description: {
                  en: string;
                  zh: string;
                } | null;
                name: {
                  en: string;
                  zh: string;
                };
                /** @enum {string} */
                permission: 'case.accept' | 'case.review' | 'case.approve';
              }[];
              summary: {
                en: string;
                zh: string;
              };
              timeLimitNote: {
                en: string;
                zh: string;
              } | null;
              workflow: string;
            };
            sort: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogItemDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/items/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One item with all its versions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogItemDetail'];
          };
        };
      };
    };
    /** Change an item: records a new version */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryCode?: string;
            /** Format: date */
            changedOn: string;
            changeNote: {
              en: string;
              zh: string;
            };
            content: {
              basis: {
                en: string;
                zh: string;
              };
              channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
              complaint: {
                en: string;
                zh: string;
              };
              conditions: {
                en: string;
                zh: string;
              };
              delivery: {
                en: string;
                zh: string;
              };
              enquiry: {
                en: string;
                zh: string;
              };
              fees: {
                en: string;
                zh: string;
              };
              howToApply: {
                en: string;
                zh: string;
              };
              materials: {
                code: string;
                maxBytes: number;
                mediaTypes: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff')[];
                name: {
                  en: string;
                  zh: string;
                };
                note: {
                  en: string;
                  zh: string;
                } | null;
                /** @enum {string} */
                requirement: 'required' | 'optional' | 'later';
              }[];
              module: string;
              name: {
                en: string;
                zh: string;
              };
              officeHours: {
                en: string;
                zh: string;
              };
              place: {
                en: string;
                zh: string;
              };
              promisedDays: number;
              separatedSteps: [string, string][];
              statutoryDays: number;
              steps: {
                code: string;
                description: {
                  en: string;
                  zh: string;
                } | null;
                name: {
                  en: string;
                  zh: string;
                };
                /** @enum {string} */
                permission: 'case.accept' | 'case.review' | 'case.approve';
              }[];
              summary: {
                en: string;
                zh: string;
              };
              timeLimitNote: {
                en: string;
                zh: string;
              } | null;
              workflow: string;
            };
            expectedVersion: number;
            sort?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogItemDetail'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/items/{code}/versions/{version}/disclosure': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record the disclosure (公示) of a version */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
          version: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            disclosedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogItemVersion'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/catalog/items/{code}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw an item */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            /** Format: date */
            withdrawnOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogItemDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/arrears': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payers in arrears (欠费) in my agency subtree, with late fees accrued to a date and totals by period */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          limit?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionArrears'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/back-payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Back payments and extensions in my agency subtree */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          personId?: number;
          status?: 'proposed' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBackPayment'][];
          };
        };
      };
    };
    put?: never;
    /** Propose a back payment (补缴) or an extension of payment (延长缴费) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            employerAtFault: boolean;
            employerId?: number;
            fromPeriod: string;
            /** @enum {string} */
            kind: 'back_payment' | 'extension';
            personId: number;
            reason: string;
            schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
            toPeriod: string;
            wage: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBackPayment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/back-payments/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve (issues the back-payment bills) a back payment (another person than the proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBackPayment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/back-payments/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a back payment (another person than the proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBackPayment'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/bills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bills (缴费单) of payers in my subtree */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          period?: string;
          personId?: number;
          status?: 'open' | 'paid' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionBill'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/bills/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One bill: lines (masked IDs), late fees, allocations */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBillDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Declarations of an employer or a flexible worker in scope */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          period?: string;
          personId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionDeclarationSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Declare at the window for an employer (lines) or a flexible worker (base); a repeat corrects */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            base?: string;
            employerId?: number;
            /**
             * @default monthly
             * @enum {string}
             */
            kind?: 'monthly' | 'annual_base';
            lines?: {
              citizenId: string;
              name?: string | null;
              wage?: string | null;
            }[];
            period: string;
            personId?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationReceipt'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/declarations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One declaration: lines (masked), revisions */
    get: {
      parameters: {
        query?: {
          revision?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/deferrals': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Deferral agreements in my agency subtree (breached / completed computed on read) */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          status?: 'proposed' | 'active' | 'rejected' | 'completed' | 'breached' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeferral'][];
          };
        };
      };
    };
    put?: never;
    /** Propose a deferral agreement (缓缴协议) for an employer in arrears */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            employerId: number;
            fromPeriod: string;
            guarantee?: string;
            note?: string;
            payBy: string;
            toPeriod: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeferral'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/deferrals/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a deferral agreement (another person than the proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeferral'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/deferrals/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel a proposed or active deferral agreement */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeferral'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/deferrals/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a deferral agreement (another person than the proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeferral'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/employers/{id}/statement-periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The periods the employer has a statement for (360 view) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['Period'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/employers/{id}/statements/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer’s statement (对账单) of one period */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionStatement'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/employers/{id}/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer’s collection summary (360 view tab) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionEmployerSummary'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/enforcement-steps': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Enforcement steps in my agency subtree, newest first */
    get: {
      parameters: {
        query?: {
          employerId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionEnforcementStep'][];
          };
        };
      };
    };
    put?: never;
    /** Record an enforcement step (强制征缴) taken against an employer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            documentNo?: string;
            employerId: number;
            note: string;
            /** @enum {string} */
            step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
            takenOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionEnforcementStep'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/month-closes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Month closes of the regions in my scope, newest period first, with progress and report */
    get: {
      parameters: {
        query?: {
          region?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionMonthClose'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Start (or resume) the month close of a region and period; 202 with the run, follow it by id */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            period: string;
            region: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionMonthClose'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/month-closes/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One month close: step, payers done of total, counts, and the report per fund once made */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionMonthClose'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-files': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment files imported in my subtree, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPaymentFile'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Import a bank or tax payment file (multipart "file": .csv or .xlsx; 缴费主体代码,金额,到账日期,交易流水号,缴费单号, last row 合计); all rows or none, every bad row reported; answers the reconciliation report */
    post: {
      parameters: {
        query: {
          source: 'bank' | 'tax';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentFileImported'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-files/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One payment file with its reconciliation report */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentFile'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment notices of employers in my subtree, newest first (status=open: those to look for) */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          page?: number;
          pageSize?: number;
          status?: 'open' | 'matched' | 'dismissed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPaymentNotice'][];
              /** @description Notices matching the filter, all pages */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-notices/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Dismiss an open notice that no payment answers, with the reason */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-notices/{id}/match': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Match an open notice to the employer's payment received through the bank or the window */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            paymentNo: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-orders': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payment orders in my agency subtree */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          personId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentOrder'][];
          };
        };
      };
    };
    put?: never;
    /** Issue a payment order (催缴通知) to a payer in arrears */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            employerId?: number;
            payBy: string;
            personId?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentOrder'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-orders/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payment order */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentOrder'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payment-orders/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A payment order as PDF (社会保险费催缴通知书) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The payment order (社会保险费催缴通知书) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Payments (缴款) of payers in my subtree, newest first */
    get: {
      parameters: {
        query?: {
          employerId?: number;
          personId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPayment'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Record a payment at the window; allocated at once, the rest held as credit */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: string;
            billIds?: number[];
            payer:
              | {
                  employerId: number;
                  /** @enum {string} */
                  kind: 'employer';
                }
              | {
                  /** @enum {string} */
                  kind: 'flexible';
                  personId: number;
                };
            /** Format: date */
            receivedOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentRecorded'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/refunds': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Refunds of credit (退费) of payers in my subtree, newest first */
    get: {
      parameters: {
        query?: {
          status?: 'proposed' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionRefund'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Propose a refund of a payer’s credit (at most its balance); approved by someone else */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: string;
            payer:
              | {
                  employerId: number;
                  /** @enum {string} */
                  kind: 'employer';
                }
              | {
                  /** @enum {string} */
                  kind: 'flexible';
                  personId: number;
                };
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRefund'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/refunds/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a refund: posts it and lowers the credit (not by its proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRefund'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/collection/refunds/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a refund (not by its proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionRefund'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credential-resets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Credential reset requests in my subtree */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          state?: 'pending' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgCredentialReset'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credential-resets/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve: reset the account, answer its temporary password once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgCredentialResetApproved'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/credential-resets/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject (or, as its requester, withdraw) a credential reset request */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgCredentialReset'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/demo/outbox': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Demo mode: the messages sent for a login or registration */
    get: {
      parameters: {
        query: {
          challenge: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthDemoOutbox'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/evaluation/settings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Local deadlines of ratings and call-backs */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationSettings'];
          };
        };
      };
    };
    /** Change the local deadlines */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            callbackDeadlineWorkdays?: number;
            ratingOpenDays?: number;
            rectifyDeadlineWorkdays?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationSettings'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/account/phone': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My login phone (masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoginPhone'];
          };
        };
      };
    };
    put?: never;
    /** Change my login phone, step 1: codes to the current and the new phone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthPhoneChangeStarted'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/account/phone/confirm': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Change my login phone, step 2: both codes */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            challenge: string;
            currentCode: string;
            newCode: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoginPhone'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/certificates/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PDF of one of my certificates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The certificate as archived (PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer's own API keys */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKey'][];
          };
        };
      };
    };
    put?: never;
    /** Create an API key for my payroll software: shown once */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            scopes: (
              | 'employment.read'
              | 'employment.write'
              | 'declarations.write'
              | 'bills.read'
              | 'payment_notices.write'
              | 'payment_notices.read'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKeyCreated'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/api-keys/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke one of my API keys */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKey'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/arrears': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My employer’s arrears and late fees (欠费与滞纳金) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionArrears'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/bills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My bills (缴费单) */
    get: {
      parameters: {
        query?: {
          period?: string;
          status?: 'open' | 'paid' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionBill'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/bills/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my bills */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBillDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue my organisation’s insurance certificate (单位参保证明) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/credit': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My credit (预缴/溢缴) balance */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              credit: components['schemas']['Money'];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My declarations, newest first, with each period’s bill */
    get: {
      parameters: {
        query?: {
          period?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionDeclarationSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Declare the month’s wages of my employees (all lines or none); a repeat corrects */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default monthly
             * @enum {string}
             */
            kind?: 'monthly' | 'annual_base';
            lines: {
              citizenId: string;
              name?: string | null;
              wage?: string | null;
            }[];
            period: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationReceipt'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/declarations/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my declarations: lines (masked), revisions */
    get: {
      parameters: {
        query?: {
          revision?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/declarations/upload': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare the month’s wages from a file (multipart "file": .xlsx or .csv; columns 身份证号, 姓名, 月工资); all rows or none, every bad row reported */
    post: {
      parameters: {
        query: {
          kind?: 'monthly' | 'annual_base';
          period: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationReceipt'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My employees */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'active' | 'ended' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentEmployeePage'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/hires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a hire (registers the person if new) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            birthDate?: string;
            citizenId: string;
            /** @enum {string} */
            gender?: 'male' | 'female';
            /** Format: date */
            hiredOn: string;
            name?: string;
            phone?: string;
            schemes?: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer's own imports, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationImport'][];
          };
        };
      };
    };
    put?: never;
    /** The employer's own spreadsheet import (multipart "file"); all rows or none */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
          lang?: 'zh-CN' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationImportResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/imports/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The error report of one of the employer's own imports */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A spreadsheet (.xlsx or .csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv; charset=utf-8': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/payment-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My payment notices (缴款通知) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'open' | 'matched' | 'dismissed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPaymentNotice'][];
              /** @description Notices matching the filter, all pages */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Tell the agency about a payment made at the bank; matched when the money arrives */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: string;
            bank: string;
            /** @default [] */
            billNos?: string[];
            note?: string;
            /** Format: date */
            paidOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/payments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My payments (缴款记录) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPayment'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/profile': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My organisation’s registration (masked) and certificates */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerHallProfile'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/separations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report a separation */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            citizenId: string;
            /** @enum {string} */
            reason: 'resignation' | 'dismissal' | 'contract_end' | 'retirement' | 'other';
            /** Format: date */
            separatedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/statement-periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The periods I have a statement (对账单) for, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['Period'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/employer/statements/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My statement of one period */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionStatement'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/access-log': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Who in the agency viewed or changed my record (查询记录), newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerAccessLog'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/arrears': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My own arrears as a flexible worker (欠费与滞纳金) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionArrears'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/bills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My bills as a flexible worker */
    get: {
      parameters: {
        query?: {
          period?: string;
          status?: 'open' | 'paid' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionBill'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/bills/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my bills as a flexible worker */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionBillDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My insurance certificates (个人参保证明), newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'][];
          };
        };
      };
    };
    put?: never;
    /** Issue my insurance certificate (个人参保证明) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My own declarations as a flexible worker */
    get: {
      parameters: {
        query?: {
          period?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionDeclarationSummary'][];
            };
          };
        };
      };
    };
    put?: never;
    /** A flexible worker declares their own base for a month */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            base: string;
            period: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationReceipt'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/registration': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My registration: identity (masked), enrolments, employments */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonHallRegistration'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/rights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My rights record (我的权益记录) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerRights'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/rights/discrepancies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Raise a doubt about my rights record (对记录有疑问): opens a service-desk case */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            description: string;
            period?: string;
            /** @enum {string} */
            scheme?: 'pension' | 'medical' | 'unemployment' | 'work_injury';
            year?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerDiscrepancyCase'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/statement-periods': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The periods I have a statement for as a flexible worker */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['Period'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/statements': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My years with rights records and my issued statements */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Newest first */
              readonly statements: components['schemas']['LedgerStatement'][];
              /** @description Years with rights records, newest first */
              readonly years: {
                /** @description The year is over: a statement may be issued */
                closed: boolean;
                year: number;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/statements/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My statement of one period as a flexible worker */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          period: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionStatement'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/hall/person/statements/{year}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My annual rights statement (个人权益记录单) as a PDF; an unchanged year reuses the statement issued */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The annual rights statement (个人权益记录单); its number is in the x-statement-no header */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/accounts': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The chart of accounts with balances: cached, or as of a day and as known at an instant */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          fund?: 'pension' | 'medical' | 'unemployment' | 'work_injury';
          knownAt?: string;
          region?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: components['schemas']['CalendarDay'] | null;
              readonly items: components['schemas']['LedgerAccount'][];
              knownAt: components['schemas']['InstantText'] | null;
              /**
               * @description cache: all lines booked so far; journal: computed as of asOf, as known at knownAt
               * @enum {string}
               */
              source: 'cache' | 'journal';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/accounts/{id}/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entries that touch an account, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerEntrySummary'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Corrections, newest first, by status */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'proposed' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerCorrection'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/corrections/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a correction: books the reversal and the replacement */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerCorrection'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/corrections/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a correction */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerCorrection'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/entries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Entries by source record, person or effective dates, newest first */
    get: {
      parameters: {
        query?: {
          from?: string;
          page?: number;
          pageSize?: number;
          personId?: number;
          sourceModule?: string;
          sourceRef?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerEntrySummary'][];
              page: number;
              pageSize: number;
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Book a manual entry (201); the same key with the same content returns the original (200) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
            idempotencyKey: string;
            lines: {
              accountId: number;
              amount: string;
              personId?: number;
              /** @enum {string} */
              side: 'debit' | 'credit';
            }[];
            period?: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batch: {
                /** @description SM3, hex */
                batchHash: string;
                batchNo: number;
                bookedAt: components['schemas']['Instant'];
                entryCount: number;
                /** @description SM3, hex */
                merkleRoot: string;
                /** @description SM3, hex */
                prevHash: string;
                source: string;
              };
              readonly corrections: components['schemas']['LedgerCorrection'][];
              entry: {
                accountCredit?: components['schemas']['Money'];
                accountDebit?: components['schemas']['Money'];
                amount: components['schemas']['Money'];
                approvedBy: number | null;
                batchNo: number;
                bookedAt: components['schemas']['Instant'];
                /** @description SM3, hex */
                contentHash: string;
                effectiveOn: components['schemas']['CalendarDay'];
                /** @description SM3, hex */
                entryHash: string;
                id: number;
                idempotencyKey: string;
                /** @enum {string} */
                kind: 'posting' | 'reversal';
                period: components['schemas']['Period'] | null;
                reason: string;
                requestedBy: number | null;
                reversedByEntryId: number | null;
                reversesEntryId: number | null;
                seqInBatch: number;
                sourceModule: string;
                sourceRef: string;
              };
              readonly lines: components['schemas']['LedgerEntryLine'][];
              /** @description True when the key was already booked: the original entry is answered */
              replayed: boolean;
            };
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              batch: {
                /** @description SM3, hex */
                batchHash: string;
                batchNo: number;
                bookedAt: components['schemas']['Instant'];
                entryCount: number;
                /** @description SM3, hex */
                merkleRoot: string;
                /** @description SM3, hex */
                prevHash: string;
                source: string;
              };
              readonly corrections: components['schemas']['LedgerCorrection'][];
              entry: {
                accountCredit?: components['schemas']['Money'];
                accountDebit?: components['schemas']['Money'];
                amount: components['schemas']['Money'];
                approvedBy: number | null;
                batchNo: number;
                bookedAt: components['schemas']['Instant'];
                /** @description SM3, hex */
                contentHash: string;
                effectiveOn: components['schemas']['CalendarDay'];
                /** @description SM3, hex */
                entryHash: string;
                id: number;
                idempotencyKey: string;
                /** @enum {string} */
                kind: 'posting' | 'reversal';
                period: components['schemas']['Period'] | null;
                reason: string;
                requestedBy: number | null;
                reversedByEntryId: number | null;
                reversesEntryId: number | null;
                seqInBatch: number;
                sourceModule: string;
                sourceRef: string;
              };
              readonly lines: components['schemas']['LedgerEntryLine'][];
              /** @description True when the key was already booked: the original entry is answered */
              replayed: boolean;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/entries/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One entry: lines, batch, chain hashes, reversal links, corrections */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerEntry'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/entries/{id}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Propose to reverse an entry, optionally with replacement lines (another staff member approves) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
            replacementLines?: {
              accountId: number;
              amount: string;
              personId?: number;
              /** @enum {string} */
              side: 'debit' | 'credit';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerCorrection'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/flows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Fund flows of a year per month and fund (contributions, account credits, interest, benefits, transfers) */
    get: {
      parameters: {
        query: {
          region?: string;
          year: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Every month and fund of the year, zeros included */
              readonly months: components['schemas']['LedgerFlowMonth'][];
              /** @description The region asked for; absent for every region */
              region?: string;
              year: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/interest-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Year-end interest runs of the regions in my scope, with their progress */
    get: {
      parameters: {
        query?: {
          region?: string;
          year?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerInterestRun'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Start (or resume) the year-end interest of a region and fund; 202 with the run, poll the list */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            fund: 'pension' | 'medical';
            region: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerInterestRun'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/persons/{id}/rights': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** A person’s rights record (权益记录): schemes, months by year, events; the read is audited */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerRights'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/persons/{id}/statements/{year}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Print a person’s annual rights statement at the window (person in scope; audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          year: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The annual rights statement (个人权益记录单); its number is in the x-statement-no header */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/reconcile-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Reconciliation runs, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerReconcileRun'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Reconcile the ledger now */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': Record<string, never>;
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerReconcileRun'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/reconcile-runs/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One reconciliation run: counts per check and a page of its differences */
    get: {
      parameters: {
        query?: {
          kind?:
            | 'balance_cache'
            | 'individual_cache'
            | 'control_total'
            | 'entry_unbalanced'
            | 'chain_broken'
            | 'rights_projection'
            | 'bill_lines'
            | 'bill_receivable'
            | 'payment_allocation'
            | 'payment_bank'
            | 'arrears_receivable'
            | 'rights_paid'
            | 'rights_owed'
            | 'reference_missing';
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description Per check run: what it compared and how many of those differ (all, not only those listed) */
              checks: {
                [key: string]: {
                  checked: number;
                  differences: number;
                };
              };
              differences: {
                readonly items: components['schemas']['LedgerReconcileDifference'][];
                total: number;
              };
              finishedAt: components['schemas']['Instant'] | null;
              id: number;
              /** @description True when no check found a difference; null while running */
              ok: boolean | null;
              startedAt: components['schemas']['Instant'];
              /** @enum {string} */
              trigger: 'schedule' | 'cli' | 'api';
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/statement-runs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Bulk statement runs with their progress, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['LedgerStatementRun'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Start (or resume a failed) bulk statement run for a region and year; runs in the background */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            region: string;
            year: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        202: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerStatementRun'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ledger/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Per fund: pooled, individual, bank and receivable balances as of a day (as known at an instant) */
    get: {
      parameters: {
        query?: {
          asOf?: string;
          knownAt?: string;
          region?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              asOf: components['schemas']['CalendarDay'];
              readonly funds: components['schemas']['LedgerFundSummary'][];
              region: string | null;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate my finished case (好差评) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                attitude: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                caseNumber: string;
                /** @enum {string} */
                channel: 'window';
                comment?: string;
                /** @enum {string} */
                competence: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                /** @enum {string} */
                efficiency: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                /**
                 * @default initial
                 * @enum {string}
                 */
                kind?: 'initial' | 'follow_up';
                /** @enum {string} */
                overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
              }
            | {
                caseNumber: string;
                /** @enum {string} */
                channel: 'online';
                comment?: string;
                /**
                 * @default initial
                 * @enum {string}
                 */
                kind?: 'initial' | 'follow_up';
                /** @enum {string} */
                overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
              };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationRating'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/me/ratings/{caseNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ratings of my case */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNumber: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationPublicRatingView'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Messages and their delivery state */
    get: {
      parameters: {
        query?: {
          channel?: 'sms' | 'email' | 'inbox';
          page?: number;
          pageSize?: number;
          status?: 'queued' | 'sent' | 'dead';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OutboxMessage'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/{id}/requeue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Queue a dead message again */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description No body */
        204: {
          headers: {
            [name: string]: unknown;
          };
          content?: never;
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/messages/summary': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Message counts by channel and delivery state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OutboxSummary'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitor/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Open cases by status, SLA state and item */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MonitorCases'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitor/completion': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Time to completion against the promise, per item */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MonitorCompletion'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitor/overdue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Running cases past their promised deadline */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          page?: number;
          pageSize?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MonitorOverdue'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitor/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Queue waiting and service times */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly byCategory: {
                avgServiceSeconds: number | null;
                avgWaitSeconds: number | null;
                called: number;
                categoryId: number;
                letter: string;
                maxServiceSeconds: number | null;
                maxWaitSeconds: number | null;
                nameEn: string;
                nameZh: string;
                noShow: number;
                served: number;
                servicePointId: number;
                servicePointName: string;
                tickets: number;
              }[];
              readonly byHour: {
                avgServiceSeconds: number | null;
                avgWaitSeconds: number | null;
                called: number;
                /** @description Hour of day taken, China time */
                hour: number;
                maxServiceSeconds: number | null;
                maxWaitSeconds: number | null;
                noShow: number;
                served: number;
                tickets: number;
              }[];
              readonly byWindow: {
                avgServiceSeconds: number | null;
                avgWaitSeconds: number | null;
                called: number;
                maxServiceSeconds: number | null;
                maxWaitSeconds: number | null;
                noShow: number;
                served: number;
                servicePointId: number;
                servicePointName: string;
                tickets: number;
                windowId: number;
                windowName: string;
                windowNumber: string;
              }[];
              from: components['schemas']['InstantText'];
              to: components['schemas']['InstantText'];
              totals: {
                avgServiceSeconds: number | null;
                avgWaitSeconds: number | null;
                called: number;
                maxServiceSeconds: number | null;
                maxWaitSeconds: number | null;
                noShow: number;
                served: number;
                tickets: number;
              };
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/monitor/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ratings distribution, 差评 rate and call-backs */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          from?: string;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['MonitorRatings'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/changes': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Proposed changes of regions within the caller's agency subtree, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          status?: 'pending' | 'approved' | 'rejected' | 'withdrawn';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyChange'][];
          };
        };
      };
    };
    put?: never;
    /** Propose a value for a region from a date (maker) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            basis: string;
            key: string;
            reason: string;
            region: string;
            validFrom: string;
            value: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/changes/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Approve a pending change (checker, not the proposer); the value becomes a parameter */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/changes/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Reject a pending change (checker, not the proposer), saying why */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/changes/{id}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Withdraw a pending change (its proposer only) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyChange'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The closed catalogue of parameter keys */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PolicyKey'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/parameters': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every parameter in force for a region on a day, with the region and date it comes from */
    get: {
      parameters: {
        query?: {
          on?: string;
          region?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              on: components['schemas']['CalendarDay'];
              readonly parameters: components['schemas']['PolicyParameterInForce'][];
              /** @description A 6-digit region code; 000000 is the national default */
              region: string;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/policy/parameters/{key}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Every stored value of a key for a region and its fallback regions, and the steps over time */
    get: {
      parameters: {
        query?: {
          region?: string;
        };
        header?: never;
        path: {
          key: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              key: string;
              /** @description A 6-digit region code; 000000 is the national default */
              region: string;
              readonly rows: components['schemas']['PolicyParameterRow'][];
              readonly steps: components['schemas']['PolicyStep'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/case-agencies': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Agencies an online application may go to */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: {
                code: string;
                id: number;
                level: number;
                name: string;
                parentId: number | null;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cases': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** My cases */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseProgressList'];
          };
        };
      };
    };
    put?: never;
    /** Apply online (items offering the web channel) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agencyId: number;
            itemCode: string;
            materials: {
              code: string;
              /** Format: uuid */
              uploadId: string;
            }[];
            note?: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseProgress'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cases/{caseNumber}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Progress of my case */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNumber: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseProgress'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cases/{caseNumber}/materials': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Supply missing materials (the clock restarts when none is missing) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNumber: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            materials: {
              code: string;
              /** Format: uuid */
              uploadId: string;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseProgress'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cases/{caseNumber}/notices/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The PDF of a slip of my case */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          caseNumber: string;
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The slip, as archived */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/cases/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Progress by case number and the applicant’s identifier */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber: string;
            identifier: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CaseProgress'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/catalog': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service catalogue (tree of items in force) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly categories: components['schemas']['CatalogCategory'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/catalog/{code}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service guide (服务指南) of an item: the 11 public elements */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CatalogServiceGuide'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/certificates/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check a certificate by its number and verification code */
    get: {
      parameters: {
        query: {
          code: string;
          no: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateCheck'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/login': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Self-service login: password, then a code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
            /** @enum {string} */
            kind: 'person' | 'employer';
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthPublicLoginStarted'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/login/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Self-service login: code */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            challenge: string;
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoggedIn'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/messaging': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Whether text messages and e-mail can be sent (else: register at the window) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OutboxChannels'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/queue': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Halls that issue tickets (to set up a kiosk or display) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: {
                address: string;
                agencyName: string;
                id: number;
                name: string;
              }[];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/queue/{servicePointId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Kiosk: hours, categories and waits */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueKiosk'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/queue/{servicePointId}/display': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hall display (polling) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueDisplay'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/queue/{servicePointId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hall display: Server-Sent Events (text/event-stream) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A snapshot of the display, then a call and a snapshot per change */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'text/event-stream': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/queue/{servicePointId}/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Kiosk: take a ticket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTakenTicket'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rate a finished case (好差评), anonymous */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json':
            | {
                /** @enum {string} */
                attitude: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                caseNumber: string;
                /** @enum {string} */
                channel: 'window';
                comment?: string;
                /** @enum {string} */
                competence: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                /** @enum {string} */
                efficiency: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
                identifier: string;
                /**
                 * @default initial
                 * @enum {string}
                 */
                kind?: 'initial' | 'follow_up';
                /** @enum {string} */
                overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
              }
            | {
                caseNumber: string;
                /** @enum {string} */
                channel: 'online';
                comment?: string;
                identifier: string;
                /**
                 * @default initial
                 * @enum {string}
                 */
                kind?: 'initial' | 'follow_up';
                /** @enum {string} */
                overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
              };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationRating'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/ratings/lookup': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ratings of a case, by case number and identity number */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber: string;
            identifier: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EvaluationPublicRatingView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/register/activate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open (or re-bind) a hall account with an activation code from the window: a code to the phone */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            activationCode: string;
            identifier: string;
            /** @enum {string} */
            kind: 'person' | 'employer';
            phone: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthCodeSent'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/register/complete': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register: code and password */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            challenge: string;
            code: string;
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthLoggedIn'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/register/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Open a hall account: a code to the phone on file, if the register agrees (same answer either way) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            identifier: string;
            /** @enum {string} */
            kind: 'person' | 'employer';
            name: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['AuthRegisterStarted'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/public/statements/check': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Check an annual rights statement by its number and verification code */
    get: {
      parameters: {
        query: {
          code: string;
          no: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['LedgerStatementCheck'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/categories/{categoryId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit, close or reopen a queue category */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          categoryId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            nameEn?: string;
            nameZh?: string;
            sort?: number;
            /** @enum {string} */
            status?: 'active' | 'closed';
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueCategory'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/queue/service-points/{servicePointId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Queue set-up and state of a hall */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueuePointOverview'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/service-points/{servicePointId}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a queue category */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            letter: string;
            nameEn: string;
            nameZh: string;
            sort?: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueCategory'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/service-points/{servicePointId}/categories/defaults': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add the default categories A–D */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          servicePointId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['QueueCategory'][];
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/stats': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Waiting and service times per hour, window and category */
    get: {
      parameters: {
        query?: {
          from?: string;
          servicePointId?: number;
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueStats'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/tickets': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Tickets of a hall and day */
    get: {
      parameters: {
        query: {
          day?: string;
          page?: number;
          pageSize?: number;
          servicePointId: number;
          status?: 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
          windowId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTicketList'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/tickets/{ticketId}/finish': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Window: finish the ticket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTicket'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/tickets/{ticketId}/no-show': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Window: mark the ticket no-show (过号) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTicket'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/tickets/{ticketId}/recall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Window: recall the ticket (重呼) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTicket'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/tickets/{ticketId}/start': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Window: start serving the ticket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          ticketId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueTicket'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/windows/{windowId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Window: state */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          windowId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueWindowState'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/windows/{windowId}/call-next': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Window: call the next ticket */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          windowId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              ticket: components['schemas']['QueueTicket'] | null;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/queue/windows/{windowId}/categories': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the categories a window serves ([] = all) */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          windowId: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            categoryIds: number[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['QueueWindowState'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/ratings': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ratings in my subtree */
    get: {
      parameters: {
        query?: {
          from?: string;
          itemCode?: string;
          level?: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
          page?: number;
          pageSize?: number;
          poor?: 'true' | 'false';
          to?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['EvaluationRatingInAgency'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/certificates/{id}/pdf': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The archived PDF of a certificate */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The certificate as archived (PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/certificates/{id}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke a valid certificate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/certificates/{id}/verify': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Record a periodic verification (年度验证); a pass moves the due date */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
            /** @enum {string} */
            result: 'passed' | 'failed';
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/certificates/due': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Registration certificates due for verification within N days, or overdue */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          withinDays?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateDuePage'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/duplicates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Suspected duplicates in scope, oldest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          personId?: number;
          status?: 'open' | 'dismissed' | 'merged';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDuplicateFlag'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/duplicates/{id}/dismiss': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Not the same person */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDuplicateFlag'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Employers in my subtree: q is a credit code, an employer number or part of the name */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          q?: string;
          status?: 'active' | 'suspended' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerPage'];
          };
        };
      };
    };
    put?: never;
    /** Register an employer (参保单位登记) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            agencyId?: number;
            bankAccount?: string | null;
            bankName?: string | null;
            caseNumber?: string;
            contactName: string;
            contactPhone: string;
            creditCode: string;
            /** Format: date */
            foundedOn: string;
            industryCode: string;
            legalRepId: string;
            legalRepName: string;
            name: string;
            poolingRegion: string;
            /** Format: date */
            registeredOn?: string;
            /** @enum {string} */
            type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One employer (personal values masked) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change an employer; every changed field is kept in the history */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            changes: {
              address?: string;
              agencyId?: number;
              bankAccount?: string | null;
              bankName?: string | null;
              contactName?: string;
              contactPhone?: string;
              /** Format: date */
              foundedOn?: string;
              industryCode?: string;
              legalRepId?: string;
              legalRepName?: string;
              name?: string;
              poolingRegion?: string;
              /** Format: date */
              registeredOn?: string;
              /** @enum {string} */
              type?: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
            };
            /** Format: date */
            effectiveOn?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/registration/employers/{id}/api-keys': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** An employer's API keys (never the secret) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKey'][];
          };
        };
      };
    };
    put?: never;
    /** Create an API key for the employer: the full key is in this answer only */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            label: string;
            scopes: (
              | 'employment.read'
              | 'employment.write'
              | 'declarations.write'
              | 'bills.read'
              | 'payment_notices.write'
              | 'payment_notices.read'
            )[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKeyCreated'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/api-keys/{keyId}/revoke': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Revoke an API key */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
          keyId: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerApiKey'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/cancel': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Cancel an employer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/certificates': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Certificates of an employer, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'][];
          };
        };
      };
    };
    put?: never;
    /** Issue a registration certificate (renewal supersedes the valid one) or an insurance certificate */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            /** @enum {string} */
            kind: 'employer_registration' | 'employer_insurance';
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CertificateView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Employees of an employer */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'active' | 'ended' | 'all';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentEmployeePage'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/hall-activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a hall activation code for an employer (document checked) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            delivery: 'slip' | 'letter' | 'sms';
            /** @enum {boolean} */
            documentChecked: true;
            /** @enum {string} */
            documentType:
              | 'resident_id_card'
              | 'temporary_id_card'
              | 'passport'
              | 'residence_permit'
              | 'business_licence'
              | 'legal_person_certificate';
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HallActivationIssued'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Change history, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationChange'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/imports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Imports of an employer, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationImport'][];
          };
        };
      };
    };
    put?: never;
    /** Import hires and separations from a spreadsheet (multipart "file": .xlsx or .csv); all rows or none */
    post: {
      parameters: {
        query?: {
          dryRun?: 'true' | 'false';
          lang?: 'zh-CN' | 'en';
        };
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationImportResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume an employer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The full value of a personal field, for a stated purpose (audited) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'legalRepId' | 'contactPhone' | 'bankAccount';
            purpose: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description In clear */
              value: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend an employer */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employers/{id}/view': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Employer 360: detail, counts, certificates, cases, documents */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Employer360'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/employments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hire a person named by the full citizen ID (anyone registered; the document in hand) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            citizenId: string;
            employerId: number;
            /** Format: date */
            hiredOn: string;
            schemes?: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentHireResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/hall-activations/{id}/document': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The slip or letter of a live activation code (the code is needed: it is not stored) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            code: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The activation slip or letter (PDF) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/import-template': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The import template: header row in the caller's language and one example row */
    get: {
      parameters: {
        query?: {
          format?: 'xlsx' | 'csv';
          lang?: 'zh-CN' | 'en';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A spreadsheet (.xlsx or .csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv; charset=utf-8': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/imports/{id}/report': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The error report of a refused import (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description A spreadsheet (.xlsx or .csv) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
            'text/csv; charset=utf-8': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/industries': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** GB/T 4754-2017 divisions with their work-injury risk class */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmployerIndustry'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/merges': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Merges in scope, newest first */
    get: {
      parameters: {
        query?: {
          limit?: number;
          personId?: number;
          status?: 'proposed' | 'approved' | 'rejected';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonMerge'][];
          };
        };
      };
    };
    put?: never;
    /** Propose merging two records of one person */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            flagId?: number;
            mergedId: number;
            reason: string;
            survivorId: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonMerge'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/merges/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One merge */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonMerge'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/merges/{id}/approve': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** approve a merge (not its proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonMerge'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/merges/{id}/reject': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** reject a merge (not its proposer) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            note?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonMerge'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Persons in scope: by citizen ID (exact) or name prefix (+ birth date) */
    get: {
      parameters: {
        query?: {
          birthDate?: string;
          citizenId?: string;
          name?: string;
          page?: number;
          pageSize?: number;
          status?: 'active' | 'deceased' | 'merged';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonPage'];
          };
        };
      };
    };
    put?: never;
    /** Register a person from the citizen ID */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            bankAccount?: string;
            bankName?: string;
            /** Format: date */
            birthDate: string;
            caseNumber?: string;
            citizenId: string;
            /** @enum {string} */
            gender: 'male' | 'female';
            hukouPlace?: string;
            /** @enum {string} */
            hukouType?: 'urban' | 'rural';
            name: string;
            nationality?: string;
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonRegistered'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One person, masked (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonRead'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Change a person (history per field) */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            changes: {
              address?: string | null;
              bankAccount?: string | null;
              bankName?: string | null;
              hukouPlace?: string | null;
              hukouType?: ('urban' | 'rural') | null;
              name?: string;
              nationality?: string;
              phone?: string | null;
            };
            /** Format: date */
            effectiveOn?: string;
            reason: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonChanged'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/registration/persons/{id}/death': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Register a death (ends employments and enrolments) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            /** Format: date */
            deathDate: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PersonDetail'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/employments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Hire a person in scope (enrols in the schemes); one registered elsewhere by citizen ID instead */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            employerId: number;
            /** Format: date */
            hiredOn: string;
            schemes?: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentHireResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/employments/{employmentId}/separate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Separate an employment (closes its enrolments) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          employmentId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            /** @enum {string} */
            reason: 'resignation' | 'dismissal' | 'contract_end' | 'retirement' | 'other';
            /** Format: date */
            separatedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EmploymentResult'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/enrolments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Enrol a flexible worker */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            caseNumber?: string;
            poolingRegion: string;
            /** @enum {string} */
            scheme: 'pension' | 'medical';
            /** Format: date */
            startedOn: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/enrolments/{enrolmentId}/resume': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Resume an enrolment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          enrolmentId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/enrolments/{enrolmentId}/suspend': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Suspend an enrolment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          enrolmentId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/enrolments/{enrolmentId}/terminate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Terminate an enrolment */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          enrolmentId: number;
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** Format: date */
            effectiveOn: string;
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['EnrolmentView'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/hall-activation': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Issue a hall activation code for a person (document checked) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            delivery: 'slip' | 'letter' | 'sms';
            /** @enum {boolean} */
            documentChecked: true;
            /** @enum {string} */
            documentType:
              | 'resident_id_card'
              | 'temporary_id_card'
              | 'passport'
              | 'residence_permit'
              | 'business_licence'
              | 'legal_person_certificate';
            phone?: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['HallActivationIssued'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/history': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Change history of a person, newest first */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['RegistrationChange'][];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/reveal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** The full citizen ID, phone or bank account (audited with the purpose) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /** @enum {string} */
            field: 'citizenId' | 'phone' | 'bankAccount';
            purpose: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              /** @description In clear */
              value: string;
            };
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/registration/persons/{id}/view': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Person 360 view (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['Person360'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Roles and permissions */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgRole'][];
              readonly permissions: components['schemas']['OrgPermission'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/roles/{code}/permissions': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the permissions of a business role */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          code: string;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            permissions: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgRole'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-points': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Service points in my subtree */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgServicePoint'][];
            };
          };
        };
      };
    };
    put?: never;
    /** Open a service point */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address: string;
            agencyId: number;
            name: string;
            openingHours: {
              close: string;
              days: number[];
              open: string;
            }[];
            phone?: string | null;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgServicePoint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-points/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a service point */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            address?: string;
            name?: string;
            openingHours?: {
              close: string;
              days: number[];
              open: string;
            }[];
            phone?: string | null;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgServicePoint'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/service-points/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a service point */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgServicePoint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-points/{id}/windows': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Add a window */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            name: string;
            number: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgServicePoint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/service-windows/{id}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Close a window */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgServicePoint'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Staff in my subtree */
    get: {
      parameters: {
        query?: {
          agencyId?: number;
          page?: number;
          pageSize?: number;
          q?: string;
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['OrgStaffMember'][];
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Create a staff account */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agencyId: number;
            displayName: string;
            password: string;
            roles: string[];
            username: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One staff member (read is audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    /** Edit a staff account */
    patch: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            agencyId?: number;
            displayName?: string;
            version: number;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    trace?: never;
  };
  '/api/staff/{id}/credential-reset': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Request a reset of an administrator’s password and second factor */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            reason: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgCredentialReset'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/disable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff account: disable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/enable': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff account: enable */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/reset-password': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Set a temporary password; the next login renews password and second factor (not administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            password: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/reset-totp': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Clear the second factor; the next login renews password and second factor (not administrators) */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    /** Set the roles of a staff member */
    put: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            roles: string[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/staff/{id}/unlock': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Staff account: unlock */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: number;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['OrgStaffMember'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Upload one file (multipart/form-data, part "file"); staff need case.accept */
    post: {
      parameters: {
        query?: never;
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArchivePendingUpload'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** One of my pending uploads */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ArchivePendingUploadStatus'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uploads/{id}/content': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The bytes of one of my uploads (audited) */
    get: {
      parameters: {
        query?: never;
        header?: never;
        path: {
          id: string;
        };
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description The bytes; headers x-content-sm3 (SM3 digest) */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/pdf': string;
            'image/jpeg': string;
            'image/png': string;
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/bills': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer's bills (缴费单), newest period first */
    get: {
      parameters: {
        query?: {
          period?: string;
          status?: 'open' | 'paid' | 'cancelled';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionBill'][];
            };
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/declarations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Declare the month’s wages (1–1,000 lines, all or none; a repeat corrects); header Idempotency-Key required */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            /**
             * @default monthly
             * @enum {string}
             */
            kind?: 'monthly' | 'annual_base';
            lines: {
              citizenId: string;
              name?: string | null;
              wage?: string | null;
            }[];
            period: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionDeclarationReceipt'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/employees': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer's employees (masked identity numbers) */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'active' | 'ended' | 'all';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayrollApiEmployeePage'];
          };
        };
      };
    };
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/hires': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report hires (1–1,000 rows, all or none); header Idempotency-Key required */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rows: {
              birthDate?: string | null;
              citizenId: string;
              date: string;
              gender?: ('male' | 'female') | null;
              name?: string | null;
              phone?: string | null;
              schemes?: ('pension' | 'medical' | 'unemployment' | 'work_injury')[] | null;
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayrollApiBatchApplied'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/payment-notices': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** The employer's payment notices, newest first */
    get: {
      parameters: {
        query?: {
          page?: number;
          pageSize?: number;
          status?: 'open' | 'matched' | 'dismissed';
        };
        header?: never;
        path?: never;
        cookie?: never;
      };
      requestBody?: never;
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        200: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': {
              readonly items: components['schemas']['CollectionPaymentNotice'][];
              /** @description Notices matching the filter, all pages */
              total: number;
            };
          };
        };
      };
    };
    put?: never;
    /** Tell the agency about a payment the employer made at its bank: it moves no money and is matched when the bank-side payment with the same reference and amount arrives; header Idempotency-Key required */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            amount: string;
            bank: string;
            /** @default [] */
            billNos?: string[];
            note?: string;
            /** Format: date */
            paidOn: string;
            reference: string;
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['CollectionPaymentNotice'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/v1/separations': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Report separations (1–1,000 rows, all or none); header Idempotency-Key required */
    post: {
      parameters: {
        query?: never;
        header?: {
          'idempotency-key'?: string;
        };
        path?: never;
        cookie?: never;
      };
      requestBody: {
        content: {
          'application/json': {
            rows: {
              citizenId: string;
              date: string;
              /** @enum {string} */
              reason: 'resignation' | 'dismissal' | 'contract_end' | 'retirement' | 'other';
            }[];
          };
        };
      };
      responses: {
        /** @description Default Response */
        '4XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        '5XX': {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['ErrorBody'];
          };
        };
        /** @description Default Response */
        201: {
          headers: {
            [name: string]: unknown;
          };
          content: {
            'application/json': components['schemas']['PayrollApiBatchApplied'];
          };
        };
      };
    };
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    ArchiveDocument: {
      agencyId: number | null;
      agencyName: string | null;
      /** @description 档案号 (DA/T 22): agency code, year, retention code, sequence */
      archiveNo: string;
      caseId: number | null;
      caseNumber: string | null;
      createdAt: components['schemas']['InstantText'];
      /** @description First day it may be appraised for destruction; null: permanent */
      destroyAfter: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      documentType:
        | 'upload'
        | 'application_form'
        | 'acceptance_receipt'
        | 'one_time_notice'
        | 'decision'
        | 'certificate'
        | 'notice'
        | 'other';
      fileName: string;
      id: number;
      itemCode: string | null;
      materialCode: string | null;
      mediaType: string;
      producedBy: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
      /** @enum {string} */
      retention: 'permanent' | '30y' | '10y' | '5y';
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      subjectKind: ('person' | 'employer') | null;
      /** @description The version that corrects this one */
      supersededById: number | null;
      supersedeReason: string | null;
      /** @description The version this one corrects */
      supersedesId: number | null;
    };
    ArchiveDocumentDetail: {
      agencyId: number | null;
      agencyName: string | null;
      /** @description 档案号 (DA/T 22): agency code, year, retention code, sequence */
      archiveNo: string;
      caseId: number | null;
      caseNumber: string | null;
      readonly chain: components['schemas']['ArchiveDocument'][];
      createdAt: components['schemas']['InstantText'];
      /** @description First day it may be appraised for destruction; null: permanent */
      destroyAfter: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      documentType:
        | 'upload'
        | 'application_form'
        | 'acceptance_receipt'
        | 'one_time_notice'
        | 'decision'
        | 'certificate'
        | 'notice'
        | 'other';
      fileName: string;
      id: number;
      itemCode: string | null;
      materialCode: string | null;
      mediaType: string;
      producedBy: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
      /** @enum {string} */
      retention: 'permanent' | '30y' | '10y' | '5y';
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      subjectKind: ('person' | 'employer') | null;
      /** @description The version that corrects this one */
      supersededById: number | null;
      supersedeReason: string | null;
      /** @description The version this one corrects */
      supersedesId: number | null;
    };
    ArchiveDocumentDetailInput: {
      agencyId: number | null;
      agencyName: string | null;
      /** @description 档案号 (DA/T 22): agency code, year, retention code, sequence */
      archiveNo: string;
      caseId: number | null;
      caseNumber: string | null;
      readonly chain: components['schemas']['ArchiveDocumentInput'][];
      createdAt: components['schemas']['InstantTextInput'];
      /** @description First day it may be appraised for destruction; null: permanent */
      destroyAfter: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      documentType:
        | 'upload'
        | 'application_form'
        | 'acceptance_receipt'
        | 'one_time_notice'
        | 'decision'
        | 'certificate'
        | 'notice'
        | 'other';
      fileName: string;
      id: number;
      itemCode: string | null;
      materialCode: string | null;
      mediaType: string;
      producedBy: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
      /** @enum {string} */
      retention: 'permanent' | '30y' | '10y' | '5y';
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      subjectKind: ('person' | 'employer') | null;
      /** @description The version that corrects this one */
      supersededById: number | null;
      supersedeReason: string | null;
      /** @description The version this one corrects */
      supersedesId: number | null;
    };
    ArchiveDocumentInput: {
      agencyId: number | null;
      agencyName: string | null;
      /** @description 档案号 (DA/T 22): agency code, year, retention code, sequence */
      archiveNo: string;
      caseId: number | null;
      caseNumber: string | null;
      createdAt: components['schemas']['InstantTextInput'];
      /** @description First day it may be appraised for destruction; null: permanent */
      destroyAfter: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      documentType:
        | 'upload'
        | 'application_form'
        | 'acceptance_receipt'
        | 'one_time_notice'
        | 'decision'
        | 'certificate'
        | 'notice'
        | 'other';
      fileName: string;
      id: number;
      itemCode: string | null;
      materialCode: string | null;
      mediaType: string;
      producedBy: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
      /** @enum {string} */
      retention: 'permanent' | '30y' | '10y' | '5y';
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      subjectKind: ('person' | 'employer') | null;
      /** @description The version that corrects this one */
      supersededById: number | null;
      supersedeReason: string | null;
      /** @description The version this one corrects */
      supersedesId: number | null;
    };
    ArchiveMeta: {
      readonly documentTypes: {
        /** @enum {string} */
        code:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        en: string;
        zh: string;
      }[];
      readonly purposes: {
        /** @enum {string} */
        code: 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';
        en: string;
        zh: string;
      }[];
      readonly retentions: {
        /** @enum {string} */
        code: 'permanent' | '30y' | '10y' | '5y';
        en: string;
        zh: string;
      }[];
      uploadMaxBytes: number;
      readonly uploadMediaTypes: string[];
    };
    ArchiveMetaInput: {
      readonly documentTypes: {
        /** @enum {string} */
        code:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        en: string;
        zh: string;
      }[];
      readonly purposes: {
        /** @enum {string} */
        code: 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';
        en: string;
        zh: string;
      }[];
      readonly retentions: {
        /** @enum {string} */
        code: 'permanent' | '30y' | '10y' | '5y';
        en: string;
        zh: string;
      }[];
      uploadMaxBytes: number;
      readonly uploadMediaTypes: string[];
    };
    ArchivePendingUpload: {
      createdAt: components['schemas']['InstantText'];
      expiresAt: components['schemas']['InstantText'];
      fileName: string;
      /** @description The media type read from the content, not the one the client claimed */
      mediaType: string;
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      /** Format: uuid */
      uploadId: string;
    };
    ArchivePendingUploadInput: {
      createdAt: components['schemas']['InstantTextInput'];
      expiresAt: components['schemas']['InstantTextInput'];
      fileName: string;
      /** @description The media type read from the content, not the one the client claimed */
      mediaType: string;
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      /** Format: uuid */
      uploadId: string;
    };
    ArchivePendingUploadStatus: {
      /** @description The archived document this upload became, or null while it is pending */
      archivedAs: {
        archiveNo: string;
        documentId: number;
      } | null;
      createdAt: components['schemas']['InstantText'];
      expiresAt: components['schemas']['InstantText'];
      fileName: string;
      /** @description The media type read from the content, not the one the client claimed */
      mediaType: string;
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      /** Format: uuid */
      uploadId: string;
    };
    ArchivePendingUploadStatusInput: {
      /** @description The archived document this upload became, or null while it is pending */
      archivedAs: {
        archiveNo: string;
        documentId: number;
      } | null;
      createdAt: components['schemas']['InstantTextInput'];
      expiresAt: components['schemas']['InstantTextInput'];
      fileName: string;
      /** @description The media type read from the content, not the one the client claimed */
      mediaType: string;
      /** @description bytes */
      size: number;
      /** @description SM3 digest of the bytes, 64 hex digits */
      sm3: string;
      /** Format: uuid */
      uploadId: string;
    };
    ArchiveStats: {
      readonly byMonth: {
        count: number;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        /** @description A month YYYY-MM, China time */
        month: string;
      }[];
      readonly byType: {
        bytes: number;
        count: number;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
      }[];
      /** @description Every month of the period, in order */
      readonly months: string[];
      readonly usesByMonth: {
        count: number;
        /** @description A month YYYY-MM, China time */
        month: string;
      }[];
    };
    ArchiveStatsInput: {
      readonly byMonth: {
        count: number;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        /** @description A month YYYY-MM, China time */
        month: string;
      }[];
      readonly byType: {
        bytes: number;
        count: number;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
      }[];
      /** @description Every month of the period, in order */
      readonly months: string[];
      readonly usesByMonth: {
        count: number;
        /** @description A month YYYY-MM, China time */
        month: string;
      }[];
    };
    ArchiveUse: {
      agencyId: number | null;
      archiveNo: string;
      documentId: number;
      fileName: string;
      id: number;
      ip: string | null;
      note: string | null;
      /** @enum {string} */
      purpose: 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';
      usedAt: components['schemas']['InstantText'];
      user: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
    };
    ArchiveUseInput: {
      agencyId: number | null;
      archiveNo: string;
      documentId: number;
      fileName: string;
      id: number;
      ip: string | null;
      note: string | null;
      /** @enum {string} */
      purpose: 'case_handling' | 'verification' | 'audit' | 'applicant_request' | 'judicial' | 'other';
      usedAt: components['schemas']['InstantTextInput'];
      user: {
        id: number | null;
        /** @description staff, person, employer, anonymous or system */
        kind: string;
        name: string;
      };
    };
    AuditEntry: {
      action: string;
      actorId: number | null;
      /** @description staff, person, employer, anonymous or system */
      actorKind: string;
      actorName: string;
      agencyId: number | null;
      at: components['schemas']['InstantText'];
      details: {
        [key: string]: unknown;
      };
      entity: string;
      entityId: string | null;
      ip: string | null;
      /** @enum {string} */
      outcome: 'success' | 'denied' | 'failed';
      requestId: string | null;
      /** @description Position in the chain, from 1 without gaps */
      seq: number;
    };
    AuditEntryInput: {
      action: string;
      actorId: number | null;
      /** @description staff, person, employer, anonymous or system */
      actorKind: string;
      actorName: string;
      agencyId: number | null;
      at: components['schemas']['InstantTextInput'];
      details: {
        [key: string]: unknown;
      };
      entity: string;
      entityId: string | null;
      ip: string | null;
      /** @enum {string} */
      outcome: 'success' | 'denied' | 'failed';
      requestId: string | null;
      /** @description Position in the chain, from 1 without gaps */
      seq: number;
    };
    AuditVerdict: {
      /** @description Intact entries before the first bad one */
      checked: number;
      firstBadSeq: number | null;
      ok: boolean;
      reason: ('gap_in_sequence' | 'broken_link' | 'altered_entry' | 'missing_tail') | null;
    };
    AuditVerdictInput: {
      /** @description Intact entries before the first bad one */
      checked: number;
      firstBadSeq: number | null;
      ok: boolean;
      reason: ('gap_in_sequence' | 'broken_link' | 'altered_entry' | 'missing_tail') | null;
    };
    AuthCodeSent: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The phone the code went to, masked */
      sentTo: string;
    };
    AuthCodeSentInput: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The phone the code went to, masked */
      sentTo: string;
    };
    AuthDemoOutbox: {
      readonly messages: {
        at: components['schemas']['InstantText'];
        body: string;
        /** @description The recipient, masked */
        to: string;
      }[];
    };
    AuthDemoOutboxInput: {
      readonly messages: {
        at: components['schemas']['InstantTextInput'];
        body: string;
        /** @description The recipient, masked */
        to: string;
      }[];
    };
    AuthLoggedIn: {
      /** @constant */
      status: 'ok';
    };
    AuthLoggedInInput: {
      /** @constant */
      status: 'ok';
    };
    AuthLoginPhone: {
      /** @description The login phone, masked */
      phoneMasked: string;
    };
    AuthLoginPhoneInput: {
      /** @description The login phone, masked */
      phoneMasked: string;
    };
    AuthLoginStep:
      | {
          /** @constant */
          status: 'ok';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          /** @constant */
          status: 'change_password';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          otpauthUrl: string;
          /** @description The otpauth URL as a PNG data URL */
          qrDataUrl: string;
          /** @description The TOTP secret, base32 */
          secret: string;
          /** @constant */
          status: 'totp_enrol';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          /** @constant */
          status: 'totp';
        };
    AuthLoginStepInput:
      | {
          /** @constant */
          status: 'ok';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          /** @constant */
          status: 'change_password';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          otpauthUrl: string;
          /** @description The otpauth URL as a PNG data URL */
          qrDataUrl: string;
          /** @description The TOTP secret, base32 */
          secret: string;
          /** @constant */
          status: 'totp_enrol';
        }
      | {
          /** @description The token of this login or registration step, sent back with the next */
          challenge: string;
          /** @constant */
          status: 'totp';
        };
    AuthPhoneChangeStarted: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The current phone, masked */
      currentMasked: string;
      /** @description The new phone, masked */
      newMasked: string;
    };
    AuthPhoneChangeStartedInput: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The current phone, masked */
      currentMasked: string;
      /** @description The new phone, masked */
      newMasked: string;
    };
    AuthPublicLoginStarted: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The phone the code went to, masked */
      sentTo: string;
      /** @constant */
      status: 'otp';
    };
    AuthPublicLoginStartedInput: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
      /** @description The phone the code went to, masked */
      sentTo: string;
      /** @constant */
      status: 'otp';
    };
    AuthRegisterStarted: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
    };
    AuthRegisterStartedInput: {
      /** @description The token of this login or registration step, sent back with the next */
      challenge: string;
    };
    AuthRoleName: {
      code: string;
      nameEn: string;
      nameZh: string;
    };
    AuthRoleNameInput: {
      code: string;
      nameEn: string;
      nameZh: string;
    };
    AuthSession: {
      /** @description The staff member’s agency; null for a hall account */
      agency: {
        code: string;
        id: number;
        /**
         * @description 1 province … 5 community
         * @enum {number}
         */
        level: 1 | 2 | 3 | 4 | 5;
        name: string;
      } | null;
      /** @description Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE */
      csrfToken: string;
      displayName: string;
      /** @description When the session ends however active it stays */
      expiresAt: components['schemas']['InstantText'] | null;
      id: number;
      /** @description The citizen ID or credit code, masked; null for staff */
      identifierMasked: string | null;
      idleTimeoutSeconds: number;
      /** @enum {string} */
      kind: 'staff' | 'person' | 'employer';
      /** @description Sorted; empty for a hall account */
      readonly permissions: string[];
      readonly roleNames: components['schemas']['AuthRoleName'][];
      readonly roles: string[];
      /** @description Staff only; null for a hall account */
      username: string | null;
    };
    AuthSessionInfo: {
      demo: boolean;
      session: components['schemas']['AuthSession'] | null;
    };
    AuthSessionInfoInput: {
      demo: boolean;
      session: components['schemas']['AuthSessionInput'] | null;
    };
    AuthSessionInput: {
      /** @description The staff member’s agency; null for a hall account */
      agency: {
        code: string;
        id: number;
        /**
         * @description 1 province … 5 community
         * @enum {number}
         */
        level: 1 | 2 | 3 | 4 | 5;
        name: string;
      } | null;
      /** @description Send as the x-csrf-token header on every POST, PUT, PATCH and DELETE */
      csrfToken: string;
      displayName: string;
      /** @description When the session ends however active it stays */
      expiresAt: components['schemas']['InstantTextInput'] | null;
      id: number;
      /** @description The citizen ID or credit code, masked; null for staff */
      identifierMasked: string | null;
      idleTimeoutSeconds: number;
      /** @enum {string} */
      kind: 'staff' | 'person' | 'employer';
      /** @description Sorted; empty for a hall account */
      readonly permissions: string[];
      readonly roleNames: components['schemas']['AuthRoleNameInput'][];
      readonly roles: string[];
      /** @description Staff only; null for a hall account */
      username: string | null;
    };
    /**
     * Format: date
     * @example 2026-12-07
     */
    CalendarDay: string;
    /**
     * Format: date
     * @example 2026-12-07
     */
    CalendarDayInput: string;
    CaseAlert: {
      acknowledgedAt: components['schemas']['InstantText'] | null;
      /** @description Staff id of who marked it seen */
      acknowledgedBy: number | null;
      agency: {
        id: number;
        name: string;
      };
      caseId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      dueOn: components['schemas']['CalendarDay'];
      id: number;
      /** @enum {string} */
      kind: 'due_soon' | 'overdue';
      owner: components['schemas']['CaseStaffRef'] | null;
      raisedAt: components['schemas']['InstantText'];
    };
    CaseAlertInput: {
      acknowledgedAt: components['schemas']['InstantTextInput'] | null;
      /** @description Staff id of who marked it seen */
      acknowledgedBy: number | null;
      agency: {
        id: number;
        name: string;
      };
      caseId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      dueOn: components['schemas']['CalendarDayInput'];
      id: number;
      /** @enum {string} */
      kind: 'due_soon' | 'overdue';
      owner: components['schemas']['CaseStaffRefInput'] | null;
      raisedAt: components['schemas']['InstantTextInput'];
    };
    CaseAlertList: {
      readonly items: components['schemas']['CaseAlert'][];
      total: number;
    };
    CaseAlertListInput: {
      readonly items: components['schemas']['CaseAlertInput'][];
      total: number;
    };
    CaseApplicantLookup:
      | {
          /** @description The name the register holds */
          name: string;
          /** @constant */
          registered: true;
        }
      | {
          name: null;
          /** @constant */
          registered: false;
        };
    CaseApplicantLookupInput:
      | {
          /** @description The name the register holds */
          name: string;
          /** @constant */
          registered: true;
        }
      | {
          name: null;
          /** @constant */
          registered: false;
        };
    CaseApplicantNameOverride: {
      /** @description The override is used by one intake before this instant, or lapses */
      expiresAt: components['schemas']['InstantText'];
      id: number;
      /** @description The name the intake may use (as on the applicant’s document) */
      name: string;
      registeredName: string;
    };
    CaseApplicantNameOverrideInput: {
      /** @description The override is used by one intake before this instant, or lapses */
      expiresAt: components['schemas']['InstantTextInput'];
      id: number;
      /** @description The name the intake may use (as on the applicant’s document) */
      name: string;
      registeredName: string;
    };
    CaseBundle: {
      readonly cases: components['schemas']['CaseRow'][];
      id: number;
      readonly notices: components['schemas']['CaseNotice'][];
    };
    CaseBundleInput: {
      readonly cases: components['schemas']['CaseRowInput'][];
      id: number;
      readonly notices: components['schemas']['CaseNoticeInput'][];
    };
    CaseDetail: {
      acceptedOn: components['schemas']['CalendarDay'] | null;
      agency: {
        id: number;
        name: string;
      };
      readonly alerts: components['schemas']['CaseAlert'][];
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        /** @enum {string} */
        identifierType: 'citizen_id' | 'credit_code' | 'other';
        /** @enum {string} */
        kind: 'person' | 'employer' | 'anonymous';
        name: string;
        /** @description Received under a name the register does not hold: who authorised it and why */
        nameOverride: {
          grantedAt: components['schemas']['InstantText'];
          grantedBy: string;
          reason: string;
          registeredName: string;
        } | null;
        phoneMasked: string | null;
        publicAccountId: number | null;
        /** @description The name and identifier matched the register (or the hall account applied) */
        verified: boolean;
      };
      /** @description What the applicant wrote when applying */
      applicationNote: string | null;
      assignee: components['schemas']['CaseStaffRef'] | null;
      bundleId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      completedAt: components['schemas']['InstantText'] | null;
      decision: {
        at: components['schemas']['InstantText'] | null;
        by: components['schemas']['CaseStaffRef'] | null;
        note: string | null;
        /** @enum {string} */
        outcome: 'approved' | 'refused' | 'declined';
        reason: string | null;
      } | null;
      dueOn: components['schemas']['CalendarDay'] | null;
      /** @description Counted on the provisional calendar: moves when the year’s holiday notice is loaded */
      dueOnProvisional: boolean;
      /** @description Finished on or before the deadline; set when closed after acceptance */
      finishedWithinPromise: boolean | null;
      readonly handOvers: {
        at: components['schemas']['InstantText'];
        by: components['schemas']['CaseStaffRef'];
        from: components['schemas']['CaseStaffRef'] | null;
        reason: string;
        to: components['schemas']['CaseStaffRef'];
      }[];
      readonly history: {
        actor: {
          id: number | null;
          kind: string;
          name: string;
        };
        at: components['schemas']['InstantText'];
        details: {
          [key: string]: unknown;
        };
        event: string;
        statusFrom: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
        statusTo: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
      }[];
      id: number;
      item: {
        code: string;
        id: number;
        nameEn: string;
        nameZh: string;
        /** @description Working days promised */
        promisedDays: number;
        /** @description Working days the law allows */
        statutoryDays: number;
        version: number;
      };
      readonly materials: components['schemas']['CaseMaterial'][];
      /** @description The step that comes next; null once the case is closed */
      nextStep: {
        code: string;
        index: number;
        nameEn: string;
        nameZh: string;
        /** @description The permission performing the step needs */
        permission: string;
      } | null;
      readonly notices: components['schemas']['CaseNotice'][];
      /** @description 首问负责人 */
      owner: components['schemas']['CaseStaffRef'] | null;
      pausedSince: components['schemas']['CalendarDay'] | null;
      pausedWorkdays: number;
      promisedDays: number;
      receivedAt: components['schemas']['InstantText'];
      receivedBy: components['schemas']['CaseStaffRef'] | null;
      /** @description Working days left; null unless the clock runs or stopped */
      remainingWorkdays: number | null;
      /** @description Pairs of steps one person may not both perform */
      readonly separatedSteps: [string, string][];
      servicePointId: number | null;
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      readonly steps: {
        code: string;
        done: {
          at: components['schemas']['InstantText'];
          comment: string | null;
          /** @enum {string} */
          decision: 'accept' | 'decline' | 'pass' | 'refuse';
          reason: string | null;
          staff: components['schemas']['CaseStaffRef'];
        } | null;
        index: number;
        nameEn: string;
        nameZh: string;
        /** @description The permission performing the step needs */
        permission: string;
      }[];
      supplyDeadline: components['schemas']['CalendarDay'] | null;
      ticketId: number | null;
      version: number;
      windowId: number | null;
    };
    CaseDetailInput: {
      acceptedOn: components['schemas']['CalendarDayInput'] | null;
      agency: {
        id: number;
        name: string;
      };
      readonly alerts: components['schemas']['CaseAlertInput'][];
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        /** @enum {string} */
        identifierType: 'citizen_id' | 'credit_code' | 'other';
        /** @enum {string} */
        kind: 'person' | 'employer' | 'anonymous';
        name: string;
        /** @description Received under a name the register does not hold: who authorised it and why */
        nameOverride: {
          grantedAt: components['schemas']['InstantTextInput'];
          grantedBy: string;
          reason: string;
          registeredName: string;
        } | null;
        phoneMasked: string | null;
        publicAccountId: number | null;
        /** @description The name and identifier matched the register (or the hall account applied) */
        verified: boolean;
      };
      /** @description What the applicant wrote when applying */
      applicationNote: string | null;
      assignee: components['schemas']['CaseStaffRefInput'] | null;
      bundleId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      completedAt: components['schemas']['InstantTextInput'] | null;
      decision: {
        at: components['schemas']['InstantTextInput'] | null;
        by: components['schemas']['CaseStaffRefInput'] | null;
        note: string | null;
        /** @enum {string} */
        outcome: 'approved' | 'refused' | 'declined';
        reason: string | null;
      } | null;
      dueOn: components['schemas']['CalendarDayInput'] | null;
      /** @description Counted on the provisional calendar: moves when the year’s holiday notice is loaded */
      dueOnProvisional: boolean;
      /** @description Finished on or before the deadline; set when closed after acceptance */
      finishedWithinPromise: boolean | null;
      readonly handOvers: {
        at: components['schemas']['InstantTextInput'];
        by: components['schemas']['CaseStaffRefInput'];
        from: components['schemas']['CaseStaffRefInput'] | null;
        reason: string;
        to: components['schemas']['CaseStaffRefInput'];
      }[];
      readonly history: {
        actor: {
          id: number | null;
          kind: string;
          name: string;
        };
        at: components['schemas']['InstantTextInput'];
        details: {
          [key: string]: unknown;
        };
        event: string;
        statusFrom: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
        statusTo: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
      }[];
      id: number;
      item: {
        code: string;
        id: number;
        nameEn: string;
        nameZh: string;
        /** @description Working days promised */
        promisedDays: number;
        /** @description Working days the law allows */
        statutoryDays: number;
        version: number;
      };
      readonly materials: components['schemas']['CaseMaterialInput'][];
      /** @description The step that comes next; null once the case is closed */
      nextStep: {
        code: string;
        index: number;
        nameEn: string;
        nameZh: string;
        /** @description The permission performing the step needs */
        permission: string;
      } | null;
      readonly notices: components['schemas']['CaseNoticeInput'][];
      /** @description 首问负责人 */
      owner: components['schemas']['CaseStaffRefInput'] | null;
      pausedSince: components['schemas']['CalendarDayInput'] | null;
      pausedWorkdays: number;
      promisedDays: number;
      receivedAt: components['schemas']['InstantTextInput'];
      receivedBy: components['schemas']['CaseStaffRefInput'] | null;
      /** @description Working days left; null unless the clock runs or stopped */
      remainingWorkdays: number | null;
      /** @description Pairs of steps one person may not both perform */
      readonly separatedSteps: [string, string][];
      servicePointId: number | null;
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      readonly steps: {
        code: string;
        done: {
          at: components['schemas']['InstantTextInput'];
          comment: string | null;
          /** @enum {string} */
          decision: 'accept' | 'decline' | 'pass' | 'refuse';
          reason: string | null;
          staff: components['schemas']['CaseStaffRefInput'];
        } | null;
        index: number;
        nameEn: string;
        nameZh: string;
        /** @description The permission performing the step needs */
        permission: string;
      }[];
      supplyDeadline: components['schemas']['CalendarDayInput'] | null;
      ticketId: number | null;
      version: number;
      windowId: number | null;
    };
    CaseIntakeAnswer: {
      bundleId: number;
      readonly cases: components['schemas']['CaseDetail'][];
      notice: components['schemas']['CaseNotice'] | null;
    };
    CaseIntakeAnswerInput: {
      bundleId: number;
      readonly cases: components['schemas']['CaseDetailInput'][];
      notice: components['schemas']['CaseNoticeInput'] | null;
    };
    CaseList: {
      readonly items: components['schemas']['CaseRow'][];
      total: number;
    };
    CaseListInput: {
      readonly items: components['schemas']['CaseRowInput'][];
      total: number;
    };
    CaseMaterial: {
      code: string;
      document: {
        archiveNo: string | null;
        fileName: string | null;
        id: number;
        mediaType: string | null;
      } | null;
      nameEn: string;
      nameZh: string;
      reason: string | null;
      receivedAt: components['schemas']['InstantText'] | null;
      /** @enum {string} */
      requirement: 'required' | 'optional' | 'later';
      /** @enum {string} */
      status: 'received' | 'missing' | 'waived' | 'not_provided';
      supplyDeadline: components['schemas']['CalendarDay'] | null;
    };
    CaseMaterialInput: {
      code: string;
      document: {
        archiveNo: string | null;
        fileName: string | null;
        id: number;
        mediaType: string | null;
      } | null;
      nameEn: string;
      nameZh: string;
      reason: string | null;
      receivedAt: components['schemas']['InstantTextInput'] | null;
      /** @enum {string} */
      requirement: 'required' | 'optional' | 'later';
      /** @enum {string} */
      status: 'received' | 'missing' | 'waived' | 'not_provided';
      supplyDeadline: components['schemas']['CalendarDayInput'] | null;
    };
    CaseNotice: {
      bundleId: number;
      readonly caseNumbers: string[];
      createdAt: components['schemas']['InstantText'];
      document: {
        archiveNo: string | null;
        id: number;
      } | null;
      id: number;
      /** @enum {string} */
      kind: 'acceptance_with_missing' | 'decline' | 'supplement_request';
      textEn: string;
      textZh: string;
    };
    CaseNoticeInput: {
      bundleId: number;
      readonly caseNumbers: string[];
      createdAt: components['schemas']['InstantTextInput'];
      document: {
        archiveNo: string | null;
        id: number;
      } | null;
      id: number;
      /** @enum {string} */
      kind: 'acceptance_with_missing' | 'decline' | 'supplement_request';
      textEn: string;
      textZh: string;
    };
    CaseProgress: {
      acceptedOn: components['schemas']['CalendarDay'] | null;
      agency: {
        name: string;
      };
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        name: string;
      };
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      decision: {
        at: components['schemas']['InstantText'] | null;
        note: string | null;
        /** @enum {string} */
        outcome: 'approved' | 'refused' | 'declined';
        reason: string | null;
      } | null;
      dueOn: components['schemas']['CalendarDay'] | null;
      dueOnProvisional: boolean;
      readonly history: {
        at: components['schemas']['InstantText'];
        event: string;
        statusTo: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
      }[];
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
      };
      readonly materials: {
        code: string;
        nameEn: string;
        nameZh: string;
        reason: string | null;
        received: boolean;
        receivedAt: components['schemas']['InstantText'] | null;
        /** @enum {string} */
        requirement: 'required' | 'optional' | 'later';
        /** @enum {string} */
        status: 'received' | 'missing' | 'waived' | 'not_provided';
        supplyDeadline: components['schemas']['CalendarDay'] | null;
      }[];
      readonly messages: {
        at: components['schemas']['InstantText'];
        bodyEn: string;
        bodyZh: string;
      }[];
      readonly notices: {
        bundleId: number;
        readonly caseNumbers: string[];
        createdAt: components['schemas']['InstantText'];
        id: number;
        /** @enum {string} */
        kind: 'acceptance_with_missing' | 'decline' | 'supplement_request';
        textEn: string;
        textZh: string;
      }[];
      owner: {
        displayName: string;
      } | null;
      pausedSince: components['schemas']['CalendarDay'] | null;
      receivedAt: components['schemas']['InstantText'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      readonly steps: {
        at: components['schemas']['InstantText'] | null;
        code: string;
        done: boolean;
        nameEn: string;
        nameZh: string;
      }[];
      supplyDeadline: components['schemas']['CalendarDay'] | null;
    };
    CaseProgressInput: {
      acceptedOn: components['schemas']['CalendarDayInput'] | null;
      agency: {
        name: string;
      };
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        name: string;
      };
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      decision: {
        at: components['schemas']['InstantTextInput'] | null;
        note: string | null;
        /** @enum {string} */
        outcome: 'approved' | 'refused' | 'declined';
        reason: string | null;
      } | null;
      dueOn: components['schemas']['CalendarDayInput'] | null;
      dueOnProvisional: boolean;
      readonly history: {
        at: components['schemas']['InstantTextInput'];
        event: string;
        statusTo: ('received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined') | null;
      }[];
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
      };
      readonly materials: {
        code: string;
        nameEn: string;
        nameZh: string;
        reason: string | null;
        received: boolean;
        receivedAt: components['schemas']['InstantTextInput'] | null;
        /** @enum {string} */
        requirement: 'required' | 'optional' | 'later';
        /** @enum {string} */
        status: 'received' | 'missing' | 'waived' | 'not_provided';
        supplyDeadline: components['schemas']['CalendarDayInput'] | null;
      }[];
      readonly messages: {
        at: components['schemas']['InstantTextInput'];
        bodyEn: string;
        bodyZh: string;
      }[];
      readonly notices: {
        bundleId: number;
        readonly caseNumbers: string[];
        createdAt: components['schemas']['InstantTextInput'];
        id: number;
        /** @enum {string} */
        kind: 'acceptance_with_missing' | 'decline' | 'supplement_request';
        textEn: string;
        textZh: string;
      }[];
      owner: {
        displayName: string;
      } | null;
      pausedSince: components['schemas']['CalendarDayInput'] | null;
      receivedAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      readonly steps: {
        at: components['schemas']['InstantTextInput'] | null;
        code: string;
        done: boolean;
        nameEn: string;
        nameZh: string;
      }[];
      supplyDeadline: components['schemas']['CalendarDayInput'] | null;
    };
    CaseProgressList: {
      readonly items: components['schemas']['CaseProgressRow'][];
      total: number;
    };
    CaseProgressListInput: {
      readonly items: components['schemas']['CaseProgressRowInput'][];
      total: number;
    };
    CaseProgressRow: {
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      dueOn: components['schemas']['CalendarDay'] | null;
      dueOnProvisional: boolean;
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
      };
      receivedAt: components['schemas']['InstantText'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
    };
    CaseProgressRowInput: {
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      dueOn: components['schemas']['CalendarDayInput'] | null;
      dueOnProvisional: boolean;
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
      };
      receivedAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
    };
    CaseRow: {
      acceptedOn: components['schemas']['CalendarDay'] | null;
      agency: {
        id: number;
        name: string;
      };
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        /** @enum {string} */
        kind: 'person' | 'employer' | 'anonymous';
        name: string;
      };
      assignee: components['schemas']['CaseStaffRef'] | null;
      bundleId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      dueOn: components['schemas']['CalendarDay'] | null;
      /** @description Counted on the provisional calendar: moves when the year’s holiday notice is loaded */
      dueOnProvisional: boolean;
      id: number;
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
        version: number;
      };
      /** @description 首问负责人 */
      owner: components['schemas']['CaseStaffRef'] | null;
      receivedAt: components['schemas']['InstantText'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      version: number;
    };
    CaseRowInput: {
      acceptedOn: components['schemas']['CalendarDayInput'] | null;
      agency: {
        id: number;
        name: string;
      };
      applicant: {
        /** @description The identifier, masked on the server */
        identifierMasked: string;
        /** @enum {string} */
        kind: 'person' | 'employer' | 'anonymous';
        name: string;
      };
      assignee: components['schemas']['CaseStaffRefInput'] | null;
      bundleId: number;
      /** @description <agency code>-<YYYYMMDD>-<sequence>, e.g. 330106-20260302-00007 */
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
      dueOn: components['schemas']['CalendarDayInput'] | null;
      /** @description Counted on the provisional calendar: moves when the year’s holiday notice is loaded */
      dueOnProvisional: boolean;
      id: number;
      item: {
        code: string;
        nameEn: string;
        nameZh: string;
        version: number;
      };
      /** @description 首问负责人 */
      owner: components['schemas']['CaseStaffRefInput'] | null;
      receivedAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
      /** @enum {string} */
      status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
      version: number;
    };
    CaseSettings: {
      dueSoonWorkdays: number;
      supplyDefaultWorkdays: number;
      sweepIntervalMinutes: number;
      version: number;
    };
    CaseSettingsInput: {
      dueSoonWorkdays: number;
      supplyDefaultWorkdays: number;
      sweepIntervalMinutes: number;
      version: number;
    };
    CaseSlaSummary: {
      dueSoon: number;
      notStarted: number;
      onTrack: number;
      overdue: number;
      paused: number;
    };
    CaseSlaSummaryInput: {
      dueSoon: number;
      notStarted: number;
      onTrack: number;
      overdue: number;
      paused: number;
    };
    CaseStaffRef: {
      displayName: string;
      id: number;
    };
    CaseStaffRefInput: {
      displayName: string;
      id: number;
    };
    CaseStats: {
      readonly items: {
        finished: number;
        /** @description Item code, or agency, window or staff id as text; null for none */
        key: string | null;
        label: string;
        labelEn: string;
        /** @description withinPromise / finished; null when nothing finished */
        share: number | null;
        withinPromise: number;
      }[];
      total: {
        finished: number;
        /** @description withinPromise / finished; null when nothing finished */
        share: number | null;
        withinPromise: number;
      };
    };
    CaseStatsInput: {
      readonly items: {
        finished: number;
        /** @description Item code, or agency, window or staff id as text; null for none */
        key: string | null;
        label: string;
        labelEn: string;
        /** @description withinPromise / finished; null when nothing finished */
        share: number | null;
        withinPromise: number;
      }[];
      total: {
        finished: number;
        /** @description withinPromise / finished; null when nothing finished */
        share: number | null;
        withinPromise: number;
      };
    };
    CaseSweepRun: {
      alertsRaised: number | null;
      /** @description Cases whose SLA state changed */
      changed: number | null;
      finishedAt: components['schemas']['InstantText'] | null;
      id: number;
      startedAt: components['schemas']['InstantText'];
      today: components['schemas']['CalendarDay'];
      /** @enum {string} */
      trigger: 'schedule' | 'cli' | 'api' | 'bench';
    };
    CaseSweepRunInput: {
      alertsRaised: number | null;
      /** @description Cases whose SLA state changed */
      changed: number | null;
      finishedAt: components['schemas']['InstantTextInput'] | null;
      id: number;
      startedAt: components['schemas']['InstantTextInput'];
      today: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      trigger: 'schedule' | 'cli' | 'api' | 'bench';
    };
    CaseWithNotice: {
      case: components['schemas']['CaseDetail'];
      notice: components['schemas']['CaseNotice'] | null;
    };
    CaseWithNoticeInput: {
      case: components['schemas']['CaseDetailInput'];
      notice: components['schemas']['CaseNoticeInput'] | null;
    };
    CatalogCategory: {
      code: string;
      readonly items: components['schemas']['CatalogItemSummary'][];
      name: components['schemas']['LocalText'];
      sort: number;
    };
    CatalogCategoryInput: {
      code: string;
      readonly items: components['schemas']['CatalogItemSummaryInput'][];
      name: components['schemas']['LocalTextInput'];
      sort: number;
    };
    CatalogGuideElement: {
      key: string;
      label: components['schemas']['LocalText'];
      text: components['schemas']['LocalText'];
    };
    CatalogGuideElementInput: {
      key: string;
      label: components['schemas']['LocalTextInput'];
      text: components['schemas']['LocalTextInput'];
    };
    CatalogItem: {
      categoryCode: string;
      code: string;
      current: components['schemas']['CatalogItemVersion'];
      /** @description The version in force (or the first one, before it takes effect) */
      currentVersion: number;
      id: number;
      /** @description Whether a version has taken effect */
      inForce: boolean;
      latestVersion: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'withdrawn';
      withdrawnOn: components['schemas']['CalendarDay'] | null;
      withdrawnReason: string | null;
    };
    CatalogItemContent: {
      basis: components['schemas']['LocalText'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      complaint: components['schemas']['LocalText'];
      conditions: components['schemas']['LocalText'];
      delivery: components['schemas']['LocalText'];
      enquiry: components['schemas']['LocalText'];
      fees: components['schemas']['LocalText'];
      howToApply: components['schemas']['LocalText'];
      readonly materials: components['schemas']['CatalogMaterial'][];
      /** @description The module that handles cases of this item */
      module: string;
      name: components['schemas']['LocalText'];
      officeHours: components['schemas']['LocalText'];
      place: components['schemas']['LocalText'];
      /** @description Promised time limit, in working days (0: on the spot) */
      promisedDays: number;
      /** @description Pairs of step codes one staff member may not both take (separation of duties) */
      readonly separatedSteps: [string, string][];
      /** @description Statutory time limit, in working days (0: on the spot) */
      statutoryDays: number;
      readonly steps: components['schemas']['CatalogStep'][];
      summary: components['schemas']['LocalText'];
      timeLimitNote: components['schemas']['LocalText'] | null;
      /** @description The workflow of that module the case follows */
      workflow: string;
    };
    CatalogItemContentInput: {
      basis: components['schemas']['LocalTextInput'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      complaint: components['schemas']['LocalTextInput'];
      conditions: components['schemas']['LocalTextInput'];
      delivery: components['schemas']['LocalTextInput'];
      enquiry: components['schemas']['LocalTextInput'];
      fees: components['schemas']['LocalTextInput'];
      howToApply: components['schemas']['LocalTextInput'];
      readonly materials: components['schemas']['CatalogMaterialInput'][];
      /** @description The module that handles cases of this item */
      module: string;
      name: components['schemas']['LocalTextInput'];
      officeHours: components['schemas']['LocalTextInput'];
      place: components['schemas']['LocalTextInput'];
      /** @description Promised time limit, in working days (0: on the spot) */
      promisedDays: number;
      /** @description Pairs of step codes one staff member may not both take (separation of duties) */
      readonly separatedSteps: [string, string][];
      /** @description Statutory time limit, in working days (0: on the spot) */
      statutoryDays: number;
      readonly steps: components['schemas']['CatalogStepInput'][];
      summary: components['schemas']['LocalTextInput'];
      timeLimitNote: components['schemas']['LocalTextInput'] | null;
      /** @description The workflow of that module the case follows */
      workflow: string;
    };
    CatalogItemDetail: {
      categoryCode: string;
      code: string;
      current: components['schemas']['CatalogItemVersion'];
      /** @description The version in force (or the first one, before it takes effect) */
      currentVersion: number;
      id: number;
      /** @description Whether a version has taken effect */
      inForce: boolean;
      latestVersion: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'withdrawn';
      readonly versions: components['schemas']['CatalogItemVersion'][];
      withdrawnOn: components['schemas']['CalendarDay'] | null;
      withdrawnReason: string | null;
    };
    CatalogItemDetailInput: {
      categoryCode: string;
      code: string;
      current: components['schemas']['CatalogItemVersionInput'];
      /** @description The version in force (or the first one, before it takes effect) */
      currentVersion: number;
      id: number;
      /** @description Whether a version has taken effect */
      inForce: boolean;
      latestVersion: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'withdrawn';
      readonly versions: components['schemas']['CatalogItemVersionInput'][];
      withdrawnOn: components['schemas']['CalendarDayInput'] | null;
      withdrawnReason: string | null;
    };
    CatalogItemInput: {
      categoryCode: string;
      code: string;
      current: components['schemas']['CatalogItemVersionInput'];
      /** @description The version in force (or the first one, before it takes effect) */
      currentVersion: number;
      id: number;
      /** @description Whether a version has taken effect */
      inForce: boolean;
      latestVersion: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'withdrawn';
      withdrawnOn: components['schemas']['CalendarDayInput'] | null;
      withdrawnReason: string | null;
    };
    CatalogItemSummary: {
      changedOn: components['schemas']['CalendarDay'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      code: string;
      name: components['schemas']['LocalText'];
      promisedDays: number;
      statutoryDays: number;
      summary: components['schemas']['LocalText'];
      version: number;
    };
    CatalogItemSummaryInput: {
      changedOn: components['schemas']['CalendarDayInput'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      code: string;
      name: components['schemas']['LocalTextInput'];
      promisedDays: number;
      statutoryDays: number;
      summary: components['schemas']['LocalTextInput'];
      version: number;
    };
    CatalogItemVersion: {
      basis: components['schemas']['LocalText'];
      /** @description The day this version takes effect */
      changedOn: components['schemas']['CalendarDay'];
      changeNote: components['schemas']['LocalText'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      complaint: components['schemas']['LocalText'];
      conditions: components['schemas']['LocalText'];
      delivery: components['schemas']['LocalText'];
      disclosedOn: components['schemas']['CalendarDay'] | null;
      /** @description Last day to disclose: 20 working days after changedOn */
      disclosureDueOn: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      disclosureStatus: 'disclosed' | 'disclosed_late' | 'pending' | 'overdue';
      enquiry: components['schemas']['LocalText'];
      fees: components['schemas']['LocalText'];
      howToApply: components['schemas']['LocalText'];
      readonly materials: components['schemas']['CatalogMaterial'][];
      /** @description The module that handles cases of this item */
      module: string;
      name: components['schemas']['LocalText'];
      officeHours: components['schemas']['LocalText'];
      place: components['schemas']['LocalText'];
      /** @description Promised time limit, in working days (0: on the spot) */
      promisedDays: number;
      recordedAt: components['schemas']['InstantText'];
      /** @description Display name of the staff member who recorded it */
      recordedBy: string | null;
      /** @description Pairs of step codes one staff member may not both take (separation of duties) */
      readonly separatedSteps: [string, string][];
      /** @description Statutory time limit, in working days (0: on the spot) */
      statutoryDays: number;
      readonly steps: components['schemas']['CatalogStep'][];
      summary: components['schemas']['LocalText'];
      timeLimitNote: components['schemas']['LocalText'] | null;
      version: number;
      /** @description The workflow of that module the case follows */
      workflow: string;
    };
    CatalogItemVersionInput: {
      basis: components['schemas']['LocalTextInput'];
      /** @description The day this version takes effect */
      changedOn: components['schemas']['CalendarDayInput'];
      changeNote: components['schemas']['LocalTextInput'];
      readonly channels: ('window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit')[];
      complaint: components['schemas']['LocalTextInput'];
      conditions: components['schemas']['LocalTextInput'];
      delivery: components['schemas']['LocalTextInput'];
      disclosedOn: components['schemas']['CalendarDayInput'] | null;
      /** @description Last day to disclose: 20 working days after changedOn */
      disclosureDueOn: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      disclosureStatus: 'disclosed' | 'disclosed_late' | 'pending' | 'overdue';
      enquiry: components['schemas']['LocalTextInput'];
      fees: components['schemas']['LocalTextInput'];
      howToApply: components['schemas']['LocalTextInput'];
      readonly materials: components['schemas']['CatalogMaterialInput'][];
      /** @description The module that handles cases of this item */
      module: string;
      name: components['schemas']['LocalTextInput'];
      officeHours: components['schemas']['LocalTextInput'];
      place: components['schemas']['LocalTextInput'];
      /** @description Promised time limit, in working days (0: on the spot) */
      promisedDays: number;
      recordedAt: components['schemas']['InstantTextInput'];
      /** @description Display name of the staff member who recorded it */
      recordedBy: string | null;
      /** @description Pairs of step codes one staff member may not both take (separation of duties) */
      readonly separatedSteps: [string, string][];
      /** @description Statutory time limit, in working days (0: on the spot) */
      statutoryDays: number;
      readonly steps: components['schemas']['CatalogStepInput'][];
      summary: components['schemas']['LocalTextInput'];
      timeLimitNote: components['schemas']['LocalTextInput'] | null;
      version: number;
      /** @description The workflow of that module the case follows */
      workflow: string;
    };
    CatalogMaterial: {
      code: string;
      /** @description Largest file accepted for this material, in bytes */
      maxBytes: number;
      readonly mediaTypes: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff')[];
      name: components['schemas']['LocalText'];
      note: components['schemas']['LocalText'] | null;
      /** @enum {string} */
      requirement: 'required' | 'optional' | 'later';
    };
    CatalogMaterialInput: {
      code: string;
      /** @description Largest file accepted for this material, in bytes */
      maxBytes: number;
      readonly mediaTypes: ('application/pdf' | 'image/jpeg' | 'image/png' | 'image/tiff')[];
      name: components['schemas']['LocalTextInput'];
      note: components['schemas']['LocalTextInput'] | null;
      /** @enum {string} */
      requirement: 'required' | 'optional' | 'later';
    };
    CatalogOverdueDisclosure: {
      changedOn: components['schemas']['CalendarDay'];
      code: string;
      disclosureDueOn: components['schemas']['CalendarDay'];
      name: components['schemas']['LocalText'];
      version: number;
      workingDaysOverdue: number;
    };
    CatalogOverdueDisclosureInput: {
      changedOn: components['schemas']['CalendarDayInput'];
      code: string;
      disclosureDueOn: components['schemas']['CalendarDayInput'];
      name: components['schemas']['LocalTextInput'];
      version: number;
      workingDaysOverdue: number;
    };
    CatalogServiceGuide: {
      category: {
        code: string;
        name: components['schemas']['LocalText'];
      };
      changedOn: components['schemas']['CalendarDay'];
      code: string;
      disclosedOn: components['schemas']['CalendarDay'] | null;
      /** @description The 11 public elements of RULES §6, in the official order, as printable text */
      readonly elements: components['schemas']['CatalogGuideElement'][];
      item: components['schemas']['CatalogItemContent'];
      readonly servicePoints: components['schemas']['CatalogServicePoint'][];
      version: number;
    };
    CatalogServiceGuideInput: {
      category: {
        code: string;
        name: components['schemas']['LocalTextInput'];
      };
      changedOn: components['schemas']['CalendarDayInput'];
      code: string;
      disclosedOn: components['schemas']['CalendarDayInput'] | null;
      /** @description The 11 public elements of RULES §6, in the official order, as printable text */
      readonly elements: components['schemas']['CatalogGuideElementInput'][];
      item: components['schemas']['CatalogItemContentInput'];
      readonly servicePoints: components['schemas']['CatalogServicePointInput'][];
      version: number;
    };
    CatalogServicePoint: {
      address: string;
      agencyName: string;
      name: string;
      readonly openingHours: {
        /** @description HH:MM */
        close: string;
        /** @description ISO weekdays, 1 = Monday */
        readonly days: number[];
        /** @description HH:MM */
        open: string;
      }[];
      phone: string | null;
    };
    CatalogServicePointInput: {
      address: string;
      agencyName: string;
      name: string;
      readonly openingHours: {
        /** @description HH:MM */
        close: string;
        /** @description ISO weekdays, 1 = Monday */
        readonly days: number[];
        /** @description HH:MM */
        open: string;
      }[];
      phone: string | null;
    };
    CatalogStep: {
      code: string;
      description: components['schemas']['LocalText'] | null;
      name: components['schemas']['LocalText'];
      /**
       * @description The permission a staff member needs to take this step
       * @enum {string}
       */
      permission: 'case.accept' | 'case.review' | 'case.approve';
    };
    CatalogStepInput: {
      code: string;
      description: components['schemas']['LocalTextInput'] | null;
      name: components['schemas']['LocalTextInput'];
      /**
       * @description The permission a staff member needs to take this step
       * @enum {string}
       */
      permission: 'case.accept' | 'case.review' | 'case.approve';
    };
    CertificateCheck: {
      agencyName: string;
      certificateNo: string;
      issuedOn: components['schemas']['CalendarDay'];
      /** @enum {string} */
      kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
      /** @description Lines as printed, in Chinese */
      readonly statements: string[];
      /** @enum {string} */
      status: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
      subject: {
        /** @description Employers */
        creditCode?: string;
        /** @description Persons: the citizen ID, masked */
        idMasked?: string;
        name: string;
      };
      verifyDueOn: components['schemas']['CalendarDay'] | null;
    };
    CertificateCheckInput: {
      agencyName: string;
      certificateNo: string;
      issuedOn: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
      /** @description Lines as printed, in Chinese */
      readonly statements: string[];
      /** @enum {string} */
      status: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
      subject: {
        /** @description Employers */
        creditCode?: string;
        /** @description Persons: the citizen ID, masked */
        idMasked?: string;
        name: string;
      };
      verifyDueOn: components['schemas']['CalendarDayInput'] | null;
    };
    CertificateContent: {
      agencyName: string;
      asOf: components['schemas']['CalendarDay'];
      /** @description Lines as printed, in Chinese */
      readonly statements: string[];
      subject: {
        creditCode?: string;
        employerNo?: string;
        idMasked?: string;
        /** @enum {string} */
        kind: 'employer' | 'person';
        name: string;
      };
      titleEn: string;
      titleZh: string;
    };
    CertificateContentInput: {
      agencyName: string;
      asOf: components['schemas']['CalendarDayInput'];
      /** @description Lines as printed, in Chinese */
      readonly statements: string[];
      subject: {
        creditCode?: string;
        employerNo?: string;
        idMasked?: string;
        /** @enum {string} */
        kind: 'employer' | 'person';
        name: string;
      };
      titleEn: string;
      titleZh: string;
    };
    CertificateDuePage: {
      readonly items: {
        agencyName: string;
        certificateNo: string;
        /** @enum {string} */
        checkStatus: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
        content: components['schemas']['CertificateContent'];
        /** @description The archived PDF */
        documentId: number | null;
        employerId: number | null;
        employerName: string;
        employerNo: string;
        id: number;
        issuedAt: components['schemas']['InstantText'];
        issuedOn: components['schemas']['CalendarDay'];
        /** @enum {string} */
        kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
        personId: number | null;
        /** @enum {string} */
        status: 'valid' | 'superseded' | 'revoked';
        statusChangedAt: components['schemas']['InstantText'] | null;
        statusReason: string | null;
        /** @description The code a third party checks the certificate with */
        verifyCode: string;
        /** @description Registration certificates: the next periodic verification */
        verifyDueOn: components['schemas']['CalendarDay'] | null;
      }[];
      total: number;
    };
    CertificateDuePageInput: {
      readonly items: {
        agencyName: string;
        certificateNo: string;
        /** @enum {string} */
        checkStatus: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
        content: components['schemas']['CertificateContentInput'];
        /** @description The archived PDF */
        documentId: number | null;
        employerId: number | null;
        employerName: string;
        employerNo: string;
        id: number;
        issuedAt: components['schemas']['InstantTextInput'];
        issuedOn: components['schemas']['CalendarDayInput'];
        /** @enum {string} */
        kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
        personId: number | null;
        /** @enum {string} */
        status: 'valid' | 'superseded' | 'revoked';
        statusChangedAt: components['schemas']['InstantTextInput'] | null;
        statusReason: string | null;
        /** @description The code a third party checks the certificate with */
        verifyCode: string;
        /** @description Registration certificates: the next periodic verification */
        verifyDueOn: components['schemas']['CalendarDayInput'] | null;
      }[];
      total: number;
    };
    CertificateView: {
      certificateNo: string;
      /** @enum {string} */
      checkStatus: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
      content: components['schemas']['CertificateContent'];
      /** @description The archived PDF */
      documentId: number | null;
      employerId: number | null;
      id: number;
      issuedAt: components['schemas']['InstantText'];
      issuedOn: components['schemas']['CalendarDay'];
      /** @enum {string} */
      kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
      personId: number | null;
      /** @enum {string} */
      status: 'valid' | 'superseded' | 'revoked';
      statusChangedAt: components['schemas']['InstantText'] | null;
      statusReason: string | null;
      /** @description The code a third party checks the certificate with */
      verifyCode: string;
      /** @description Registration certificates: the next periodic verification */
      verifyDueOn: components['schemas']['CalendarDay'] | null;
    };
    CertificateViewInput: {
      certificateNo: string;
      /** @enum {string} */
      checkStatus: 'valid' | 'verification_overdue' | 'superseded' | 'revoked';
      content: components['schemas']['CertificateContentInput'];
      /** @description The archived PDF */
      documentId: number | null;
      employerId: number | null;
      id: number;
      issuedAt: components['schemas']['InstantTextInput'];
      issuedOn: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      kind: 'employer_registration' | 'employer_insurance' | 'person_insurance';
      personId: number | null;
      /** @enum {string} */
      status: 'valid' | 'superseded' | 'revoked';
      statusChangedAt: components['schemas']['InstantTextInput'] | null;
      statusReason: string | null;
      /** @description The code a third party checks the certificate with */
      verifyCode: string;
      /** @description Registration certificates: the next periodic verification */
      verifyDueOn: components['schemas']['CalendarDayInput'] | null;
    };
    CollectionArrears: {
      asOf: components['schemas']['CalendarDay'];
      /** @description Totals by period, oldest first */
      readonly byPeriod: {
        amount: components['schemas']['Money'];
        lateFee: components['schemas']['Money'];
        payers: number;
        period: components['schemas']['Period'];
      }[];
      lateFeeAccrued: components['schemas']['Money'];
      /** @description Payers in arrears (all of them, also those beyond the limit) */
      payerCount: number;
      /** @description Largest amount first, at most `limit` (500 by default) */
      readonly payers: components['schemas']['CollectionArrearsPayer'][];
      total: components['schemas']['Money'];
    };
    CollectionArrearsInput: {
      asOf: components['schemas']['CalendarDayInput'];
      /** @description Totals by period, oldest first */
      readonly byPeriod: {
        amount: components['schemas']['MoneyInput'];
        lateFee: components['schemas']['MoneyInput'];
        payers: number;
        period: components['schemas']['PeriodInput'];
      }[];
      lateFeeAccrued: components['schemas']['MoneyInput'];
      /** @description Payers in arrears (all of them, also those beyond the limit) */
      payerCount: number;
      /** @description Largest amount first, at most `limit` (500 by default) */
      readonly payers: components['schemas']['CollectionArrearsPayerInput'][];
      total: components['schemas']['MoneyInput'];
    };
    CollectionArrearsPayer: {
      /** @description Contributions owed on open lines past their due date */
      amount: components['schemas']['Money'];
      readonly byPeriod: {
        amount: components['schemas']['Money'];
        lateFee: components['schemas']['Money'];
        period: components['schemas']['Period'];
      }[];
      /** @description The employer’s unified credit code, or the person’s masked identity number */
      code: string;
      /** @description The deferral agreement in force on asOf */
      deferral: {
        agreementNo: string;
        payBy: components['schemas']['CalendarDay'];
      } | null;
      /** @description Set for an employer, null for a flexible worker */
      employerId: number | null;
      /** @description The last enforcement step taken against an employer */
      enforcement: {
        /** @enum {string} */
        step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
        takenOn: components['schemas']['CalendarDay'];
      } | null;
      /** @description Late fee (滞纳金) accrued on the open lines up to asOf, not yet charged */
      lateFeeAccrued: components['schemas']['Money'];
      /** @description Late fees already charged on paid lines and not yet paid */
      lateFeesCharged: components['schemas']['Money'];
      /** @description Open bill lines in arrears */
      lines: number;
      /** @description Periods in arrears */
      months: number;
      name: string;
      oldestPeriod: components['schemas']['Period'];
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description Set for a flexible worker, null for an employer */
      personId: number | null;
    };
    CollectionArrearsPayerInput: {
      /** @description Contributions owed on open lines past their due date */
      amount: components['schemas']['MoneyInput'];
      readonly byPeriod: {
        amount: components['schemas']['MoneyInput'];
        lateFee: components['schemas']['MoneyInput'];
        period: components['schemas']['PeriodInput'];
      }[];
      /** @description The employer’s unified credit code, or the person’s masked identity number */
      code: string;
      /** @description The deferral agreement in force on asOf */
      deferral: {
        agreementNo: string;
        payBy: components['schemas']['CalendarDayInput'];
      } | null;
      /** @description Set for an employer, null for a flexible worker */
      employerId: number | null;
      /** @description The last enforcement step taken against an employer */
      enforcement: {
        /** @enum {string} */
        step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
        takenOn: components['schemas']['CalendarDayInput'];
      } | null;
      /** @description Late fee (滞纳金) accrued on the open lines up to asOf, not yet charged */
      lateFeeAccrued: components['schemas']['MoneyInput'];
      /** @description Late fees already charged on paid lines and not yet paid */
      lateFeesCharged: components['schemas']['MoneyInput'];
      /** @description Open bill lines in arrears */
      lines: number;
      /** @description Periods in arrears */
      months: number;
      name: string;
      oldestPeriod: components['schemas']['PeriodInput'];
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description Set for a flexible worker, null for an employer */
      personId: number | null;
    };
    CollectionBackPayment: {
      backPaymentNo: string;
      /** @description One back-payment bill per period, once approved */
      readonly bills: {
        billNo: string;
        id: number;
        period: components['schemas']['Period'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['Money'];
      }[];
      caseId: number | null;
      caseNumber: string | null;
      decidedAt: components['schemas']['InstantText'] | null;
      decidedBy: number | null;
      decisionNote: string | null;
      /** @description Whether late fees are charged on its bills */
      employerAtFault: boolean;
      employerId: number | null;
      employerName: string | null;
      fromPeriod: components['schemas']['Period'];
      id: number;
      /** @enum {string} */
      kind: 'back_payment' | 'extension';
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      personId: number;
      personName: string;
      proposedAt: components['schemas']['InstantText'];
      /** @description The staff member’s id */
      proposedBy: number;
      reason: string;
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
      toPeriod: components['schemas']['Period'];
      /** @description The monthly wage the periods are assessed on */
      wage: components['schemas']['Money'];
    };
    CollectionBackPaymentInput: {
      backPaymentNo: string;
      /** @description One back-payment bill per period, once approved */
      readonly bills: {
        billNo: string;
        id: number;
        period: components['schemas']['PeriodInput'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['MoneyInput'];
      }[];
      caseId: number | null;
      caseNumber: string | null;
      decidedAt: components['schemas']['InstantTextInput'] | null;
      decidedBy: number | null;
      decisionNote: string | null;
      /** @description Whether late fees are charged on its bills */
      employerAtFault: boolean;
      employerId: number | null;
      employerName: string | null;
      fromPeriod: components['schemas']['PeriodInput'];
      id: number;
      /** @enum {string} */
      kind: 'back_payment' | 'extension';
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      personId: number;
      personName: string;
      proposedAt: components['schemas']['InstantTextInput'];
      /** @description The staff member’s id */
      proposedBy: number;
      reason: string;
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
      toPeriod: components['schemas']['PeriodInput'];
      /** @description The monthly wage the periods are assessed on */
      wage: components['schemas']['MoneyInput'];
    };
    CollectionBill: {
      backPaymentId: number | null;
      /**
       * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
       * @enum {string}
       */
      basis: 'declared' | 'undeclared' | 'back_payment';
      billNo: string;
      declarationId: number | null;
      dueOn: components['schemas']['CalendarDay'];
      id: number;
      issuedAt: components['schemas']['InstantText'];
      /** @enum {string} */
      kind: 'regular' | 'back_payment';
      /** @description total − paid */
      open: components['schemas']['Money'];
      paid: components['schemas']['Money'];
      payer: components['schemas']['CollectionPayer'];
      period: components['schemas']['Period'];
      regionCode: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'cancelled';
      total: components['schemas']['Money'];
    };
    CollectionBillDetail: {
      readonly allocations: {
        allocatedAt: components['schemas']['InstantText'];
        amount: components['schemas']['Money'];
        creditId: number | null;
        entryId: number;
        id: number;
        lateFeeId: number | null;
        /** @description Null when held credit was applied */
        paymentId: number | null;
        paymentNo: string | null;
        /** @description Null on a late fee allocation */
        personId: number | null;
        scheme: ('pension' | 'medical' | 'unemployment' | 'work_injury') | null;
      }[];
      backPaymentId: number | null;
      /**
       * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
       * @enum {string}
       */
      basis: 'declared' | 'undeclared' | 'back_payment';
      billNo: string;
      declarationId: number | null;
      dueOn: components['schemas']['CalendarDay'];
      id: number;
      issuedAt: components['schemas']['InstantText'];
      /** @enum {string} */
      kind: 'regular' | 'back_payment';
      readonly lateFees: {
        arrears: components['schemas']['Money'];
        days: number;
        endOn: components['schemas']['CalendarDay'];
        fee: components['schemas']['Money'];
        id: number;
        paid: components['schemas']['Money'];
        personId: number;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        startOn: components['schemas']['CalendarDay'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'waived';
      }[];
      readonly lines: {
        /** @description The part credited to the personal account */
        accountCredit: components['schemas']['Money'];
        base: components['schemas']['Money'];
        /** @description Masked citizen ID */
        citizenId: string;
        employee: components['schemas']['Money'];
        /** @description Exact decimal rate */
        employeeRate: string;
        employer: components['schemas']['Money'];
        /** @description Exact decimal rate */
        employerRate: string;
        entryId: number | null;
        name: string;
        paidOn: components['schemas']['CalendarDay'] | null;
        paymentId: number | null;
        personId: number;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        /** @enum {string} */
        status: 'open' | 'paid';
        /** @description employer + employee */
        total: components['schemas']['Money'];
        wage: components['schemas']['Money'];
      }[];
      /** @description total − paid */
      open: components['schemas']['Money'];
      paid: components['schemas']['Money'];
      payer: components['schemas']['CollectionPayer'];
      period: components['schemas']['Period'];
      regionCode: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'cancelled';
      total: components['schemas']['Money'];
    };
    CollectionBillDetailInput: {
      readonly allocations: {
        allocatedAt: components['schemas']['InstantTextInput'];
        amount: components['schemas']['MoneyInput'];
        creditId: number | null;
        entryId: number;
        id: number;
        lateFeeId: number | null;
        /** @description Null when held credit was applied */
        paymentId: number | null;
        paymentNo: string | null;
        /** @description Null on a late fee allocation */
        personId: number | null;
        scheme: ('pension' | 'medical' | 'unemployment' | 'work_injury') | null;
      }[];
      backPaymentId: number | null;
      /**
       * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
       * @enum {string}
       */
      basis: 'declared' | 'undeclared' | 'back_payment';
      billNo: string;
      declarationId: number | null;
      dueOn: components['schemas']['CalendarDayInput'];
      id: number;
      issuedAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      kind: 'regular' | 'back_payment';
      readonly lateFees: {
        arrears: components['schemas']['MoneyInput'];
        days: number;
        endOn: components['schemas']['CalendarDayInput'];
        fee: components['schemas']['MoneyInput'];
        id: number;
        paid: components['schemas']['MoneyInput'];
        personId: number;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        startOn: components['schemas']['CalendarDayInput'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'waived';
      }[];
      readonly lines: {
        /** @description The part credited to the personal account */
        accountCredit: components['schemas']['MoneyInput'];
        base: components['schemas']['MoneyInput'];
        /** @description Masked citizen ID */
        citizenId: string;
        employee: components['schemas']['MoneyInput'];
        /** @description Exact decimal rate */
        employeeRate: string;
        employer: components['schemas']['MoneyInput'];
        /** @description Exact decimal rate */
        employerRate: string;
        entryId: number | null;
        name: string;
        paidOn: components['schemas']['CalendarDayInput'] | null;
        paymentId: number | null;
        personId: number;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        /** @enum {string} */
        status: 'open' | 'paid';
        /** @description employer + employee */
        total: components['schemas']['MoneyInput'];
        wage: components['schemas']['MoneyInput'];
      }[];
      /** @description total − paid */
      open: components['schemas']['MoneyInput'];
      paid: components['schemas']['MoneyInput'];
      payer: components['schemas']['CollectionPayerInput'];
      period: components['schemas']['PeriodInput'];
      regionCode: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'cancelled';
      total: components['schemas']['MoneyInput'];
    };
    CollectionBillInput: {
      backPaymentId: number | null;
      /**
       * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
       * @enum {string}
       */
      basis: 'declared' | 'undeclared' | 'back_payment';
      billNo: string;
      declarationId: number | null;
      dueOn: components['schemas']['CalendarDayInput'];
      id: number;
      issuedAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      kind: 'regular' | 'back_payment';
      /** @description total − paid */
      open: components['schemas']['MoneyInput'];
      paid: components['schemas']['MoneyInput'];
      payer: components['schemas']['CollectionPayerInput'];
      period: components['schemas']['PeriodInput'];
      regionCode: string;
      /** @enum {string} */
      status: 'open' | 'paid' | 'cancelled';
      total: components['schemas']['MoneyInput'];
    };
    CollectionDeclarationDetail: {
      /** @description The period’s live regular bill, if any */
      bill: {
        billNo: string;
        id: number;
        paid: components['schemas']['Money'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['Money'];
      } | null;
      /** @enum {string} */
      channel: 'web' | 'api' | 'window' | 'import';
      declarationNo: string;
      employerId: number | null;
      /** @description The uploaded file, for a declaration from a file */
      fileName: string | null;
      id: number;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      readonly lines: {
        /** @description Masked citizen ID */
        idMasked: string;
        /** @description Masked name */
        name: string;
        personId: number;
        wage: components['schemas']['Money'];
      }[];
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      personId: number | null;
      regionCode: string;
      /** @description The current revision */
      revision: number;
      readonly revisions: {
        lineCount: number;
        revision: number;
        totalWage: components['schemas']['Money'];
      }[];
      /** @description The revision whose lines are shown */
      shownRevision: number;
      /** @enum {string} */
      status: 'submitted' | 'closed';
      submittedAt: components['schemas']['InstantText'];
      /** @description employer:<account>, person:<account>, staff:<id> or apikey:<id> */
      submittedBy: string;
      totalWage: components['schemas']['Money'];
    };
    CollectionDeclarationDetailInput: {
      /** @description The period’s live regular bill, if any */
      bill: {
        billNo: string;
        id: number;
        paid: components['schemas']['MoneyInput'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['MoneyInput'];
      } | null;
      /** @enum {string} */
      channel: 'web' | 'api' | 'window' | 'import';
      declarationNo: string;
      employerId: number | null;
      /** @description The uploaded file, for a declaration from a file */
      fileName: string | null;
      id: number;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      readonly lines: {
        /** @description Masked citizen ID */
        idMasked: string;
        /** @description Masked name */
        name: string;
        personId: number;
        wage: components['schemas']['MoneyInput'];
      }[];
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      personId: number | null;
      regionCode: string;
      /** @description The current revision */
      revision: number;
      readonly revisions: {
        lineCount: number;
        revision: number;
        totalWage: components['schemas']['MoneyInput'];
      }[];
      /** @description The revision whose lines are shown */
      shownRevision: number;
      /** @enum {string} */
      status: 'submitted' | 'closed';
      submittedAt: components['schemas']['InstantTextInput'];
      /** @description employer:<account>, person:<account>, staff:<id> or apikey:<id> */
      submittedBy: string;
      totalWage: components['schemas']['MoneyInput'];
    };
    CollectionDeclarationReceipt: {
      /** @description The bill issued from it; null for an annual base declaration */
      bill: {
        billNo: string;
        id: number;
        /** @description Bill lines: one per person and fund */
        lines: number;
        total: components['schemas']['Money'];
      } | null;
      declarationId: number;
      declarationNo: string;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      /** @description Covered persons it leaves out (not assessed by it): at most 100 */
      readonly notDeclared: {
        /** @description Masked citizen ID */
        idMasked: string;
        /** @description Masked name */
        name: string;
        personId: number;
      }[];
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      /** @description 1 when first declared; each correction adds one */
      revision: number;
      totalWage: components['schemas']['Money'];
    };
    CollectionDeclarationReceiptInput: {
      /** @description The bill issued from it; null for an annual base declaration */
      bill: {
        billNo: string;
        id: number;
        /** @description Bill lines: one per person and fund */
        lines: number;
        total: components['schemas']['MoneyInput'];
      } | null;
      declarationId: number;
      declarationNo: string;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      /** @description Covered persons it leaves out (not assessed by it): at most 100 */
      readonly notDeclared: {
        /** @description Masked citizen ID */
        idMasked: string;
        /** @description Masked name */
        name: string;
        personId: number;
      }[];
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      /** @description 1 when first declared; each correction adds one */
      revision: number;
      totalWage: components['schemas']['MoneyInput'];
    };
    CollectionDeclarationSummary: {
      /** @description The period’s live regular bill, if any */
      bill: {
        billNo: string;
        id: number;
        paid: components['schemas']['Money'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['Money'];
      } | null;
      /** @enum {string} */
      channel: 'web' | 'api' | 'window' | 'import';
      declarationNo: string;
      employerId: number | null;
      /** @description The uploaded file, for a declaration from a file */
      fileName: string | null;
      id: number;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      personId: number | null;
      regionCode: string;
      /** @description The current revision */
      revision: number;
      /** @enum {string} */
      status: 'submitted' | 'closed';
      submittedAt: components['schemas']['InstantText'];
      /** @description employer:<account>, person:<account>, staff:<id> or apikey:<id> */
      submittedBy: string;
      totalWage: components['schemas']['Money'];
    };
    CollectionDeclarationSummaryInput: {
      /** @description The period’s live regular bill, if any */
      bill: {
        billNo: string;
        id: number;
        paid: components['schemas']['MoneyInput'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['MoneyInput'];
      } | null;
      /** @enum {string} */
      channel: 'web' | 'api' | 'window' | 'import';
      declarationNo: string;
      employerId: number | null;
      /** @description The uploaded file, for a declaration from a file */
      fileName: string | null;
      id: number;
      /** @enum {string} */
      kind: 'monthly' | 'annual_base';
      lineCount: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      /** @description YYYYMM, or YYYY for an annual base declaration */
      period: string;
      personId: number | null;
      regionCode: string;
      /** @description The current revision */
      revision: number;
      /** @enum {string} */
      status: 'submitted' | 'closed';
      submittedAt: components['schemas']['InstantTextInput'];
      /** @description employer:<account>, person:<account>, staff:<id> or apikey:<id> */
      submittedBy: string;
      totalWage: components['schemas']['MoneyInput'];
    };
    CollectionDeferral: {
      agreementNo: string;
      decidedAt: components['schemas']['InstantText'] | null;
      decidedBy: number | null;
      employerId: number;
      employerName: string;
      fromPeriod: components['schemas']['Period'];
      guarantee: string | null;
      id: number;
      note: string | null;
      payBy: components['schemas']['CalendarDay'];
      proposedAt: components['schemas']['InstantText'];
      /** @description The staff member’s id */
      proposedBy: number;
      /**
       * @description As stored, except breached / completed computed on read for an active agreement
       * @enum {string}
       */
      status: 'proposed' | 'active' | 'rejected' | 'completed' | 'breached' | 'cancelled';
      toPeriod: components['schemas']['Period'];
    };
    CollectionDeferralInput: {
      agreementNo: string;
      decidedAt: components['schemas']['InstantTextInput'] | null;
      decidedBy: number | null;
      employerId: number;
      employerName: string;
      fromPeriod: components['schemas']['PeriodInput'];
      guarantee: string | null;
      id: number;
      note: string | null;
      payBy: components['schemas']['CalendarDayInput'];
      proposedAt: components['schemas']['InstantTextInput'];
      /** @description The staff member’s id */
      proposedBy: number;
      /**
       * @description As stored, except breached / completed computed on read for an active agreement
       * @enum {string}
       */
      status: 'proposed' | 'active' | 'rejected' | 'completed' | 'breached' | 'cancelled';
      toPeriod: components['schemas']['PeriodInput'];
    };
    CollectionEmployerSummary: {
      /** @description Open amounts of open bills past their due day */
      arrears: components['schemas']['Money'];
      credit: components['schemas']['Money'];
      lateFeesOpen: components['schemas']['Money'];
      readonly openBills: components['schemas']['CollectionBill'][];
      paidThisYear: components['schemas']['Money'];
    };
    CollectionEmployerSummaryInput: {
      /** @description Open amounts of open bills past their due day */
      arrears: components['schemas']['MoneyInput'];
      credit: components['schemas']['MoneyInput'];
      lateFeesOpen: components['schemas']['MoneyInput'];
      readonly openBills: components['schemas']['CollectionBillInput'][];
      paidThisYear: components['schemas']['MoneyInput'];
    };
    CollectionEnforcementStep: {
      documentNo: string | null;
      employerId: number;
      employerName: string;
      id: number;
      note: string;
      /** @description The payment order that recorded this step, if one did */
      paymentOrderId: number | null;
      paymentOrderNo: string | null;
      recordedAt: components['schemas']['InstantText'];
      /** @description The staff member’s id */
      recordedBy: number;
      /** @enum {string} */
      step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
      takenOn: components['schemas']['CalendarDay'];
    };
    CollectionEnforcementStepInput: {
      documentNo: string | null;
      employerId: number;
      employerName: string;
      id: number;
      note: string;
      /** @description The payment order that recorded this step, if one did */
      paymentOrderId: number | null;
      paymentOrderNo: string | null;
      recordedAt: components['schemas']['InstantTextInput'];
      /** @description The staff member’s id */
      recordedBy: number;
      /** @enum {string} */
      step: 'order_to_pay' | 'bank_query' | 'deduction' | 'guarantee' | 'deferral' | 'court';
      takenOn: components['schemas']['CalendarDayInput'];
    };
    CollectionMonthClose: {
      /** @description The China date the close started on (kept across reruns) */
      asOf: components['schemas']['CalendarDay'];
      /** @description What each step did so far, by name */
      counts: {
        [key: string]: number;
      };
      /** @description Why the last attempt failed (rerun to continue) */
      error: string | null;
      finishedAt: components['schemas']['InstantText'] | null;
      id: number;
      payersDone: number;
      payersTotal: number;
      period: components['schemas']['Period'];
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      report: components['schemas']['CollectionMonthCloseReport'] | null;
      startedAt: components['schemas']['InstantText'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      /**
       * @description The step running or next to run; done once completed
       * @enum {string}
       */
      step: 'payers' | 'arrears' | 'report' | 'close' | 'done';
      updatedAt: components['schemas']['InstantText'];
    };
    CollectionMonthCloseFund: {
      /** @description due − collected */
      arrears: components['schemas']['Money'];
      collected: components['schemas']['Money'];
      /** @description What the period’s regular bills made due */
      due: components['schemas']['Money'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      lines: number;
      paidLines: number;
      /** @description collected ÷ due, four decimals rounded half-up ("0.9750"); null when nothing was due */
      rate: string | null;
    };
    CollectionMonthCloseFundInput: {
      /** @description due − collected */
      arrears: components['schemas']['MoneyInput'];
      collected: components['schemas']['MoneyInput'];
      /** @description What the period’s regular bills made due */
      due: components['schemas']['MoneyInput'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      lines: number;
      paidLines: number;
      /** @description collected ÷ due, four decimals rounded half-up ("0.9750"); null when nothing was due */
      rate: string | null;
    };
    CollectionMonthCloseInput: {
      /** @description The China date the close started on (kept across reruns) */
      asOf: components['schemas']['CalendarDayInput'];
      /** @description What each step did so far, by name */
      counts: {
        [key: string]: number;
      };
      /** @description Why the last attempt failed (rerun to continue) */
      error: string | null;
      finishedAt: components['schemas']['InstantTextInput'] | null;
      id: number;
      payersDone: number;
      payersTotal: number;
      period: components['schemas']['PeriodInput'];
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      report: components['schemas']['CollectionMonthCloseReportInput'] | null;
      startedAt: components['schemas']['InstantTextInput'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      /**
       * @description The step running or next to run; done once completed
       * @enum {string}
       */
      step: 'payers' | 'arrears' | 'report' | 'close' | 'done';
      updatedAt: components['schemas']['InstantTextInput'];
    };
    CollectionMonthCloseReport: {
      asOf: components['schemas']['CalendarDay'];
      bills: number;
      billsPaid: number;
      /** @description Every fund, zero when it had no lines */
      readonly funds: components['schemas']['CollectionMonthCloseFund'][];
      payers: number;
      period: components['schemas']['Period'];
      region: string;
      total: components['schemas']['CollectionMonthCloseFund'];
    };
    CollectionMonthCloseReportInput: {
      asOf: components['schemas']['CalendarDayInput'];
      bills: number;
      billsPaid: number;
      /** @description Every fund, zero when it had no lines */
      readonly funds: components['schemas']['CollectionMonthCloseFundInput'][];
      payers: number;
      period: components['schemas']['PeriodInput'];
      region: string;
      total: components['schemas']['CollectionMonthCloseFundInput'];
    };
    CollectionPayer:
      | {
          employerId: number;
          /** @constant */
          kind: 'employer';
        }
      | {
          /** @constant */
          kind: 'flexible';
          personId: number;
        };
    CollectionPayerInput:
      | {
          employerId: number;
          /** @constant */
          kind: 'employer';
        }
      | {
          /** @constant */
          kind: 'flexible';
          personId: number;
        };
    CollectionPayment: {
      allocated: components['schemas']['Money'];
      amount: components['schemas']['Money'];
      /** @enum {string} */
      channel: 'window' | 'bank_file' | 'tax_file' | 'api';
      employerId: number | null;
      held: components['schemas']['Money'];
      id: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      paymentFileId: number | null;
      paymentNo: string;
      personId: number | null;
      receivedOn: components['schemas']['CalendarDay'];
      recordedAt: components['schemas']['InstantText'];
      reference: string;
    };
    CollectionPaymentFile: {
      fileName: string;
      fileNo: string;
      id: number;
      importedAt: components['schemas']['InstantText'];
      /** @description The staff member who imported it */
      importedBy: number;
      report: components['schemas']['CollectionReconciliationReport'];
      rowCount: number;
      /** @enum {string} */
      source: 'bank' | 'tax';
      total: components['schemas']['Money'];
    };
    CollectionPaymentFileImported: {
      fileName: string;
      fileNo: string;
      id: number;
      importedAt: components['schemas']['InstantText'];
      report: components['schemas']['CollectionReconciliationReport'];
      rowCount: number;
      /** @enum {string} */
      source: 'bank' | 'tax';
      total: components['schemas']['Money'];
    };
    CollectionPaymentFileImportedInput: {
      fileName: string;
      fileNo: string;
      id: number;
      importedAt: components['schemas']['InstantTextInput'];
      report: components['schemas']['CollectionReconciliationReportInput'];
      rowCount: number;
      /** @enum {string} */
      source: 'bank' | 'tax';
      total: components['schemas']['MoneyInput'];
    };
    CollectionPaymentFileInput: {
      fileName: string;
      fileNo: string;
      id: number;
      importedAt: components['schemas']['InstantTextInput'];
      /** @description The staff member who imported it */
      importedBy: number;
      report: components['schemas']['CollectionReconciliationReportInput'];
      rowCount: number;
      /** @enum {string} */
      source: 'bank' | 'tax';
      total: components['schemas']['MoneyInput'];
    };
    CollectionPaymentInput: {
      allocated: components['schemas']['MoneyInput'];
      amount: components['schemas']['MoneyInput'];
      /** @enum {string} */
      channel: 'window' | 'bank_file' | 'tax_file' | 'api';
      employerId: number | null;
      held: components['schemas']['MoneyInput'];
      id: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      paymentFileId: number | null;
      paymentNo: string;
      personId: number | null;
      receivedOn: components['schemas']['CalendarDayInput'];
      recordedAt: components['schemas']['InstantTextInput'];
      reference: string;
    };
    CollectionPaymentNotice: {
      amount: components['schemas']['Money'];
      bank: string;
      /** @description The bills the employer named */
      readonly billNos: string[];
      /** @enum {string} */
      channel: 'api' | 'hall';
      employerId: number;
      employerName: string;
      id: number;
      note: string | null;
      noticeNo: string;
      /** @description The day the employer says it paid */
      paidOn: components['schemas']['CalendarDay'];
      /** @description The payment received from the bank side that the notice was matched to */
      payment: {
        amount: components['schemas']['Money'];
        /** @enum {string} */
        channel: 'window' | 'bank_file' | 'tax_file' | 'api';
        paymentNo: string;
        receivedOn: components['schemas']['CalendarDay'];
      } | null;
      reference: string;
      resolutionNote: string | null;
      resolvedAt: components['schemas']['InstantText'] | null;
      /** @description auto: matched by the same reference and amount; staff: matched or dismissed by a clerk */
      resolvedBy: ('auto' | 'staff') | null;
      sentAt: components['schemas']['InstantText'];
      /** @enum {string} */
      status: 'open' | 'matched' | 'dismissed';
    };
    CollectionPaymentNoticeInput: {
      amount: components['schemas']['MoneyInput'];
      bank: string;
      /** @description The bills the employer named */
      readonly billNos: string[];
      /** @enum {string} */
      channel: 'api' | 'hall';
      employerId: number;
      employerName: string;
      id: number;
      note: string | null;
      noticeNo: string;
      /** @description The day the employer says it paid */
      paidOn: components['schemas']['CalendarDayInput'];
      /** @description The payment received from the bank side that the notice was matched to */
      payment: {
        amount: components['schemas']['MoneyInput'];
        /** @enum {string} */
        channel: 'window' | 'bank_file' | 'tax_file' | 'api';
        paymentNo: string;
        receivedOn: components['schemas']['CalendarDayInput'];
      } | null;
      reference: string;
      resolutionNote: string | null;
      resolvedAt: components['schemas']['InstantTextInput'] | null;
      /** @description auto: matched by the same reference and amount; staff: matched or dismissed by a clerk */
      resolvedBy: ('auto' | 'staff') | null;
      sentAt: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      status: 'open' | 'matched' | 'dismissed';
    };
    CollectionPaymentOrder: {
      arrears: components['schemas']['Money'];
      asOf: components['schemas']['CalendarDay'];
      employerId: number | null;
      id: number;
      issuedAt: components['schemas']['InstantText'];
      /** @description The staff member’s id */
      issuedBy: number;
      /** @description Late fee accrued to asOf */
      lateFee: components['schemas']['Money'];
      orderNo: string;
      payBy: components['schemas']['CalendarDay'];
      payerName: string;
      /** @description Where the order is printed (GET, PDF) */
      pdfUrl: string;
      readonly periods: components['schemas']['Period'][];
      personId: number | null;
    };
    CollectionPaymentOrderInput: {
      arrears: components['schemas']['MoneyInput'];
      asOf: components['schemas']['CalendarDayInput'];
      employerId: number | null;
      id: number;
      issuedAt: components['schemas']['InstantTextInput'];
      /** @description The staff member’s id */
      issuedBy: number;
      /** @description Late fee accrued to asOf */
      lateFee: components['schemas']['MoneyInput'];
      orderNo: string;
      payBy: components['schemas']['CalendarDayInput'];
      payerName: string;
      /** @description Where the order is printed (GET, PDF) */
      pdfUrl: string;
      readonly periods: components['schemas']['PeriodInput'][];
      personId: number | null;
    };
    CollectionPaymentRecorded: {
      allocated: components['schemas']['Money'];
      amount: components['schemas']['Money'];
      /** @description Bills this payment paid in full */
      readonly billsPaid: number[];
      /** @description Held as credit (预缴/溢缴) */
      held: components['schemas']['Money'];
      id: number;
      lateFeesCharged: components['schemas']['Money'];
      linesLeftOpen: number;
      linesPaid: number;
      /** @enum {string} */
      match: 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
      /** @description The employer’s payment notice it answered (same reference and amount) */
      noticeNo: string | null;
      payer: components['schemas']['CollectionPayer'];
      paymentNo: string;
    };
    CollectionPaymentRecordedInput: {
      allocated: components['schemas']['MoneyInput'];
      amount: components['schemas']['MoneyInput'];
      /** @description Bills this payment paid in full */
      readonly billsPaid: number[];
      /** @description Held as credit (预缴/溢缴) */
      held: components['schemas']['MoneyInput'];
      id: number;
      lateFeesCharged: components['schemas']['MoneyInput'];
      linesLeftOpen: number;
      linesPaid: number;
      /** @enum {string} */
      match: 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
      /** @description The employer’s payment notice it answered (same reference and amount) */
      noticeNo: string | null;
      payer: components['schemas']['CollectionPayerInput'];
      paymentNo: string;
    };
    CollectionReconciliationReport: {
      counts: {
        matched: number;
        overPaid: number;
        underPaid: number;
        unmatched: number;
      };
      readonly matched: components['schemas']['CollectionReconciliationRow'][];
      readonly overPaid: components['schemas']['CollectionReconciliationRow'][];
      readonly underPaid: components['schemas']['CollectionReconciliationRow'][];
      readonly unmatched: components['schemas']['CollectionReconciliationRow'][];
    };
    CollectionReconciliationReportInput: {
      counts: {
        matched: number;
        overPaid: number;
        underPaid: number;
        unmatched: number;
      };
      readonly matched: components['schemas']['CollectionReconciliationRowInput'][];
      readonly overPaid: components['schemas']['CollectionReconciliationRowInput'][];
      readonly underPaid: components['schemas']['CollectionReconciliationRowInput'][];
      readonly unmatched: components['schemas']['CollectionReconciliationRowInput'][];
    };
    CollectionReconciliationRow: {
      amount: components['schemas']['Money'];
      billNo: string | null;
      /** @description What was open on the bills considered (late fees included), before the payment */
      due: components['schemas']['Money'];
      /** @description What was held as credit */
      held: components['schemas']['Money'];
      /** @description The employer’s payment notice the row answered, if any */
      noticeNo: string | null;
      /** @enum {string} */
      outcome: 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
      payerCode: string;
      payerName: string;
      paymentNo: string;
      receivedOn: components['schemas']['CalendarDay'];
      reference: string;
      /** @description The row number in the file */
      row: number;
    };
    CollectionReconciliationRowInput: {
      amount: components['schemas']['MoneyInput'];
      billNo: string | null;
      /** @description What was open on the bills considered (late fees included), before the payment */
      due: components['schemas']['MoneyInput'];
      /** @description What was held as credit */
      held: components['schemas']['MoneyInput'];
      /** @description The employer’s payment notice the row answered, if any */
      noticeNo: string | null;
      /** @enum {string} */
      outcome: 'matched' | 'over_paid' | 'under_paid' | 'unmatched';
      payerCode: string;
      payerName: string;
      paymentNo: string;
      receivedOn: components['schemas']['CalendarDayInput'];
      reference: string;
      /** @description The row number in the file */
      row: number;
    };
    CollectionRefund: {
      amount: components['schemas']['Money'];
      decidedAt: components['schemas']['InstantText'] | null;
      /** @description Staff id */
      decidedBy: number | null;
      decisionNote: string | null;
      employerId: number | null;
      /** @description The ledger entry of an approved refund */
      entryId: number | null;
      id: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      payerName: string | null;
      personId: number | null;
      proposedAt: components['schemas']['InstantText'];
      /** @description Staff id */
      proposedBy: number;
      reason: string;
      refundNo: string;
      regionCode: string;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
    };
    CollectionRefundInput: {
      amount: components['schemas']['MoneyInput'];
      decidedAt: components['schemas']['InstantTextInput'] | null;
      /** @description Staff id */
      decidedBy: number | null;
      decisionNote: string | null;
      employerId: number | null;
      /** @description The ledger entry of an approved refund */
      entryId: number | null;
      id: number;
      /** @enum {string} */
      payerKind: 'employer' | 'flexible';
      payerName: string | null;
      personId: number | null;
      proposedAt: components['schemas']['InstantTextInput'];
      /** @description Staff id */
      proposedBy: number;
      reason: string;
      refundNo: string;
      regionCode: string;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
    };
    CollectionStatement: {
      /** @description The regular bill’s basis, if any */
      basis: ('declared' | 'undeclared' | 'back_payment') | null;
      /** @description Every bill of the period, a cancelled one too (its figures are not in funds) */
      readonly bills: {
        /**
         * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
         * @enum {string}
         */
        basis: 'declared' | 'undeclared' | 'back_payment';
        billNo: string;
        dueOn: components['schemas']['CalendarDay'];
        id: number;
        issuedAt: components['schemas']['InstantText'];
        /** @enum {string} */
        kind: 'regular' | 'back_payment';
        /** @description total − paid */
        open: components['schemas']['Money'];
        paid: components['schemas']['Money'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['Money'];
      }[];
      /** @description Credit held at the end of the period */
      credit: {
        asOf: components['schemas']['CalendarDay'];
        balance: components['schemas']['Money'];
      };
      readonly declarations: {
        /** @enum {string} */
        channel: 'web' | 'api' | 'window' | 'import';
        declarationNo: string;
        headcount: number;
        id: number;
        /** @enum {string} */
        kind: 'monthly' | 'annual_base';
        revision: number;
        /** @enum {string} */
        status: 'submitted' | 'closed';
        submittedAt: components['schemas']['InstantText'];
        wageTotal: components['schemas']['Money'];
      }[];
      /** @description One row per fund with a line or a fee, in bill order */
      readonly funds: {
        /** @description employer + employee */
        due: components['schemas']['Money'];
        employee: components['schemas']['Money'];
        employer: components['schemas']['Money'];
        /** @description Late fees charged (a waived fee counts what was paid of it) */
        lateFee: components['schemas']['Money'];
        lateFeeOpen: components['schemas']['Money'];
        lateFeePaid: components['schemas']['Money'];
        /** @description due − paid */
        open: components['schemas']['Money'];
        paid: components['schemas']['Money'];
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      }[];
      payer:
        | {
            /** @description The employer’s credit code, or the flexible worker’s masked citizen ID */
            code: string;
            employerId: number;
            /** @constant */
            kind: 'employer';
            name: string;
          }
        | {
            /** @description The employer’s credit code, or the flexible worker’s masked citizen ID */
            code: string;
            /** @constant */
            kind: 'flexible';
            name: string;
            personId: number;
          };
      readonly payments: {
        amount: components['schemas']['Money'];
        channel: ('window' | 'bank_file' | 'tax_file' | 'api') | 'credit';
        contribution: components['schemas']['Money'];
        /** @description Set when held credit was applied (no payment) */
        creditId: number | null;
        lateFee: components['schemas']['Money'];
        paymentId: number | null;
        paymentNo: string | null;
        /** @description For credit applied: the day it was applied */
        receivedOn: components['schemas']['CalendarDay'];
      }[];
      period: components['schemas']['Period'];
      totals: {
        /** @description employer + employee */
        due: components['schemas']['Money'];
        employee: components['schemas']['Money'];
        employer: components['schemas']['Money'];
        /** @description Late fees charged (a waived fee counts what was paid of it) */
        lateFee: components['schemas']['Money'];
        lateFeeOpen: components['schemas']['Money'];
        lateFeePaid: components['schemas']['Money'];
        /** @description due − paid */
        open: components['schemas']['Money'];
        paid: components['schemas']['Money'];
        /** @description What the payments below put on the period */
        received: components['schemas']['Money'];
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      };
    };
    CollectionStatementInput: {
      /** @description The regular bill’s basis, if any */
      basis: ('declared' | 'undeclared' | 'back_payment') | null;
      /** @description Every bill of the period, a cancelled one too (its figures are not in funds) */
      readonly bills: {
        /**
         * @description What the bill was assessed from: a declaration, 110 % of the last month, a back payment
         * @enum {string}
         */
        basis: 'declared' | 'undeclared' | 'back_payment';
        billNo: string;
        dueOn: components['schemas']['CalendarDayInput'];
        id: number;
        issuedAt: components['schemas']['InstantTextInput'];
        /** @enum {string} */
        kind: 'regular' | 'back_payment';
        /** @description total − paid */
        open: components['schemas']['MoneyInput'];
        paid: components['schemas']['MoneyInput'];
        /** @enum {string} */
        status: 'open' | 'paid' | 'cancelled';
        total: components['schemas']['MoneyInput'];
      }[];
      /** @description Credit held at the end of the period */
      credit: {
        asOf: components['schemas']['CalendarDayInput'];
        balance: components['schemas']['MoneyInput'];
      };
      readonly declarations: {
        /** @enum {string} */
        channel: 'web' | 'api' | 'window' | 'import';
        declarationNo: string;
        headcount: number;
        id: number;
        /** @enum {string} */
        kind: 'monthly' | 'annual_base';
        revision: number;
        /** @enum {string} */
        status: 'submitted' | 'closed';
        submittedAt: components['schemas']['InstantTextInput'];
        wageTotal: components['schemas']['MoneyInput'];
      }[];
      /** @description One row per fund with a line or a fee, in bill order */
      readonly funds: {
        /** @description employer + employee */
        due: components['schemas']['MoneyInput'];
        employee: components['schemas']['MoneyInput'];
        employer: components['schemas']['MoneyInput'];
        /** @description Late fees charged (a waived fee counts what was paid of it) */
        lateFee: components['schemas']['MoneyInput'];
        lateFeeOpen: components['schemas']['MoneyInput'];
        lateFeePaid: components['schemas']['MoneyInput'];
        /** @description due − paid */
        open: components['schemas']['MoneyInput'];
        paid: components['schemas']['MoneyInput'];
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      }[];
      payer:
        | {
            /** @description The employer’s credit code, or the flexible worker’s masked citizen ID */
            code: string;
            employerId: number;
            /** @constant */
            kind: 'employer';
            name: string;
          }
        | {
            /** @description The employer’s credit code, or the flexible worker’s masked citizen ID */
            code: string;
            /** @constant */
            kind: 'flexible';
            name: string;
            personId: number;
          };
      readonly payments: {
        amount: components['schemas']['MoneyInput'];
        channel: ('window' | 'bank_file' | 'tax_file' | 'api') | 'credit';
        contribution: components['schemas']['MoneyInput'];
        /** @description Set when held credit was applied (no payment) */
        creditId: number | null;
        lateFee: components['schemas']['MoneyInput'];
        paymentId: number | null;
        paymentNo: string | null;
        /** @description For credit applied: the day it was applied */
        receivedOn: components['schemas']['CalendarDayInput'];
      }[];
      period: components['schemas']['PeriodInput'];
      totals: {
        /** @description employer + employee */
        due: components['schemas']['MoneyInput'];
        employee: components['schemas']['MoneyInput'];
        employer: components['schemas']['MoneyInput'];
        /** @description Late fees charged (a waived fee counts what was paid of it) */
        lateFee: components['schemas']['MoneyInput'];
        lateFeeOpen: components['schemas']['MoneyInput'];
        lateFeePaid: components['schemas']['MoneyInput'];
        /** @description due − paid */
        open: components['schemas']['MoneyInput'];
        paid: components['schemas']['MoneyInput'];
        /** @description What the payments below put on the period */
        received: components['schemas']['MoneyInput'];
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'total';
      };
    };
    Employer360: {
      readonly certificates: components['schemas']['CertificateView'][];
      counts: {
        activeEmployees: number;
        /** @description Active and suspended enrolments with this employer, per scheme (absent: none) */
        enrolmentsByScheme: {
          [key: string]: number;
        };
      };
      readonly documents: {
        agencyId: number | null;
        agencyName: string | null;
        archiveNo: string;
        caseId: number | null;
        caseNumber: string | null;
        createdAt: components['schemas']['InstantText'];
        destroyAfter: components['schemas']['CalendarDay'] | null;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        fileName: string;
        id: number;
        itemCode: string | null;
        materialCode: string | null;
        mediaType: string;
        producedBy: {
          id: number | null;
          kind: string;
          name: string;
        };
        /** @enum {string} */
        retention: 'permanent' | '30y' | '10y' | '5y';
        /** @description bytes */
        size: number;
        /** @description SM3 digest of the bytes, hex */
        sm3: string;
        subjectKind: ('person' | 'employer') | null;
        supersededById: number | null;
        supersedeReason: string | null;
        supersedesId: number | null;
      }[];
      employer: components['schemas']['EmployerDetail'];
      readonly openCases: {
        acceptedOn: components['schemas']['CalendarDay'] | null;
        agency: {
          id: number;
          name: string;
        };
        applicant: {
          identifierMasked: string;
          /** @enum {string} */
          kind: 'person' | 'employer' | 'anonymous';
          name: string;
        };
        assignee: {
          displayName: string;
          id: number;
        } | null;
        bundleId: number;
        caseNumber: string;
        /** @enum {string} */
        channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
        dueOn: components['schemas']['CalendarDay'] | null;
        /** @description Counted on the provisional calendar: moves when the notice comes */
        dueOnProvisional: boolean;
        id: number;
        item: {
          code: string;
          nameEn: string;
          nameZh: string;
          version: number;
        };
        owner: {
          displayName: string;
          id: number;
        } | null;
        receivedAt: components['schemas']['InstantText'];
        /** @enum {string} */
        slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
        version: number;
      }[];
      readonly recentChanges: components['schemas']['RegistrationChange'][];
    };
    Employer360Input: {
      readonly certificates: components['schemas']['CertificateViewInput'][];
      counts: {
        activeEmployees: number;
        /** @description Active and suspended enrolments with this employer, per scheme (absent: none) */
        enrolmentsByScheme: {
          [key: string]: number;
        };
      };
      readonly documents: {
        agencyId: number | null;
        agencyName: string | null;
        archiveNo: string;
        caseId: number | null;
        caseNumber: string | null;
        createdAt: components['schemas']['InstantTextInput'];
        destroyAfter: components['schemas']['CalendarDayInput'] | null;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        fileName: string;
        id: number;
        itemCode: string | null;
        materialCode: string | null;
        mediaType: string;
        producedBy: {
          id: number | null;
          kind: string;
          name: string;
        };
        /** @enum {string} */
        retention: 'permanent' | '30y' | '10y' | '5y';
        /** @description bytes */
        size: number;
        /** @description SM3 digest of the bytes, hex */
        sm3: string;
        subjectKind: ('person' | 'employer') | null;
        supersededById: number | null;
        supersedeReason: string | null;
        supersedesId: number | null;
      }[];
      employer: components['schemas']['EmployerDetailInput'];
      readonly openCases: {
        acceptedOn: components['schemas']['CalendarDayInput'] | null;
        agency: {
          id: number;
          name: string;
        };
        applicant: {
          identifierMasked: string;
          /** @enum {string} */
          kind: 'person' | 'employer' | 'anonymous';
          name: string;
        };
        assignee: {
          displayName: string;
          id: number;
        } | null;
        bundleId: number;
        caseNumber: string;
        /** @enum {string} */
        channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
        dueOn: components['schemas']['CalendarDayInput'] | null;
        /** @description Counted on the provisional calendar: moves when the notice comes */
        dueOnProvisional: boolean;
        id: number;
        item: {
          code: string;
          nameEn: string;
          nameZh: string;
          version: number;
        };
        owner: {
          displayName: string;
          id: number;
        } | null;
        receivedAt: components['schemas']['InstantTextInput'];
        /** @enum {string} */
        slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
        version: number;
      }[];
      readonly recentChanges: components['schemas']['RegistrationChangeInput'][];
    };
    EmployerApiKey: {
      active: boolean;
      createdAt: components['schemas']['Instant'];
      employerId: number;
      id: number;
      label: string;
      lastUsedAt: components['schemas']['Instant'] | null;
      /** @description The public part of the key, sbk_<prefix>_… */
      prefix: string;
      revokedAt: components['schemas']['Instant'] | null;
      readonly scopes: (
        | 'employment.read'
        | 'employment.write'
        | 'declarations.write'
        | 'bills.read'
        | 'payment_notices.write'
        | 'payment_notices.read'
      )[];
    };
    EmployerApiKeyCreated: {
      active: boolean;
      createdAt: components['schemas']['Instant'];
      employerId: number;
      id: number;
      /** @description The full key sbk_<prefix>_<secret>: shown once */
      key: string;
      label: string;
      lastUsedAt: components['schemas']['Instant'] | null;
      /** @description The public part of the key, sbk_<prefix>_… */
      prefix: string;
      revokedAt: components['schemas']['Instant'] | null;
      readonly scopes: (
        | 'employment.read'
        | 'employment.write'
        | 'declarations.write'
        | 'bills.read'
        | 'payment_notices.write'
        | 'payment_notices.read'
      )[];
    };
    EmployerApiKeyCreatedInput: {
      active: boolean;
      createdAt: components['schemas']['InstantInput'];
      employerId: number;
      id: number;
      /** @description The full key sbk_<prefix>_<secret>: shown once */
      key: string;
      label: string;
      lastUsedAt: components['schemas']['InstantInput'] | null;
      /** @description The public part of the key, sbk_<prefix>_… */
      prefix: string;
      revokedAt: components['schemas']['InstantInput'] | null;
      readonly scopes: (
        | 'employment.read'
        | 'employment.write'
        | 'declarations.write'
        | 'bills.read'
        | 'payment_notices.write'
        | 'payment_notices.read'
      )[];
    };
    EmployerApiKeyInput: {
      active: boolean;
      createdAt: components['schemas']['InstantInput'];
      employerId: number;
      id: number;
      label: string;
      lastUsedAt: components['schemas']['InstantInput'] | null;
      /** @description The public part of the key, sbk_<prefix>_… */
      prefix: string;
      revokedAt: components['schemas']['InstantInput'] | null;
      readonly scopes: (
        | 'employment.read'
        | 'employment.write'
        | 'declarations.write'
        | 'bills.read'
        | 'payment_notices.write'
        | 'payment_notices.read'
      )[];
    };
    EmployerDetail: {
      address: string;
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      caseId: number | null;
      contactName: string;
      /** @description The contact phone, masked (the full value only through reveal) */
      contactPhoneMasked: string;
      createdAt: components['schemas']['InstantText'];
      /** @description Unified social credit code (GB 32100) */
      creditCode: string;
      employerNo: string;
      foundedOn: components['schemas']['CalendarDay'];
      id: number;
      /** @description GB/T 4754-2017 division */
      industryCode: string;
      industryNameEn: string;
      industryNameZh: string;
      /** @description The legal representative's ID, masked (the full value only through reveal) */
      legalRepIdMasked: string;
      legalRepName: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDay'];
      /** @description Work-injury risk class */
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      statusChangedOn: components['schemas']['CalendarDay'] | null;
      statusReason: string | null;
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    EmployerDetailInput: {
      address: string;
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      caseId: number | null;
      contactName: string;
      /** @description The contact phone, masked (the full value only through reveal) */
      contactPhoneMasked: string;
      createdAt: components['schemas']['InstantTextInput'];
      /** @description Unified social credit code (GB 32100) */
      creditCode: string;
      employerNo: string;
      foundedOn: components['schemas']['CalendarDayInput'];
      id: number;
      /** @description GB/T 4754-2017 division */
      industryCode: string;
      industryNameEn: string;
      industryNameZh: string;
      /** @description The legal representative's ID, masked (the full value only through reveal) */
      legalRepIdMasked: string;
      legalRepName: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDayInput'];
      /** @description Work-injury risk class */
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      statusChangedOn: components['schemas']['CalendarDayInput'] | null;
      statusReason: string | null;
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    EmployerHallProfile: {
      address: string;
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      caseId: number | null;
      readonly certificates: components['schemas']['CertificateView'][];
      contactName: string;
      /** @description The contact phone, masked (the full value only through reveal) */
      contactPhoneMasked: string;
      createdAt: components['schemas']['InstantText'];
      /** @description Unified social credit code (GB 32100) */
      creditCode: string;
      employerNo: string;
      foundedOn: components['schemas']['CalendarDay'];
      id: number;
      /** @description GB/T 4754-2017 division */
      industryCode: string;
      industryNameEn: string;
      industryNameZh: string;
      /** @description The legal representative's ID, masked (the full value only through reveal) */
      legalRepIdMasked: string;
      legalRepName: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDay'];
      /** @description Work-injury risk class */
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      statusChangedOn: components['schemas']['CalendarDay'] | null;
      statusReason: string | null;
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    EmployerHallProfileInput: {
      address: string;
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      caseId: number | null;
      readonly certificates: components['schemas']['CertificateViewInput'][];
      contactName: string;
      /** @description The contact phone, masked (the full value only through reveal) */
      contactPhoneMasked: string;
      createdAt: components['schemas']['InstantTextInput'];
      /** @description Unified social credit code (GB 32100) */
      creditCode: string;
      employerNo: string;
      foundedOn: components['schemas']['CalendarDayInput'];
      id: number;
      /** @description GB/T 4754-2017 division */
      industryCode: string;
      industryNameEn: string;
      industryNameZh: string;
      /** @description The legal representative's ID, masked (the full value only through reveal) */
      legalRepIdMasked: string;
      legalRepName: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDayInput'];
      /** @description Work-injury risk class */
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      statusChangedOn: components['schemas']['CalendarDayInput'] | null;
      statusReason: string | null;
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    EmployerIndustry: {
      /** @description Two-digit division code */
      code: string;
      nameEn: string;
      nameZh: string;
      riskClass: number;
      /** @description Section letter */
      section: string;
    };
    EmployerIndustryInput: {
      /** @description Two-digit division code */
      code: string;
      nameEn: string;
      nameZh: string;
      riskClass: number;
      /** @description Section letter */
      section: string;
    };
    EmployerPage: {
      readonly items: components['schemas']['EmployerSummary'][];
      total: number;
    };
    EmployerPageInput: {
      readonly items: components['schemas']['EmployerSummaryInput'][];
      total: number;
    };
    EmployerSummary: {
      agencyId: number;
      agencyName: string;
      creditCode: string;
      employerNo: string;
      id: number;
      industryCode: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDay'];
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
    };
    EmployerSummaryInput: {
      agencyId: number;
      agencyName: string;
      creditCode: string;
      employerNo: string;
      id: number;
      industryCode: string;
      name: string;
      poolingRegion: string;
      registeredOn: components['schemas']['CalendarDayInput'];
      riskClass: number;
      /** @enum {string} */
      status: 'active' | 'suspended' | 'cancelled';
      /** @enum {string} */
      type: 'enterprise' | 'government' | 'institution' | 'individual_business' | 'project';
    };
    EmploymentEmployee: {
      employmentId: number;
      hiredOn: components['schemas']['CalendarDay'];
      idMasked: string;
      name: string;
      personId: number;
      /** @description Open enrolments of an active employment; every scheme once it ended */
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      separatedOn: components['schemas']['CalendarDay'] | null;
      separationReason:
        | (
            | 'resignation'
            | 'dismissal'
            | 'contract_end'
            | 'retirement'
            | 'death'
            | 'employer_cancelled'
            | 'merged'
            | 'other'
          )
        | null;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    EmploymentEmployeeInput: {
      employmentId: number;
      hiredOn: components['schemas']['CalendarDayInput'];
      idMasked: string;
      name: string;
      personId: number;
      /** @description Open enrolments of an active employment; every scheme once it ended */
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      separatedOn: components['schemas']['CalendarDayInput'] | null;
      separationReason:
        | (
            | 'resignation'
            | 'dismissal'
            | 'contract_end'
            | 'retirement'
            | 'death'
            | 'employer_cancelled'
            | 'merged'
            | 'other'
          )
        | null;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    EmploymentEmployeePage: {
      readonly items: components['schemas']['EmploymentEmployee'][];
      total: number;
    };
    EmploymentEmployeePageInput: {
      readonly items: components['schemas']['EmploymentEmployeeInput'][];
      total: number;
    };
    EmploymentHireResult: {
      employment: components['schemas']['EmploymentView'];
      readonly enrolments: components['schemas']['EnrolmentView'][];
      person: {
        id: number;
        idMasked: string;
        name: string;
      };
    };
    EmploymentHireResultInput: {
      employment: components['schemas']['EmploymentViewInput'];
      readonly enrolments: components['schemas']['EnrolmentViewInput'][];
      person: {
        id: number;
        idMasked: string;
        name: string;
      };
    };
    EmploymentResult: {
      employment: components['schemas']['EmploymentView'];
      readonly enrolments: components['schemas']['EnrolmentView'][];
    };
    EmploymentResultInput: {
      employment: components['schemas']['EmploymentViewInput'];
      readonly enrolments: components['schemas']['EnrolmentViewInput'][];
    };
    EmploymentView: {
      employer: {
        creditCode: string;
        employerNo: string;
        id: number;
        name: string;
      };
      employerId: number;
      employerName: string;
      hiredOn: components['schemas']['CalendarDay'];
      id: number;
      /** @description The merged record this employment came from */
      mergedFrom: number | null;
      separatedOn: components['schemas']['CalendarDay'] | null;
      separationReason:
        | (
            | 'resignation'
            | 'dismissal'
            | 'contract_end'
            | 'retirement'
            | 'death'
            | 'employer_cancelled'
            | 'merged'
            | 'other'
          )
        | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    EmploymentViewInput: {
      employer: {
        creditCode: string;
        employerNo: string;
        id: number;
        name: string;
      };
      employerId: number;
      employerName: string;
      hiredOn: components['schemas']['CalendarDayInput'];
      id: number;
      /** @description The merged record this employment came from */
      mergedFrom: number | null;
      separatedOn: components['schemas']['CalendarDayInput'] | null;
      separationReason:
        | (
            | 'resignation'
            | 'dismissal'
            | 'contract_end'
            | 'retirement'
            | 'death'
            | 'employer_cancelled'
            | 'merged'
            | 'other'
          )
        | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    EnrolmentEvent: {
      actorName: string;
      at: components['schemas']['InstantText'];
      effectiveOn: components['schemas']['CalendarDay'];
      /** @enum {string} */
      event: 'started' | 'suspended' | 'resumed' | 'terminated';
      reason: string | null;
    };
    EnrolmentEventInput: {
      actorName: string;
      at: components['schemas']['InstantTextInput'];
      effectiveOn: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      event: 'started' | 'suspended' | 'resumed' | 'terminated';
      reason: string | null;
    };
    EnrolmentView: {
      /** @enum {string} */
      category: 'employee' | 'flexible';
      employer: {
        id: number;
        name: string;
      } | null;
      employerId: number | null;
      employerName: string | null;
      employmentId: number | null;
      endedOn: components['schemas']['CalendarDay'] | null;
      id: number;
      /** @description The merged record this enrolment came from */
      mergedFrom: number | null;
      /** @description Six-digit division code of the pooling region */
      poolingRegion: string;
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      startedOn: components['schemas']['CalendarDay'];
      /** @enum {string} */
      status: 'active' | 'suspended' | 'terminated';
      statusReason: string | null;
    };
    EnrolmentViewInput: {
      /** @enum {string} */
      category: 'employee' | 'flexible';
      employer: {
        id: number;
        name: string;
      } | null;
      employerId: number | null;
      employerName: string | null;
      employmentId: number | null;
      endedOn: components['schemas']['CalendarDayInput'] | null;
      id: number;
      /** @description The merged record this enrolment came from */
      mergedFrom: number | null;
      /** @description Six-digit division code of the pooling region */
      poolingRegion: string;
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      startedOn: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      status: 'active' | 'suspended' | 'terminated';
      statusReason: string | null;
    };
    /** @description A named rejection: {code, message, details} */
    ErrorBody: {
      /** @description The named rejection code (see the module rejection tables) */
      code: string;
      /** @description What the refusal may say about itself, or null */
      details: unknown;
      /** @description The message in the language of Accept-Language (zh or en) */
      message: string;
    };
    /** @description A named rejection: {code, message, details} */
    ErrorBodyInput: {
      /** @description The named rejection code (see the module rejection tables) */
      code: string;
      /** @description What the refusal may say about itself, or null */
      details: unknown;
      /** @description The message in the language of Accept-Language (zh or en) */
      message: string;
    };
    EvaluationCallbackEvent: {
      at: components['schemas']['InstantText'];
      /** @enum {string} */
      kind: 'opened' | 'callback' | 'rectification' | 'closed' | 'follow_up';
      note: string | null;
      /** @description The call-back result, or the level of the follow-up rating */
      result: string | null;
      staffName: string | null;
    };
    EvaluationCallbackEventInput: {
      at: components['schemas']['InstantTextInput'];
      /** @enum {string} */
      kind: 'opened' | 'callback' | 'rectification' | 'closed' | 'follow_up';
      note: string | null;
      /** @description The call-back result, or the level of the follow-up rating */
      result: string | null;
      staffName: string | null;
    };
    EvaluationCallbackTask: {
      agencyId: number;
      agencyName: string;
      /** @description The supervisors of the nearest agency up the tree that has any */
      readonly assignees: {
        displayName: string;
        id: number;
      }[];
      callbackDueOn: components['schemas']['CalendarDay'];
      callbackNote: string | null;
      callbackOverdue: boolean;
      callbackResult: ('reached' | 'unreachable' | 'declined') | null;
      calledBackAt: components['schemas']['InstantText'] | null;
      caseId: number;
      caseNumber: string;
      closedAt: components['schemas']['InstantText'] | null;
      closeNote: string | null;
      /** @description Counted on a provisional holiday calendar; recounted when it is loaded */
      deadlinesProvisional: boolean;
      followUp: components['schemas']['EvaluationRating'] | null;
      id: number;
      itemCode: string;
      itemName: components['schemas']['LocalText'] | null;
      openedAt: components['schemas']['InstantText'];
      rating: components['schemas']['EvaluationRating'];
      rectificationNote: string | null;
      rectifiedAt: components['schemas']['InstantText'] | null;
      rectifyDueOn: components['schemas']['CalendarDay'];
      rectifyOverdue: boolean;
      /** @enum {string} */
      status: 'open' | 'called_back' | 'rectified' | 'closed';
      /** @description Send it back to change the task (optimistic lock) */
      version: number;
    };
    EvaluationCallbackTaskDetail: {
      agencyId: number;
      agencyName: string;
      /** @description The supervisors of the nearest agency up the tree that has any */
      readonly assignees: {
        displayName: string;
        id: number;
      }[];
      callbackDueOn: components['schemas']['CalendarDay'];
      callbackNote: string | null;
      callbackOverdue: boolean;
      callbackResult: ('reached' | 'unreachable' | 'declined') | null;
      calledBackAt: components['schemas']['InstantText'] | null;
      caseId: number;
      caseNumber: string;
      closedAt: components['schemas']['InstantText'] | null;
      closeNote: string | null;
      /** @description Counted on a provisional holiday calendar; recounted when it is loaded */
      deadlinesProvisional: boolean;
      readonly events: components['schemas']['EvaluationCallbackEvent'][];
      followUp: components['schemas']['EvaluationRating'] | null;
      id: number;
      itemCode: string;
      itemName: components['schemas']['LocalText'] | null;
      openedAt: components['schemas']['InstantText'];
      rating: components['schemas']['EvaluationRating'];
      rectificationNote: string | null;
      rectifiedAt: components['schemas']['InstantText'] | null;
      rectifyDueOn: components['schemas']['CalendarDay'];
      rectifyOverdue: boolean;
      /** @enum {string} */
      status: 'open' | 'called_back' | 'rectified' | 'closed';
      /** @description Send it back to change the task (optimistic lock) */
      version: number;
    };
    EvaluationCallbackTaskDetailInput: {
      agencyId: number;
      agencyName: string;
      /** @description The supervisors of the nearest agency up the tree that has any */
      readonly assignees: {
        displayName: string;
        id: number;
      }[];
      callbackDueOn: components['schemas']['CalendarDayInput'];
      callbackNote: string | null;
      callbackOverdue: boolean;
      callbackResult: ('reached' | 'unreachable' | 'declined') | null;
      calledBackAt: components['schemas']['InstantTextInput'] | null;
      caseId: number;
      caseNumber: string;
      closedAt: components['schemas']['InstantTextInput'] | null;
      closeNote: string | null;
      /** @description Counted on a provisional holiday calendar; recounted when it is loaded */
      deadlinesProvisional: boolean;
      readonly events: components['schemas']['EvaluationCallbackEventInput'][];
      followUp: components['schemas']['EvaluationRatingInput'] | null;
      id: number;
      itemCode: string;
      itemName: components['schemas']['LocalTextInput'] | null;
      openedAt: components['schemas']['InstantTextInput'];
      rating: components['schemas']['EvaluationRatingInput'];
      rectificationNote: string | null;
      rectifiedAt: components['schemas']['InstantTextInput'] | null;
      rectifyDueOn: components['schemas']['CalendarDayInput'];
      rectifyOverdue: boolean;
      /** @enum {string} */
      status: 'open' | 'called_back' | 'rectified' | 'closed';
      /** @description Send it back to change the task (optimistic lock) */
      version: number;
    };
    EvaluationCallbackTaskInput: {
      agencyId: number;
      agencyName: string;
      /** @description The supervisors of the nearest agency up the tree that has any */
      readonly assignees: {
        displayName: string;
        id: number;
      }[];
      callbackDueOn: components['schemas']['CalendarDayInput'];
      callbackNote: string | null;
      callbackOverdue: boolean;
      callbackResult: ('reached' | 'unreachable' | 'declined') | null;
      calledBackAt: components['schemas']['InstantTextInput'] | null;
      caseId: number;
      caseNumber: string;
      closedAt: components['schemas']['InstantTextInput'] | null;
      closeNote: string | null;
      /** @description Counted on a provisional holiday calendar; recounted when it is loaded */
      deadlinesProvisional: boolean;
      followUp: components['schemas']['EvaluationRatingInput'] | null;
      id: number;
      itemCode: string;
      itemName: components['schemas']['LocalTextInput'] | null;
      openedAt: components['schemas']['InstantTextInput'];
      rating: components['schemas']['EvaluationRatingInput'];
      rectificationNote: string | null;
      rectifiedAt: components['schemas']['InstantTextInput'] | null;
      rectifyDueOn: components['schemas']['CalendarDayInput'];
      rectifyOverdue: boolean;
      /** @enum {string} */
      status: 'open' | 'called_back' | 'rectified' | 'closed';
      /** @description Send it back to change the task (optimistic lock) */
      version: number;
    };
    EvaluationPublicRatingView: {
      /** @description The call-back task a poor rating opened, as far as the applicant may see it */
      callback: {
        calledBackAt: components['schemas']['InstantText'] | null;
        closedAt: components['schemas']['InstantText'] | null;
        rectificationNote: string | null;
        rectifiedAt: components['schemas']['InstantText'] | null;
        /** @enum {string} */
        status: 'open' | 'called_back' | 'rectified' | 'closed';
      } | null;
      /** @description The case is finished, not yet rated, and the rating period is open */
      canRate: boolean;
      /** @description The call-back task is closed and the follow-up rating period is open */
      canRateFollowUp: boolean;
      caseNumber: string;
      completedAt: components['schemas']['InstantText'] | null;
      followUp: components['schemas']['EvaluationRating'] | null;
      initial: components['schemas']['EvaluationRating'] | null;
      itemName: components['schemas']['LocalText'] | null;
    };
    EvaluationPublicRatingViewInput: {
      /** @description The call-back task a poor rating opened, as far as the applicant may see it */
      callback: {
        calledBackAt: components['schemas']['InstantTextInput'] | null;
        closedAt: components['schemas']['InstantTextInput'] | null;
        rectificationNote: string | null;
        rectifiedAt: components['schemas']['InstantTextInput'] | null;
        /** @enum {string} */
        status: 'open' | 'called_back' | 'rectified' | 'closed';
      } | null;
      /** @description The case is finished, not yet rated, and the rating period is open */
      canRate: boolean;
      /** @description The call-back task is closed and the follow-up rating period is open */
      canRateFollowUp: boolean;
      caseNumber: string;
      completedAt: components['schemas']['InstantTextInput'] | null;
      followUp: components['schemas']['EvaluationRatingInput'] | null;
      initial: components['schemas']['EvaluationRatingInput'] | null;
      itemName: components['schemas']['LocalTextInput'] | null;
    };
    EvaluationRating: {
      /** @description Given at a window only; null for online ratings */
      attitude: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'online';
      comment: string | null;
      /** @description Given at a window only; null for online ratings */
      competence: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      /** @description Given at a window only; null for online ratings */
      efficiency: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      id: number;
      itemCode: string;
      /**
       * @description initial: of the case; follow_up: after the rectification of a poor one
       * @enum {string}
       */
      kind: 'initial' | 'follow_up';
      /** @enum {string} */
      overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      /** @description 差评: dissatisfied or worse; opens a call-back task */
      poor: boolean;
      ratedAt: components['schemas']['InstantText'];
    };
    EvaluationRatingInAgency: {
      agencyName: string;
      /** @description Given at a window only; null for online ratings */
      attitude: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'online';
      comment: string | null;
      /** @description Given at a window only; null for online ratings */
      competence: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      /** @description Given at a window only; null for online ratings */
      efficiency: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      id: number;
      itemCode: string;
      /**
       * @description initial: of the case; follow_up: after the rectification of a poor one
       * @enum {string}
       */
      kind: 'initial' | 'follow_up';
      /** @enum {string} */
      overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      /** @description 差评: dissatisfied or worse; opens a call-back task */
      poor: boolean;
      ratedAt: components['schemas']['InstantText'];
    };
    EvaluationRatingInAgencyInput: {
      agencyName: string;
      /** @description Given at a window only; null for online ratings */
      attitude: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'online';
      comment: string | null;
      /** @description Given at a window only; null for online ratings */
      competence: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      /** @description Given at a window only; null for online ratings */
      efficiency: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      id: number;
      itemCode: string;
      /**
       * @description initial: of the case; follow_up: after the rectification of a poor one
       * @enum {string}
       */
      kind: 'initial' | 'follow_up';
      /** @enum {string} */
      overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      /** @description 差评: dissatisfied or worse; opens a call-back task */
      poor: boolean;
      ratedAt: components['schemas']['InstantTextInput'];
    };
    EvaluationRatingInput: {
      /** @description Given at a window only; null for online ratings */
      attitude: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      caseNumber: string;
      /** @enum {string} */
      channel: 'window' | 'online';
      comment: string | null;
      /** @description Given at a window only; null for online ratings */
      competence: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      /** @description Given at a window only; null for online ratings */
      efficiency: ('very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied') | null;
      id: number;
      itemCode: string;
      /**
       * @description initial: of the case; follow_up: after the rectification of a poor one
       * @enum {string}
       */
      kind: 'initial' | 'follow_up';
      /** @enum {string} */
      overall: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      /** @description 差评: dissatisfied or worse; opens a call-back task */
      poor: boolean;
      ratedAt: components['schemas']['InstantTextInput'];
    };
    EvaluationSettings: {
      /** @description Working days to call back after a poor rating */
      callbackDeadlineWorkdays: number;
      /** @description Calendar days a finished case may be rated */
      ratingOpenDays: number;
      /** @description Working days to rectify after a poor rating */
      rectifyDeadlineWorkdays: number;
    };
    EvaluationSettingsInput: {
      /** @description Working days to call back after a poor rating */
      callbackDeadlineWorkdays: number;
      /** @description Calendar days a finished case may be rated */
      ratingOpenDays: number;
      /** @description Working days to rectify after a poor rating */
      rectifyDeadlineWorkdays: number;
    };
    HallActivationIssued: {
      /** @description The holder has a hall account: the code re-binds it */
      accountExists: boolean;
      activationId: number;
      /** @description The code as printed, two groups of five: in this answer only */
      code: string;
      /** @enum {string} */
      delivery: 'slip' | 'letter' | 'sms';
      /** @description sms: the phone texted, masked; otherwise null */
      sentTo: string | null;
      /** @description The last day the code may be used (China time) */
      validThrough: components['schemas']['CalendarDay'];
    };
    HallActivationIssuedInput: {
      /** @description The holder has a hall account: the code re-binds it */
      accountExists: boolean;
      activationId: number;
      /** @description The code as printed, two groups of five: in this answer only */
      code: string;
      /** @enum {string} */
      delivery: 'slip' | 'letter' | 'sms';
      /** @description sms: the phone texted, masked; otherwise null */
      sentTo: string | null;
      /** @description The last day the code may be used (China time) */
      validThrough: components['schemas']['CalendarDayInput'];
    };
    HolidayYearView: {
      addedAt: components['schemas']['InstantText'] | null;
      addedBy: string | null;
      readonly blocks: {
        firstDayOff: components['schemas']['CalendarDay'];
        lastDayOff: components['schemas']['CalendarDay'];
        /** @description Weekend days worked in exchange (调休上班) */
        readonly makeUpWorkdays: components['schemas']['CalendarDay'][];
        name: components['schemas']['LocalText'];
      }[];
      /** @enum {string} */
      origin: 'built_in' | 'added' | 'provisional';
      source: string;
      year: number;
    };
    HolidayYearViewInput: {
      addedAt: components['schemas']['InstantTextInput'] | null;
      addedBy: string | null;
      readonly blocks: {
        firstDayOff: components['schemas']['CalendarDayInput'];
        lastDayOff: components['schemas']['CalendarDayInput'];
        /** @description Weekend days worked in exchange (调休上班) */
        readonly makeUpWorkdays: components['schemas']['CalendarDayInput'][];
        name: components['schemas']['LocalTextInput'];
      }[];
      /** @enum {string} */
      origin: 'built_in' | 'added' | 'provisional';
      source: string;
      year: number;
    };
    /**
     * Format: date-time
     * @description An instant, ISO 8601 with offset
     */
    Instant: string;
    /** @description An instant, ISO 8601 with offset */
    InstantInput: unknown;
    /** Format: date-time */
    InstantText: string;
    /** Format: date-time */
    InstantTextInput: string;
    LedgerAccessLog: {
      readonly items: {
        /** @description The audited action code */
        action: string;
        agencyName: string | null;
        at: components['schemas']['InstantText'];
        /**
         * @description What the hall shows for the action (a text per key)
         * @enum {string}
         */
        labelKey:
          | 'viewed_record'
          | 'viewed_history'
          | 'viewed_rights'
          | 'revealed_data'
          | 'changed_record'
          | 'printed_statement'
          | 'issued_certificate'
          | 'found_in_search'
          | 'viewed_contributions'
          | 'viewed_case'
          | 'handled_case'
          | 'other';
        staffName: string;
      }[];
      page: number;
      pageSize: number;
      total: number;
    };
    LedgerAccessLogInput: {
      readonly items: {
        /** @description The audited action code */
        action: string;
        agencyName: string | null;
        at: components['schemas']['InstantTextInput'];
        /**
         * @description What the hall shows for the action (a text per key)
         * @enum {string}
         */
        labelKey:
          | 'viewed_record'
          | 'viewed_history'
          | 'viewed_rights'
          | 'revealed_data'
          | 'changed_record'
          | 'printed_statement'
          | 'issued_certificate'
          | 'found_in_search'
          | 'viewed_contributions'
          | 'viewed_case'
          | 'handled_case'
          | 'other';
        staffName: string;
      }[];
      page: number;
      pageSize: number;
      total: number;
    };
    LedgerAccount: {
      balance: {
        /** @description In the normal side’s direction */
        balance: components['schemas']['Money'];
        credit: components['schemas']['Money'];
        debit: components['schemas']['Money'];
      };
      closedOn: components['schemas']['CalendarDay'] | null;
      /** @description <fund>.<kind>.<region> */
      code: string;
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      id: number;
      /** @enum {string} */
      kind:
        | 'pooled_fund'
        | 'individual_liability'
        | 'employer_receivable'
        | 'person_receivable'
        | 'contributions_billed'
        | 'contribution_income'
        | 'interest_expense'
        | 'benefit_expenditure'
        | 'transfer_clearing'
        | 'bank_income'
        | 'bank_expenditure'
        | 'bank_fiscal';
      /** @description The last entry the cached balance includes */
      lastEntryId: number | null;
      nameEn: string;
      nameZh: string;
      /**
       * @description The side on which the account grows
       * @enum {string}
       */
      normalSide: 'debit' | 'credit';
      openedOn: components['schemas']['CalendarDay'];
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      /** @enum {string} */
      status: 'open' | 'closed';
    };
    LedgerAccountInput: {
      balance: {
        /** @description In the normal side’s direction */
        balance: components['schemas']['MoneyInput'];
        credit: components['schemas']['MoneyInput'];
        debit: components['schemas']['MoneyInput'];
      };
      closedOn: components['schemas']['CalendarDayInput'] | null;
      /** @description <fund>.<kind>.<region> */
      code: string;
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      id: number;
      /** @enum {string} */
      kind:
        | 'pooled_fund'
        | 'individual_liability'
        | 'employer_receivable'
        | 'person_receivable'
        | 'contributions_billed'
        | 'contribution_income'
        | 'interest_expense'
        | 'benefit_expenditure'
        | 'transfer_clearing'
        | 'bank_income'
        | 'bank_expenditure'
        | 'bank_fiscal';
      /** @description The last entry the cached balance includes */
      lastEntryId: number | null;
      nameEn: string;
      nameZh: string;
      /**
       * @description The side on which the account grows
       * @enum {string}
       */
      normalSide: 'debit' | 'credit';
      openedOn: components['schemas']['CalendarDayInput'];
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      /** @enum {string} */
      status: 'open' | 'closed';
    };
    LedgerCorrection: {
      decidedAt: components['schemas']['Instant'] | null;
      decidedBy: number | null;
      decisionNote: string | null;
      entryId: number;
      id: number;
      reason: string;
      replacementEntryId: number | null;
      replacementLines:
        | {
            accountId: number;
            amount: components['schemas']['Money'];
            personId: number | null;
            /** @enum {string} */
            side: 'debit' | 'credit';
          }[]
        | null;
      requestedAt: components['schemas']['Instant'];
      /** @description The staff member’s id */
      requestedBy: number;
      reversalEntryId: number | null;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
    };
    LedgerCorrectionInput: {
      decidedAt: components['schemas']['InstantInput'] | null;
      decidedBy: number | null;
      decisionNote: string | null;
      entryId: number;
      id: number;
      reason: string;
      replacementEntryId: number | null;
      replacementLines:
        | {
            accountId: number;
            amount: components['schemas']['MoneyInput'];
            personId: number | null;
            /** @enum {string} */
            side: 'debit' | 'credit';
          }[]
        | null;
      requestedAt: components['schemas']['InstantInput'];
      /** @description The staff member’s id */
      requestedBy: number;
      reversalEntryId: number | null;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
    };
    LedgerDiscrepancyCase: {
      caseNumber: string;
    };
    LedgerDiscrepancyCaseInput: {
      caseNumber: string;
    };
    LedgerEntry: {
      batch: {
        /** @description SM3, hex */
        batchHash: string;
        batchNo: number;
        bookedAt: components['schemas']['Instant'];
        entryCount: number;
        /** @description SM3, hex */
        merkleRoot: string;
        /** @description SM3, hex */
        prevHash: string;
        source: string;
      };
      readonly corrections: components['schemas']['LedgerCorrection'][];
      entry: {
        /** @description Listed by account: the entry’s credits on that account */
        accountCredit?: components['schemas']['Money'];
        /** @description Listed by account: the entry’s debits on that account */
        accountDebit?: components['schemas']['Money'];
        amount: components['schemas']['Money'];
        approvedBy: number | null;
        batchNo: number;
        bookedAt: components['schemas']['Instant'];
        /** @description SM3, hex */
        contentHash: string;
        effectiveOn: components['schemas']['CalendarDay'];
        /** @description SM3, hex */
        entryHash: string;
        id: number;
        idempotencyKey: string;
        /** @enum {string} */
        kind: 'posting' | 'reversal';
        period: components['schemas']['Period'] | null;
        reason: string;
        requestedBy: number | null;
        reversedByEntryId: number | null;
        reversesEntryId: number | null;
        seqInBatch: number;
        sourceModule: string;
        sourceRef: string;
      };
      readonly lines: components['schemas']['LedgerEntryLine'][];
    };
    LedgerEntryInput: {
      batch: {
        /** @description SM3, hex */
        batchHash: string;
        batchNo: number;
        bookedAt: components['schemas']['InstantInput'];
        entryCount: number;
        /** @description SM3, hex */
        merkleRoot: string;
        /** @description SM3, hex */
        prevHash: string;
        source: string;
      };
      readonly corrections: components['schemas']['LedgerCorrectionInput'][];
      entry: {
        /** @description Listed by account: the entry’s credits on that account */
        accountCredit?: components['schemas']['MoneyInput'];
        /** @description Listed by account: the entry’s debits on that account */
        accountDebit?: components['schemas']['MoneyInput'];
        amount: components['schemas']['MoneyInput'];
        approvedBy: number | null;
        batchNo: number;
        bookedAt: components['schemas']['InstantInput'];
        /** @description SM3, hex */
        contentHash: string;
        effectiveOn: components['schemas']['CalendarDayInput'];
        /** @description SM3, hex */
        entryHash: string;
        id: number;
        idempotencyKey: string;
        /** @enum {string} */
        kind: 'posting' | 'reversal';
        period: components['schemas']['PeriodInput'] | null;
        reason: string;
        requestedBy: number | null;
        reversedByEntryId: number | null;
        reversesEntryId: number | null;
        seqInBatch: number;
        sourceModule: string;
        sourceRef: string;
      };
      readonly lines: components['schemas']['LedgerEntryLineInput'][];
    };
    LedgerEntryLine: {
      accountCode: string;
      accountId: number;
      accountNameEn: string;
      accountNameZh: string;
      amount: components['schemas']['Money'];
      lineNo: number;
      personId: number | null;
      /** @description Masked (张*); null when the viewer may not see the person */
      personName: string | null;
      /** @enum {string} */
      side: 'debit' | 'credit';
    };
    LedgerEntryLineInput: {
      accountCode: string;
      accountId: number;
      accountNameEn: string;
      accountNameZh: string;
      amount: components['schemas']['MoneyInput'];
      lineNo: number;
      personId: number | null;
      /** @description Masked (张*); null when the viewer may not see the person */
      personName: string | null;
      /** @enum {string} */
      side: 'debit' | 'credit';
    };
    LedgerEntrySummary: {
      /** @description Listed by account: the entry’s credits on that account */
      accountCredit?: components['schemas']['Money'];
      /** @description Listed by account: the entry’s debits on that account */
      accountDebit?: components['schemas']['Money'];
      amount: components['schemas']['Money'];
      batchNo: number;
      bookedAt: components['schemas']['Instant'];
      effectiveOn: components['schemas']['CalendarDay'];
      id: number;
      idempotencyKey: string;
      /** @enum {string} */
      kind: 'posting' | 'reversal';
      period: components['schemas']['Period'] | null;
      reason: string;
      reversedByEntryId: number | null;
      reversesEntryId: number | null;
      seqInBatch: number;
      sourceModule: string;
      sourceRef: string;
    };
    LedgerEntrySummaryInput: {
      /** @description Listed by account: the entry’s credits on that account */
      accountCredit?: components['schemas']['MoneyInput'];
      /** @description Listed by account: the entry’s debits on that account */
      accountDebit?: components['schemas']['MoneyInput'];
      amount: components['schemas']['MoneyInput'];
      batchNo: number;
      bookedAt: components['schemas']['InstantInput'];
      effectiveOn: components['schemas']['CalendarDayInput'];
      id: number;
      idempotencyKey: string;
      /** @enum {string} */
      kind: 'posting' | 'reversal';
      period: components['schemas']['PeriodInput'] | null;
      reason: string;
      reversedByEntryId: number | null;
      reversesEntryId: number | null;
      seqInBatch: number;
      sourceModule: string;
      sourceRef: string;
    };
    LedgerFlowMonth: {
      /** @description Credited to individual accounts from contributions */
      accountCredits: components['schemas']['Money'];
      /** @description Benefits paid */
      benefits: components['schemas']['Money'];
      /** @description Received: the pooled part plus the account credits */
      contributions: components['schemas']['Money'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      /** @description Interest credited to individual accounts */
      interest: components['schemas']['Money'];
      period: components['schemas']['Period'];
      /** @description Net transfers of individual accounts: in positive, out negative */
      transfers: components['schemas']['Money'];
    };
    LedgerFlowMonthInput: {
      /** @description Credited to individual accounts from contributions */
      accountCredits: components['schemas']['MoneyInput'];
      /** @description Benefits paid */
      benefits: components['schemas']['MoneyInput'];
      /** @description Received: the pooled part plus the account credits */
      contributions: components['schemas']['MoneyInput'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      /** @description Interest credited to individual accounts */
      interest: components['schemas']['MoneyInput'];
      period: components['schemas']['PeriodInput'];
      /** @description Net transfers of individual accounts: in positive, out negative */
      transfers: components['schemas']['MoneyInput'];
    };
    LedgerFundSummary: {
      /** @description Individual accounts of the fund in the region */
      accounts: number;
      /** @description 收入户 + 支出户 + 财政专户 */
      bank: components['schemas']['Money'];
      employerReceivable: components['schemas']['Money'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      individual: components['schemas']['Money'];
      personReceivable: components['schemas']['Money'];
      /** @description Pooled fund with the year’s unclosed income less expenditure and interest */
      pooled: components['schemas']['Money'];
      /** @description What open bills owe, less the payers’ credit */
      receivable: components['schemas']['Money'];
    };
    LedgerFundSummaryInput: {
      /** @description Individual accounts of the fund in the region */
      accounts: number;
      /** @description 收入户 + 支出户 + 财政专户 */
      bank: components['schemas']['MoneyInput'];
      employerReceivable: components['schemas']['MoneyInput'];
      /** @enum {string} */
      fund: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      individual: components['schemas']['MoneyInput'];
      personReceivable: components['schemas']['MoneyInput'];
      /** @description Pooled fund with the year’s unclosed income less expenditure and interest */
      pooled: components['schemas']['MoneyInput'];
      /** @description What open bills owe, less the payers’ credit */
      receivable: components['schemas']['MoneyInput'];
    };
    LedgerInterestRun: {
      accountsDone: number;
      accountsTotal: number;
      /** @description Why the last attempt failed (start it again to resume) */
      error: string | null;
      finishedAt: components['schemas']['InstantText'] | null;
      /** @enum {string} */
      fund: 'pension' | 'medical';
      id: number;
      /** @description Interest credited so far */
      interest: components['schemas']['Money'];
      /**
       * @description The crediting method (记账方法) the run used
       * @enum {string}
       */
      method: 'annual' | 'monthly-product';
      /** @description The crediting rate the run used, an exact decimal fraction ("0.0262") */
      rate: string;
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      startedAt: components['schemas']['InstantText'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      year: number;
    };
    LedgerInterestRunInput: {
      accountsDone: number;
      accountsTotal: number;
      /** @description Why the last attempt failed (start it again to resume) */
      error: string | null;
      finishedAt: components['schemas']['InstantTextInput'] | null;
      /** @enum {string} */
      fund: 'pension' | 'medical';
      id: number;
      /** @description Interest credited so far */
      interest: components['schemas']['MoneyInput'];
      /**
       * @description The crediting method (记账方法) the run used
       * @enum {string}
       */
      method: 'annual' | 'monthly-product';
      /** @description The crediting rate the run used, an exact decimal fraction ("0.0262") */
      rate: string;
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      startedAt: components['schemas']['InstantTextInput'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      year: number;
    };
    LedgerReconcileDifference: {
      accountCode: string | null;
      accountId: number | null;
      accountNameEn: string | null;
      accountNameZh: string | null;
      actual: components['schemas']['Money'] | null;
      batchNo: number | null;
      billId: number | null;
      detail: string;
      employerId: number | null;
      entryId: number | null;
      expected: components['schemas']['Money'] | null;
      fund: string | null;
      /** @enum {string} */
      kind:
        | 'balance_cache'
        | 'individual_cache'
        | 'control_total'
        | 'entry_unbalanced'
        | 'chain_broken'
        | 'rights_projection'
        | 'bill_lines'
        | 'bill_receivable'
        | 'payment_allocation'
        | 'payment_bank'
        | 'arrears_receivable'
        | 'rights_paid'
        | 'rights_owed'
        | 'reference_missing';
      paymentId: number | null;
      personId: number | null;
      /** @description Masked (张*三); null without a person or when the viewer may not see them */
      personName: string | null;
      seq: number;
    };
    LedgerReconcileDifferenceInput: {
      accountCode: string | null;
      accountId: number | null;
      accountNameEn: string | null;
      accountNameZh: string | null;
      actual: components['schemas']['MoneyInput'] | null;
      batchNo: number | null;
      billId: number | null;
      detail: string;
      employerId: number | null;
      entryId: number | null;
      expected: components['schemas']['MoneyInput'] | null;
      fund: string | null;
      /** @enum {string} */
      kind:
        | 'balance_cache'
        | 'individual_cache'
        | 'control_total'
        | 'entry_unbalanced'
        | 'chain_broken'
        | 'rights_projection'
        | 'bill_lines'
        | 'bill_receivable'
        | 'payment_allocation'
        | 'payment_bank'
        | 'arrears_receivable'
        | 'rights_paid'
        | 'rights_owed'
        | 'reference_missing';
      paymentId: number | null;
      personId: number | null;
      /** @description Masked (张*三); null without a person or when the viewer may not see them */
      personName: string | null;
      seq: number;
    };
    LedgerReconcileRun: {
      /** @description Per check run: what it compared and how many of those differ (all, not only those listed) */
      checks: {
        [key: string]: {
          checked: number;
          differences: number;
        };
      };
      finishedAt: components['schemas']['Instant'] | null;
      id: number;
      /** @description True when no check found a difference; null while running */
      ok: boolean | null;
      startedAt: components['schemas']['Instant'];
      /** @enum {string} */
      trigger: 'schedule' | 'cli' | 'api';
    };
    LedgerReconcileRunInput: {
      /** @description Per check run: what it compared and how many of those differ (all, not only those listed) */
      checks: {
        [key: string]: {
          checked: number;
          differences: number;
        };
      };
      finishedAt: components['schemas']['InstantInput'] | null;
      id: number;
      /** @description True when no check found a difference; null while running */
      ok: boolean | null;
      startedAt: components['schemas']['InstantInput'];
      /** @enum {string} */
      trigger: 'schedule' | 'cli' | 'api';
    };
    LedgerRights: {
      readonly events: components['schemas']['LedgerRightsEvent'][];
      readonly schemes: components['schemas']['LedgerRightsScheme'][];
      /** @description True when the oldest months were left out (more than 10000 rows) */
      truncated: boolean;
      /** @description Newest year first */
      readonly years: components['schemas']['LedgerRightsYear'][];
    };
    LedgerRightsEvent: {
      /** @enum {string} */
      kind: 'account_established' | 'transferred_in' | 'resumed' | 'interrupted' | 'transferred_out';
      /** @description Months of the interruption or of the transferred stretch */
      months: number | null;
      /** @description The day, when the event has one (the opening day of an account) */
      on: components['schemas']['CalendarDay'] | null;
      period: components['schemas']['Period'];
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
    };
    LedgerRightsEventInput: {
      /** @enum {string} */
      kind: 'account_established' | 'transferred_in' | 'resumed' | 'interrupted' | 'transferred_out';
      /** @description Months of the interruption or of the transferred stretch */
      months: number | null;
      /** @description The day, when the event has one (the opening day of an account) */
      on: components['schemas']['CalendarDayInput'] | null;
      period: components['schemas']['PeriodInput'];
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
    };
    LedgerRightsInput: {
      readonly events: components['schemas']['LedgerRightsEventInput'][];
      readonly schemes: components['schemas']['LedgerRightsSchemeInput'][];
      /** @description True when the oldest months were left out (more than 10000 rows) */
      truncated: boolean;
      /** @description Newest year first */
      readonly years: components['schemas']['LedgerRightsYearInput'][];
    };
    LedgerRightsRow: {
      /** @description Credited to the individual account */
      accountCredit: components['schemas']['Money'];
      /** @description The contribution base */
      base: components['schemas']['Money'];
      /** @description The day an owed month falls due; null for a month never owed */
      dueOn: components['schemas']['CalendarDay'] | null;
      employeeAmount: components['schemas']['Money'];
      employerAmount: components['schemas']['Money'];
      employerName: string | null;
      paidOn: components['schemas']['CalendarDay'] | null;
      period: components['schemas']['Period'];
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      /**
       * @description On the day: 'due' is owed and not yet due, 'arrears' overdue (even before the month close)
       * @enum {string}
       */
      status: 'due' | 'paid' | 'arrears' | 'back_paid' | 'transferred_in' | 'transferred_out';
    };
    LedgerRightsRowInput: {
      /** @description Credited to the individual account */
      accountCredit: components['schemas']['MoneyInput'];
      /** @description The contribution base */
      base: components['schemas']['MoneyInput'];
      /** @description The day an owed month falls due; null for a month never owed */
      dueOn: components['schemas']['CalendarDayInput'] | null;
      employeeAmount: components['schemas']['MoneyInput'];
      employerAmount: components['schemas']['MoneyInput'];
      employerName: string | null;
      paidOn: components['schemas']['CalendarDayInput'] | null;
      period: components['schemas']['PeriodInput'];
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
      /**
       * @description On the day: 'due' is owed and not yet due, 'arrears' overdue (even before the month close)
       * @enum {string}
       */
      status: 'due' | 'paid' | 'arrears' | 'back_paid' | 'transferred_in' | 'transferred_out';
    };
    LedgerRightsScheme: {
      /** @description The individual account’s balance (pension, medical); null when none is opened */
      accountBalance: components['schemas']['Money'] | null;
      accountOpenedOn: components['schemas']['CalendarDay'] | null;
      accountStatus: ('open' | 'closed') | null;
      /** @description Distinct months paid, back-paid or transferred in */
      cumulativeMonths: number;
      /** @description The first counting month; null when none */
      firstPeriod: components['schemas']['Period'] | null;
      lastPeriod: components['schemas']['Period'] | null;
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
    };
    LedgerRightsSchemeInput: {
      /** @description The individual account’s balance (pension, medical); null when none is opened */
      accountBalance: components['schemas']['MoneyInput'] | null;
      accountOpenedOn: components['schemas']['CalendarDayInput'] | null;
      accountStatus: ('open' | 'closed') | null;
      /** @description Distinct months paid, back-paid or transferred in */
      cumulativeMonths: number;
      /** @description The first counting month; null when none */
      firstPeriod: components['schemas']['PeriodInput'] | null;
      lastPeriod: components['schemas']['PeriodInput'] | null;
      /** @enum {string} */
      scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
    };
    LedgerRightsYear: {
      readonly rows: components['schemas']['LedgerRightsRow'][];
      totals: {
        accountCredit: components['schemas']['Money'];
        employeeAmount: components['schemas']['Money'];
        employerAmount: components['schemas']['Money'];
        /** @description Counting months of the year per scheme */
        months: {
          medical: number;
          pension: number;
          unemployment: number;
          work_injury: number;
        };
        /** @description Owed and not yet due */
        notYetDue: components['schemas']['Money'];
        /** @description Owed and overdue */
        outstanding: components['schemas']['Money'];
      };
      year: number;
    };
    LedgerRightsYearInput: {
      readonly rows: components['schemas']['LedgerRightsRowInput'][];
      totals: {
        accountCredit: components['schemas']['MoneyInput'];
        employeeAmount: components['schemas']['MoneyInput'];
        employerAmount: components['schemas']['MoneyInput'];
        /** @description Counting months of the year per scheme */
        months: {
          medical: number;
          pension: number;
          unemployment: number;
          work_injury: number;
        };
        /** @description Owed and not yet due */
        notYetDue: components['schemas']['MoneyInput'];
        /** @description Owed and overdue */
        outstanding: components['schemas']['MoneyInput'];
      };
      year: number;
    };
    LedgerStatement: {
      /** @description The pension individual account’s balance at the end of the year */
      closing: components['schemas']['Money'];
      /** @description SM3 of the statement’s canonical content, hex */
      contentHash: string;
      issuedAt: components['schemas']['InstantText'];
      /** @description 'person' (the hall), 'staff:<id>' (the window) or 'run:<id>' (a bulk run) */
      issuedBy: string;
      statementNo: string;
      /** @description Printed on the statement; anyone holding the paper checks it with this */
      verificationCode: string;
      year: number;
    };
    LedgerStatementCheck: {
      /**
       * @description The statement rendered again as known when issued, compared with the digest kept at issue
       * @enum {string}
       */
      content: 'identical' | 'different';
      /** @description The parts that differ; empty when identical */
      readonly differences: ('header' | 'holder' | 'months' | 'accounts' | 'cumulativeMonths')[];
      /** @description The holder’s name, masked */
      holder: string;
      issuedAt: components['schemas']['InstantText'];
      statementNo: string;
      /** @constant */
      status: 'valid';
      year: number;
    };
    LedgerStatementCheckInput: {
      /**
       * @description The statement rendered again as known when issued, compared with the digest kept at issue
       * @enum {string}
       */
      content: 'identical' | 'different';
      /** @description The parts that differ; empty when identical */
      readonly differences: ('header' | 'holder' | 'months' | 'accounts' | 'cumulativeMonths')[];
      /** @description The holder’s name, masked */
      holder: string;
      issuedAt: components['schemas']['InstantTextInput'];
      statementNo: string;
      /** @constant */
      status: 'valid';
      year: number;
    };
    LedgerStatementInput: {
      /** @description The pension individual account’s balance at the end of the year */
      closing: components['schemas']['MoneyInput'];
      /** @description SM3 of the statement’s canonical content, hex */
      contentHash: string;
      issuedAt: components['schemas']['InstantTextInput'];
      /** @description 'person' (the hall), 'staff:<id>' (the window) or 'run:<id>' (a bulk run) */
      issuedBy: string;
      statementNo: string;
      /** @description Printed on the statement; anyone holding the paper checks it with this */
      verificationCode: string;
      year: number;
    };
    LedgerStatementRun: {
      error: string | null;
      finishedAt: components['schemas']['InstantText'] | null;
      id: number;
      personsDone: number;
      personsTotal: number;
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      startedAt: components['schemas']['InstantText'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      year: number;
    };
    LedgerStatementRunInput: {
      error: string | null;
      finishedAt: components['schemas']['InstantTextInput'] | null;
      id: number;
      personsDone: number;
      personsTotal: number;
      /** @description The pooling region code (GB/T 2260) */
      region: string;
      startedAt: components['schemas']['InstantTextInput'];
      /** @description 'staff:<id>', 'cli:<user>' … */
      startedBy: string;
      /** @enum {string} */
      status: 'running' | 'completed' | 'failed';
      year: number;
    };
    LocalText: {
      en: string;
      zh: string;
    };
    LocalTextInput: {
      en: string;
      zh: string;
    };
    /**
     * @description Yuan as a decimal string, two places
     * @example 1234.56
     */
    Money: string;
    /**
     * @description Yuan as a decimal string, two places
     * @example 1234.56
     */
    MoneyInput: string;
    MonitorCases: {
      asOf: components['schemas']['InstantText'];
      readonly byItem: {
        dueSoon: number;
        itemCode: string;
        itemName: components['schemas']['LocalText'];
        open: number;
        overdue: number;
      }[];
      readonly bySlaState: {
        count: number;
        /** @enum {string} */
        state: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused';
      }[];
      readonly byStatus: {
        count: number;
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials';
      }[];
      /** @description Cases finished within the range */
      finished: number;
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDay'];
      open: number;
      /** @description Cases received within the range */
      received: number;
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDay'];
    };
    MonitorCasesInput: {
      asOf: components['schemas']['InstantTextInput'];
      readonly byItem: {
        dueSoon: number;
        itemCode: string;
        itemName: components['schemas']['LocalTextInput'];
        open: number;
        overdue: number;
      }[];
      readonly bySlaState: {
        count: number;
        /** @enum {string} */
        state: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused';
      }[];
      readonly byStatus: {
        count: number;
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials';
      }[];
      /** @description Cases finished within the range */
      finished: number;
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDayInput'];
      open: number;
      /** @description Cases received within the range */
      received: number;
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDayInput'];
    };
    MonitorCompletion: {
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDay'];
      readonly items: {
        /** @description Working days taken on average, one decimal */
        avgWorkingDays: number | null;
        finished: number;
        itemCode: string;
        itemName: components['schemas']['LocalText'];
        /** @description Working days promised */
        promisedDays: number;
        /** @description A fraction from 0 to 1; null when there is nothing to divide by */
        share: number | null;
        withinPromise: number;
      }[];
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDay'];
      total: {
        finished: number;
        /** @description A fraction from 0 to 1; null when there is nothing to divide by */
        share: number | null;
        withinPromise: number;
      };
    };
    MonitorCompletionInput: {
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDayInput'];
      readonly items: {
        /** @description Working days taken on average, one decimal */
        avgWorkingDays: number | null;
        finished: number;
        itemCode: string;
        itemName: components['schemas']['LocalTextInput'];
        /** @description Working days promised */
        promisedDays: number;
        /** @description A fraction from 0 to 1; null when there is nothing to divide by */
        share: number | null;
        withinPromise: number;
      }[];
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDayInput'];
      total: {
        finished: number;
        /** @description A fraction from 0 to 1; null when there is nothing to divide by */
        share: number | null;
        withinPromise: number;
      };
    };
    MonitorOverdue: {
      asOf: components['schemas']['CalendarDay'];
      readonly items: {
        acceptedAt: components['schemas']['InstantText'] | null;
        agencyName: string;
        caseId: number;
        caseNumber: string;
        dueOn: components['schemas']['CalendarDay'];
        itemCode: string;
        itemName: components['schemas']['LocalText'];
        ownerName: string | null;
        /** @constant */
        status: 'in_progress';
        /** @description Null where the working-day calendar does not reach */
        workingDaysOverdue: number | null;
      }[];
      total: number;
    };
    MonitorOverdueInput: {
      asOf: components['schemas']['CalendarDayInput'];
      readonly items: {
        acceptedAt: components['schemas']['InstantTextInput'] | null;
        agencyName: string;
        caseId: number;
        caseNumber: string;
        dueOn: components['schemas']['CalendarDayInput'];
        itemCode: string;
        itemName: components['schemas']['LocalTextInput'];
        ownerName: string | null;
        /** @constant */
        status: 'in_progress';
        /** @description Null where the working-day calendar does not reach */
        workingDaysOverdue: number | null;
      }[];
      total: number;
    };
    MonitorRatings: {
      readonly byChannel: {
        /** @enum {string} */
        channel: 'window' | 'online';
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      }[];
      readonly byItem: {
        itemCode: string;
        itemName: components['schemas']['LocalText'] | null;
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      }[];
      readonly byLevel: {
        count: number;
        /** @enum {string} */
        level: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      }[];
      callbacks: {
        /** @description Closed within the range */
        closed: number;
        open: number;
        /** @description Past the call-back or rectification deadline */
        overdue: number;
      };
      followUps: {
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      };
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDay'];
      /** @description Rated 2 or less (差评) */
      poor: number;
      /** @description A fraction from 0 to 1; null when there is nothing to divide by */
      poorRate: number | null;
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDay'];
      total: number;
    };
    MonitorRatingsInput: {
      readonly byChannel: {
        /** @enum {string} */
        channel: 'window' | 'online';
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      }[];
      readonly byItem: {
        itemCode: string;
        itemName: components['schemas']['LocalTextInput'] | null;
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      }[];
      readonly byLevel: {
        count: number;
        /** @enum {string} */
        level: 'very_satisfied' | 'satisfied' | 'fairly_satisfied' | 'dissatisfied' | 'very_dissatisfied';
      }[];
      callbacks: {
        /** @description Closed within the range */
        closed: number;
        open: number;
        /** @description Past the call-back or rectification deadline */
        overdue: number;
      };
      followUps: {
        /** @description Rated 2 or less (差评) */
        poor: number;
        total: number;
      };
      /** @description First day of the range (China time) */
      from: components['schemas']['CalendarDayInput'];
      /** @description Rated 2 or less (差评) */
      poor: number;
      /** @description A fraction from 0 to 1; null when there is nothing to divide by */
      poorRate: number | null;
      /** @description Last day of the range, included */
      to: components['schemas']['CalendarDayInput'];
      total: number;
    };
    OrgAgency: {
      closedOn: components['schemas']['CalendarDay'] | null;
      code: string;
      /** @description Administrative division code, 6, 9 or 12 digits */
      divisionCode: string;
      id: number;
      /**
       * @description 1 province, 2 prefecture, 3 county, 4 township, 5 community
       * @enum {number}
       */
      level: 1 | 2 | 3 | 4 | 5;
      name: string;
      openedOn: components['schemas']['CalendarDay'];
      parentId: number | null;
      /** @description The ids from the root down to this agency, e.g. /1/4/9/ */
      path: string;
      /** @enum {string} */
      status: 'active' | 'closed';
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
    };
    OrgAgencyInput: {
      closedOn: components['schemas']['CalendarDayInput'] | null;
      code: string;
      /** @description Administrative division code, 6, 9 or 12 digits */
      divisionCode: string;
      id: number;
      /**
       * @description 1 province, 2 prefecture, 3 county, 4 township, 5 community
       * @enum {number}
       */
      level: 1 | 2 | 3 | 4 | 5;
      name: string;
      openedOn: components['schemas']['CalendarDayInput'];
      parentId: number | null;
      /** @description The ids from the root down to this agency, e.g. /1/4/9/ */
      path: string;
      /** @enum {string} */
      status: 'active' | 'closed';
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
    };
    OrgAgencyVersion: {
      /** @description The staff id who made the change; null for the system */
      changedBy: number | null;
      code: string;
      divisionCode: string;
      /**
       * @description 1 province, 2 prefecture, 3 county, 4 township, 5 community
       * @enum {number}
       */
      level: 1 | 2 | 3 | 4 | 5;
      name: string;
      parentId: number | null;
      reason: string;
      /** @enum {string} */
      status: 'active' | 'closed';
      validFrom: components['schemas']['InstantText'];
      /** @description Null for the current version */
      validTo: components['schemas']['InstantText'] | null;
      version: number;
    };
    OrgAgencyVersionInput: {
      /** @description The staff id who made the change; null for the system */
      changedBy: number | null;
      code: string;
      divisionCode: string;
      /**
       * @description 1 province, 2 prefecture, 3 county, 4 township, 5 community
       * @enum {number}
       */
      level: 1 | 2 | 3 | 4 | 5;
      name: string;
      parentId: number | null;
      reason: string;
      /** @enum {string} */
      status: 'active' | 'closed';
      validFrom: components['schemas']['InstantTextInput'];
      /** @description Null for the current version */
      validTo: components['schemas']['InstantTextInput'] | null;
      version: number;
    };
    OrgCredentialReset: {
      decidedAt: components['schemas']['InstantText'] | null;
      decidedById: number | null;
      decidedByName: string | null;
      decisionNote: string | null;
      expiresAt: components['schemas']['InstantText'];
      id: number;
      reason: string;
      requestedAt: components['schemas']['InstantText'];
      requestedById: number;
      requestedByName: string;
      staffId: number;
      staffName: string;
      staffUsername: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'expired';
    };
    OrgCredentialResetApproved: {
      reset: components['schemas']['OrgCredentialReset'];
      /** @description Hand it to the account holder; it is never shown again */
      temporaryPassword: string;
    };
    OrgCredentialResetApprovedInput: {
      reset: components['schemas']['OrgCredentialResetInput'];
      /** @description Hand it to the account holder; it is never shown again */
      temporaryPassword: string;
    };
    OrgCredentialResetInput: {
      decidedAt: components['schemas']['InstantTextInput'] | null;
      decidedById: number | null;
      decidedByName: string | null;
      decisionNote: string | null;
      expiresAt: components['schemas']['InstantTextInput'];
      id: number;
      reason: string;
      requestedAt: components['schemas']['InstantTextInput'];
      requestedById: number;
      requestedByName: string;
      staffId: number;
      staffName: string;
      staffUsername: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'expired';
    };
    OrgOpeningHours: {
      /** @description HH:MM */
      close: string;
      /** @description ISO weekdays, 1 Monday … 7 Sunday */
      readonly days: number[];
      /** @description HH:MM */
      open: string;
    };
    OrgOpeningHoursInput: {
      /** @description HH:MM */
      close: string;
      /** @description ISO weekdays, 1 Monday … 7 Sunday */
      readonly days: number[];
      /** @description HH:MM */
      open: string;
    };
    OrgPermission: {
      code: string;
      en: string;
      /**
       * @description Admin permissions belong to the administrator roles only
       * @enum {string}
       */
      kind: 'business' | 'admin';
      zh: string;
    };
    OrgPermissionInput: {
      code: string;
      en: string;
      /**
       * @description Admin permissions belong to the administrator roles only
       * @enum {string}
       */
      kind: 'business' | 'admin';
      zh: string;
    };
    OrgRole: {
      code: string;
      /** @enum {string} */
      kind: 'business' | 'admin';
      nameEn: string;
      nameZh: string;
      /** @description Permission codes, sorted */
      readonly permissions: string[];
    };
    OrgRoleInput: {
      code: string;
      /** @enum {string} */
      kind: 'business' | 'admin';
      nameEn: string;
      nameZh: string;
      /** @description Permission codes, sorted */
      readonly permissions: string[];
    };
    OrgServicePoint: {
      address: string;
      agencyId: number;
      agencyName: string;
      id: number;
      name: string;
      readonly openingHours: components['schemas']['OrgOpeningHours'][];
      phone: string | null;
      /** @enum {string} */
      status: 'active' | 'closed';
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
      readonly windows: components['schemas']['OrgServiceWindow'][];
    };
    OrgServicePointInput: {
      address: string;
      agencyId: number;
      agencyName: string;
      id: number;
      name: string;
      readonly openingHours: components['schemas']['OrgOpeningHoursInput'][];
      phone: string | null;
      /** @enum {string} */
      status: 'active' | 'closed';
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
      readonly windows: components['schemas']['OrgServiceWindowInput'][];
    };
    OrgServiceWindow: {
      id: number;
      name: string;
      number: string;
      /** @enum {string} */
      status: 'active' | 'closed';
    };
    OrgServiceWindowInput: {
      id: number;
      name: string;
      number: string;
      /** @enum {string} */
      status: 'active' | 'closed';
    };
    OrgStaffMember: {
      agencyId: number;
      agencyName: string;
      displayName: string;
      id: number;
      lastLoginAt: components['schemas']['InstantText'] | null;
      /** @description Failed logins on the account hold back callers that failed on it */
      loginThrottled: boolean;
      mustChangePassword: boolean;
      /** @description An administrator: a credential reset needs a second administrator */
      resetNeedsApproval: boolean;
      /** @description Role codes, sorted */
      readonly roles: string[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      totpEnrolled: boolean;
      username: string;
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
    };
    OrgStaffMemberInput: {
      agencyId: number;
      agencyName: string;
      displayName: string;
      id: number;
      lastLoginAt: components['schemas']['InstantTextInput'] | null;
      /** @description Failed logins on the account hold back callers that failed on it */
      loginThrottled: boolean;
      mustChangePassword: boolean;
      /** @description An administrator: a credential reset needs a second administrator */
      resetNeedsApproval: boolean;
      /** @description Role codes, sorted */
      readonly roles: string[];
      /** @enum {string} */
      status: 'active' | 'disabled';
      totpEnrolled: boolean;
      username: string;
      /** @description Send back with an edit; a stale one is refused (version_conflict) */
      version: number;
    };
    /** @description Without SMS the hall tells users to register at the window */
    OutboxChannels: {
      email: boolean;
      sms: boolean;
    };
    /** @description Without SMS the hall tells users to register at the window */
    OutboxChannelsInput: {
      email: boolean;
      sms: boolean;
    };
    OutboxMessage: {
      attempts: number;
      /** @enum {string} */
      channel: 'sms' | 'email' | 'inbox';
      createdAt: components['schemas']['InstantText'];
      id: number;
      /** @description The provider’s last error, cut to 500 characters */
      lastError: string | null;
      nextAttemptAt: components['schemas']['InstantText'] | null;
      /** @description The provider that sent it; null until sent */
      provider: string | null;
      purpose: string;
      recipientMasked: string;
      sentAt: components['schemas']['InstantText'] | null;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'dead';
    };
    OutboxMessageInput: {
      attempts: number;
      /** @enum {string} */
      channel: 'sms' | 'email' | 'inbox';
      createdAt: components['schemas']['InstantTextInput'];
      id: number;
      /** @description The provider’s last error, cut to 500 characters */
      lastError: string | null;
      nextAttemptAt: components['schemas']['InstantTextInput'] | null;
      /** @description The provider that sent it; null until sent */
      provider: string | null;
      purpose: string;
      recipientMasked: string;
      sentAt: components['schemas']['InstantTextInput'] | null;
      /** @enum {string} */
      status: 'queued' | 'sent' | 'dead';
    };
    OutboxSummary: {
      readonly counts: {
        /** @enum {string} */
        channel: 'sms' | 'email' | 'inbox';
        count: number;
        /** @enum {string} */
        status: 'queued' | 'sent' | 'dead';
      }[];
      /** @description Provider names; null where none carries the channel */
      providers: {
        email: string | null;
        sms: string | null;
      };
    };
    OutboxSummaryInput: {
      readonly counts: {
        /** @enum {string} */
        channel: 'sms' | 'email' | 'inbox';
        count: number;
        /** @enum {string} */
        status: 'queued' | 'sent' | 'dead';
      }[];
      /** @description Provider names; null where none carries the channel */
      providers: {
        email: string | null;
        sms: string | null;
      };
    };
    PayrollApiBatchApplied: {
      hires: number;
      personsCreated: number;
      separations: number;
    };
    PayrollApiBatchAppliedInput: {
      hires: number;
      personsCreated: number;
      separations: number;
    };
    PayrollApiEmployee: {
      employmentId: number;
      hiredOn: components['schemas']['CalendarDay'];
      /** @description The citizen ID, masked */
      idMasked: string;
      name: string;
      personId: number;
      /** @description Every scheme enrolled through this employment */
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      separatedOn: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    PayrollApiEmployeeInput: {
      employmentId: number;
      hiredOn: components['schemas']['CalendarDayInput'];
      /** @description The citizen ID, masked */
      idMasked: string;
      name: string;
      personId: number;
      /** @description Every scheme enrolled through this employment */
      readonly schemes: ('pension' | 'medical' | 'unemployment' | 'work_injury')[];
      separatedOn: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      status: 'active' | 'ended';
    };
    PayrollApiEmployeePage: {
      readonly items: components['schemas']['PayrollApiEmployee'][];
      total: number;
    };
    PayrollApiEmployeePageInput: {
      readonly items: components['schemas']['PayrollApiEmployeeInput'][];
      total: number;
    };
    /**
     * @description A contribution period YYYYMM
     * @example 202612
     */
    Period: string;
    /**
     * @description A contribution period YYYYMM
     * @example 202612
     */
    PeriodInput: string;
    Person360: {
      readonly documents: {
        agencyId: number | null;
        agencyName: string | null;
        archiveNo: string;
        caseId: number | null;
        caseNumber: string | null;
        createdAt: components['schemas']['InstantText'];
        destroyAfter: components['schemas']['CalendarDay'] | null;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        fileName: string;
        id: number;
        itemCode: string | null;
        materialCode: string | null;
        mediaType: string;
        producedBy: {
          id: number | null;
          kind: string;
          name: string;
        };
        /** @enum {string} */
        retention: 'permanent' | '30y' | '10y' | '5y';
        /** @description bytes */
        size: number;
        /** @description SM3 digest of the bytes, hex */
        sm3: string;
        subjectKind: ('person' | 'employer') | null;
        supersededById: number | null;
        supersedeReason: string | null;
        supersedesId: number | null;
      }[];
      readonly duplicateFlags: components['schemas']['PersonDuplicateFlag'][];
      readonly employments: components['schemas']['EmploymentView'][];
      readonly enrolments: {
        /** @enum {string} */
        category: 'employee' | 'flexible';
        employer: {
          id: number;
          name: string;
        } | null;
        employerId: number | null;
        employerName: string | null;
        employmentId: number | null;
        endedOn: components['schemas']['CalendarDay'] | null;
        readonly events: components['schemas']['EnrolmentEvent'][];
        id: number;
        /** @description The merged record this enrolment came from */
        mergedFrom: number | null;
        /** @description Six-digit division code of the pooling region */
        poolingRegion: string;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        startedOn: components['schemas']['CalendarDay'];
        /** @enum {string} */
        status: 'active' | 'suspended' | 'terminated';
        statusReason: string | null;
      }[];
      readonly merges: components['schemas']['PersonMerge'][];
      readonly openCases: {
        acceptedOn: components['schemas']['CalendarDay'] | null;
        agency: {
          id: number;
          name: string;
        };
        applicant: {
          identifierMasked: string;
          /** @enum {string} */
          kind: 'person' | 'employer' | 'anonymous';
          name: string;
        };
        assignee: {
          displayName: string;
          id: number;
        } | null;
        bundleId: number;
        caseNumber: string;
        /** @enum {string} */
        channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
        dueOn: components['schemas']['CalendarDay'] | null;
        /** @description Counted on the provisional calendar: moves when the notice comes */
        dueOnProvisional: boolean;
        id: number;
        item: {
          code: string;
          nameEn: string;
          nameZh: string;
          version: number;
        };
        owner: {
          displayName: string;
          id: number;
        } | null;
        receivedAt: components['schemas']['InstantText'];
        /** @enum {string} */
        slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
        version: number;
      }[];
      person: components['schemas']['PersonDetail'];
      /**
       * @description record: the person is in scope; employment: reached only through an employer in scope
       * @enum {string}
       */
      reach: 'record' | 'employment';
      readonly recentChanges: components['schemas']['RegistrationChange'][];
    };
    Person360Input: {
      readonly documents: {
        agencyId: number | null;
        agencyName: string | null;
        archiveNo: string;
        caseId: number | null;
        caseNumber: string | null;
        createdAt: components['schemas']['InstantTextInput'];
        destroyAfter: components['schemas']['CalendarDayInput'] | null;
        /** @enum {string} */
        documentType:
          | 'upload'
          | 'application_form'
          | 'acceptance_receipt'
          | 'one_time_notice'
          | 'decision'
          | 'certificate'
          | 'notice'
          | 'other';
        fileName: string;
        id: number;
        itemCode: string | null;
        materialCode: string | null;
        mediaType: string;
        producedBy: {
          id: number | null;
          kind: string;
          name: string;
        };
        /** @enum {string} */
        retention: 'permanent' | '30y' | '10y' | '5y';
        /** @description bytes */
        size: number;
        /** @description SM3 digest of the bytes, hex */
        sm3: string;
        subjectKind: ('person' | 'employer') | null;
        supersededById: number | null;
        supersedeReason: string | null;
        supersedesId: number | null;
      }[];
      readonly duplicateFlags: components['schemas']['PersonDuplicateFlagInput'][];
      readonly employments: components['schemas']['EmploymentViewInput'][];
      readonly enrolments: {
        /** @enum {string} */
        category: 'employee' | 'flexible';
        employer: {
          id: number;
          name: string;
        } | null;
        employerId: number | null;
        employerName: string | null;
        employmentId: number | null;
        endedOn: components['schemas']['CalendarDayInput'] | null;
        readonly events: components['schemas']['EnrolmentEventInput'][];
        id: number;
        /** @description The merged record this enrolment came from */
        mergedFrom: number | null;
        /** @description Six-digit division code of the pooling region */
        poolingRegion: string;
        /** @enum {string} */
        scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
        startedOn: components['schemas']['CalendarDayInput'];
        /** @enum {string} */
        status: 'active' | 'suspended' | 'terminated';
        statusReason: string | null;
      }[];
      readonly merges: components['schemas']['PersonMergeInput'][];
      readonly openCases: {
        acceptedOn: components['schemas']['CalendarDayInput'] | null;
        agency: {
          id: number;
          name: string;
        };
        applicant: {
          identifierMasked: string;
          /** @enum {string} */
          kind: 'person' | 'employer' | 'anonymous';
          name: string;
        };
        assignee: {
          displayName: string;
          id: number;
        } | null;
        bundleId: number;
        caseNumber: string;
        /** @enum {string} */
        channel: 'window' | 'web' | 'phone' | 'mail' | 'kiosk' | 'bank' | 'home_visit';
        dueOn: components['schemas']['CalendarDayInput'] | null;
        /** @description Counted on the provisional calendar: moves when the notice comes */
        dueOnProvisional: boolean;
        id: number;
        item: {
          code: string;
          nameEn: string;
          nameZh: string;
          version: number;
        };
        owner: {
          displayName: string;
          id: number;
        } | null;
        receivedAt: components['schemas']['InstantTextInput'];
        /** @enum {string} */
        slaState: 'not_started' | 'on_track' | 'due_soon' | 'overdue' | 'paused' | 'closed';
        /** @enum {string} */
        status: 'received' | 'in_progress' | 'waiting_materials' | 'completed' | 'refused' | 'declined';
        version: number;
      }[];
      person: components['schemas']['PersonDetailInput'];
      /**
       * @description record: the person is in scope; employment: reached only through an employer in scope
       * @enum {string}
       */
      reach: 'record' | 'employment';
      readonly recentChanges: components['schemas']['RegistrationChangeInput'][];
    };
    PersonChanged: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDay'];
      caseId: number | null;
      readonly changedFields: string[];
      createdAt: components['schemas']['InstantText'];
      deathDate: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    PersonChangedInput: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDayInput'];
      caseId: number | null;
      readonly changedFields: string[];
      createdAt: components['schemas']['InstantTextInput'];
      deathDate: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    PersonDetail: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDay'];
      caseId: number | null;
      createdAt: components['schemas']['InstantText'];
      deathDate: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    PersonDetailInput: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDayInput'];
      caseId: number | null;
      createdAt: components['schemas']['InstantTextInput'];
      deathDate: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    PersonDuplicateFlag: {
      flaggedAt: components['schemas']['InstantText'];
      id: number;
      other: components['schemas']['PersonSummary'];
      person: components['schemas']['PersonSummary'];
      resolutionNote: string | null;
      resolvedAt: components['schemas']['InstantText'] | null;
      resolvedBy: {
        id: number;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'open' | 'dismissed' | 'merged';
    };
    PersonDuplicateFlagInput: {
      flaggedAt: components['schemas']['InstantTextInput'];
      id: number;
      other: components['schemas']['PersonSummaryInput'];
      person: components['schemas']['PersonSummaryInput'];
      resolutionNote: string | null;
      resolvedAt: components['schemas']['InstantTextInput'] | null;
      resolvedBy: {
        id: number;
        name: string;
      } | null;
      /** @enum {string} */
      status: 'open' | 'dismissed' | 'merged';
    };
    PersonDuplicateSuspect: {
      flagId: number;
      idMasked: string;
      name: string;
      personId: number;
    };
    PersonDuplicateSuspectInput: {
      flagId: number;
      idMasked: string;
      name: string;
      personId: number;
    };
    PersonHallRegistration:
      | {
          /** @constant */
          registered: false;
        }
      | {
          readonly employments: {
            employer: {
              creditCode: string;
              employerNo: string;
              id: number;
              name: string;
            };
            employerId: number;
            employerName: string;
            hiredOn: components['schemas']['CalendarDay'];
            id: number;
            separatedOn: components['schemas']['CalendarDay'] | null;
            separationReason:
              | (
                  | 'resignation'
                  | 'dismissal'
                  | 'contract_end'
                  | 'retirement'
                  | 'death'
                  | 'employer_cancelled'
                  | 'merged'
                  | 'other'
                )
              | null;
            /** @enum {string} */
            status: 'active' | 'ended';
          }[];
          readonly enrolments: {
            /** @enum {string} */
            category: 'employee' | 'flexible';
            employer: {
              id: number;
              name: string;
            } | null;
            employerId: number | null;
            employerName: string | null;
            endedOn: components['schemas']['CalendarDay'] | null;
            readonly events: {
              effectiveOn: components['schemas']['CalendarDay'];
              /** @enum {string} */
              event: 'started' | 'suspended' | 'resumed' | 'terminated';
              reason: string | null;
            }[];
            id: number;
            /** @description Six-digit division code of the pooling region */
            poolingRegion: string;
            /** @enum {string} */
            scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
            startedOn: components['schemas']['CalendarDay'];
            /** @enum {string} */
            status: 'active' | 'suspended' | 'terminated';
            statusReason: string | null;
          }[];
          person: {
            address: string | null;
            agency: {
              id: number;
              name: string;
            };
            agencyId: number;
            agencyName: string;
            bankAccountMasked: string | null;
            bankName: string | null;
            birthDate: components['schemas']['CalendarDay'];
            deathDate: components['schemas']['CalendarDay'] | null;
            /** @enum {string} */
            gender: 'male' | 'female';
            /** @description Six-digit division code of the household registration */
            hukouPlace: string | null;
            hukouType: ('urban' | 'rural') | null;
            id: number;
            /** @description The citizen ID, masked (the full value only through reveal) */
            idMasked: string;
            /** @description The record this one was merged into */
            mergedInto: number | null;
            name: string;
            /** @description ISO 3166 alpha-3 */
            nationality: string;
            /** @description The same as id */
            personId: number;
            phoneMasked: string | null;
            /** @enum {string} */
            status: 'active' | 'deceased' | 'merged';
          };
          /** @constant */
          registered: true;
        };
    PersonHallRegistrationInput:
      | {
          /** @constant */
          registered: false;
        }
      | {
          readonly employments: {
            employer: {
              creditCode: string;
              employerNo: string;
              id: number;
              name: string;
            };
            employerId: number;
            employerName: string;
            hiredOn: components['schemas']['CalendarDayInput'];
            id: number;
            separatedOn: components['schemas']['CalendarDayInput'] | null;
            separationReason:
              | (
                  | 'resignation'
                  | 'dismissal'
                  | 'contract_end'
                  | 'retirement'
                  | 'death'
                  | 'employer_cancelled'
                  | 'merged'
                  | 'other'
                )
              | null;
            /** @enum {string} */
            status: 'active' | 'ended';
          }[];
          readonly enrolments: {
            /** @enum {string} */
            category: 'employee' | 'flexible';
            employer: {
              id: number;
              name: string;
            } | null;
            employerId: number | null;
            employerName: string | null;
            endedOn: components['schemas']['CalendarDayInput'] | null;
            readonly events: {
              effectiveOn: components['schemas']['CalendarDayInput'];
              /** @enum {string} */
              event: 'started' | 'suspended' | 'resumed' | 'terminated';
              reason: string | null;
            }[];
            id: number;
            /** @description Six-digit division code of the pooling region */
            poolingRegion: string;
            /** @enum {string} */
            scheme: 'pension' | 'medical' | 'unemployment' | 'work_injury';
            startedOn: components['schemas']['CalendarDayInput'];
            /** @enum {string} */
            status: 'active' | 'suspended' | 'terminated';
            statusReason: string | null;
          }[];
          person: {
            address: string | null;
            agency: {
              id: number;
              name: string;
            };
            agencyId: number;
            agencyName: string;
            bankAccountMasked: string | null;
            bankName: string | null;
            birthDate: components['schemas']['CalendarDayInput'];
            deathDate: components['schemas']['CalendarDayInput'] | null;
            /** @enum {string} */
            gender: 'male' | 'female';
            /** @description Six-digit division code of the household registration */
            hukouPlace: string | null;
            hukouType: ('urban' | 'rural') | null;
            id: number;
            /** @description The citizen ID, masked (the full value only through reveal) */
            idMasked: string;
            /** @description The record this one was merged into */
            mergedInto: number | null;
            name: string;
            /** @description ISO 3166 alpha-3 */
            nationality: string;
            /** @description The same as id */
            personId: number;
            phoneMasked: string | null;
            /** @enum {string} */
            status: 'active' | 'deceased' | 'merged';
          };
          /** @constant */
          registered: true;
        };
    PersonMerge: {
      decidedAt: components['schemas']['InstantText'] | null;
      decidedBy: {
        id: number;
        name: string;
      } | null;
      decisionNote: string | null;
      flagId: number | null;
      id: number;
      merged: components['schemas']['PersonSummary'];
      mergedId: number;
      proposedAt: components['schemas']['InstantText'];
      proposedBy: {
        id: number;
        name: string;
      };
      reason: string;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
      survivor: components['schemas']['PersonSummary'];
      survivorId: number;
    };
    PersonMergeInput: {
      decidedAt: components['schemas']['InstantTextInput'] | null;
      decidedBy: {
        id: number;
        name: string;
      } | null;
      decisionNote: string | null;
      flagId: number | null;
      id: number;
      merged: components['schemas']['PersonSummaryInput'];
      mergedId: number;
      proposedAt: components['schemas']['InstantTextInput'];
      proposedBy: {
        id: number;
        name: string;
      };
      reason: string;
      /** @enum {string} */
      status: 'proposed' | 'approved' | 'rejected';
      survivor: components['schemas']['PersonSummaryInput'];
      survivorId: number;
    };
    PersonPage: {
      readonly items: components['schemas']['PersonSummary'][];
      total: number;
    };
    PersonPageInput: {
      readonly items: components['schemas']['PersonSummaryInput'][];
      total: number;
    };
    PersonRead: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDay'];
      caseId: number | null;
      createdAt: components['schemas']['InstantText'];
      deathDate: components['schemas']['CalendarDay'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /**
       * @description record: the person is in scope; employment: reached only through an employer in scope
       * @enum {string}
       */
      reach: 'record' | 'employment';
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    PersonReadInput: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDayInput'];
      caseId: number | null;
      createdAt: components['schemas']['InstantTextInput'];
      deathDate: components['schemas']['CalendarDayInput'] | null;
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /**
       * @description record: the person is in scope; employment: reached only through an employer in scope
       * @enum {string}
       */
      reach: 'record' | 'employment';
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    PersonRegistered: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDay'];
      caseId: number | null;
      createdAt: components['schemas']['InstantText'];
      deathDate: components['schemas']['CalendarDay'] | null;
      readonly duplicateSuspects: components['schemas']['PersonDuplicateSuspect'][];
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantText'];
      version: number;
    };
    PersonRegisteredInput: {
      address: string | null;
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      bankAccountMasked: string | null;
      bankName: string | null;
      birthDate: components['schemas']['CalendarDayInput'];
      caseId: number | null;
      createdAt: components['schemas']['InstantTextInput'];
      deathDate: components['schemas']['CalendarDayInput'] | null;
      readonly duplicateSuspects: components['schemas']['PersonDuplicateSuspectInput'][];
      /** @enum {string} */
      gender: 'male' | 'female';
      /** @description Six-digit division code of the household registration */
      hukouPlace: string | null;
      hukouType: ('urban' | 'rural') | null;
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      /** @description The record this one was merged into */
      mergedInto: number | null;
      name: string;
      /** @description ISO 3166 alpha-3 */
      nationality: string;
      /** @description The same as id */
      personId: number;
      phoneMasked: string | null;
      /** @description Where the record came from: window, web, api, import, merge, demo */
      sourceChannel: string;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
      updatedAt: components['schemas']['InstantTextInput'];
      version: number;
    };
    PersonSummary: {
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      birthDate: components['schemas']['CalendarDay'];
      /** @enum {string} */
      gender: 'male' | 'female';
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      name: string;
      /** @description The same as id */
      personId: number;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
    };
    PersonSummaryInput: {
      agency: {
        id: number;
        name: string;
      };
      agencyId: number;
      agencyName: string;
      birthDate: components['schemas']['CalendarDayInput'];
      /** @enum {string} */
      gender: 'male' | 'female';
      id: number;
      /** @description The citizen ID, masked (the full value only through reveal) */
      idMasked: string;
      name: string;
      /** @description The same as id */
      personId: number;
      /** @enum {string} */
      status: 'active' | 'deceased' | 'merged';
    };
    PolicyChange: {
      basis: string;
      /** @description Pending changes only: the value in force for the region on validFrom before this change */
      current: {
        /** @description A 6-digit region code; 000000 is the national default */
        region: string;
        validFrom: components['schemas']['CalendarDay'];
        /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
        value: string;
      } | null;
      decidedAt: components['schemas']['InstantText'] | null;
      decidedBy: {
        id: number;
        name: string;
      } | null;
      decisionNote: string | null;
      id: number;
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      proposedAt: components['schemas']['InstantText'];
      proposedBy: {
        id: number;
        name: string;
      };
      reason: string;
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
      validFrom: components['schemas']['CalendarDay'];
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    PolicyChangeInput: {
      basis: string;
      /** @description Pending changes only: the value in force for the region on validFrom before this change */
      current: {
        /** @description A 6-digit region code; 000000 is the national default */
        region: string;
        validFrom: components['schemas']['CalendarDayInput'];
        /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
        value: string;
      } | null;
      decidedAt: components['schemas']['InstantTextInput'] | null;
      decidedBy: {
        id: number;
        name: string;
      } | null;
      decisionNote: string | null;
      id: number;
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      proposedAt: components['schemas']['InstantTextInput'];
      proposedBy: {
        id: number;
        name: string;
      };
      reason: string;
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      /** @enum {string} */
      status: 'pending' | 'approved' | 'rejected' | 'withdrawn';
      validFrom: components['schemas']['CalendarDayInput'];
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    PolicyKey: {
      /** @description The values a text key accepts */
      allowedValues: string[] | null;
      description: string;
      /** @enum {string} */
      insurance: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      /** @description Whether regions are expected to set their own value */
      local: boolean;
      nameEn: string;
      nameZh: string;
      unit: string;
      valueMax: string | null;
      valueMin: string | null;
    };
    PolicyKeyInput: {
      /** @description The values a text key accepts */
      allowedValues: string[] | null;
      description: string;
      /** @enum {string} */
      insurance: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      /** @description Whether regions are expected to set their own value */
      local: boolean;
      nameEn: string;
      nameZh: string;
      unit: string;
      valueMax: string | null;
      valueMin: string | null;
    };
    PolicyParameterInForce: {
      basis: string | null;
      /** @enum {string} */
      insurance: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      local: boolean;
      nameEn: string;
      nameZh: string;
      /** @description The region the value comes from (the asked one or a fallback) */
      region: string | null;
      unit: string;
      validFrom: components['schemas']['CalendarDay'] | null;
      value: string | null;
    };
    PolicyParameterInForceInput: {
      basis: string | null;
      /** @enum {string} */
      insurance: 'pension' | 'medical' | 'unemployment' | 'work_injury' | 'base' | 'collection';
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      local: boolean;
      nameEn: string;
      nameZh: string;
      /** @description The region the value comes from (the asked one or a fallback) */
      region: string | null;
      unit: string;
      validFrom: components['schemas']['CalendarDayInput'] | null;
      value: string | null;
    };
    PolicyParameterRow: {
      basis: string;
      /** @description The approved change that wrote it; null for seeds */
      changeId: number | null;
      createdAt: components['schemas']['Instant'];
      id: number;
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      revision: number;
      /** @description A later revision corrects this row */
      superseded: boolean;
      /** @description The row this revision corrects */
      supersedes: number | null;
      validFrom: components['schemas']['CalendarDay'];
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    PolicyParameterRowInput: {
      basis: string;
      /** @description The approved change that wrote it; null for seeds */
      changeId: number | null;
      createdAt: components['schemas']['InstantInput'];
      id: number;
      key: string;
      /** @enum {string} */
      kind: 'rate' | 'money' | 'integer' | 'text' | 'table';
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      revision: number;
      /** @description A later revision corrects this row */
      superseded: boolean;
      /** @description The row this revision corrects */
      supersedes: number | null;
      validFrom: components['schemas']['CalendarDayInput'];
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    /** @description The value in force for the region from a day on */
    PolicyStep: {
      from: components['schemas']['CalendarDay'];
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    /** @description The value in force for the region from a day on */
    PolicyStepInput: {
      from: components['schemas']['CalendarDayInput'];
      /** @description A 6-digit region code; 000000 is the national default */
      region: string;
      /** @description The value as text: a rate as an exact decimal, money in yuan with two decimals, digits, a text, or JSON */
      value: string;
    };
    QueueCategory: {
      id: number;
      /** @description The category letter A–Z */
      letter: string;
      nameEn: string;
      nameZh: string;
      servicePointId: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'closed';
      version: number;
      /** @description Tickets of today still waiting */
      waiting: number;
    };
    QueueCategoryInput: {
      id: number;
      /** @description The category letter A–Z */
      letter: string;
      nameEn: string;
      nameZh: string;
      servicePointId: number;
      sort: number;
      /** @enum {string} */
      status: 'active' | 'closed';
      version: number;
      /** @description Tickets of today still waiting */
      waiting: number;
    };
    QueueDisplay: {
      day: components['schemas']['CalendarDay'];
      now: components['schemas']['InstantText'];
      /** @description The latest calls, newest first (at most 10) */
      readonly recentCalls: {
        calledAt: components['schemas']['InstantText'];
        /** @description Letter and three digits, e.g. A001 */
        code: string;
        recall: boolean;
        windowName: string;
        windowNumber: string;
      }[];
      servicePoint: {
        id: number;
        name: string;
      };
      /** @description Open categories, and closed ones still holding tickets */
      readonly waiting: {
        categoryId: number;
        /** @description The category letter A–Z */
        letter: string;
        nameEn: string;
        nameZh: string;
        waiting: number;
      }[];
      readonly windows: {
        current: string | null;
        name: string;
        number: string;
        status: ('called' | 'serving') | null;
      }[];
    };
    QueueDisplayInput: {
      day: components['schemas']['CalendarDayInput'];
      now: components['schemas']['InstantTextInput'];
      /** @description The latest calls, newest first (at most 10) */
      readonly recentCalls: {
        calledAt: components['schemas']['InstantTextInput'];
        /** @description Letter and three digits, e.g. A001 */
        code: string;
        recall: boolean;
        windowName: string;
        windowNumber: string;
      }[];
      servicePoint: {
        id: number;
        name: string;
      };
      /** @description Open categories, and closed ones still holding tickets */
      readonly waiting: {
        categoryId: number;
        /** @description The category letter A–Z */
        letter: string;
        nameEn: string;
        nameZh: string;
        waiting: number;
      }[];
      readonly windows: {
        current: string | null;
        name: string;
        number: string;
        status: ('called' | 'serving') | null;
      }[];
    };
    QueueKiosk: {
      readonly categories: {
        /** @description Estimated minutes; null when no open window serves the category */
        estimatedWaitMinutes: number | null;
        id: number;
        /** @description The category letter A–Z */
        letter: string;
        nameEn: string;
        nameZh: string;
        waiting: number;
      }[];
      day: components['schemas']['CalendarDay'];
      issueFromMinutesBeforeOpening: number;
      /** @description A ticket can be taken right now */
      issuing: boolean;
      now: components['schemas']['InstantText'];
      servicePoint: {
        address: string;
        id: number;
        name: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
      /** @description Opening hours today, HH:MM China time; empty when closed */
      readonly todayHours: {
        close: string;
        open: string;
      }[];
    };
    QueueKioskInput: {
      readonly categories: {
        /** @description Estimated minutes; null when no open window serves the category */
        estimatedWaitMinutes: number | null;
        id: number;
        /** @description The category letter A–Z */
        letter: string;
        nameEn: string;
        nameZh: string;
        waiting: number;
      }[];
      day: components['schemas']['CalendarDayInput'];
      issueFromMinutesBeforeOpening: number;
      /** @description A ticket can be taken right now */
      issuing: boolean;
      now: components['schemas']['InstantTextInput'];
      servicePoint: {
        address: string;
        id: number;
        name: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
      /** @description Opening hours today, HH:MM China time; empty when closed */
      readonly todayHours: {
        close: string;
        open: string;
      }[];
    };
    QueuePointOverview: {
      /** @description Every category, closed ones too */
      readonly categories: components['schemas']['QueueCategory'][];
      day: components['schemas']['CalendarDay'];
      servicePoint: {
        id: number;
        name: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
      readonly windows: components['schemas']['QueueWindowState'][];
    };
    QueuePointOverviewInput: {
      /** @description Every category, closed ones too */
      readonly categories: components['schemas']['QueueCategoryInput'][];
      day: components['schemas']['CalendarDayInput'];
      servicePoint: {
        id: number;
        name: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
      readonly windows: components['schemas']['QueueWindowStateInput'][];
    };
    QueueStats: {
      readonly byCategory: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        categoryId: number;
        /** @description The category letter A–Z */
        letter: string;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        nameEn: string;
        nameZh: string;
        noShow: number;
        served: number;
        servicePointId: number;
        servicePointName: string;
        tickets: number;
      }[];
      /** @description Hours with tickets, ascending */
      readonly byHour: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Hour of day taken, China time */
        hour: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        tickets: number;
      }[];
      readonly byWindow: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        servicePointId: number;
        servicePointName: string;
        tickets: number;
        windowId: number;
        windowName: string;
        windowNumber: string;
      }[];
      /** @description Start of the range, inclusive */
      from: components['schemas']['InstantText'];
      /** @description End of the range, exclusive */
      to: components['schemas']['InstantText'];
      totals: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        tickets: number;
      };
    };
    QueueStatsInput: {
      readonly byCategory: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        categoryId: number;
        /** @description The category letter A–Z */
        letter: string;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        nameEn: string;
        nameZh: string;
        noShow: number;
        served: number;
        servicePointId: number;
        servicePointName: string;
        tickets: number;
      }[];
      /** @description Hours with tickets, ascending */
      readonly byHour: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Hour of day taken, China time */
        hour: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        tickets: number;
      }[];
      readonly byWindow: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        servicePointId: number;
        servicePointName: string;
        tickets: number;
        windowId: number;
        windowName: string;
        windowNumber: string;
      }[];
      /** @description Start of the range, inclusive */
      from: components['schemas']['InstantTextInput'];
      /** @description End of the range, exclusive */
      to: components['schemas']['InstantTextInput'];
      totals: {
        /** @description Whole seconds */
        avgServiceSeconds: number | null;
        /** @description Whole seconds */
        avgWaitSeconds: number | null;
        called: number;
        /** @description Whole seconds */
        maxServiceSeconds: number | null;
        /** @description Whole seconds */
        maxWaitSeconds: number | null;
        noShow: number;
        served: number;
        tickets: number;
      };
    };
    QueueTakenTicket: {
      /** @description Estimated minutes; null when no open window serves the category */
      estimatedWaitMinutes: number | null;
      servicePoint: {
        id: number;
        name: string;
      };
      ticket: {
        categoryId: number;
        categoryNameEn: string;
        categoryNameZh: string;
        /** @description Letter and three digits, e.g. A001 */
        code: string;
        day: components['schemas']['CalendarDay'];
        id: number;
        /** @description The category letter A–Z */
        letter: string;
        takenAt: components['schemas']['InstantText'];
      };
      /** @description Waiting tickets of the same category taken before */
      waitingAhead: number;
    };
    QueueTakenTicketInput: {
      /** @description Estimated minutes; null when no open window serves the category */
      estimatedWaitMinutes: number | null;
      servicePoint: {
        id: number;
        name: string;
      };
      ticket: {
        categoryId: number;
        categoryNameEn: string;
        categoryNameZh: string;
        /** @description Letter and three digits, e.g. A001 */
        code: string;
        day: components['schemas']['CalendarDayInput'];
        id: number;
        /** @description The category letter A–Z */
        letter: string;
        takenAt: components['schemas']['InstantTextInput'];
      };
      /** @description Waiting tickets of the same category taken before */
      waitingAhead: number;
    };
    QueueTicket: {
      /** @description The first call */
      calledAt: components['schemas']['InstantText'] | null;
      /** @description The case opened for it */
      caseId: number | null;
      categoryId: number;
      /** @description Letter and three digits, e.g. A001 */
      code: string;
      day: components['schemas']['CalendarDay'];
      finishedAt: components['schemas']['InstantText'] | null;
      id: number;
      lastCalledAt: components['schemas']['InstantText'] | null;
      /** @description The category letter A–Z */
      letter: string;
      noShowAt: components['schemas']['InstantText'] | null;
      recallCount: number;
      servicePointId: number;
      /** @description finishedAt − serviceStartedAt in whole seconds; null until done */
      serviceSeconds: number | null;
      serviceStartedAt: components['schemas']['InstantText'] | null;
      /** @description Who called it */
      staffId: number | null;
      /** @enum {string} */
      status: 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
      takenAt: components['schemas']['InstantText'];
      /** @description calledAt − takenAt in whole seconds; null until called */
      waitSeconds: number | null;
      windowId: number | null;
      windowNumber: string | null;
    };
    QueueTicketInput: {
      /** @description The first call */
      calledAt: components['schemas']['InstantTextInput'] | null;
      /** @description The case opened for it */
      caseId: number | null;
      categoryId: number;
      /** @description Letter and three digits, e.g. A001 */
      code: string;
      day: components['schemas']['CalendarDayInput'];
      finishedAt: components['schemas']['InstantTextInput'] | null;
      id: number;
      lastCalledAt: components['schemas']['InstantTextInput'] | null;
      /** @description The category letter A–Z */
      letter: string;
      noShowAt: components['schemas']['InstantTextInput'] | null;
      recallCount: number;
      servicePointId: number;
      /** @description finishedAt − serviceStartedAt in whole seconds; null until done */
      serviceSeconds: number | null;
      serviceStartedAt: components['schemas']['InstantTextInput'] | null;
      /** @description Who called it */
      staffId: number | null;
      /** @enum {string} */
      status: 'waiting' | 'called' | 'serving' | 'done' | 'no_show';
      takenAt: components['schemas']['InstantTextInput'];
      /** @description calledAt − takenAt in whole seconds; null until called */
      waitSeconds: number | null;
      windowId: number | null;
      windowNumber: string | null;
    };
    QueueTicketList: {
      readonly items: components['schemas']['QueueTicket'][];
      total: number;
    };
    QueueTicketListInput: {
      readonly items: components['schemas']['QueueTicketInput'][];
      total: number;
    };
    QueueWindowState: {
      /** @description What it serves: open ones, and closed ones still holding tickets */
      readonly categories: components['schemas']['QueueCategory'][];
      /** @description The explicit set; empty means every category of the hall */
      readonly categoryIds: number[];
      /** @description The ticket called or served at this window */
      current: components['schemas']['QueueTicket'] | null;
      day: components['schemas']['CalendarDay'];
      /** @description Tickets finished here today */
      servedToday: number;
      /** @description Tickets waiting in those categories */
      waiting: number;
      window: {
        id: number;
        name: string;
        number: string;
        servicePointId: number;
        servicePointName: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
    };
    QueueWindowStateInput: {
      /** @description What it serves: open ones, and closed ones still holding tickets */
      readonly categories: components['schemas']['QueueCategoryInput'][];
      /** @description The explicit set; empty means every category of the hall */
      readonly categoryIds: number[];
      /** @description The ticket called or served at this window */
      current: components['schemas']['QueueTicketInput'] | null;
      day: components['schemas']['CalendarDayInput'];
      /** @description Tickets finished here today */
      servedToday: number;
      /** @description Tickets waiting in those categories */
      waiting: number;
      window: {
        id: number;
        name: string;
        number: string;
        servicePointId: number;
        servicePointName: string;
        /** @enum {string} */
        status: 'active' | 'closed';
      };
    };
    RegistrationChange: {
      actorName: string;
      caseId: number | null;
      changedAt: components['schemas']['InstantText'];
      effectiveOn: components['schemas']['CalendarDay'];
      field: string;
      /** @description Fields changed together share a group */
      group: number;
      newValue: string | null;
      oldValue: string | null;
      reason: string | null;
    };
    RegistrationChangeInput: {
      actorName: string;
      caseId: number | null;
      changedAt: components['schemas']['InstantTextInput'];
      effectiveOn: components['schemas']['CalendarDayInput'];
      field: string;
      /** @description Fields changed together share a group */
      group: number;
      newValue: string | null;
      oldValue: string | null;
      reason: string | null;
    };
    RegistrationImport: {
      /** @description staff, public_user or cli */
      actorKind: string;
      /** @enum {string} */
      channel: 'web' | 'window' | 'cli';
      createdAt: components['schemas']['Instant'];
      employerId: number;
      errorCount: number;
      fileName: string;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      id: number;
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      reportAvailable: boolean;
      rowCount: number;
      /** @enum {string} */
      status: 'applied' | 'rejected';
    };
    RegistrationImportError: {
      /** @description The named rejection code */
      code: string;
      /** @description The column as the file's header names it; null for the row as a whole */
      column: string | null;
      field: string;
      /** @description The line in the file, 1 = the header */
      line: number;
      /** @description In the caller's language */
      message: string;
    };
    RegistrationImportErrorInput: {
      /** @description The named rejection code */
      code: string;
      /** @description The column as the file's header names it; null for the row as a whole */
      column: string | null;
      field: string;
      /** @description The line in the file, 1 = the header */
      line: number;
      /** @description In the caller's language */
      message: string;
    };
    RegistrationImportInput: {
      /** @description staff, public_user or cli */
      actorKind: string;
      /** @enum {string} */
      channel: 'web' | 'window' | 'cli';
      createdAt: components['schemas']['InstantInput'];
      employerId: number;
      errorCount: number;
      fileName: string;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      id: number;
      /** @enum {string} */
      language: 'zh-CN' | 'en';
      reportAvailable: boolean;
      rowCount: number;
      /** @enum {string} */
      status: 'applied' | 'rejected';
    };
    RegistrationImportResult: {
      dryRun: boolean;
      errorCount: number;
      /** @description At most 1,000; errorsTruncated says when the report holds more */
      readonly errors: components['schemas']['RegistrationImportError'][];
      errorsTruncated: boolean;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      hires: number;
      /** @description Null for a dry run that found nothing wrong (nothing is recorded) */
      importId: number | null;
      personsCreated: number;
      reportAvailable: boolean;
      rowCount: number;
      separations: number;
      /** @enum {string} */
      status: 'applied' | 'rejected' | 'validated';
    };
    RegistrationImportResultInput: {
      dryRun: boolean;
      errorCount: number;
      /** @description At most 1,000; errorsTruncated says when the report holds more */
      readonly errors: components['schemas']['RegistrationImportErrorInput'][];
      errorsTruncated: boolean;
      /** @enum {string} */
      format: 'xlsx' | 'csv';
      hires: number;
      /** @description Null for a dry run that found nothing wrong (nothing is recorded) */
      importId: number | null;
      personsCreated: number;
      reportAvailable: boolean;
      rowCount: number;
      separations: number;
      /** @enum {string} */
      status: 'applied' | 'rejected' | 'validated';
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
