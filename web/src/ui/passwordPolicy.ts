/**
 * The password policy of the API contract, checked in the browser only to help the user type a
 * good one; the server applies the full policy (history, user name) and has the last word.
 */
export const passwordLengthMin = 12;

export function passwordClassCount(password: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((re) => re.test(password)).length;
}

export function meetsPasswordShape(password: string): boolean {
  return password.length >= passwordLengthMin && passwordClassCount(password) >= 3;
}
