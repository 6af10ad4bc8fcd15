import { Injector, LanguageCode, ShippingEligibilityChecker } from '@vendure/core';

import { WAREHOUSE_PICKUP_CHECKER_CODE } from '../constants';
import { OrderPickupService } from '../services/order-pickup.service';

let pickupService: OrderPickupService;

/**
 * Makes a shipping method click-and-collect: it is eligible once the buyer has chosen a pick-up warehouse
 * (`setOrderPickupWarehouse`), and an order shipped with it is allocated at that warehouse only. Pair it with
 * any calculator (Vendure's default calculator at 0 for free collection).
 */
export const warehousePickupEligibilityChecker = new ShippingEligibilityChecker({
    code: WAREHOUSE_PICKUP_CHECKER_CODE,
    description: [
        {
            languageCode: LanguageCode.en,
            value: 'Click and collect: the buyer collects the order at the pick-up warehouse they chose',
        },
        { languageCode: LanguageCode.zh_Hans, value: '门店自提：买家到其选择的自提仓库取货' },
    ],
    args: {},
    init(injector: Injector) {
        pickupService = injector.get(OrderPickupService);
    },
    check: async (ctx, order) => {
        const warehouse = await pickupService.chosenWarehouse(ctx, order.id);
        return !!warehouse && warehouse.active && warehouse.pickupPoint;
    },
});
