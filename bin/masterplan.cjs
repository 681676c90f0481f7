#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the toolkit needs no build step (Node 20 cannot strip types itself).
const {spawnSync} = require('node:child_process');
const path = require('node:path');

const cli = path.join(__dirname, '..', 'src', 'toolkit', 'cli.ts');
const tsx = require.resolve('tsx/cli');
const result = spawnSync(process.execPath, [tsx, cli, ...process.argv.slice(2)], {stdio: 'inherit'});
// An exit code, not process.exit(): nothing of ours is left to flush, but this keeps the one rule.
process.exitCode = result.status ?? 1;
