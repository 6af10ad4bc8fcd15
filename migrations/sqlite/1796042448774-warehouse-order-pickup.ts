import {MigrationInterface, QueryRunner} from "typeorm";

export class WarehouseOrderPickup1796042448774 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "order_pickup_choice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "warehouseId" integer NOT NULL)`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2cd854efe26389aed92b84aa5f" ON "order_pickup_choice" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e52895f5e33230c3cea9e07a5c" ON "order_pickup_choice" ("warehouseId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_2cd854efe26389aed92b84aa5f"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_e52895f5e33230c3cea9e07a5c"`, undefined);
        await queryRunner.query(`CREATE TABLE "temporary_order_pickup_choice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "warehouseId" integer NOT NULL, CONSTRAINT "FK_2cd854efe26389aed92b84aa5fb" FOREIGN KEY ("orderId") REFERENCES "order" ("id") ON DELETE CASCADE ON UPDATE NO ACTION, CONSTRAINT "FK_e52895f5e33230c3cea9e07a5c3" FOREIGN KEY ("warehouseId") REFERENCES "warehouse" ("id") ON DELETE CASCADE ON UPDATE NO ACTION)`, undefined);
        await queryRunner.query(`INSERT INTO "temporary_order_pickup_choice"("createdAt", "updatedAt", "id", "orderId", "warehouseId") SELECT "createdAt", "updatedAt", "id", "orderId", "warehouseId" FROM "order_pickup_choice"`, undefined);
        await queryRunner.query(`DROP TABLE "order_pickup_choice"`, undefined);
        await queryRunner.query(`ALTER TABLE "temporary_order_pickup_choice" RENAME TO "order_pickup_choice"`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2cd854efe26389aed92b84aa5f" ON "order_pickup_choice" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e52895f5e33230c3cea9e07a5c" ON "order_pickup_choice" ("warehouseId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_e52895f5e33230c3cea9e07a5c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_2cd854efe26389aed92b84aa5f"`, undefined);
        await queryRunner.query(`ALTER TABLE "order_pickup_choice" RENAME TO "temporary_order_pickup_choice"`, undefined);
        await queryRunner.query(`CREATE TABLE "order_pickup_choice" ("createdAt" datetime NOT NULL DEFAULT (datetime('now')), "updatedAt" datetime NOT NULL DEFAULT (datetime('now')), "id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "orderId" integer NOT NULL, "warehouseId" integer NOT NULL)`, undefined);
        await queryRunner.query(`INSERT INTO "order_pickup_choice"("createdAt", "updatedAt", "id", "orderId", "warehouseId") SELECT "createdAt", "updatedAt", "id", "orderId", "warehouseId" FROM "temporary_order_pickup_choice"`, undefined);
        await queryRunner.query(`DROP TABLE "temporary_order_pickup_choice"`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e52895f5e33230c3cea9e07a5c" ON "order_pickup_choice" ("warehouseId") `, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2cd854efe26389aed92b84aa5f" ON "order_pickup_choice" ("orderId") `, undefined);
        await queryRunner.query(`DROP INDEX "IDX_e52895f5e33230c3cea9e07a5c"`, undefined);
        await queryRunner.query(`DROP INDEX "IDX_2cd854efe26389aed92b84aa5f"`, undefined);
        await queryRunner.query(`DROP TABLE "order_pickup_choice"`, undefined);
   }

}
