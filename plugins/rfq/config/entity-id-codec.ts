import { ID } from '@vendure/common/lib/shared-types';
import { ConfigService, Injector } from '@vendure/core';

/**
 * The order line's `quoteLineId` custom field holds the quote line id as the API shows it (encoded by the configured
 * EntityIdStrategy), so storefronts, the Dashboard and the database agree on one form.
 */
export interface EntityIdCodec {
    encode(id: ID): string;
    decode(value: string | number): ID;
}

/** The codec of the configured EntityIdStrategy. */
export function entityIdCodec(injector: Injector | ConfigService): EntityIdCodec {
    const config = injector instanceof ConfigService ? injector : injector.get(ConfigService);
    const strategy = config.entityOptions.entityIdStrategy ?? config.entityIdStrategy;
    return {
        encode: id => (strategy ? String(strategy.encodeId(id)) : String(id)),
        decode: value => (strategy ? (strategy.decodeId(String(value)) as ID) : value),
    };
}
