/** Where the three backing services can be reached, and with which S3 credentials. */
export interface ServiceEndpoints {
  mode: ServicesMode;
  redisUrl: string;
  elasticsearchUrl: string;
  s3: S3Endpoint;
}

export interface S3Endpoint {
  endpoint: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

/** 'local': processes on this machine (started by chartroom or already running); 'docker': docker compose. */
export type ServicesMode = 'local' | 'docker';

export type ServiceName = 'redis' | 'elasticsearch' | 's3';

export interface ServiceHealth {
  name: ServiceName;
  endpoint: string;
  healthy: boolean;
  detail: string;
  managedBy: 'chartroom' | 'external' | 'docker';
}

export type Log = (line: string) => void;
