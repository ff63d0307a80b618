#!/usr/bin/env node
// Compiled by `npm ci` (the prepare script builds lib/).
import { cli } from '../lib/cli.js';

process.exitCode = await cli(process.argv.slice(2));
