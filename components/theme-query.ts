import { isTheme, type ThemeName } from '@/geo/style';

/** `?theme=` as typed value; junk is ignored (the viewer's system setting applies). */
export const themeFromQuery = (value: string | string[] | undefined): ThemeName | null => (isTheme(value) ? value : null);
