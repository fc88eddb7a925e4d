import type { CellProblem } from '@/api/admin-schemas';
import { useI18n } from '@/domain/i18n/language-context';
import { useDataText } from './data-text';
import { cellClass, headCellClass, TableScroll } from './table-scroll';
import { useFocusOnMount } from './use-focus-on-mount';

/**
 * The validation report of a refused file (422): every problem at once, one row each, the cell exactly as the
 * service names it and what the cell holds as typed. Nothing was stored.
 */
export function ProblemReport({ problems }: { problems: CellProblem[] }) {
  const text = useDataText();
  const { language } = useI18n();
  const heading = useFocusOnMount<HTMLHeadingElement>();
  return (
    <section aria-labelledby="data-problems-title" className="flex flex-col gap-3">
      <div role="alert" className="rounded-lg border border-danger/40 bg-danger-soft p-4 text-ink">
        <h2 id="data-problems-title" ref={heading} tabIndex={-1} className="text-lg font-semibold">
          {text.problemsHeading(problems.length)}
        </h2>
      </div>
      <TableScroll label={text.problemsTable}>
        <table className="w-full border-collapse bg-surface text-sm">
          <caption className="sr-only">{text.problemsTable}</caption>
          <thead>
            <tr>
              <th scope="col" className={headCellClass}>
                {text.columnSheet}
              </th>
              <th scope="col" className={headCellClass}>
                {text.columnCell}
              </th>
              <th scope="col" className={headCellClass}>
                {text.columnCellText}
              </th>
              <th scope="col" className={headCellClass}>
                {text.columnProblem}
              </th>
            </tr>
          </thead>
          <tbody>
            {problems.map((problem, index) => (
              <tr key={index}>
                <td className={cellClass}>{problem.sheet}</td>
                <td className={`${cellClass} font-mono whitespace-nowrap`}>{problem.cell}</td>
                <td className={`${cellClass} break-all`}>
                  {problem.text === '' ? <span className="text-muted">{text.emptyCell}</span> : `«${problem.text}»`}
                </td>
                <td className={cellClass}>{problem.reason[language]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}
