import 'reflect-metadata';

import { pluginsToLeaveOut, shortName } from './leave-out';

// Stand-ins for Triflow's plugin classes, with the Nest module imports the real ones declare.
class B2bPlugin {}
class MarketplacePlugin {}
class RfqPlugin {}
class WarehousePlugin {}
class AlertsPlugin {}
Reflect.defineMetadata('imports', [class PluginCommonModule {}, MarketplacePlugin], RfqPlugin);
Reflect.defineMetadata('imports', [RfqPlugin], AlertsPlugin);

const ours = [B2bPlugin, MarketplacePlugin, RfqPlugin, WarehousePlugin, AlertsPlugin];

describe('pluginsToLeaveOut (bench --without)', () => {
    it('names a plugin by its class without "Plugin", in lower case', () => {
        expect(ours.map(shortName)).toEqual(['b2b', 'marketplace', 'rfq', 'warehouse', 'alerts']);
    });

    it('leaves out every plugin when none is named: bare Vendure', () => {
        expect(pluginsToLeaveOut(ours, [])).toEqual({ plugins: ours, followers: [], unknown: [] });
    });

    it('leaves out only the named plugins when nothing imports them, whatever the case', () => {
        expect(pluginsToLeaveOut(ours, ['Warehouse', ' b2b'])).toEqual({
            plugins: [B2bPlugin, WarehousePlugin],
            followers: [],
            unknown: [],
        });
    });

    it('leaves out the plugins that import a plugin left out, and those that import them, in turn', () => {
        const leave = pluginsToLeaveOut(ours, ['marketplace']);
        expect(leave.plugins).toEqual([MarketplacePlugin, RfqPlugin, AlertsPlugin]);
        expect(leave.followers).toEqual([RfqPlugin, AlertsPlugin]);
    });

    it('reports the names that match no plugin', () => {
        expect(pluginsToLeaveOut(ours, ['warehouse', 'ware', 'shipping']).unknown).toEqual([
            'ware',
            'shipping',
        ]);
    });
});
