'use client';
import { useEffect, useRef } from 'react';
import { typedScene } from './keys';

/** How long a typed digit waits for the next (slide software waits for Enter; a pause does it here too). */
const NEXT_DIGIT_MS = 800;

/**
 * Going to a scene by typing its number: digits add up, a number no further digit could extend goes at once, others
 * after a pause or Enter (keys.ts, typedScene), and a number no scene has goes nowhere. Returns the key handler: true
 * when it took the key.
 */
export function useTypedScene(count: number, go: (index: number) => void) {
  const typed = useRef('');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  return (key: string): boolean => {
    const finish = () => {
      window.clearTimeout(timer.current);
      const scene = typedScene(typed.current, count);
      typed.current = '';
      if (scene) go(scene.index);
    };
    if (key === 'Enter' && typed.current) {
      finish();
      return true;
    }
    if (!/^\d$/.test(key)) return false;
    window.clearTimeout(timer.current);
    // A digit that makes a number no scene has ("13" of 12) drops the number: the stage stays. It went to scene 3,
    // on air, for a mistyped number.
    const scene = typedScene(typed.current + key, count);
    typed.current = scene ? typed.current + key : '';
    if (!scene) return true;
    if (!scene.wait) finish();
    else timer.current = window.setTimeout(finish, NEXT_DIGIT_MS);
    return true;
  };
}
