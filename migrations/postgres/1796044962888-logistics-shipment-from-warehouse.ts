import {MigrationInterface, QueryRunner} from "typeorm";

export class LogisticsShipmentFromWarehouse1796044962888 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "shipment" ADD "fromStockLocationId" integer`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_8f32446cf587c45807cdfeb1bc" ON "shipment" ("fromStockLocationId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_8f32446cf587c45807cdfeb1bc"`, undefined);
        await queryRunner.query(`ALTER TABLE "shipment" DROP COLUMN "fromStockLocationId"`, undefined);
   }

}
