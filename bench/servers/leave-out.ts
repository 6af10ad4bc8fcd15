/**
 * Which of Triflow's plugins the first server leaves out: all of them (bare Vendure), or with `--without` the named
 * ones, so that the ratios read what those plugins cost. A plugin is named by its class without "Plugin", in any
 * case (`warehouse` for `WarehousePlugin`). A plugin whose Nest module imports a plugin left out cannot start without
 * it, so it is left out too (`--without marketplace` also leaves out the RFQ plugin, which imports it), and so on.
 */

/** A plugin of `triflowPlugins()`: `Plugin.init()` returns the plugin class itself. */
export type PluginClass = { name: string };

export interface LeaveOut {
    /** The plugins to leave out, in the configuration's order. */
    plugins: PluginClass[];
    /** Of those, the ones not named but left out because they import one that is. */
    followers: PluginClass[];
    /** Names that match no plugin. */
    unknown: string[];
}

export function shortName(plugin: PluginClass): string {
    return plugin.name.replace(/Plugin$/, '').toLowerCase();
}

/** `names` empty: every plugin (bare Vendure). */
export function pluginsToLeaveOut(
    ours: PluginClass[],
    names: string[],
    importsOf: (plugin: PluginClass) => unknown[] = plugin =>
        (Reflect.getMetadata('imports', plugin) as unknown[] | undefined) ?? [],
): LeaveOut {
    if (!names.length) {
        return { plugins: [...ours], followers: [], unknown: [] };
    }
    const wanted = new Set(names.map(n => n.trim().toLowerCase()).filter(Boolean));
    const out = new Set(ours.filter(p => wanted.has(shortName(p))));
    const unknown = [...wanted].filter(n => !ours.some(p => shortName(p) === n));
    let grew = true;
    while (grew) {
        grew = false;
        for (const plugin of ours) {
            if (!out.has(plugin) && importsOf(plugin).some(i => out.has(i as PluginClass))) {
                out.add(plugin);
                grew = true;
            }
        }
    }
    const plugins = ours.filter(p => out.has(p));
    return { plugins, followers: plugins.filter(p => !wanted.has(shortName(p))), unknown };
}
