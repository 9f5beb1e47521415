#!/usr/bin/env node
// Runs the TypeScript entry point through tsx, so the CLI needs no build step.
import { register } from 'tsx/esm/api';

// The AWS SDK warns that its 2027 releases will need Node 22 (README, "Requirements"); a
// command's output is for the user's task, so only other warnings are shown, on one line.
process.removeAllListeners('warning');
process.on('warning', (warning) => {
  if (!`${warning.name} ${warning.message}`.includes('NodeVersionSupportWarning'))
    process.stderr.write(`warning: ${warning.message.split('\n')[0]}\n`);
});

register();
await import('../src/main.ts');
