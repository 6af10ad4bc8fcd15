import { LanguageCode } from '@vendure/common/lib/generated-types';
import { FulfillmentHandler, Injector, UserInputError } from '@vendure/core';

import { CARRIER_FULFILLMENT_HANDLER_CODE } from '../constants';
import { CarrierService } from '../services/carrier.service';
import { parsePackages } from '../services/shipment.service';

let carrierService: CarrierService | undefined;

/**
 * Vendure's manual fulfillment with a carrier and a tracking number: the fulfillment's method is the carrier's
 * name and its tracking code the tracking number; the logistics plugin opens a `Shipment` for it in the same
 * transaction, which the carrier's events then move to Shipped and Delivered.
 */
export const carrierFulfillmentHandler = new FulfillmentHandler({
    code: CARRIER_FULFILLMENT_HANDLER_CODE,
    description: [
        { languageCode: LanguageCode.en, value: 'Ship with a carrier (tracked)' },
        { languageCode: LanguageCode.zh_Hans, value: '交由承运商发货（可跟踪）' },
    ],
    args: {
        carrierCode: {
            type: 'string',
            required: true,
            label: [
                { languageCode: LanguageCode.en, value: 'Carrier code' },
                { languageCode: LanguageCode.zh_Hans, value: '承运商代码' },
            ],
        },
        trackingNumber: {
            type: 'string',
            required: true,
            label: [
                { languageCode: LanguageCode.en, value: 'Tracking number' },
                { languageCode: LanguageCode.zh_Hans, value: '运单号' },
            ],
        },
        packages: {
            type: 'string',
            required: false,
            label: [
                { languageCode: LanguageCode.en, value: 'Packages (JSON: weight g, length/width/height mm)' },
                { languageCode: LanguageCode.zh_Hans, value: '包裹（JSON：重量克，长宽高毫米）' },
            ],
        },
    },
    init(injector: Injector) {
        carrierService = injector.get(CarrierService);
    },
    createFulfillment: async (ctx, _orders, _lines, args) => {
        const trackingNumber = args.trackingNumber?.trim() ?? '';
        if (!trackingNumber || trackingNumber.length > 100) {
            throw new UserInputError('A tracking number is 1-100 characters');
        }
        parsePackages(args.packages);
        if (!carrierService) {
            throw new Error('LogisticsPlugin is not initialised');
        }
        const carrier = await carrierService.requireEnabled(ctx, args.carrierCode?.trim() ?? '');
        return { method: carrier.name, trackingCode: trackingNumber };
    },
});
