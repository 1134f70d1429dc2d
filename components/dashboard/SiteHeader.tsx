'use client';
import { memo } from 'react';
import { useHydrated } from '@/components/use-hydrated';
import type { ThemeName } from '@/geo/style';
import { ShareActions } from './ShareActions';

interface Props {
  story: { title: string; subtitle: string };
  dataVersion: number;
  themeName: ThemeName;
  onExport: () => void;
  onToggleTheme: () => void;
}

/** The dashboard's title and actions. Memoised: a new date does not draw it again. */
export const SiteHeader = memo(function SiteHeader({ story, dataVersion, themeName, onExport, onToggleTheme }: Props) {
  const hydrated = useHydrated();
  return (
    <header className="site-header">
      <div>
        <h1>{story.title}</h1>
        <p className="subtitle">{story.subtitle}</p>
      </div>
      <div className="header-actions">
        <button type="button" className="header-button" onClick={onExport} aria-keyshortcuts="E" disabled={!hydrated} data-needs-script>Export image</button>
        <ShareActions title={story.title} dataVersion={dataVersion} />
        <button type="button" className="header-button" onClick={onToggleTheme} disabled={!hydrated} data-needs-script>
          {themeName === 'dark' ? 'Light theme' : 'Dark theme'}
        </button>
      </div>
    </header>
  );
});
