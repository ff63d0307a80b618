#!/usr/bin/env node
// The CLI runs from the bundle in dist/ when it is there (what a clone and the actions ship:
// one file to load, each command and each cloud's SDK only when used, so its first request
// comes sooner), else from lib/, which `npm ci` compiles (the prepare script). `emulator`, a
// development tool the bundle leaves out, always runs from lib/; so does every command with
// WORKER_IMAGE_CLI=lib (to run the source you are editing after `npm run build`).
import { URL } from 'node:url';

// node:fs is taken as a builtin, not imported: an ES import of it makes Node build its module
// facade, reading every export, which loads its streams (~7 ms of every command's start). Node
// before 20.16 has no getBuiltinModule, and imports it.
const { existsSync } = process.getBuiltinModule?.('node:fs') ?? (await import('node:fs'));

const argv = process.argv.slice(2);
const bundle = new URL('../dist/lib/index.js', import.meta.url);
const fromBundle =
  argv[0] !== 'emulator' && process.env.WORKER_IMAGE_CLI !== 'lib' && existsSync(bundle);
const { cli } = await import(fromBundle ? bundle.href : '../lib/cli.js');

process.exitCode = await cli(argv);
