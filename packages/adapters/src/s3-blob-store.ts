import {
  CopyObjectCommand,
  CreateBucketCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import type { BlobStore } from '@chartroom/domain';

export interface S3Settings {
  endpoint?: string | undefined;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  bucket: string;
  forcePathStyle: boolean;
}

export function createS3Client(settings: S3Settings): S3Client {
  return new S3Client({
    ...(settings.endpoint ? { endpoint: settings.endpoint } : {}),
    region: settings.region,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    forcePathStyle: settings.forcePathStyle,
    // Send checksums only where S3 requires them: S3-compatible servers that do not understand
    // aws-chunked uploads would otherwise store the chunk framing inside the object.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 4,
  });
}

const isStatus = (error: unknown, ...codes: number[]) =>
  error instanceof S3ServiceException && codes.includes(error.$metadata.httpStatusCode ?? 0);

/** Bytes with a known length: the SDK cannot size a string body up front and warns. */
const asBytes = (body: Uint8Array | string): Uint8Array =>
  typeof body === 'string' ? Buffer.from(body) : body;

/** The record store, on any S3-compatible server, through the AWS SDK exactly as against AWS. */
export class S3BlobStore implements BlobStore {
  constructor(
    readonly client: S3Client,
    readonly bucket: string,
  ) {}

  /** Creates the bucket if it does not exist (idempotent). */
  async ensureBucket(): Promise<void> {
    try {
      await this.client.send(new HeadBucketCommand({ Bucket: this.bucket }));
    } catch (error) {
      if (
        !isStatus(error, 404, 400, 403) &&
        !(error instanceof S3ServiceException && error.name === 'NotFound')
      ) {
        throw error;
      }
      try {
        await this.client.send(new CreateBucketCommand({ Bucket: this.bucket }));
      } catch (createError) {
        if (!(
          createError instanceof S3ServiceException &&
          /BucketAlready(OwnedByYou|Exists)/.test(createError.name)
        )) {
          throw createError;
        }
      }
    }
  }

  async put(key: string, body: Uint8Array | string, contentType = 'application/octet-stream'): Promise<void> {
    await this.client.send(
      new PutObjectCommand({ Bucket: this.bucket, Key: key, Body: asBytes(body), ContentType: contentType }),
    );
  }

  async putIfAbsent(
    key: string,
    body: Uint8Array | string,
    contentType = 'application/octet-stream',
  ): Promise<boolean> {
    if (await this.exists(key)) return false;
    try {
      // If-None-Match closes the race on AWS and MinIO; the HEAD above covers servers without it.
      await this.client.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: key,
          Body: asBytes(body),
          ContentType: contentType,
          IfNoneMatch: '*',
        }),
      );
      return true;
    } catch (error) {
      if (isStatus(error, 412, 409)) return false;
      throw error;
    }
  }

  async get(key: string): Promise<Buffer> {
    const response = await this.client.send(new GetObjectCommand({ Bucket: this.bucket, Key: key }));
    if (!response.Body) throw new Error(`s3 object ${key} has no body`);
    return Buffer.from(await response.Body.transformToByteArray());
  }

  async getIfExists(key: string): Promise<Buffer | null> {
    try {
      return await this.get(key);
    } catch (error) {
      if (isStatus(error, 404) || (error instanceof S3ServiceException && error.name === 'NoSuchKey'))
        return null;
      throw error;
    }
  }

  async exists(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isStatus(error, 404) || (error instanceof S3ServiceException && error.name === 'NotFound'))
        return false;
      throw error;
    }
  }

  async list(prefix: string): Promise<{ key: string; size: number }[]> {
    const objects: { key: string; size: number }[] = [];
    let token: string | undefined;
    do {
      const page = await this.client.send(
        new ListObjectsV2Command({ Bucket: this.bucket, Prefix: prefix, ContinuationToken: token }),
      );
      for (const item of page.Contents ?? []) {
        if (item.Key) objects.push({ key: item.Key, size: item.Size ?? 0 });
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
    return objects;
  }

  async copy(fromKey: string, toKey: string): Promise<void> {
    await this.client.send(
      new CopyObjectCommand({
        Bucket: this.bucket,
        Key: toKey,
        CopySource: `${this.bucket}/${fromKey.split('/').map(encodeURIComponent).join('/')}`,
      }),
    );
  }

  async delete(keys: string[]): Promise<void> {
    for (let start = 0; start < keys.length; start += 1000) {
      const chunk = keys.slice(start, start + 1000);
      const response = await this.client.send(
        new DeleteObjectsCommand({
          Bucket: this.bucket,
          Delete: { Objects: chunk.map((key) => ({ Key: key })), Quiet: true },
        }),
      );
      const failed = response.Errors ?? [];
      if (failed.length > 0)
        throw new Error(`s3 could not delete ${failed.length} object(s), first: ${failed[0]?.Key}`);
    }
  }
}
