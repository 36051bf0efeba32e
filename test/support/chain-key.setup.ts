/** Vitest setup file: installs the tests' chain key in each test file's module graph. */
import { installChainKey } from '../../src/modules/audit/index.ts';
import { testKeys } from './keys.ts';

installChainKey(testKeys);
