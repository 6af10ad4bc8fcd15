import { LanguageCode } from '@vendure/common/lib/generated-types';
import { CustomFieldConfig } from '@vendure/core';

import { WarehouseAllocationRule } from '../types';

/** Channel settings of the warehouse plugin (edited on the channel page). */
export const channelCustomFields: CustomFieldConfig[] = [
    {
        name: 'warehouseAllocationRule',
        type: 'string',
        defaultValue: WarehouseAllocationRule.Priority,
        nullable: true,
        public: false,
        options: [
            {
                value: WarehouseAllocationRule.Priority,
                label: [
                    { languageCode: LanguageCode.en, value: 'By ship-from priority' },
                    { languageCode: LanguageCode.zh_Hans, value: '按发货优先级' },
                ],
            },
            {
                value: WarehouseAllocationRule.MostStock,
                label: [
                    { languageCode: LanguageCode.en, value: 'By most stock' },
                    { languageCode: LanguageCode.zh_Hans, value: '按库存最多' },
                ],
            },
        ],
        label: [
            { languageCode: LanguageCode.en, value: 'Warehouse allocation rule' },
            { languageCode: LanguageCode.zh_Hans, value: '仓库分配规则' },
        ],
        description: [
            {
                languageCode: LanguageCode.en,
                value: 'Among the warehouses serving the shipping address, which ships first: the lowest ship-from priority number, or the one with the most stock',
            },
            {
                languageCode: LanguageCode.zh_Hans,
                value: '在服务于收货地址的仓库中，优先由发货优先级数字最小的仓库或库存最多的仓库发货',
            },
        ],
    },
    {
        name: 'warehousePickupAvailability',
        type: 'boolean',
        defaultValue: false,
        nullable: true,
        public: false,
        label: [
            { languageCode: LanguageCode.en, value: 'Show availability at pick-up warehouses' },
            { languageCode: LanguageCode.zh_Hans, value: '显示自提仓库的库存情况' },
        ],
        description: [
            {
                languageCode: LanguageCode.en,
                value: 'The shop API shows each variant’s availability at the pick-up warehouses of this channel',
            },
            { languageCode: LanguageCode.zh_Hans, value: '商店 API 显示每个变体在本渠道自提仓库的库存情况' },
        ],
    },
];

/** The barcode the stock count scan screen accepts besides the SKU. */
export const productVariantCustomFields: CustomFieldConfig[] = [
    {
        name: 'barcode',
        type: 'string',
        nullable: true,
        public: false,
        label: [
            { languageCode: LanguageCode.en, value: 'Barcode' },
            { languageCode: LanguageCode.zh_Hans, value: '条形码' },
        ],
        description: [
            {
                languageCode: LanguageCode.en,
                value: 'EAN, UPC or any code printed on the item; stock counts accept it',
            },
            { languageCode: LanguageCode.zh_Hans, value: 'EAN、UPC 或商品上印的任何条码；盘点时可扫描' },
        ],
    },
];
