import { Inject, Injectable } from '@nestjs/common';
import { UserInputError } from '@vendure/core';

import { CarrierAdapter } from '../config/carrier-adapter';
import { GenericWebhookCarrierAdapter } from '../config/generic-webhook-carrier-adapter';
import { ManualCarrierAdapter } from '../config/manual-carrier-adapter';
import { LOGISTICS_PLUGIN_OPTIONS } from '../constants';
import { ResolvedLogisticsPluginOptions } from '../types';

/** The carrier adapters: the built-in `manual` and `generic-webhook` ones, then those given in the options. */
@Injectable()
export class CarrierAdapterRegistry {
    private readonly adapters = new Map<string, CarrierAdapter>();

    constructor(@Inject(LOGISTICS_PLUGIN_OPTIONS) options: ResolvedLogisticsPluginOptions) {
        const all = [
            new ManualCarrierAdapter(),
            new GenericWebhookCarrierAdapter(options.webhookToleranceSeconds),
            ...options.adapters,
        ];
        for (const adapter of all) {
            this.adapters.set(adapter.code, adapter);
        }
    }

    /**
     * Adds an adapter from another plugin (at bootstrap), besides those given in `LogisticsPlugin.init({ adapters })`.
     * Codes must be unique.
     */
    register(adapter: CarrierAdapter): void {
        if (!adapter?.code || this.adapters.has(adapter.code)) {
            throw new Error(`Carrier adapter codes must be unique, got "${String(adapter?.code)}"`);
        }
        this.adapters.set(adapter.code, adapter);
    }

    list(): CarrierAdapter[] {
        return [...this.adapters.values()];
    }

    get(code: string): CarrierAdapter | undefined {
        return this.adapters.get(code);
    }

    /** The adapter, or a UserInputError naming the known codes. */
    require(code: string): CarrierAdapter {
        const adapter = this.adapters.get(code);
        if (!adapter) {
            throw new UserInputError(
                `Unknown carrier adapter "${code}"; known adapters: ${[...this.adapters.keys()].join(', ')}`,
            );
        }
        return adapter;
    }
}
