import { Card } from '@/components/ui/card';
import { useDataText } from './data-text';

const START_COMMAND = 'npm run live';
const ADD_USER_COMMAND = 'npm run data -- user add NAME --role publisher';

/** The demo and the offline file: the figures are built in, so the page explains how to get the data service. */
export function DemoNotice() {
  const text = useDataText();
  return (
    <Card as="section" aria-labelledby="data-demo-title" className="max-w-3xl">
      <h2 id="data-demo-title" className="text-lg font-semibold">
        {text.demoTitle}
      </h2>
      <p className="mt-2 text-sm">{text.demoBody}</p>
      <ol className="mt-4 flex flex-col gap-3 text-sm">
        <li>
          <p>{text.demoStartLabel}</p>
          <pre className="mt-1 overflow-x-auto rounded-md bg-surface-muted p-2 font-mono text-xs">
            <code>{START_COMMAND}</code>
          </pre>
        </li>
        <li>
          <p>{text.demoUserLabel}</p>
          <pre className="mt-1 overflow-x-auto rounded-md bg-surface-muted p-2 font-mono text-xs">
            <code>{ADD_USER_COMMAND}</code>
          </pre>
        </li>
        <li>
          <p>{text.demoThen}</p>
        </li>
      </ol>
    </Card>
  );
}
