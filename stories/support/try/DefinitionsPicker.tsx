/** The optional picker for another area's and survey's JSON definitions, and what was read from them. */
import { useId } from 'react';
import type { ChosenDefinitions } from './definitions';
import type { TryTexts } from './texts';

export interface DefinitionsPickerProps {
  readonly texts: TryTexts;
  readonly chosen: ChosenDefinitions | null;
  readonly onFiles: (files: readonly File[]) => void;
}

export function DefinitionsPicker({ texts, chosen, onFiles }: DefinitionsPickerProps) {
  const id = useId();
  return (
    <div style={{ margin: '0 0 16px' }}>
      <label htmlFor={id} style={{ fontWeight: 700, display: 'block' }}>
        {texts.definitions}
      </label>
      <p style={{ margin: '4px 0' }}>{texts.definitionsHelp}</p>
      <input
        id={id}
        type="file"
        multiple
        accept=".json,application/json"
        onChange={(event) => onFiles(Array.from(event.currentTarget.files ?? []))}
      />
      {chosen && chosen.problems.length === 0 && (
        <p role="status">{texts.definitionsRead(chosen.names.join(', '))}</p>
      )}
      {chosen && chosen.problems.length > 0 && (
        <div role="alert">
          <p>{texts.definitionsInvalid}</p>
          <ul>
            {chosen.problems.map((problem, index) => (
              <li key={index}>{problem}</li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
