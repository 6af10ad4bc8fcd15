#!/usr/bin/env node
// `npm start`: builds the server and the Dashboard when their sources are newer than the build, then hands over
// to dist/src/start.js (migrate, seed the demo once, run server + worker). Plain JavaScript so that it runs
// before anything is compiled.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const dist = path.join(root, 'dist');

function newest(paths, exts) {
    let max = 0;
    const walk = p => {
        if (!fs.existsSync(p)) return;
        const st = fs.statSync(p);
        if (st.isDirectory()) {
            const base = path.basename(p);
            if (base === 'node_modules' || base === 'dist' || base === '__data__') return;
            for (const f of fs.readdirSync(p)) walk(path.join(p, f));
        } else if (exts.some(e => p.endsWith(e))) {
            max = Math.max(max, st.mtimeMs);
        }
    };
    paths.forEach(p => walk(path.join(root, p)));
    return max;
}

function stamp(file) {
    return fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0;
}

function run(script) {
    console.log(`> npm run ${script}`);
    const r = spawnSync('npm', ['run', '--silent', script], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) process.exit(r.status ?? 1);
}

const sources = ['vendure-config.ts', 'src', 'plugins', 'migrations', 'package.json', 'tsconfig.json'];
const serverStamp = path.join(dist, '.server-build');
if (newest(sources, ['.ts', '.json']) > stamp(serverStamp)) {
    run('build:server');
    fs.writeFileSync(serverStamp, new Date().toISOString());
}
const dashboardStamp = path.join(dist, 'dashboard', 'index.html');
const dashboardSources = ['vendure-config.ts', 'plugins', 'vite.config.mts', 'package.json'];
if (newest(dashboardSources, ['.ts', '.tsx', '.mts', '.json']) > stamp(dashboardStamp)) {
    run('build:dashboard');
}
process.env.VENDURE_DISABLE_TELEMETRY = process.env.VENDURE_DISABLE_TELEMETRY || 'true';
require(path.join(dist, 'src', 'start.js'));
