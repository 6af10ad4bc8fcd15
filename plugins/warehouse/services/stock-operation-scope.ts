import { ID } from '@vendure/common/lib/shared-types';
import { OrderLine, RequestContext, TransactionalConnection } from '@vendure/core';

import { OnDemandAsyncLocalStorage } from '../../../src/common/on-demand-async-local-storage';
import {
    peekTransactionScopedCache,
    transactionScopedCache,
} from '../../../src/common/transaction-scoped-cache';
import { StockDocumentType, StockLedgerEntryType } from '../entities/stock-ledger-entry.entity';

/** Where a stock change comes from: a document of this plugin, or one of Vendure's order movements. */
export interface StockOrigin {
    type: StockLedgerEntryType;
    document?: { type: StockDocumentType; id: ID; code: string };
    /** For Vendure's order movements: the order lines the movement is about. */
    orderLineIds?: ID[];
    note?: string;
}

/** A stock level touched inside a scope: its reorder point is evaluated once, when the scope ends. */
export interface TouchedStockLevel {
    productVariantId: ID;
    stockLocationId: ID;
}

interface ScopeState {
    origin: StockOrigin;
    /** Set when the outermost scope ended (async work started inside it may still run later). */
    ended: { value: boolean };
    touched: Map<string, TouchedStockLevel>;
    /**
     * Order lines by variant id (an order may hold a variant in more than one line), keyed by the set of order
     * line ids asked for: looked up once per scope, as every level an allocation of several lines changes asks.
     */
    orderLines?: Map<string, Promise<Map<string, ScopeOrderLine[]>>>;
    /** The channels of the stock locations this scope touched, looked up once per location. */
    locationChannels?: Map<string, Promise<Array<{ id: ID; code: string }>>>;
}

/** The order of one of a scope's order lines: what the allocation strategy asks of it for every line. */
export interface ScopeLineOrder {
    orderId: ID;
    /** The country code of the order's shipping address, `undefined` when it has none. */
    shippingCountryCode: string | undefined;
}

/** One order line of an order movement's scope, with its order and the channel that sells it. */
export interface ScopeOrderLine {
    orderLineId: ID;
    orderId: ID;
    orderCode: string;
    productVariantId: ID;
    sellerChannelId: ID | null;
    /** The country code of the order's shipping address, `undefined` when it has none. */
    shippingCountryCode: string | undefined;
}

const storage = new OnDemandAsyncLocalStorage<ScopeState>();

/**
 * The current stock operation (a document posting or a Vendure order movement), carried through the async calls
 * it makes, so that the ledger knows what a `StockLevel` change belongs to when Vendure's `StockLevelService`
 * is called deep inside `StockMovementService`.
 */
export const stockOperationScope = {
    current(): ScopeState | undefined {
        const state = storage.getStore();
        return state && !state.ended.value ? state : undefined;
    },

    /**
     * Runs `work` with `origin` as the current origin. Nested scopes share the outermost scope's touched levels;
     * `onEnd` runs only when the outermost scope ends, with every level touched inside it.
     */
    async run<T>(
        origin: StockOrigin,
        work: () => Promise<T>,
        onEnd: (touched: TouchedStockLevel[]) => Promise<void>,
    ): Promise<T> {
        const parent = stockOperationScope.current();
        if (parent) {
            return storage.run({ origin, touched: parent.touched, ended: parent.ended }, work);
        }
        const state: ScopeState = { origin, touched: new Map(), ended: { value: false } };
        let result: T;
        try {
            result = await storage.run(state, work);
        } finally {
            state.ended.value = true;
        }
        if (state.touched.size) {
            await onEnd([...state.touched.values()]);
        }
        return result;
    },
};

/**
 * The order (id and shipping country) of an order line of the current order movement (Vendure's allocation,
 * sale, release or cancellation of an order's lines). The first question reads all the movement's lines with
 * their orders in one query ({@link scopeOrderLinesByVariant}, shared with the ledger's attribution of the
 * movement's stock changes), and the rest of the movement reuses them: the allocation strategy asks for every line
 * in turn (its pick-up choice, its shipping zone), and nothing the movement does changes an order's address or id.
 * Returns `undefined` outside such a movement, or for a line that is not one of its lines: ask the database.
 */
export function scopeOrderOfLine(
    ctx: RequestContext,
    connection: TransactionalConnection,
    orderLineId: ID,
): Promise<ScopeLineOrder | undefined> | undefined {
    const ids = stockOperationScope.current()?.origin.orderLineIds;
    if (!ids?.length || !ids.some(id => String(id) === String(orderLineId))) {
        return undefined;
    }
    return scopeOrderLinesByVariant(ctx, connection, ids).then(byVariant => {
        for (const lines of byVariant.values()) {
            const line = lines.find(l => String(l.orderLineId) === String(orderLineId));
            if (line) {
                return { orderId: line.orderId, shippingCountryCode: line.shippingCountryCode };
            }
        }
        return undefined;
    });
}

/**
 * Order lines by variant id, with their orders and selling channels. Inside a stock operation (a document posting
 * or one of Vendure's order movements) each set of lines is read once, with one plain query, and shared by
 * everything that asks while the operation runs: the ledger's attribution of every level an allocation changes,
 * the stock guard's seller check and the allocation strategy's questions about each line's order.
 */
export function scopeOrderLinesByVariant(
    ctx: RequestContext,
    connection: TransactionalConnection,
    orderLineIds: ID[],
): Promise<Map<string, ScopeOrderLine[]>> {
    if (!orderLineIds.length) {
        return Promise.resolve(new Map<string, ScopeOrderLine[]>());
    }
    const scope = stockOperationScope.current();
    const key = linesKey(orderLineIds);
    let lines = scope?.orderLines?.get(key);
    if (!lines) {
        const known = knownOrderLines(ctx, orderLineIds);
        lines = known ? Promise.resolve(byVariant(known)) : loadOrderLines(ctx, connection, orderLineIds);
        if (scope) {
            scope.orderLines ??= new Map();
            scope.orderLines.set(key, lines);
        }
    }
    return lines;
}

/**
 * The key of a set of order line ids, made once per array: a movement asks with its own `orderLineIds` for every
 * level it changes and every line the allocation strategy places, and sorting them each time cost more than the
 * answer (fifty lines, a few hundred questions).
 */
const LINES_KEYS = new WeakMap<readonly ID[], string>();
function linesKey(orderLineIds: readonly ID[]): string {
    let key = LINES_KEYS.get(orderLineIds);
    if (key === undefined) {
        key = orderLineIds.map(String).sort().join(',');
        LINES_KEYS.set(orderLineIds, key);
    }
    return key;
}

/** An order line with its order, as read raw (the order's `shippingAddress` as stored). */
export interface RawScopeOrderLine {
    lineId: ID;
    variantId: ID;
    sellerChannelId: ID | null;
    orderId: ID;
    orderCode: string;
    shippingAddress: string | null;
}

const KNOWN_ORDER_LINES = 'WarehouseStockOperationScope.knownOrderLines';

/**
 * Order lines a caller has just read with their orders (the check before payment reads them with the columns
 * above), for the order movement that follows in the same transaction: Vendure's allocation of the order,
 * which would otherwise read them again ({@link scopeOrderLinesByVariant}). Kept for the request's transaction and
 * its savepoints; a movement uses them only when it knows every one of its lines this way. Nothing a payment does
 * changes a line's variant or seller, or its order's code or shipping address.
 */
export function rememberOrderLines(ctx: RequestContext, rows: RawScopeOrderLine[]): void {
    const known = transactionScopedCache(ctx, KNOWN_ORDER_LINES, () => new Map<string, ScopeOrderLine>());
    for (const row of rows) {
        known.set(String(row.lineId), toScopeOrderLine(row));
    }
}

/** The remembered lines of `orderLineIds` in the order they were read, or undefined when one is not known. */
function knownOrderLines(ctx: RequestContext, orderLineIds: ID[]): ScopeOrderLine[] | undefined {
    const known = peekTransactionScopedCache<Map<string, ScopeOrderLine>>(ctx, KNOWN_ORDER_LINES);
    if (!known || orderLineIds.some(id => !known.has(String(id)))) {
        return undefined;
    }
    const wanted = new Set(orderLineIds.map(String));
    return [...known.values()].filter(line => wanted.has(String(line.orderLineId)));
}

function byVariant(lines: ScopeOrderLine[]): Map<string, ScopeOrderLine[]> {
    const result = new Map<string, ScopeOrderLine[]>();
    for (const line of lines) {
        const key = String(line.productVariantId);
        result.set(key, [...(result.get(key) ?? []), line]);
    }
    return result;
}

function toScopeOrderLine(row: RawScopeOrderLine): ScopeOrderLine {
    return {
        orderLineId: row.lineId,
        orderId: row.orderId,
        orderCode: row.orderCode,
        productVariantId: row.variantId,
        sellerChannelId: row.sellerChannelId,
        shippingCountryCode: countryCodeOf(row.shippingAddress),
    };
}

async function loadOrderLines(
    ctx: RequestContext,
    connection: TransactionalConnection,
    orderLineIds: ID[],
): Promise<Map<string, ScopeOrderLine[]>> {
    const rows = await connection
        .getRepository(ctx, OrderLine)
        .createQueryBuilder('line')
        .innerJoin('line.order', 'order')
        .select('line.id', 'lineId')
        .addSelect('line.productVariantId', 'variantId')
        .addSelect('line.sellerChannelId', 'sellerChannelId')
        .addSelect('order.id', 'orderId')
        .addSelect('order.code', 'orderCode')
        .addSelect('order.shippingAddress', 'shippingAddress')
        .where('line.id IN (:...ids)', { ids: orderLineIds })
        .orderBy('line.id', 'ASC')
        .getRawMany<RawScopeOrderLine>();
    return byVariant(rows.map(toScopeOrderLine));
}

/** The country code of an order's `shippingAddress` column as read raw (Vendure stores it as `simple-json`). */
function countryCodeOf(shippingAddress: string | null): string | undefined {
    if (!shippingAddress) {
        return undefined;
    }
    try {
        const address = JSON.parse(shippingAddress) as { countryCode?: unknown } | null;
        return typeof address?.countryCode === 'string' && address.countryCode
            ? address.countryCode
            : undefined;
    } catch {
        return undefined;
    }
}
