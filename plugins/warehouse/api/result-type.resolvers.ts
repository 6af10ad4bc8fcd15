import { ResolveField, Resolver } from '@nestjs/graphql';

/*
 * __resolveType of the plugin's result unions: ErrorResults carry a __typename, entities do not.
 */

@Resolver('WarehouseResult')
export class WarehouseResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Warehouse';
    }
}

@Resolver('SupplierResult')
export class SupplierResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'Supplier';
    }
}

@Resolver('PurchaseOrderResult')
export class PurchaseOrderResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'PurchaseOrder';
    }
}

@Resolver('GoodsReceiptResult')
export class GoodsReceiptResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'GoodsReceipt';
    }
}

@Resolver('PostGoodsReceiptResult')
export class PostGoodsReceiptResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'GoodsReceipt';
    }
}

@Resolver('StockTransferResult')
export class StockTransferResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'StockTransfer';
    }
}

@Resolver('DispatchStockTransferResult')
export class DispatchStockTransferResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'StockTransfer';
    }
}

@Resolver('StockCountResult')
export class StockCountResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'StockCount';
    }
}

@Resolver('StockCountLineResult')
export class StockCountLineResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'StockCountLine';
    }
}

@Resolver('ScanStockCountResult')
export class ScanStockCountResultResolver {
    @ResolveField()
    __resolveType(value: { __typename?: string }): string {
        return value.__typename ?? 'StockCountLine';
    }
}

/** Every union resolver of the admin API. */
export const resultTypeResolvers = [
    WarehouseResultResolver,
    SupplierResultResolver,
    PurchaseOrderResultResolver,
    GoodsReceiptResultResolver,
    PostGoodsReceiptResultResolver,
    StockTransferResultResolver,
    DispatchStockTransferResultResolver,
    StockCountResultResolver,
    StockCountLineResultResolver,
    ScanStockCountResultResolver,
];
