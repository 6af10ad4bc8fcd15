import {MigrationInterface, QueryRunner} from "typeorm";

export class AlertsSigningKeyRotation1796124939933 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "alert_signing_key" ADD "retiredAt" TIMESTAMP`, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`ALTER TABLE "alert_signing_key" DROP COLUMN "retiredAt"`, undefined);
   }

}
