'use client';
import { useEffect, useState } from 'react';
import { isTheme, type ThemeName } from '@/geo/style';

/** The theme in the address wins; otherwise the viewer's system setting, followed live. */
export function useThemeName(requested: ThemeName | null): [ThemeName, (next: ThemeName) => void] {
  const [system, setSystem] = useState<ThemeName>('light');
  const [chosen, setChosen] = useState<ThemeName | null>(requested);
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
  const choose = (next: ThemeName) => {
    setChosen(next);
    const url = new URL(window.location.href);
    url.searchParams.set('theme', next);
    window.history.replaceState(window.history.state, '', url);
  };
  return [theme, choose];
}

