// The CLI's connections are the application's own, built from the same configuration.
export { blobStoreFromConfig as blobStoreFor, elasticFromConfig as elasticFor } from '@chartroom/adapters';
