import {MigrationInterface, QueryRunner} from "typeorm";

export class MarketplaceCommissionRules1796086592821 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE TABLE "marketplace_commission_rule" ("createdAt" TIMESTAMP NOT NULL DEFAULT now(), "updatedAt" TIMESTAMP NOT NULL DEFAULT now(), "rateBps" integer NOT NULL, "id" SERIAL NOT NULL, "collectionId" integer NOT NULL, "sellerId" integer, CONSTRAINT "PK_901edeaaef2ae4a90fbe53e8e19" PRIMARY KEY ("id"))`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_a671314f9cf050865aad5a6185" ON "marketplace_commission_rule" ("collectionId") WHERE "sellerId" IS NULL`, undefined);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_7a19bdbd80f2b14db35cf32678" ON "marketplace_commission_rule" ("collectionId", "sellerId") `, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_commission_rule" ADD CONSTRAINT "FK_0351e5730a02b5592162d4c3305" FOREIGN KEY ("collectionId") REFERENCES "collection"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_commission_rule" ADD CONSTRAINT "FK_924703bac673812a5e141a50303" FOREIGN KEY ("sellerId") REFERENCES "marketplace_seller"("id") ON DELETE CASCADE ON UPDATE NO ACTION`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "marketplace_commission_rule" DROP CONSTRAINT "FK_924703bac673812a5e141a50303"`, undefined);
        await queryRunner.query(`ALTER TABLE "marketplace_commission_rule" DROP CONSTRAINT "FK_0351e5730a02b5592162d4c3305"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_7a19bdbd80f2b14db35cf32678"`, undefined);
        await queryRunner.query(`DROP INDEX "public"."IDX_a671314f9cf050865aad5a6185"`, undefined);
        await queryRunner.query(`DROP TABLE "marketplace_commission_rule"`, undefined);
   }

}
