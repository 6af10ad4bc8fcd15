import {MigrationInterface, QueryRunner} from "typeorm";

export class Marketplace1796000491971 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_seller" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "code" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('pending'), "statusReason" varchar(1000), "statusChangedAt" datetime, "contactEmail" varchar NOT NULL, "taxId" varchar NOT NULL, "description" varchar(2000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_offer" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "quantityAvailable" integer NOT NULL DEFAULT (0), "leadTimeDays" integer NOT NULL DEFAULT (0), "condition" varchar NOT NULL DEFAULT ('new'), "minimumOrderQuantity" integer NOT NULL DEFAULT (1), "sellerSku" varchar, "manufacturerPartNumber" varchar, "active" boolean NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "productVariantId" integer NOT NULL, "price" bigint NOT NULL)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_770318cf490297a6b71b801ab1" ON "marketplace_offer" ("sellerId", "productVariantId", "condition", "currencyCode") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_76aa3f7e7e3f36101e429e3bab" ON "marketplace_offer" ("productVariantId", "active") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6901d8715f5ebadd764466f7bd"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc9ac68b47da7b62249886affb"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cbcd22193eda94668e84d33f18"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_77be94ce9ec650446617946227"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_9f065453910ea77d4be8e92618"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_239cfca2a55b98b90b6bef2e44"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_order_line" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "quantity" integer NOT NULL, "orderPlacedQuantity" integer NOT NULL DEFAULT (0), "listPriceIncludesTax" boolean NOT NULL, "adjustments" text NOT NULL, "taxLines" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerChannelId" integer, "shippingLineId" integer, "productVariantId" integer NOT NULL, "taxCategoryId" integer, "initialListPrice" bigint, "listPrice" bigint NOT NULL, "featuredAssetId" integer, "orderId" integer, "customFieldsOfferid" varchar(255), CONSTRAINT "FK_6901d8715f5ebadd764466f7bde" FOREIGN KEY ("sellerChannelId") REFERENCES "channel" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_dc9ac68b47da7b62249886affba" FOREIGN KEY ("shippingLineId") REFERENCES "shipping_line" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_cbcd22193eda94668e84d33f185" FOREIGN KEY ("productVariantId") REFERENCES "product_variant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_77be94ce9ec6504466179462275" FOREIGN KEY ("taxCategoryId") REFERENCES "tax_category" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_9f065453910ea77d4be8e92618f" FOREIGN KEY ("featuredAssetId") REFERENCES "asset" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_239cfca2a55b98b90b6bef2e44f" FOREIGN KEY ("orderId") REFERENCES "order" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_order_line"("createdAt", "updatedAt", "quantity", "orderPlacedQuantity", "listPriceIncludesTax", "adjustments", "taxLines", "id", "sellerChannelId", "shippingLineId", "productVariantId", "taxCategoryId", "initialListPrice", "listPrice", "featuredAssetId", "orderId") SELECT "createdAt", "updatedAt", "quantity", "orderPlacedQuantity", "listPriceIncludesTax", "adjustments", "taxLines", "id", "sellerChannelId", "shippingLineId", "productVariantId", "taxCategoryId", "initialListPrice", "listPrice", "featuredAssetId", "orderId" FROM "order_line"`, undefined);
        await queryRunner.query(`DROP TABLE "order_line"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_order_line" RENAME TO "order_line"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6901d8715f5ebadd764466f7bd" ON "order_line" ("sellerChannelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc9ac68b47da7b62249886affb" ON "order_line" ("shippingLineId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cbcd22193eda94668e84d33f18" ON "order_line" ("productVariantId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_77be94ce9ec650446617946227" ON "order_line" ("taxCategoryId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_9f065453910ea77d4be8e92618" ON "order_line" ("featuredAssetId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_239cfca2a55b98b90b6bef2e44" ON "order_line" ("orderId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_seller" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "code" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('pending'), "statusReason" varchar(1000), "statusChangedAt" datetime, "contactEmail" varchar NOT NULL, "taxId" varchar NOT NULL, "description" varchar(2000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"), CONSTRAINT "FK_3977bdda8a7bf7c1449cae85d6b" FOREIGN KEY ("sellerId") REFERENCES "seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_b6e75c761314ec71aae53c8ca63" FOREIGN KEY ("channelId") REFERENCES "channel" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_872f66400a4f800eab64c6c0e7a" FOREIGN KEY ("stockLocationId") REFERENCES "stock_location" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_a83b1e0ef78ed28f692a59222da" FOREIGN KEY ("roleId") REFERENCES "role" ("id") ON DELETE SET NULL ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_seller"("createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId") SELECT "createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId" FROM "marketplace_seller"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_seller" RENAME TO "marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_770318cf490297a6b71b801ab1"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_76aa3f7e7e3f36101e429e3bab"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_marketplace_offer" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "quantityAvailable" integer NOT NULL DEFAULT (0), "leadTimeDays" integer NOT NULL DEFAULT (0), "condition" varchar NOT NULL DEFAULT ('new'), "minimumOrderQuantity" integer NOT NULL DEFAULT (1), "sellerSku" varchar, "manufacturerPartNumber" varchar, "active" boolean NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "productVariantId" integer NOT NULL, "price" bigint NOT NULL, CONSTRAINT "FK_9e5be86854571ced877bbeb6530" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_d6732695d41e957e6b388b0c4f0" FOREIGN KEY ("productVariantId") REFERENCES "product_variant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_marketplace_offer"("createdAt", "updatedAt", "currencyCode", "quantityAvailable", "leadTimeDays", "condition", "minimumOrderQuantity", "sellerSku", "manufacturerPartNumber", "active", "id", "sellerId", "productVariantId", "price") SELECT "createdAt", "updatedAt", "currencyCode", "quantityAvailable", "leadTimeDays", "condition", "minimumOrderQuantity", "sellerSku", "manufacturerPartNumber", "active", "id", "sellerId", "productVariantId", "price" FROM "marketplace_offer"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_offer"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_marketplace_offer" RENAME TO "marketplace_offer"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_770318cf490297a6b71b801ab1" ON "marketplace_offer" ("sellerId", "productVariantId", "condition", "currencyCode") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_76aa3f7e7e3f36101e429e3bab" ON "marketplace_offer" ("productVariantId", "active") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_76aa3f7e7e3f36101e429e3bab"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_770318cf490297a6b71b801ab1"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_offer" RENAME TO "temporary_marketplace_offer"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_offer" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "currencyCode" varchar NOT NULL, "quantityAvailable" integer NOT NULL DEFAULT (0), "leadTimeDays" integer NOT NULL DEFAULT (0), "condition" varchar NOT NULL DEFAULT ('new'), "minimumOrderQuantity" integer NOT NULL DEFAULT (1), "sellerSku" varchar, "manufacturerPartNumber" varchar, "active" boolean NOT NULL DEFAULT (1), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "productVariantId" integer NOT NULL, "price" bigint NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_offer"("createdAt", "updatedAt", "currencyCode", "quantityAvailable", "leadTimeDays", "condition", "minimumOrderQuantity", "sellerSku", "manufacturerPartNumber", "active", "id", "sellerId", "productVariantId", "price") SELECT "createdAt", "updatedAt", "currencyCode", "quantityAvailable", "leadTimeDays", "condition", "minimumOrderQuantity", "sellerSku", "manufacturerPartNumber", "active", "id", "sellerId", "productVariantId", "price" FROM "temporary_marketplace_offer"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_offer"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_76aa3f7e7e3f36101e429e3bab" ON "marketplace_offer" ("productVariantId", "active") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_770318cf490297a6b71b801ab1" ON "marketplace_offer" ("sellerId", "productVariantId", "condition", "currencyCode") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" RENAME TO "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE TABLE "marketplace_seller" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "name" varchar NOT NULL, "code" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('pending'), "statusReason" varchar(1000), "statusChangedAt" datetime, "contactEmail" varchar NOT NULL, "taxId" varchar NOT NULL, "description" varchar(2000), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerId" integer NOT NULL, "channelId" integer NOT NULL, "stockLocationId" integer, "roleId" integer, CONSTRAINT "REL_3977bdda8a7bf7c1449cae85d6" UNIQUE ("sellerId"))`, undefined);
        await queryRunner.query(`INSERT INTO "marketplace_seller"("createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId") SELECT "createdAt", "updatedAt", "name", "code", "status", "statusReason", "statusChangedAt", "contactEmail", "taxId", "description", "id", "sellerId", "channelId", "stockLocationId", "roleId" FROM "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_marketplace_seller"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_a83b1e0ef78ed28f692a59222d" ON "marketplace_seller" ("roleId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_b6e75c761314ec71aae53c8ca6" ON "marketplace_seller" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_250457e9faba6da6b395feb7b2" ON "marketplace_seller" ("taxId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_0a93ca3a07a41a642b741fc6f6" ON "marketplace_seller" ("code") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_239cfca2a55b98b90b6bef2e44"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_9f065453910ea77d4be8e92618"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_77be94ce9ec650446617946227"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_cbcd22193eda94668e84d33f18"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_dc9ac68b47da7b62249886affb"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6901d8715f5ebadd764466f7bd"`, undefined);
        await queryRunner.query(`ALTER TABLE "order_line" RENAME TO "temporary_order_line"`, undefined);
        await queryRunner.query(`CREATE TABLE "order_line" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "quantity" integer NOT NULL, "orderPlacedQuantity" integer NOT NULL DEFAULT (0), "listPriceIncludesTax" boolean NOT NULL, "adjustments" text NOT NULL, "taxLines" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "sellerChannelId" integer, "shippingLineId" integer, "productVariantId" integer NOT NULL, "taxCategoryId" integer, "initialListPrice" bigint, "listPrice" bigint NOT NULL, "featuredAssetId" integer, "orderId" integer, CONSTRAINT "FK_6901d8715f5ebadd764466f7bde" FOREIGN KEY ("sellerChannelId") REFERENCES "channel" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_dc9ac68b47da7b62249886affba" FOREIGN KEY ("shippingLineId") REFERENCES "shipping_line" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_cbcd22193eda94668e84d33f185" FOREIGN KEY ("productVariantId") REFERENCES "product_variant" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_77be94ce9ec6504466179462275" FOREIGN KEY ("taxCategoryId") REFERENCES "tax_category" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_9f065453910ea77d4be8e92618f" FOREIGN KEY ("featuredAssetId") REFERENCES "asset" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_239cfca2a55b98b90b6bef2e44f" FOREIGN KEY ("orderId") REFERENCES "order" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "order_line"("createdAt", "updatedAt", "quantity", "orderPlacedQuantity", "listPriceIncludesTax", "adjustments", "taxLines", "id", "sellerChannelId", "shippingLineId", "productVariantId", "taxCategoryId", "initialListPrice", "listPrice", "featuredAssetId", "orderId") SELECT "createdAt", "updatedAt", "quantity", "orderPlacedQuantity", "listPriceIncludesTax", "adjustments", "taxLines", "id", "sellerChannelId", "shippingLineId", "productVariantId", "taxCategoryId", "initialListPrice", "listPrice", "featuredAssetId", "orderId" FROM "temporary_order_line"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_order_line"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_239cfca2a55b98b90b6bef2e44" ON "order_line" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_9f065453910ea77d4be8e92618" ON "order_line" ("featuredAssetId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_77be94ce9ec650446617946227" ON "order_line" ("taxCategoryId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_cbcd22193eda94668e84d33f18" ON "order_line" ("productVariantId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_dc9ac68b47da7b62249886affb" ON "order_line" ("shippingLineId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6901d8715f5ebadd764466f7bd" ON "order_line" ("sellerChannelId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_76aa3f7e7e3f36101e429e3bab"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_770318cf490297a6b71b801ab1"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_offer"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_a83b1e0ef78ed28f692a59222d"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_b6e75c761314ec71aae53c8ca6"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_250457e9faba6da6b395feb7b2"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0a93ca3a07a41a642b741fc6f6"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_seller"`, undefined);
   }

}
