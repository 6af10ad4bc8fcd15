/**
 * The price list CSV format: a header `sku,minQuantity,price,percent` (any order, case-insensitive) and one row
 * per quantity break. `price` is a decimal amount in the list's currency (e.g. `1099.50`), `percent` a discount
 * off the channel price (e.g. `12.5`); exactly one of them per row. `minQuantity` defaults to 1.
 */
export const PRICE_LIST_CSV_COLUMNS = ['sku', 'minQuantity', 'price', 'percent'] as const;

export type { CsvRecord } from '../../../src/common/csv';
export {
    CsvSyntaxError,
    csvField,
    formatScaled,
    parseCsv,
    parseScaledDecimal,
    readCsv,
    scanCsv,
} from '../../../src/common/csv';
