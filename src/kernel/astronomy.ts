/**
 * Just enough astronomy to date the Chinese festivals of a year whose State Council notice is not
 * yet out: the instant the Sun reaches an ecliptic longitude (a solar term, 节气) and the instant
 * of a new moon (朔), both turned into a China calendar day. Both follow Jean Meeus, *Astronomical
 * Algorithms* (2nd ed., 1998): the Sun from VSOP87 truncated to its larger terms (chapter 25,
 * appendix III), about a second of arc, so a term's instant is right to within a minute; the new
 * moon from chapter 49, right to within seconds. ΔT (TT − UT) is Espenak and Meeus's polynomial.
 * The instants are computed in Terrestrial Time and shifted to UT before taking China's day.
 */
import { assert } from './assert.ts';
import { type CalendarDate, dateOfInstant } from './calendar-date.ts';

const degree = Math.PI / 180;
const julianDayOfUnixEpoch = 2_440_587.5;
const j2000 = 2_451_545;
const msPerDay = 86_400_000;
/** Mean motion of the Sun in longitude, degrees per day. */
const sunDegreesPerDay = 0.985_647_4;
/** Years the ΔT polynomials are meant for. */
const deltaTYearMin = 2005;
const deltaTYearMax = 2150;

type Series = ReadonlyArray<readonly [amplitude: number, phase: number, frequency: number]>;

// VSOP87 for the Earth, heliocentric longitude (1e-8 rad) and radius (1e-8 AU), terms ≥ ~1e-6.
const longitudeSeries: readonly Series[] = [
  [
    [175_347_046, 0, 0],
    [3_341_656, 4.669_256_8, 6283.075_85],
    [34_894, 4.6261, 12_566.1517],
    [3497, 2.7441, 5753.3849],
    [3418, 2.8289, 3.5231],
    [3136, 3.6277, 77_713.7715],
    [2676, 4.4181, 7860.4194],
    [2343, 6.1352, 3930.2097],
    [1324, 0.7425, 11_506.7698],
    [1273, 2.0371, 529.691],
    [1199, 1.1096, 1577.3435],
    [990, 5.233, 5884.927],
    [902, 2.045, 26.298],
    [857, 3.508, 398.149],
    [780, 1.179, 5223.694],
    [753, 2.533, 5507.553],
    [505, 4.583, 18_849.228],
    [492, 4.205, 775.523],
    [357, 2.92, 0.067],
    [317, 5.849, 11_790.629],
    [284, 1.899, 796.298],
    [271, 0.315, 10_977.079],
    [243, 0.345, 5486.778],
    [206, 4.806, 2544.314],
    [205, 1.869, 5573.143],
    [202, 2.458, 6069.777],
    [156, 0.833, 213.299],
    [132, 3.411, 2942.463],
    [126, 1.083, 20.775],
    [115, 0.645, 0.98],
    [103, 0.636, 4694.003],
    [102, 0.976, 15_720.839],
    [102, 4.267, 7.114],
  ],
  [
    [628_331_966_747, 0, 0],
    [206_059, 2.678_235, 6283.075_85],
    [4303, 2.6351, 12_566.1517],
    [425, 1.59, 3.523],
    [119, 5.796, 26.298],
    [109, 2.966, 1577.344],
    [93, 2.59, 18_849.23],
    [72, 1.14, 529.69],
    [68, 1.87, 398.15],
    [67, 4.41, 5507.55],
    [59, 2.89, 5223.69],
    [56, 2.17, 155.42],
    [45, 0.4, 796.3],
    [36, 0.47, 775.52],
  ],
  [
    [52_919, 0, 0],
    [8720, 1.0721, 6283.0758],
    [309, 0.867, 12_566.152],
    [27, 0.05, 3.52],
    [16, 5.19, 26.3],
    [16, 3.68, 155.42],
  ],
  [
    [289, 5.844, 6283.076],
    [35, 0, 0],
    [17, 5.49, 12_566.15],
  ],
  [[114, 3.142, 0]],
];
const radiusSeries: readonly Series[] = [
  [
    [100_013_989, 0, 0],
    [1_670_700, 3.098_463_5, 6283.075_85],
    [13_956, 3.055_25, 12_566.1517],
    [3084, 5.1985, 77_713.7715],
    [1628, 1.1739, 5753.3849],
    [1576, 2.8469, 7860.4194],
  ],
  [
    [103_019, 1.107_49, 6283.075_85],
    [1721, 1.0644, 12_566.1517],
  ],
];

/** Σ_i τ^i Σ A cos(B + Cτ), the shape of every VSOP87 quantity. */
function vsop(series: readonly Series[], tau: number): number {
  return series.reduce(
    (total, terms, power) =>
      total + tau ** power * terms.reduce((sum, [a, b, c]) => sum + a * Math.cos(b + c * tau), 0),
    0,
  );
}

function normalizeDegrees(angle: number): number {
  return ((angle % 360) + 360) % 360;
}

/** ΔT = TT − UT in seconds for a year in 2005–2150 (Espenak and Meeus, 2006). */
export function deltaTSeconds(year: number): number {
  assert(year >= deltaTYearMin && year <= deltaTYearMax, `ΔT is not modelled for year ${year}`);
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.322_17 * t + 0.005_589 * t * t;
  }
  const u = (year - 1820) / 100;
  return -20 + 32 * u * u - 0.5628 * (2150 - year);
}

/** The Sun's apparent geocentric longitude in degrees at a Julian Ephemeris Day (TT). */
export function sunApparentLongitude(jde: number): number {
  const tau = (jde - j2000) / 365_250;
  const t = tau * 10;
  const heliocentric = vsop(longitudeSeries, tau) / 1e8 / degree;
  const radius = vsop(radiusSeries, tau) / 1e8;
  // Nutation in longitude, its four largest terms (Meeus 22), in seconds of arc.
  const node = (125.044_52 - 1934.136_261 * t) * degree;
  const sunMean = (280.4665 + 36_000.7698 * t) * degree;
  const moonMean = (218.3165 + 481_267.8813 * t) * degree;
  const nutation =
    -17.2 * Math.sin(node) - 1.32 * Math.sin(2 * sunMean) - 0.23 * Math.sin(2 * moonMean) + 0.21 * Math.sin(2 * node);
  // Geocentric = heliocentric + 180°; then FK5, nutation and aberration (−20.4898″ / R).
  const arcSeconds = -0.090_33 + nutation - 20.4898 / radius;
  return normalizeDegrees(heliocentric + 180 + arcSeconds / 3600);
}

/**
 * The instant (JDE) in `year` when the Sun's apparent longitude reaches `longitude` degrees, by
 * Newton's iteration from the mean Sun (15° is 清明 about 4 April, 0° the March equinox).
 */
export function solarLongitudeJde(year: number, longitude: number): number {
  assert(longitude >= 0 && longitude < 360, `solar longitude ${longitude} is not in [0, 360)`);
  // The March equinox is near day 79 of the year and the Sun moves about 0.9856° a day; the
  // longitudes past ~282° (小寒, 大寒) are reached in January, before that year's equinox.
  const afterEquinox = 79 + longitude / sunDegreesPerDay;
  const dayOfYear = afterEquinox > 365 ? afterEquinox - 365.2422 : afterEquinox;
  let jde = j2000 - 0.5 + (year - 2000) * 365.2422 + dayOfYear;
  for (let step = 0; step < 8; step++) {
    const behind = normalizeDegrees(longitude - sunApparentLongitude(jde) + 180) - 180;
    jde += behind / sunDegreesPerDay;
  }
  return jde;
}

/**
 * The instant (JDE) of the new moon of lunation `k` (k = 0 is the one of 6 January 2000; one more
 * per synodic month), with Meeus's periodic and planetary corrections (chapter 49).
 */
export function newMoonJde(k: number): number {
  assert(Number.isSafeInteger(k), `lunation ${k} is not an integer`);
  const t = k / 1236.85;
  const mean = 2_451_550.097_66 + 29.530_588_861 * k + 0.000_154_37 * t ** 2 - 0.000_000_15 * t ** 3;
  const e = 1 - 0.002_516 * t - 0.000_007_4 * t ** 2;
  const m = (2.5534 + 29.105_356_7 * k - 0.000_001_4 * t ** 2) * degree;
  const mp = (201.5643 + 385.816_935_28 * k + 0.010_758_2 * t ** 2 + 0.000_012_38 * t ** 3) * degree;
  const f = (160.7108 + 390.670_502_84 * k - 0.001_611_8 * t ** 2 - 0.000_002_27 * t ** 3) * degree;
  const node = (124.7746 - 1.563_755_88 * k + 0.002_067_2 * t ** 2) * degree;
  const sin = Math.sin;
  const periodic =
    -0.4072 * sin(mp) +
    0.172_41 * e * sin(m) +
    0.016_08 * sin(2 * mp) +
    0.010_39 * sin(2 * f) +
    0.007_39 * e * sin(mp - m) -
    0.005_14 * e * sin(mp + m) +
    0.002_08 * e * e * sin(2 * m) -
    0.001_11 * sin(mp - 2 * f) -
    0.000_57 * sin(mp + 2 * f) +
    0.000_56 * e * sin(2 * mp + m) -
    0.000_42 * sin(3 * mp) +
    0.000_42 * e * sin(m + 2 * f) +
    0.000_38 * e * sin(m - 2 * f) -
    0.000_24 * e * sin(2 * mp - m) -
    0.000_17 * sin(node) -
    0.000_07 * sin(mp + 2 * m) +
    0.000_04 * (sin(2 * mp - 2 * f) + sin(3 * m)) +
    0.000_03 * (sin(mp + m - 2 * f) + sin(2 * mp + 2 * f) - sin(mp + m + 2 * f) + sin(mp - m + 2 * f)) -
    0.000_02 * (sin(mp - m - 2 * f) + sin(3 * mp + m) - sin(4 * mp));
  return mean + periodic + planetaryCorrection(k, t);
}

/** The fourteen additional corrections of Meeus 49, for the new moon. */
function planetaryCorrection(k: number, t: number): number {
  const terms: ReadonlyArray<readonly [number, number]> = [
    [0.000_325, 299.77 + 0.107_408 * k - 0.009_173 * t ** 2],
    [0.000_165, 251.88 + 0.016_321 * k],
    [0.000_164, 251.83 + 26.651_886 * k],
    [0.000_126, 349.42 + 36.412_478 * k],
    [0.00011, 84.66 + 18.206_239 * k],
    [0.000_062, 141.74 + 53.303_771 * k],
    [0.00006, 207.14 + 2.453_732 * k],
    [0.000_056, 154.84 + 7.30686 * k],
    [0.000_047, 34.52 + 27.261_239 * k],
    [0.000_042, 207.19 + 0.121_824 * k],
    [0.00004, 291.34 + 1.844_379 * k],
    [0.000_037, 161.72 + 24.198_154 * k],
    [0.000_035, 239.56 + 25.513_099 * k],
    [0.000_023, 331.55 + 3.592_518 * k],
  ];
  return terms.reduce((sum, [amplitude, angle]) => sum + amplitude * Math.sin(angle * degree), 0);
}

/** The lunation number of the first new moon on or after about `year`-01-01, minus one for safety. */
export function lunationNear(year: number): number {
  return Math.floor((year - 2000) * 12.3685) - 1;
}

/** The China calendar day (UTC+8) of an instant given in Terrestrial Time. */
export function chinaDateOfJde(jde: number): CalendarDate {
  const year = 2000 + (jde - j2000) / 365.25;
  const ut = jde - deltaTSeconds(year) / 86_400;
  return dateOfInstant(new Date(Math.round((ut - julianDayOfUnixEpoch) * msPerDay)));
}
