import { ID } from '@vendure/common/lib/shared-types';
import { ConfigService, Injector } from '@vendure/core';

/** Ids as the API shows them (encoded by the configured EntityIdStrategy) and as the database holds them. */
export interface EntityIdCodec {
    encode(id: ID): string;
    decode(value: string | number): ID;
}

/**
 * The codec of the configured EntityIdStrategy, for code that reads GraphQL arguments before Vendure's
 * `IdInterceptor` decodes them (interceptors of plugins run first).
 */
export function entityIdCodec(injector: Injector | ConfigService): EntityIdCodec {
    const config = injector instanceof ConfigService ? injector : injector.get(ConfigService);
    const strategy = config.entityOptions.entityIdStrategy ?? config.entityIdStrategy;
    return {
        encode: id => (strategy ? String(strategy.encodeId(id)) : String(id)),
        decode: value => (strategy ? (strategy.decodeId(String(value)) as ID) : value),
    };
}
