import {MigrationInterface, QueryRunner} from "typeorm";

export class ShipmentApplyQueuedAt1796432865745 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "shipment" ADD "applyQueuedAt" TIMESTAMP`, undefined);
        await queryRunner.query(`CREATE INDEX "IDX_f31991a67d43eddfb64d296c00" ON "shipment" ("applyQueuedAt") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_f31991a67d43eddfb64d296c00"`, undefined);
        await queryRunner.query(`ALTER TABLE "shipment" DROP COLUMN "applyQueuedAt"`, undefined);
   }

}
