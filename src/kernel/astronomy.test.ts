import { describe, expect, it } from 'vitest';
import {
  chinaDateOfJde,
  deltaTSeconds,
  lunationNear,
  newMoonJde,
  solarLongitudeJde,
  sunApparentLongitude,
} from './astronomy.ts';

const msPerDay = 86_400_000;
/** A JDE as a UT instant, with ΔT taken off. */
const instantOf = (jde: number, year: number) =>
  new Date(Math.round((jde - deltaTSeconds(year) / 86_400 - 2_440_587.5) * msPerDay));
const minutesApart = (a: Date, b: Date) => Math.abs(a.getTime() - b.getTime()) / 60_000;

describe('the worked examples of Meeus', () => {
  it('49.a: the new moon of February 1977 (k = −283) is at JDE 2443192.65118', () => {
    expect(newMoonJde(-283)).toBeCloseTo(2_443_192.651_18, 4);
  });

  it("25.b: the Sun's apparent longitude on 1992-10-13.0 TD is 199.9060°", () => {
    expect(sunApparentLongitude(2_448_908.5)).toBeCloseTo(199.906, 3);
  });
});

describe('solar terms', () => {
  // The instants of 清明 as published (Beijing time), to within a minute.
  it.each([
    [2020, '2020-04-04T15:38:02+08:00'],
    [2021, '2021-04-04T21:34:58+08:00'],
    [2022, '2022-04-05T03:20:03+08:00'],
    [2023, '2023-04-05T09:12:56+08:00'],
    [2024, '2024-04-04T15:02:03+08:00'],
    [2025, '2025-04-04T20:48:21+08:00'],
  ])('Qingming %i is at %s', (year, published) => {
    expect(minutesApart(instantOf(solarLongitudeJde(year, 15), year), new Date(published))).toBeLessThan(1);
  });

  it.each([
    [2025, 0, '2025-03-20', '春分, the March equinox'],
    [2025, 345, '2025-03-05', '惊蛰, just before it'],
    [2025, 270, '2025-12-21', '冬至, the December solstice'],
    [2025, 285, '2025-01-05', '小寒, reached in January, before the equinox'],
  ])('%i at %i° falls on %s (%s)', (year, longitude, day) => {
    expect(chinaDateOfJde(solarLongitudeJde(year, longitude))).toBe(day);
  });

  it.each([-1, 360])('refuses a longitude of %i', (longitude) => {
    expect(() => solarLongitudeJde(2025, longitude)).toThrow('not in [0, 360)');
  });
});

describe('new moons', () => {
  // Published new moons (UT); the China day is the one of the instant at UTC+8.
  it.each([
    ['2024-02-09T22:59Z', '2024-02-10'],
    ['2025-01-29T12:36Z', '2025-01-29'],
    ['2027-02-06T15:56Z', '2027-02-06'],
  ])('the new moon of %s is on %s in China', (published, day) => {
    const at = new Date(published);
    const year = at.getUTCFullYear();
    const k = Array.from({ length: 16 }, (_, i) => lunationNear(year) + i).find(
      (candidate) => minutesApart(instantOf(newMoonJde(candidate), year), at) < 2,
    );
    expect(k).toBeDefined();
    expect(chinaDateOfJde(newMoonJde(k as number))).toBe(day);
  });

  it('refuses a fractional lunation', () => {
    expect(() => newMoonJde(0.5)).toThrow('not an integer');
  });
});

describe('ΔT', () => {
  it.each([
    [2005, 64.7],
    [2025, 74.5],
    [2050, 93],
    [2100, 202.7],
  ])('in %i it is about %s s', (year, seconds) => {
    expect(deltaTSeconds(year)).toBeCloseTo(seconds, 0);
  });

  it.each([2004, 2151])('is not modelled for %i', (year) => {
    expect(() => deltaTSeconds(year)).toThrow('not modelled');
  });
});
