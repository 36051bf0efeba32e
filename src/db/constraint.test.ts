import { describe, expect, it } from 'vitest';
import { constraintOf } from './constraint.ts';

describe('constraintOf', () => {
  it.each([
    ['the field, as one server names it', { constraint: 'staff_username_key' }, 'staff_username_key'],
    [
      'the field of a shard, its id cut off',
      { constraint: 'payment_files_content_hash_key_102044' },
      'payment_files_content_hash_key',
    ],
    [
      'the message of a violation relayed from a worker, without the field',
      { message: 'duplicate key value violates unique constraint "staff_username_key_102008"' },
      'staff_username_key',
    ],
    [
      'a foreign-key message',
      { message: 'insert or update on table "x" violates foreign key constraint "x_person_id_fkey"' },
      'x_person_id_fkey',
    ],
    ['an error that names none', { message: 'canceling statement due to statement timeout' }, undefined],
    ['no error at all', null, undefined],
  ])('%s', (_, error, expected) => {
    expect(constraintOf(error)).toBe(expected);
  });
});
