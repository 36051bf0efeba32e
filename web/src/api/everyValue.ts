/**
 * Every value of a generated union as a list for the UI (checkboxes, pickers, groupings):
 * `everyValue<Channel>()(['window', 'web', …])`. tsc refuses a value the server does not know and a
 * list that leaves one out, so a value added on the server fails here instead of going unshown.
 */
export function everyValue<T extends string>() {
  return <const L extends readonly T[]>(list: L & ([Exclude<T, L[number]>] extends [never] ? unknown : never)) => list;
}
