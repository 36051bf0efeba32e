#!/usr/bin/env node
// The `shebao` command. Runs the TypeScript sources through tsx so that there is no build step.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
