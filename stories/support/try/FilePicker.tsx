/** A file input with a drop zone around it: choosing or dropping a file calls `onFile`. */
import { useId, useState } from 'react';
import type { DragEvent } from 'react';
import type { TryTexts } from './texts';

export interface FilePickerProps {
  readonly texts: TryTexts;
  readonly onFile: (file: File) => void;
}

const zone = (over: boolean) =>
  ({
    border: `2px dashed ${over ? '#0072B2' : '#8c959f'}`,
    borderRadius: 8,
    padding: 24,
    background: over ? '#eaf4fb' : '#f6f8fa',
    textAlign: 'center',
  }) as const;

export function FilePicker({ texts, onFile }: FilePickerProps) {
  const id = useId();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) onFile(file);
  };
  return (
    <div
      style={zone(over)}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      data-testid="drop-zone"
    >
      <label htmlFor={id} style={{ fontWeight: 700, display: 'block', marginBottom: 8 }}>
        {texts.choose}
      </label>
      <input
        id={id}
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,.json,text/csv,application/json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (file) onFile(file);
        }}
      />
      <p style={{ margin: '8px 0 0' }}>{texts.drop}</p>
    </div>
  );
}
