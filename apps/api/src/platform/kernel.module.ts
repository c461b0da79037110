import { Global, Module } from '@nestjs/common';
import { Clock, SystemClock } from '#kernel';

/** Kernel ports with their production implementations; tests override them. */
@Global()
@Module({
  providers: [{ provide: Clock, useClass: SystemClock }],
  exports: [Clock],
})
export class KernelModule {}
