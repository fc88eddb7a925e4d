import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { downloadBlob } from '@/lib/download';
import { useI18n } from '@/domain/i18n/language-context';
import { adminKeys } from './admin-queries';
import { useDataText } from './data-text';

/**
 * 下载模板: the published figures as the workbook 导出 → Excel makes (the same builder, loaded on demand), to edit
 * and upload again.
 */
export function TemplateSection() {
  const text = useDataText();
  const { language } = useI18n();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');

  async function download() {
    setState('busy');
    try {
      // Figures made stale by a publish or a rollback on this page are fetched again, not put in the file.
      queryClient.removeQueries({
        predicate: (query) => query.state.isInvalidated && query.queryKey[0] !== adminKeys.all[0],
      });
      const [{ collectBriefingInput, briefingFileName }, { buildWorkbook }, { XLSX_MIME }] = await Promise.all([
        import('@/widgets/briefing-files/briefing-input'),
        import('@/widgets/briefing-files/build-workbook'),
        import('@/widgets/briefing-files/spreadsheet-xml'),
      ]);
      const input = await collectBriefingInput(queryClient, client, language);
      downloadBlob(briefingFileName(input, 'xlsx'), new Blob([await buildWorkbook(input)], { type: XLSX_MIME }));
      setState('idle');
    } catch {
      setState('failed');
    }
  }

  return (
    <Card as="section" aria-labelledby="data-template-title">
      <h2 id="data-template-title" className="text-lg font-semibold">
        {text.templateHeading}
      </h2>
      <p className="mt-1 text-sm text-muted">{text.templateIntro}</p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Button onClick={() => void download()} disabled={state === 'busy'}>
          {text.templateDownload}
        </Button>
        {state === 'busy' ? (
          <p role="status" className="text-sm text-muted">
            {text.templatePreparing}
          </p>
        ) : null}
        {state === 'failed' ? (
          <p role="alert" className="text-sm text-danger">
            {text.templateFailed}
          </p>
        ) : null}
      </div>
    </Card>
  );
}
