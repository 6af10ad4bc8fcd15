import {MigrationInterface, QueryRunner} from "typeorm";

export class Logistics1796015391925 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "carrier" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "code" varchar NOT NULL, "name" varchar NOT NULL, "trackingUrlTemplate" varchar NOT NULL DEFAULT (''), "adapterCode" varchar NOT NULL, "enabled" boolean NOT NULL DEFAULT (1), "webhookSecret" varchar NOT NULL, "previousWebhookSecret" varchar, "previousSecretValidUntil" datetime, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2a4cb68e6bd653fc76d2a2e682" ON "carrier" ("code") `, undefined);
        await queryRunner.query(`CREATE TABLE "tracking_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar NOT NULL, "status" varchar NOT NULL, "subStatus" varchar, "carrierStatusCode" varchar, "carrierStatusText" varchar, "location" varchar, "occurredAt" datetime NOT NULL, "rawPayload" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipmentId" integer NOT NULL, "carrierId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_82f9c5156ae614ba47c59f9271" ON "tracking_event" ("shipmentId", "occurredAt") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1abc00de24b991824b7bdd460b" ON "tracking_event" ("carrierId", "carrierEventId") `, undefined);
        await queryRunner.query(`CREATE TABLE "shipment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "trackingNumber" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('Pending'), "subStatus" varchar, "lastEventAt" datetime, "stalledAt" datetime, "packages" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0e6f516053cf982b537836e21c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_e38dca0d82fd64c7cf8aac8b8e"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6e420052844edf3a5506d863ce"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_product_variant" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "enabled" boolean NOT NULL DEFAULT (1), "sku" varchar NOT NULL, "outOfStockThreshold" integer NOT NULL DEFAULT (0), "useGlobalOutOfStockThreshold" boolean NOT NULL DEFAULT (1), "trackInventory" varchar NOT NULL DEFAULT ('INHERIT'), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "featuredAssetId" integer, "taxCategoryId" integer, "productId" integer, "customFieldsBarcode" varchar(255), "customFieldsShippingweight" integer, "customFieldsShippinglength" integer, "customFieldsShippingwidth" integer, "customFieldsShippingheight" integer, CONSTRAINT "FK_0e6f516053cf982b537836e21cf" FOREIGN KEY ("featuredAssetId") REFERENCES "asset" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_e38dca0d82fd64c7cf8aac8b8ef" FOREIGN KEY ("taxCategoryId") REFERENCES "tax_category" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6e420052844edf3a5506d863ce6" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_product_variant"("createdAt", "updatedAt", "deletedAt", "enabled", "sku", "outOfStockThreshold", "useGlobalOutOfStockThreshold", "trackInventory", "id", "featuredAssetId", "taxCategoryId", "productId", "customFieldsBarcode") SELECT "createdAt", "updatedAt", "deletedAt", "enabled", "sku", "outOfStockThreshold", "useGlobalOutOfStockThreshold", "trackInventory", "id", "featuredAssetId", "taxCategoryId", "productId", "customFieldsBarcode" FROM "product_variant"`, undefined);
        await queryRunner.query(`DROP TABLE "product_variant"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_product_variant" RENAME TO "product_variant"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0e6f516053cf982b537836e21c" ON "product_variant" ("featuredAssetId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e38dca0d82fd64c7cf8aac8b8e" ON "product_variant" ("taxCategoryId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6e420052844edf3a5506d863ce" ON "product_variant" ("productId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_82f9c5156ae614ba47c59f9271"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_1abc00de24b991824b7bdd460b"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_tracking_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar NOT NULL, "status" varchar NOT NULL, "subStatus" varchar, "carrierStatusCode" varchar, "carrierStatusText" varchar, "location" varchar, "occurredAt" datetime NOT NULL, "rawPayload" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipmentId" integer NOT NULL, "carrierId" integer NOT NULL, CONSTRAINT "FK_045d5bcbd863920f853b6caae81" FOREIGN KEY ("shipmentId") REFERENCES "shipment" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_tracking_event"("createdAt", "updatedAt", "carrierEventId", "status", "subStatus", "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload", "id", "shipmentId", "carrierId") SELECT "createdAt", "updatedAt", "carrierEventId", "status", "subStatus", "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload", "id", "shipmentId", "carrierId" FROM "tracking_event"`, undefined);
        await queryRunner.query(`DROP TABLE "tracking_event"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_tracking_event" RENAME TO "tracking_event"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_82f9c5156ae614ba47c59f9271" ON "tracking_event" ("shipmentId", "occurredAt") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1abc00de24b991824b7bdd460b" ON "tracking_event" ("carrierId", "carrierEventId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_shipment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "trackingNumber" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('Pending'), "subStatus" varchar, "lastEventAt" datetime, "stalledAt" datetime, "packages" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL, CONSTRAINT "FK_c66ee40226626c4f62b018f7671" FOREIGN KEY ("carrierId") REFERENCES "carrier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_shipment"("createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId") SELECT "createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId" FROM "shipment"`, undefined);
        await queryRunner.query(`DROP TABLE "shipment"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_shipment" RENAME TO "shipment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`ALTER TABLE "shipment" RENAME TO "temporary_shipment"`, undefined);
        await queryRunner.query(`CREATE TABLE "shipment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "trackingNumber" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('Pending'), "subStatus" varchar, "lastEventAt" datetime, "stalledAt" datetime, "packages" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "shipment"("createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId") SELECT "createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId" FROM "temporary_shipment"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_shipment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_1abc00de24b991824b7bdd460b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_82f9c5156ae614ba47c59f9271"`, undefined);
        await queryRunner.query(`ALTER TABLE "tracking_event" RENAME TO "temporary_tracking_event"`, undefined);
        await queryRunner.query(`CREATE TABLE "tracking_event" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "carrierEventId" varchar NOT NULL, "status" varchar NOT NULL, "subStatus" varchar, "carrierStatusCode" varchar, "carrierStatusText" varchar, "location" varchar, "occurredAt" datetime NOT NULL, "rawPayload" text, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "shipmentId" integer NOT NULL, "carrierId" integer NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "tracking_event"("createdAt", "updatedAt", "carrierEventId", "status", "subStatus", "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload", "id", "shipmentId", "carrierId") SELECT "createdAt", "updatedAt", "carrierEventId", "status", "subStatus", "carrierStatusCode", "carrierStatusText", "location", "occurredAt", "rawPayload", "id", "shipmentId", "carrierId" FROM "temporary_tracking_event"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_tracking_event"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_1abc00de24b991824b7bdd460b" ON "tracking_event" ("carrierId", "carrierEventId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_82f9c5156ae614ba47c59f9271" ON "tracking_event" ("shipmentId", "occurredAt") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_6e420052844edf3a5506d863ce"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_e38dca0d82fd64c7cf8aac8b8e"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_0e6f516053cf982b537836e21c"`, undefined);
        await queryRunner.query(`ALTER TABLE "product_variant" RENAME TO "temporary_product_variant"`, undefined);
        await queryRunner.query(`CREATE TABLE "product_variant" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "deletedAt" datetime, "enabled" boolean NOT NULL DEFAULT (1), "sku" varchar NOT NULL, "outOfStockThreshold" integer NOT NULL DEFAULT (0), "useGlobalOutOfStockThreshold" boolean NOT NULL DEFAULT (1), "trackInventory" varchar NOT NULL DEFAULT ('INHERIT'), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "featuredAssetId" integer, "taxCategoryId" integer, "productId" integer, "customFieldsBarcode" varchar(255), CONSTRAINT "FK_0e6f516053cf982b537836e21cf" FOREIGN KEY ("featuredAssetId") REFERENCES "asset" ("id") ON DELETE SET NULL ON UPDATE NO ACTION, CONSTRAINT "FK_e38dca0d82fd64c7cf8aac8b8ef" FOREIGN KEY ("taxCategoryId") REFERENCES "tax_category" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION, CONSTRAINT "FK_6e420052844edf3a5506d863ce6" FOREIGN KEY ("productId") REFERENCES "product" ("id") ON DELETE NO ACTION ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "product_variant"("createdAt", "updatedAt", "deletedAt", "enabled", "sku", "outOfStockThreshold", "useGlobalOutOfStockThreshold", "trackInventory", "id", "featuredAssetId", "taxCategoryId", "productId", "customFieldsBarcode") SELECT "createdAt", "updatedAt", "deletedAt", "enabled", "sku", "outOfStockThreshold", "useGlobalOutOfStockThreshold", "trackInventory", "id", "featuredAssetId", "taxCategoryId", "productId", "customFieldsBarcode" FROM "temporary_product_variant"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_product_variant"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6e420052844edf3a5506d863ce" ON "product_variant" ("productId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e38dca0d82fd64c7cf8aac8b8e" ON "product_variant" ("taxCategoryId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_0e6f516053cf982b537836e21c" ON "product_variant" ("featuredAssetId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`DROP TABLE "shipment"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_1abc00de24b991824b7bdd460b"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_82f9c5156ae614ba47c59f9271"`, undefined);
        await queryRunner.query(`DROP TABLE "tracking_event"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_2a4cb68e6bd653fc76d2a2e682"`, undefined);
        await queryRunner.query(`DROP TABLE "carrier"`, undefined);
   }

}
