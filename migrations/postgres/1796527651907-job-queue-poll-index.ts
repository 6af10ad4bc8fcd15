import {MigrationInterface, QueryRunner} from "typeorm";

export class JobQueuePollIndex1796527651907 implements MigrationInterface {

   public async up(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`CREATE INDEX "IDX_job_record_queue_state_created" ON "job_record" ("queueName", "state", "createdAt") `, undefined);
   }

   public async down(queryRunner: QueryRunner): Promise<any> {
        await queryRunner.query(`DROP INDEX "public"."IDX_job_record_queue_state_created"`, undefined);
   }

}
