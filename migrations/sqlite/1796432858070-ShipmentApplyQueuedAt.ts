import {MigrationInterface, QueryRunner} from "typeorm";

export class ShipmentApplyQueuedAt1796432858070 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_8f32446cf587c45807cdfeb1bc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_shipment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "trackingNumber" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('Pending'), "subStatus" varchar, "lastEventAt" datetime, "stalledAt" datetime, "packages" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL, "fromStockLocationId" integer, "applyQueuedAt" datetime, CONSTRAINT "FK_c66ee40226626c4f62b018f7671" FOREIGN KEY ("carrierId") REFERENCES "carrier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_shipment"("createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId", "fromStockLocationId") SELECT "createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId", "fromStockLocationId" FROM "shipment"`, undefined);
        await queryRunner.query(`DROP TABLE "shipment"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_shipment" RENAME TO "shipment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_8f32446cf587c45807cdfeb1bc" ON "shipment" ("fromStockLocationId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f31991a67d43eddfb64d296c00" ON "shipment" ("applyQueuedAt") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_f31991a67d43eddfb64d296c00"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_3e11194465f6f2ba6eade97f65"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_75b5f089f72a5671a4f65efbcc"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_93ba0beada3eb709bc83dc0b9a"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_90972e653c2bdc5bfab26503bf"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_d1850649bb6dc5d23c6fb0369f"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_8f32446cf587c45807cdfeb1bc"`, undefined);
        await queryRunner.query(`ALTER TABLE "shipment" RENAME TO "temporary_shipment"`, undefined);
        await queryRunner.query(`CREATE TABLE "shipment" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "trackingNumber" varchar NOT NULL, "status" varchar NOT NULL DEFAULT ('Pending'), "subStatus" varchar, "lastEventAt" datetime, "stalledAt" datetime, "packages" text NOT NULL, "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "channelId" integer NOT NULL, "fulfillmentId" integer NOT NULL, "orderId" integer NOT NULL, "carrierId" integer NOT NULL, "fromStockLocationId" integer, CONSTRAINT "FK_c66ee40226626c4f62b018f7671" FOREIGN KEY ("carrierId") REFERENCES "carrier" ("id") ON DELETE RESTRICT ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "shipment"("createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId", "fromStockLocationId") SELECT "createdAt", "updatedAt", "trackingNumber", "status", "subStatus", "lastEventAt", "stalledAt", "packages", "id", "channelId", "fulfillmentId", "orderId", "carrierId", "fromStockLocationId" FROM "temporary_shipment"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_shipment"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_3e11194465f6f2ba6eade97f65" ON "shipment" ("carrierId", "trackingNumber") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_75b5f089f72a5671a4f65efbcc" ON "shipment" ("status") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_93ba0beada3eb709bc83dc0b9a" ON "shipment" ("orderId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_90972e653c2bdc5bfab26503bf" ON "shipment" ("fulfillmentId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_d1850649bb6dc5d23c6fb0369f" ON "shipment" ("channelId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_8f32446cf587c45807cdfeb1bc" ON "shipment" ("fromStockLocationId") `, undefined);
   }

}
