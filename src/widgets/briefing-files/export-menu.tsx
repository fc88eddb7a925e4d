import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useApiClient } from '@/api/api-client-context';
import { Button, buttonClass } from '@/components/ui/button';
import { MenuButton } from '@/components/ui/menu-button';
import { downloadBlob } from '@/lib/download';
import { useI18n } from '@/domain/i18n/language-context';
import { briefingFileName, collectBriefingInput, type BriefingInput } from './briefing-input';

type FileKind = 'pptx' | 'xlsx';

/** Each builder and its library (pptxgenjs, JSZip) load only when a reader asks for that file. */
async function buildFile(kind: FileKind, input: BriefingInput): Promise<Blob> {
  if (kind === 'pptx') {
    const { buildDeck, PPTX_MIME } = await import('./build-deck');
    return new Blob([await buildDeck(input)], { type: PPTX_MIME });
  }
  const [{ buildWorkbook }, { XLSX_MIME }] = await Promise.all([
    import('./build-workbook'),
    import('./spreadsheet-xml'),
  ]);
  return new Blob([await buildWorkbook(input)], { type: XLSX_MIME });
}

/** 导出 / Export: the briefing deck and workbook, built in the browser from the figures the page holds. */
export function ExportMenu() {
  const { language, t } = useI18n();
  const queryClient = useQueryClient();
  const client = useApiClient();
  const [state, setState] = useState<{ status: 'idle' | 'busy' } | { status: 'failed'; kind: FileKind }>({
    status: 'idle',
  });

  async function exportFile(kind: FileKind) {
    setState({ status: 'busy' });
    try {
      const input = await collectBriefingInput(queryClient, client, language);
      downloadBlob(briefingFileName(input, kind), await buildFile(kind, input));
      setState({ status: 'idle' });
    } catch {
      setState({ status: 'failed', kind });
    }
  }

  return (
    <MenuButton
      label={t.exportMenu}
      className={buttonClass('secondary', 'aria-expanded:bg-surface-muted')}
      items={[
        { label: t.exportPptx, onSelect: () => void exportFile('pptx'), disabled: state.status === 'busy' },
        { label: t.exportXlsx, onSelect: () => void exportFile('xlsx'), disabled: state.status === 'busy' },
      ]}
    >
      {state.status === 'busy' ? (
        <span role="status" className="absolute right-0 mt-1 text-xs whitespace-nowrap text-muted">
          {t.exportPreparing}
        </span>
      ) : null}
      {state.status === 'failed' ? (
        <span
          role="alert"
          className="absolute right-0 z-10 mt-1 flex items-center gap-2 rounded-md border border-line bg-surface p-2 text-xs whitespace-nowrap text-danger shadow"
        >
          {t.exportFailed}
          <Button className="text-xs" onClick={() => void exportFile(state.kind)}>
            {t.exportRetry}
          </Button>
        </span>
      ) : null}
    </MenuButton>
  );
}
