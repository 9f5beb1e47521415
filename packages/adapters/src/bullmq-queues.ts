import { jobIdOf, queueOfJob, QUEUES, retryPolicy, type FollowUp, type QueueName } from '@chartroom/jobs';
import { FlowProducer, Queue, type FlowJob } from 'bullmq';
import { Redis, type RedisOptions } from 'ioredis';

/**
 * Redis connections. Workers block on Redis and must wait out a restart
 * (maxRetriesPerRequest: null); producers and the API should fail fast instead.
 */
export function createRedis(url: string, role: 'worker' | 'producer'): Redis {
  const options: RedisOptions =
    role === 'worker'
      ? { maxRetriesPerRequest: null, enableReadyCheck: true }
      : { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 5_000 };
  return new Redis(url, options);
}

/** Every queue and the flow producer, with the project's retry policy on every job. */
export class JobQueues {
  readonly queues: Map<QueueName, Queue>;
  private readonly flows: FlowProducer;

  constructor(
    readonly connection: Redis,
    readonly prefix: string,
    private readonly attempts: number,
  ) {
    this.queues = new Map(
      Object.values(QUEUES).map((name) => [name, new Queue(name, { connection, prefix })] as const),
    );
    this.flows = new FlowProducer({ connection, prefix });
  }

  queue(name: QueueName): Queue {
    const queue = this.queues.get(name);
    if (!queue) throw new Error(`unknown queue ${name}`);
    return queue;
  }

  /** Enqueues follow-ups; a job with children becomes a flow whose parent waits for them. */
  async enqueue(followUps: FollowUp[]): Promise<void> {
    for (const followUp of followUps) {
      if (followUp.children === undefined) {
        const jobId = (jobIdOf[followUp.name] as (data: unknown) => string)(followUp.data);
        await this.queue(queueOfJob[followUp.name]).add(followUp.name, followUp.data, {
          ...retryPolicy(this.attempts),
          jobId,
        });
      } else {
        await this.flows.add(this.toFlow(followUp, false));
      }
    }
  }

  private toFlow(followUp: FollowUp, isChild: boolean): FlowJob {
    const jobId = (jobIdOf[followUp.name] as (data: unknown) => string)(followUp.data);
    return {
      name: followUp.name,
      queueName: queueOfJob[followUp.name],
      data: followUp.data,
      prefix: this.prefix,
      opts: {
        ...retryPolicy(this.attempts),
        jobId,
        // A child that fails for good must not strand its parent: the parent runs, learns the
        // failure and quarantines that page with the reason, and the batch goes on.
        ...(isChild ? { ignoreDependencyOnFailure: true } : {}),
      },
      children: (followUp.children ?? []).map((child) => this.toFlow(child, true)),
    };
  }

  /** Schedules the inbox scan; upserting keeps exactly one schedule however many workers start. */
  async scheduleInboxScan(everyMs: number): Promise<void> {
    await this.queue(QUEUES.intake).upsertJobScheduler(
      'inbox-scan',
      { every: everyMs },
      { name: 'InboxScan', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
    );
  }

  async close(): Promise<void> {
    await this.flows.close();
    for (const queue of this.queues.values()) await queue.close();
  }
}
