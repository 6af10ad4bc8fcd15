import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplaceSellerProfile1796026329877 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD "location" character varying(200)`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD "countryCode" character varying(2)`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD "logoId" integer`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" ADD CONSTRAINT "FK_37dbfe40a08fe0c0423129bd3cc" FOREIGN KEY ("logoId") REFERENCES "asset"("id") ON DELETE SET NULL ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP CONSTRAINT "FK_37dbfe40a08fe0c0423129bd3cc"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP COLUMN "logoId"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP COLUMN "countryCode"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_seller" DROP COLUMN "location"`, undefined);
   }

}
