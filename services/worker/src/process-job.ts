import { BadInputError } from '@chartroom/domain';
import { isJobName, nextJobs, parsePayload, type JobName, type JobOutcomes } from '@chartroom/jobs';
import { UnrecoverableError, type Job } from 'bullmq';
import { ZodError } from 'zod';
import type { Handlers, JobControl, WorkerContext } from './context.ts';

/**
 * Glue between BullMQ and the handlers. Errors decide retries: bad input and malformed
 * payloads can never succeed, so they fail at once with a stored reason (UnrecoverableError);
 * everything else is rethrown for BullMQ to retry with backoff. Nothing is swallowed.
 */
export async function processJob(job: Job, handlers: Handlers, context: WorkerContext): Promise<unknown> {
  const name = job.name;
  if (!isJobName(name)) throw new UnrecoverableError(`unknown job name "${name}"`);
  const control: JobControl = {
    async ignoredChildFailures() {
      const failures = await job.getIgnoredChildrenFailures();
      return new Map(Object.entries(failures));
    },
  };
  try {
    const data = parsePayload(name, job.data);
    const outcome = await run(name, data, handlers, context, control);
    await context.queues.enqueue(nextJobs(name, outcome));
    return outcome;
  } catch (error) {
    if (error instanceof BadInputError) throw new UnrecoverableError(error.message);
    if (error instanceof ZodError) {
      throw new UnrecoverableError(
        `invalid ${name} payload: ${error.issues.map((issue) => issue.path.join('.')).join(', ')}`,
      );
    }
    throw error;
  }
}

function run<N extends JobName>(
  name: N,
  data: unknown,
  handlers: Handlers,
  context: WorkerContext,
  control: JobControl,
): Promise<JobOutcomes[N]> {
  const handler = handlers[name] as (
    job: { name: N; data: unknown },
    context: WorkerContext,
    control: JobControl,
  ) => Promise<JobOutcomes[N]>;
  return handler({ name, data }, context, control);
}
