'use client';
import { type ReactNode, type RefObject, useLayoutEffect, useRef } from 'react';
import { useHydrated } from '@/components/use-hydrated';

interface Props {
  /** What the link does without script: an address that answers the same need (an export's image, say). */
  href: string;
  /** The file name when `href` is a download. */
  download?: string;
  /** What the button does once the page's script has taken over (opens a dialog, say). */
  onClick: () => void;
  className: string;
  keyShortcuts?: string;
  children: ReactNode;
}

/**
 * An action that works before the page's script does: a link in the server's HTML (a slow phone waits seconds for
 * the script, and a reader without it forever), and the button it always was once the page has hydrated. A keyboard
 * user who had reached the link keeps the focus, on the button.
 */
export function LinkUntilScript({ href, download, onClick, className, keyShortcuts, children }: Props) {
  const hydrated = useHydrated();
  const linkHadFocus = useRef(false);
  return hydrated
    ? <FocusedButton takeFocus={linkHadFocus} onClick={onClick} className={className} keyShortcuts={keyShortcuts}>{children}</FocusedButton>
    : <FocusNotingLink hadFocus={linkHadFocus} href={href} download={download} className={className}>{children}</FocusNotingLink>;
}

function FocusNotingLink({ hadFocus, href, download, className, children }: { hadFocus: RefObject<boolean>; href: string; download?: string; className: string; children: ReactNode }) {
  const link = useRef<HTMLAnchorElement>(null);
  // A layout effect's cleanup runs before React removes the element: whether it has the focus can still be read.
  useLayoutEffect(() => {
    const element = link.current;
    return () => void (hadFocus.current = element !== null && document.activeElement === element);
  }, [hadFocus]);
  return <a ref={link} href={href} download={download} className={className}>{children}</a>;
}

function FocusedButton({ takeFocus, onClick, className, keyShortcuts, children }: { takeFocus: RefObject<boolean>; onClick: () => void; className: string; keyShortcuts?: string; children: ReactNode }) {
  const button = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    if (takeFocus.current) button.current?.focus();
  }, [takeFocus]);
  return <button ref={button} type="button" className={className} onClick={onClick} aria-keyshortcuts={keyShortcuts}>{children}</button>;
}
