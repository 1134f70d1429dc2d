'use client';
import { type RefObject, useEffect } from 'react';
import { applyStep } from './apply-step';

/** Keeps the server-drawn SVG inside `ref` (the map underneath, the chart) showing the parts of this step. */
export function useSvgStep(ref: RefObject<Element | null>, step: number, selector?: string) {
  useEffect(() => {
    const root = ref.current;
    applyStep(selector ? root?.querySelector(selector) : root, step);
  }, [ref, step, selector]);
}
