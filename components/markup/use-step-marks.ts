'use client';
import { type RefObject, useLayoutEffect } from 'react';
import { applyStep } from './apply-step';

/**
 * Keeps the server-rendered markup inside `ref` showing the parts of this step; again whenever the markup itself is
 * replaced (`markup`: a newer data version's). A layout effect, so a new date and its marks paint together.
 */
export function useStepMarks(ref: RefObject<Element | null>, step: number, markup: string | null = null) {
  useLayoutEffect(() => {
    applyStep(ref.current, step);
  }, [ref, step, markup]);
}
