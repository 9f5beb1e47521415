import { useState } from 'react';
import { uploadBatch, type DroppedBatch } from '../api';
import { ErrorMessage } from '../common/ErrorMessage';

interface Props {
  /** The signed-in station's user name: the station id unless another is typed. */
  defaultStation: string;
  onDropped: (batch: DroppedBatch) => void;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** A station operator drops a stack's scans (PDF, TIFF, JPEG, PNG) as one batch. */
export function BatchUpload({ defaultStation, onDropped }: Props) {
  const [station, setStation] = useState(defaultStation);
  const [batchName, setBatchName] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  // Re-mounting the file input is the only way to clear what it shows.
  const [inputKey, setInputKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const total = files.reduce((sum, file) => sum + file.size, 0);
  const submit = async () => {
    setBusy(true);
    setError(null);
    try {
      const dropped = await uploadBatch(station.trim(), batchName.trim(), files);
      setFiles([]);
      setInputKey((key) => key + 1);
      setBatchName('');
      onDropped(dropped);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby="upload-title" data-testid="batch-upload">
      <h2 id="upload-title">Drop a batch</h2>
      <p className="muted">
        The scans of one stack of paper, in order (PDF, multi-page TIFF, JPEG or PNG). A file that is not a
        readable scan is kept and reported; the rest of the batch goes on.
      </p>
      <form
        className="filters"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <div className="filter-row">
          <div className="field">
            <label htmlFor="upload-station">Station</label>
            <input
              id="upload-station"
              type="text"
              value={station}
              onChange={(event) => setStation(event.target.value)}
              data-testid="upload-station"
            />
          </div>
          <div className="field">
            <label htmlFor="upload-batch-name">Batch name (optional)</label>
            <input
              id="upload-batch-name"
              type="text"
              value={batchName}
              placeholder="made from the time"
              onChange={(event) => setBatchName(event.target.value)}
              data-testid="upload-batch-name"
            />
          </div>
          <div className="field grow">
            <label htmlFor="upload-files">Scanned files</label>
            <input
              key={inputKey}
              id="upload-files"
              type="file"
              multiple
              accept=".pdf,.tif,.tiff,.jpg,.jpeg,.png,application/pdf,image/tiff,image/jpeg,image/png"
              onChange={(event) => setFiles([...(event.target.files ?? [])])}
              data-testid="upload-files"
            />
          </div>
          <button
            type="submit"
            className="primary"
            disabled={busy || files.length === 0}
            data-testid="upload-submit"
          >
            {busy ? 'Uploading…' : 'Drop batch'}
          </button>
        </div>
      </form>
      {files.length > 0 ? (
        <p data-testid="upload-selection">
          {files.length} file(s), {megabytes(total)}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
