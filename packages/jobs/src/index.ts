export * from './job-schemas.ts';
export * from './queues.ts';
export * from './next-jobs.ts';
