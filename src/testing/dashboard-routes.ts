import fs from 'fs';
import path from 'path';
import ts from 'typescript';

/** A route a plugin's Dashboard extension registers. */
export interface DashboardExtensionRoute {
    /** The plugin folder name (`plugins/<plugin>`). */
    plugin: string;
    /** The route path as registered, e.g. `/companies` or `/companies/$id`. */
    path: string;
    /** Whether the route has an entry in the navigation menu. */
    inNavMenu: boolean;
}

/** Where a plugin's Dashboard extension puts a page block: the page id and the block id. */
export interface DashboardExtensionPageBlock {
    plugin: string;
    pageId: string;
    blockId: string;
}

/** What the Dashboard extensions of all plugins register, as `defineDashboardExtension` received it. */
export interface DashboardExtensionManifest {
    routes: DashboardExtensionRoute[];
    pageBlocks: DashboardExtensionPageBlock[];
}

interface CapturedExtension {
    routes?: Array<{ path?: string; navMenuItem?: unknown }>;
    pageBlocks?: Array<{ id?: string; location?: { pageId?: string } }>;
}

/**
 * Reads what every plugin's Dashboard extension (`plugins/<name>/dashboard/index.tsx`) registers, by running the
 * extension's own modules with `defineDashboardExtension` replaced by a recorder: the routes are those the
 * extension really passes, however it assembles them (spread from sub-modules, computed), so a new plugin's
 * pages are found without editing any list.
 *
 * The modules run in Node: their own relative imports are transpiled (TypeScript, React JSX) and executed;
 * every package import (`@vendure/dashboard`, React, lingui macros, `@/gql`, icons) is an inert stand-in. Route
 * components and loaders are never called, so only the registration itself needs to run.
 */
export function readDashboardExtensions(root: string): DashboardExtensionManifest {
    const manifest: DashboardExtensionManifest = { routes: [], pageBlocks: [] };
    const pluginsDir = path.join(root, 'plugins');
    if (!fs.existsSync(pluginsDir)) {
        return manifest;
    }
    for (const plugin of fs.readdirSync(pluginsDir).sort()) {
        const entry = ['index.tsx', 'index.ts']
            .map(f => path.join(pluginsDir, plugin, 'dashboard', f))
            .find(f => fs.existsSync(f));
        if (!entry) {
            continue;
        }
        const captured: CapturedExtension[] = [];
        runExtensionModule(entry, captured);
        if (captured.length === 0) {
            throw new Error(`${path.relative(root, entry)} does not call defineDashboardExtension`);
        }
        for (const extension of captured) {
            for (const route of extension.routes ?? []) {
                if (typeof route.path === 'string') {
                    manifest.routes.push({ plugin, path: route.path, inNavMenu: !!route.navMenuItem });
                }
            }
            for (const block of extension.pageBlocks ?? []) {
                if (block.location?.pageId && block.id) {
                    manifest.pageBlocks.push({ plugin, pageId: block.location.pageId, blockId: block.id });
                }
            }
        }
    }
    return manifest;
}

/** An object that is every value at once: callable, constructible, any property of it is itself. */
function inert(): unknown {
    const target = function () {
        /* inert */
    };
    const proxy: unknown = new Proxy(target, {
        get: (_t, prop) => {
            if (prop === 'then' || prop === Symbol.iterator || prop === Symbol.asyncIterator) {
                return undefined;
            }
            if (prop === Symbol.toPrimitive) {
                return () => '';
            }
            if (prop === '__esModule') {
                return true;
            }
            return proxy;
        },
        apply: () => proxy,
        construct: () => proxy as object,
    });
    return proxy;
}

function runExtensionModule(entry: string, captured: CapturedExtension[]): void {
    const cache = new Map<string, { exports: unknown }>();
    const packageStub = inert();
    const dashboardStub = new Proxy(
        {},
        {
            get: (_t, prop) => {
                if (prop === 'defineDashboardExtension') {
                    return (extension: CapturedExtension) => {
                        captured.push(extension);
                    };
                }
                if (prop === '__esModule') {
                    return true;
                }
                return packageStub;
            },
        },
    );

    const load = (file: string): unknown => {
        const cached = cache.get(file);
        if (cached) {
            return cached.exports;
        }
        const module = { exports: {} as unknown };
        cache.set(file, module);
        const source = fs.readFileSync(file, 'utf-8');
        const { outputText } = ts.transpileModule(source, {
            fileName: file,
            compilerOptions: {
                module: ts.ModuleKind.CommonJS,
                target: ts.ScriptTarget.ES2021,
                jsx: ts.JsxEmit.ReactJSX,
                esModuleInterop: true,
            },
        });
        const localRequire = (specifier: string): unknown => {
            if (specifier === '@vendure/dashboard') {
                return dashboardStub;
            }
            if (!specifier.startsWith('.')) {
                return packageStub;
            }
            const resolved = resolveLocal(path.resolve(path.dirname(file), specifier));
            if (!resolved) {
                throw new Error(`Cannot resolve ${specifier} from ${file}`);
            }
            return /\.(tsx?|jsx?)$/.test(resolved) ? load(resolved) : packageStub;
        };
        // eslint-disable-next-line @typescript-eslint/no-implied-eval
        const run = new Function('exports', 'require', 'module', '__filename', '__dirname', outputText) as (
            ...args: unknown[]
        ) => void;
        run(module.exports, localRequire, module, file, path.dirname(file));
        return module.exports;
    };
    load(entry);
}

function resolveLocal(base: string): string | undefined {
    const candidates = [
        base,
        ...['.tsx', '.ts', '.jsx', '.js'].map(ext => base + ext),
        ...['index.tsx', 'index.ts', 'index.js'].map(f => path.join(base, f)),
    ];
    return candidates.find(c => fs.existsSync(c) && fs.statSync(c).isFile());
}
