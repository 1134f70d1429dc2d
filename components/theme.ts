'use client';
import { useEffect, useState } from 'react';
import type { ThemeName } from '@/geo/style';

/** The theme the viewer chose, or else their system setting, followed live. */
export function useEffectiveTheme(chosen: ThemeName | null): ThemeName {
  const [system, setSystem] = useState<ThemeName>('light');
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setSystem(query.matches ? 'dark' : 'light');
    update();
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);
  const theme = chosen ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  return theme;
}
