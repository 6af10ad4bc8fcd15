// The codec of the configured EntityIdStrategy, shared by the plugins (ids read from GraphQL arguments and custom
// fields before Vendure's IdInterceptor decodes them).
export type { EntityIdCodec } from '../../../src/common/entity-id-codec';
export { entityIdCodec } from '../../../src/common/entity-id-codec';
