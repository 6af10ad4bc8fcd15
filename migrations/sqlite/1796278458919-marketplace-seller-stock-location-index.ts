import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplaceSellerStockLocationIndex1796278458919 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE INDEX "IDX_872f66400a4f800eab64c6c0e7" ON "marketplace_seller" ("stockLocationId") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "IDX_872f66400a4f800eab64c6c0e7"`, undefined);
   }

}
