#!/usr/bin/env node
// The `masterplan` command: runs the compiled CLI, compiling it first if a source file changed.
import {compiledCli} from '../compile.mjs';

await import(await compiledCli());
