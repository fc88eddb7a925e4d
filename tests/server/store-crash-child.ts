import { articleDataset } from '../../server/dataset/dataset';
import { openStore } from '../../server/store/open-store';

/**
 * The victim of the kill -9 test: opens the PGlite store in argv[0] and writes until it is killed. Drafts change
 * the 5G base stations; every fifth one is the article again and is published, so the pointer moves under fire
 * while the current dataset stays the article. Prints `wrote N` after each committed write.
 */
export async function main({ argv }: { argv: string[] }): Promise<number> {
  const [dataDir] = argv;
  if (!dataDir) throw new Error('usage: store-crash-child.ts <dataDir>');
  const store = await openStore({ kind: 'directory', dataDir });
  const actor = { name: 'crash-test', address: null };
  const diff = { changed: [], added: [], removed: [], removedIndicators: [] };
  process.stdout.write('open\n');
  for (let n = 1; ; n += 1) {
    const dataset = articleDataset();
    const publish = n % 5 === 0;
    if (!publish) {
      const stations = dataset.indicators.find((i) => i.id === '5g-base-stations');
      if (!stations) throw new Error('the article lost its 5G base stations');
      stations.observations = stations.observations.map((o) => ({ ...o, value: o.value + n }));
    }
    const parentId = await store.currentId();
    const draft = await store.createDraft(
      { parentId, dataset, diff, warnings: [], note: `draft ${n}`, fileName: null, fileSha256: null },
      actor,
    );
    if (publish) await store.publish(draft.id, actor);
    process.stdout.write(`wrote ${n}\n`);
  }
}
