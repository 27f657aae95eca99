/** Export, import and storage use. */
import { useEffect, useState } from 'preact/hooks';
import type { LibraryState } from '../utils/library/library-state';
import { exportLibrary, type ExportFile } from './exports';
import { strings } from './strings';

/** Props of {@link DataView}. */
export interface DataViewProps {
  library: LibraryState;
  onDownload(file: ExportFile): void;
  onImport(text: string): void;
  estimate(): Promise<{ usage?: number; quota?: number }>;
}

/** Export buttons, the import picker, and how much is stored. */
export function DataView({ library, onDownload, onImport, estimate }: DataViewProps) {
  const [usage, setUsage] = useState<{ usage?: number; quota?: number }>();
  useEffect(() => {
    estimate().then(setUsage, () => setUsage({}));
  }, [estimate, library]);
  let annotations = 0;
  for (const list of library.byArticle.values()) annotations += list.length;

  return (
    <section class="data-view" aria-label={strings.dataTab}>
      <h2>{strings.exportHeading}</h2>
      <div class="buttons">
        {(['md', 'json', 'csv'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            class={`export-${kind}`}
            disabled={!library.complete}
            onClick={() => onDownload(exportLibrary(library, kind))}
          >
            {{ md: strings.exportMarkdown, json: strings.exportJson, csv: strings.exportCsv }[kind]}
          </button>
        ))}
      </div>
      <h2>{strings.importHeading}</h2>
      <label class="import">
        {strings.importLabel}
        <input
          type="file"
          accept=".json,application/json,application/ld+json"
          onChange={async (event) => {
            const input = event.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) onImport(await file.text());
            input.value = '';
          }}
        />
      </label>
      <h2>{strings.storageHeading}</h2>
      <p class="storage">
        {usage?.usage !== undefined && usage.quota !== undefined
          ? strings.storageUsed(bytes(usage.usage), bytes(usage.quota))
          : strings.storageUnknown}{' '}
        {strings.storageCounts(library.articles.length, annotations)}
      </p>
    </section>
  );
}

function bytes(n: number): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let value = n;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value.toFixed(unit === 0 ? 0 : 1)} ${units[unit]}`;
}
