import { ID } from '@vendure/common/lib/shared-types';
import { ConfigService, Injector } from '@vendure/core';

/**
 * Audience values that are entity ids are stored as the API shows them (encoded by the configured
 * EntityIdStrategy), so editors, storefronts and the database agree on one form.
 */
export interface EntityIdCodec {
    encode(id: ID): string;
    decode(value: string): ID;
}

/** The codec of the configured EntityIdStrategy. */
export function entityIdCodec(injector: Injector): EntityIdCodec {
    const config = injector.get(ConfigService);
    const strategy = config.entityOptions.entityIdStrategy ?? config.entityIdStrategy;
    return {
        encode: id => (strategy ? strategy.encodeId(id) : String(id)),
        decode: value => (strategy ? (strategy.decodeId(value) as ID) : value),
    };
}
