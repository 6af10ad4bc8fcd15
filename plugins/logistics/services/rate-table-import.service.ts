import { Injectable } from '@nestjs/common';
import { ID } from '@vendure/common/lib/shared-types';
import { ConfigurableOperationInput } from '@vendure/common/lib/generated-types';
import { EntityNotFoundError, RequestContext, ShippingMethodService, UserInputError } from '@vendure/core';

import { MalformedShippingRateTableCsvError } from '../api/error-results';
import { parseRateTable } from '../config/rate-table';
import { readRateTableCsv, RateTableCsvRejection, writeRateTableCsv } from '../config/rate-table-csv';
import {
    RATE_TABLE_CALCULATOR_CODE,
    RATE_TABLE_CHECKER_CODE,
    RATE_TABLE_CSV_MAX_ROWS,
} from '../config/rate-table-shipping';

export interface ShippingRateTableImportReport {
    __typename: 'ShippingRateTableImportReport';
    accepted: number;
    rejected: RateTableCsvRejection[];
    /** The table built from the good rows (the calculator's JSON argument), null without a good zone row. */
    table: string | null;
    /** Whether the shipping method's rate table was replaced. */
    updated: boolean;
}

/** Rate tables to and from CSV, and into a shipping method's `rate-table` calculator and checker. */
@Injectable()
export class RateTableImportService {
    constructor(private shippingMethodService: ShippingMethodService) {}

    /**
     * Reads the CSV; with a shipping method, replaces the table of its `rate-table` calculator (and of its
     * `rate-table-eligibility` checker) with the good rows, provided there is at least one good zone row. A
     * malformed file writes nothing. The reasons and the error's message are in `languageCode` (English, or
     * Simplified Chinese for `zh*`), by default the request's.
     */
    async importCsv(
        ctx: RequestContext,
        csv: string,
        shippingMethodId?: ID | null,
        languageCode: string | null = ctx.languageCode,
    ): Promise<ShippingRateTableImportReport | MalformedShippingRateTableCsvError> {
        const method =
            shippingMethodId != null
                ? await this.shippingMethodService.findOne(ctx, shippingMethodId)
                : undefined;
        if (shippingMethodId != null) {
            if (!method) {
                throw new EntityNotFoundError('ShippingMethod', shippingMethodId);
            }
            if (method.calculator.code !== RATE_TABLE_CALCULATOR_CODE) {
                throw new UserInputError(
                    `The shipping method "${method.code}" does not use the ${RATE_TABLE_CALCULATOR_CODE} calculator`,
                );
            }
        }
        const result = readRateTableCsv(csv, RATE_TABLE_CSV_MAX_ROWS, languageCode);
        if ('malformed' in result) {
            return new MalformedShippingRateTableCsvError(result.malformed.text, result.malformed.line).pinTo(
                languageCode,
            );
        }
        const table = result.table.zones.length ? JSON.stringify(result.table) : null;
        if (table) {
            parseRateTable(table);
        }
        let updated = false;
        if (method && table) {
            const withTable = (op: {
                code: string;
                args: Array<{ name: string; value: string }>;
            }): ConfigurableOperationInput => ({
                code: op.code,
                arguments: [...op.args.filter(a => a.name !== 'table'), { name: 'table', value: table }],
            });
            await this.shippingMethodService.update(ctx, {
                id: method.id,
                calculator: withTable(method.calculator),
                // A checker with its own table gets the new one too; an empty one already follows the calculator.
                ...(method.checker.code === RATE_TABLE_CHECKER_CODE &&
                method.checker.args.some(a => a.name === 'table' && a.value.trim() !== '')
                    ? { checker: withTable(method.checker) }
                    : {}),
                translations: [],
            });
            updated = true;
        }
        return {
            __typename: 'ShippingRateTableImportReport',
            accepted: result.accepted,
            rejected: result.rejected,
            table,
            updated,
        };
    }

    /** A rate table (the calculator's JSON argument) as CSV; a malformed table is refused. */
    exportCsv(json: string): string {
        try {
            return writeRateTableCsv(parseRateTable(json));
        } catch (e) {
            throw new UserInputError(`The rate table cannot be exported: ${(e as Error).message}`);
        }
    }
}
