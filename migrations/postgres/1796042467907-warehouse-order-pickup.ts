import {MigrationInterface, QueryRunner} from "typeorm";

export class WarehouseOrderPickup1796042467907 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "order_pickup_choice" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "id" SERIAL NOT NULL, "orderId" integer NOT NULL, "warehouseId" integer NOT NULL, CONSTRAINT "PK_bb75a1c63e8858c8a8db269a1f3" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_2cd854efe26389aed92b84aa5f" ON "order_pickup_choice" ("orderId") `, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_e52895f5e33230c3cea9e07a5c" ON "order_pickup_choice" ("warehouseId") `, undefined);
        await queryRunner.query(`ALTER TABLE "order_pickup_choice" ADD CONSTRAINT "FK_2cd854efe26389aed92b84aa5fb" FOREIGN KEY ("orderId") REFERENCES "order"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "order_pickup_choice" ADD CONSTRAINT "FK_e52895f5e33230c3cea9e07a5c3" FOREIGN KEY ("warehouseId") REFERENCES "warehouse"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "order_pickup_choice" DROP CONSTRAINT "FK_e52895f5e33230c3cea9e07a5c3"`, undefined);
        await queryRunner.query(`ALTER TABLE "order_pickup_choice" DROP CONSTRAINT "FK_2cd854efe26389aed92b84aa5fb"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_e52895f5e33230c3cea9e07a5c"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_2cd854efe26389aed92b84aa5f"`, undefined);
        await queryRunner.query(`DROP TABLE "order_pickup_choice"`, undefined);
   }

}
