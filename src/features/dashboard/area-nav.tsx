import type { Area } from '@/api/schemas';
import { useI18n } from '@/domain/i18n/language-context';

/** The index of areas: plain anchors (#network), so links can be shared and keyboard users jump straight there. */
export function AreaNav({ areas }: { areas: Area[] | undefined }) {
  const { language, t } = useI18n();
  return (
    <nav aria-label={t.areaNav} className="sticky top-0 z-10 border-b border-line bg-canvas/95 backdrop-blur">
      {/* On a phone the row runs off the edge: it fades there, and ends with room to scroll the last area clear of the fade. */}
      <ul className="mx-auto flex max-w-screen-2xl gap-1 overflow-x-auto px-4 py-2 text-sm max-sm:pr-12 max-sm:[mask-image:linear-gradient(to_right,black_80%,transparent)] 3xl:max-w-[2400px]">
        {areas === undefined ? (
          // Before the report arrives: one invisible item gives the bar its final height, so nothing below shifts.
          <li aria-hidden="true" className="invisible">
            <span className="block px-3 py-1.5">{'\u00a0'}</span>
          </li>
        ) : null}
        {(areas ?? []).map((area) => (
          <li key={area.id}>
            <a
              href={`#${area.id}`}
              className="block rounded-md px-3 py-1.5 whitespace-nowrap text-ink hover:bg-surface-muted focus-visible:bg-surface-muted"
            >
              {area.name[language]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
