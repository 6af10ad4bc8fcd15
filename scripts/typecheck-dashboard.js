#!/usr/bin/env node
// Type-checks the Dashboard extensions (tsconfig.dashboard.json). @vendure/dashboard ships its TypeScript sources
// and its types point at them, so tsc also checks the package's own files, which do not compile outside its Vite
// build (virtual modules, its own editor typings). Errors there are the package's, not ours: they are counted
// and reported in one line; any error in our files fails.
'use strict';
const { spawnSync } = require('child_process');
const path = require('path');

const tsc = path.join(__dirname, '..', 'node_modules', 'typescript', 'bin', 'tsc');
const r = spawnSync(
    process.execPath,
    [tsc, '-p', 'tsconfig.dashboard.json', '--noEmit', '--pretty', 'false'],
    {
        cwd: path.join(__dirname, '..'),
        encoding: 'utf-8',
    },
);
const lines = (r.stdout + r.stderr).split('\n');
const errorStarts = lines.filter(l => /^\S.*\(\d+,\d+\): error TS\d+/.test(l) || /^error TS\d+/.test(l));
const ours = errorStarts.filter(l => !l.startsWith('node_modules/'));
const theirs = errorStarts.length - ours.length;
if (theirs) {
    console.log(`(ignored ${theirs} errors inside node_modules/@vendure/dashboard sources)`);
}
if (ours.length) {
    console.error(ours.join('\n'));
    process.exit(1);
}
if (r.status !== 0 && errorStarts.length === 0) {
    console.error(r.stdout + r.stderr);
    process.exit(1);
}
console.log('Dashboard code type-checks');
