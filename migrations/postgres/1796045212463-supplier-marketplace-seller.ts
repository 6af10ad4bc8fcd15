import {MigrationInterface, QueryRunner} from "typeorm";

export class SupplierMarketplaceSeller1796045212463 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "supplier" ADD "marketplaceSellerId" integer`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_6ae19b3ed109595cb6819909fe" ON "supplier" ("marketplaceSellerId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_6ae19b3ed109595cb6819909fe"`, undefined);
        await queryRunner.query(`ALTER TABLE "supplier" DROP COLUMN "marketplaceSellerId"`, undefined);
   }

}
