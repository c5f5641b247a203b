/**
 * The Data package page's list of the 2024 survey's question ids, drawn from the shipped definition
 * (survey2024Definition), so the docs list exactly what the importers accept.
 */
import { survey2024Definition } from '@yhdyspinta/data';
import { DocTable } from './DocTable';

export function ItemIds() {
  const rows = survey2024Definition.sections.flatMap((section) =>
    section.goals.flatMap((goal) =>
      goal.subGoals && goal.subGoals.length > 0 ? goal.subGoals : [goal],
    ),
  );
  return (
    <DocTable
      head={['id', 'question (Finnish, as published)']}
      rows={rows.map((item) => [<code key={item.id}>{item.id}</code>, item.label.fi])}
    />
  );
}
