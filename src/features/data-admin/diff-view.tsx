import type { ReactNode } from 'react';
import type { DatasetDiff, ObservationChange } from '@/api/admin-schemas';
import type { Observation } from '@/api/schemas';
import { toPlainDecimal } from '@/lib/decimal';
import { formatDecimal } from '@/domain/format';
import { useI18n } from '@/domain/i18n/language-context';
import type { Language } from '@/domain/i18n/language';
import type { DataMessages } from './data-messages';
import { useDataText } from './data-text';
import { cellClass, headCellClass, TableScroll } from './table-scroll';

/** A value as the workbook holds it (12.1, grouped in English), with 以上 and 推算值 where they apply. */
function valueText(observation: Observation | undefined, language: Language, text: DataMessages, derivedMark: string) {
  if (!observation) return '—';
  const number = formatDecimal(toPlainDecimal(observation.value), language);
  const bound = observation.bound === 'at-least' ? ` ${text.atLeast}` : '';
  return `${number}${bound}${observation.derived ? derivedMark : ''}`;
}

/** What a revision changes: changed figures, added and removed observations, removed indicators. */
export function DiffView({ diff }: { diff: DatasetDiff }) {
  const text = useDataText();
  const { language, t } = useI18n();
  const value = (observation: Observation | undefined) => valueText(observation, language, text, t.derivedMark);
  const empty = diff.changed.length + diff.added.length + diff.removed.length + diff.removedIndicators.length === 0;
  if (empty) return <p className="text-sm text-muted">{text.noChanges}</p>;
  return (
    <div className="flex flex-col gap-4">
      <ChangeTable
        title={text.changedHeading}
        valueHeading={text.columnChange}
        changes={diff.changed}
        cell={(change) => (
          <>
            {`${value(change.before)} → ${value(change.after)}`}
            {change.after?.source !== undefined && change.after.source !== change.before?.source ? (
              <span className="mt-1 block text-xs text-muted">{`${text.newSource}${change.after.source}`}</span>
            ) : null}
          </>
        )}
      />
      <ChangeTable
        title={text.addedHeading}
        valueHeading={text.columnValue}
        changes={diff.added}
        cell={(change) => (
          <>
            {value(change.after)}
            {change.after?.source !== undefined ? (
              <span className="mt-1 block text-xs text-muted">{`${text.newSource}${change.after.source}`}</span>
            ) : null}
          </>
        )}
      />
      <ChangeTable
        title={text.removedHeading}
        valueHeading={text.columnValue}
        changes={diff.removed}
        cell={(change) => value(change.before)}
      />
      {diff.removedIndicators.length > 0 ? (
        <section aria-label={text.removedIndicatorsHeading}>
          <h3 className="font-semibold">{text.removedIndicatorsHeading}</h3>
          <ul className="mt-1 list-disc pl-5 font-mono text-sm">
            {diff.removedIndicators.map((id) => (
              <li key={id}>{id}</li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

function ChangeTable({
  title,
  valueHeading,
  changes,
  cell,
}: {
  title: string;
  valueHeading: string;
  changes: ObservationChange[];
  cell: (change: ObservationChange) => ReactNode;
}) {
  const text = useDataText();
  const { language, t } = useI18n();
  if (changes.length === 0) return null;
  return (
    <section aria-label={title}>
      <h3 className="mb-2 font-semibold">{`${title}${t.punctuation.bracketOpen}${changes.length}${t.punctuation.bracketClose}`}</h3>
      <TableScroll label={title}>
        <table className="w-full border-collapse bg-surface text-sm">
          <caption className="sr-only">{title}</caption>
          <thead>
            <tr>
              <th scope="col" className={headCellClass}>
                {text.columnIndicator}
              </th>
              <th scope="col" className={headCellClass}>
                {text.columnDate}
              </th>
              <th scope="col" className={headCellClass}>
                {text.columnUnit}
              </th>
              <th scope="col" className={headCellClass}>
                {valueHeading}
              </th>
            </tr>
          </thead>
          <tbody>
            {changes.map((change) => (
              <tr key={`${change.indicatorId} ${change.date}`}>
                <th scope="row" className={`${cellClass} text-left font-normal`}>
                  {change.name[language]}
                </th>
                <td className={`${cellClass} whitespace-nowrap`}>{change.date}</td>
                <td className={cellClass}>{change.unit}</td>
                <td className={cellClass}>{cell(change)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
