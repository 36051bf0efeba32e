// The kernel's public surface: pure primitives every module may import.
export * from './assert.ts';
export * from './astronomy.ts';
export * from './calendar-date.ts';
export * from './cents.ts';
export * from './chinese-calendar.ts';
export * from './citizen-id.ts';
export * from './clock.ts';
export * from './credit-code.ts';
export * from './first-kept.ts';
export * from './holder-name.ts';
export * from './holidays.ts';
export * from './kernel-rejections.ts';
export * from './period.ts';
export * from './provisional-holidays.ts';
export * from './rejection.ts';
export * from './sm-crypto.ts';
export * from './working-days.ts';
