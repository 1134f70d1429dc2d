'use client';
import { memo } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import type { ThemeName } from '@/geo/style';
import { LinkUntilScript } from './LinkUntilScript';
import { ShareActions } from './ShareActions';

interface Props {
  story: { title: string; subtitle: string };
  dataVersion: number;
  themeName: ThemeName;
  onExport: () => void;
  /** The image "Export image" gives before the page's script opens its dialog: the view as first drawn. */
  exportLink: { href: string; fileName: string };
  onToggleTheme: () => void;
}

/** The dashboard's title and actions. Memoised: a new date does not draw it again. */
export const SiteHeader = memo(function SiteHeader({ story, dataVersion, themeName, onExport, exportLink, onToggleTheme }: Props) {
  const hydrated = useHydrated();
  return (
    <header className="site-header">
      <div>
        <h1>{story.title}</h1>
        <p className="subtitle">{story.subtitle}</p>
      </div>
      <div className="header-actions">
        <LinkUntilScript href={exportLink.href} download={exportLink.fileName} onClick={onExport} className="header-button" keyShortcuts="E">Export image</LinkUntilScript>
        <ShareActions title={story.title} dataVersion={dataVersion} />
        <button type="button" className="header-button" onClick={onToggleTheme} disabled={!hydrated} data-needs-script>
          {themeName === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
      </div>
    </header>
  );
});
