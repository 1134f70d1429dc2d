import 'server-only';
/**
 * The page's lists of claims, rendered once per data version on the server: the sources (quote and citation) and
 * the claims table. Both hold every claim of the timeline, each marked with the steps it is known at
 * (`data-from`, `data-to`, `data-off` when not at the drawn step), the way the server-drawn SVGs are: a new date
 * flips attributes (components/markup/apply-step.ts) and nothing is rendered again, and their words never travel in
 * the page's script payload.
 */
import { describeFigure, type NumberedClaim } from '../buildup';
import { claimChangeText } from '../change-words';
import { citationHtml, citationText } from '../citation';
import { claimDate } from '../claim-date';
import { quoted } from '../format';
import { scopeLabel } from '../scope-words';
import { SERIES_LABELS } from '../series';
import { escapeXml as esc } from './escape-xml';

export interface ClaimListsInput {
  claims: readonly NumberedClaim[];
  steps: readonly string[];
  /** The step the page opens at. */
  step: number;
}

export interface ClaimLists {
  /** `<ol class="sources">`: each claim's exact words and citation, numbered as on the map. */
  sources: string;
  /** `<table>` of every claim (the chart's full alternative). */
  table: string;
}

function stepMarks({ steps, step }: ClaimListsInput, claim: NumberedClaim): string {
  const from = steps.indexOf(claim.saidOn);
  const to = steps.length - 1;
  return ` data-from="${from}" data-to="${to}"${step < from ? ' data-off=""' : ''}`;
}

/** A claim's published corrections and updates, as its source card says them (a fix of wording is listed on /changes). */
function noticesHtml(claim: NumberedClaim): string {
  return (claim.changes ?? []).filter((c) => c.change === 'correction' || c.change === 'update')
    .map((change) => `<p class="claim-change claim-change--${esc(change.change)}">${esc(claimChangeText(change))}</p>`).join('');
}

function sourceItem(input: ClaimListsInput, claim: NumberedClaim): string {
  const id = esc(claim.id);
  return `<li id="source-${id}" value="${claim.footnote}" data-claim="${id}"${stepMarks(input, claim)}>`
    + `<blockquote class="quote">${esc(quoted(claim.quote))}</blockquote>`
    + noticesHtml(claim)
    + `<p class="attribution">${esc(claim.claimant)}, ${esc(claimDate(claim))}. ${citationHtml(claim.source)}. `
    + `<button type="button" class="link-button" data-open-claim="${id}">Open source card ${claim.footnote}</button></p>`
    // The date's basis (the desk's "How the date is known"): a list read for who said it when showed "reported
    // 2 February 2022" for remarks three other reports put on the 3rd, and said so only on the source card.
    + (claim.saidOnNote ? `<p class="date-note">How the date is known: ${esc(claim.saidOnNote)}</p>` : '')
    // The same statement read elsewhere, and the editor's note, as the source card gives them: `/sources`, the page a
    // reader without script is sent to for "the exact words", showed neither, so [33]'s "counting … the National
    // Guard, separatists" had no source there (its note says which copy gives it).
    + (claim.readings?.length
      ? `<div class="list-readings"><p>Also read at:</p><ul>${claim.readings.map((r) => `<li>${esc(quoted(r.quote))} ${citationHtml(r.source)}.</li>`).join('')}</ul></div>`
      : '')
    + (claim.note ? `<p class="list-note">Note: ${esc(claim.note)}</p>` : '')
    + '</li>';
}

function tableRow(input: ClaimListsInput, claim: NumberedClaim): string {
  const changes = (claim.changes ?? []).map((change) => ` <span class="claim-change claim-change--${esc(change.change)}">${esc(claimChangeText(change))}</span>`).join('');
  const cells = [
    String(claim.footnote),
    esc(describeFigure(claim)) + changes,
    esc(claim.kind),
    esc(`${claim.claimant}${claim.series ? ` (${SERIES_LABELS[claim.series]})` : ''}`),
    esc(claimDate(claim)),
    esc([claim.where.description, scopeLabel(claim.scope)].filter(Boolean).join('; ')),
    esc(citationText(claim.source)),
  ];
  return `<tr data-claim="${esc(claim.id)}"${stepMarks(input, claim)}>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}

const TABLE_HEAD = '<caption class="visually-hidden">Every claim known by the chosen date, with who makes it, when, what it covers and the source</caption>'
  + '<thead><tr><th scope="col">#</th><th scope="col">Claim</th><th scope="col">Kind</th><th scope="col">Who says it</th>'
  + '<th scope="col">Said on (or reported)</th><th scope="col">Covers</th><th scope="col">Source</th></tr></thead>';

export function claimLists(input: ClaimListsInput): ClaimLists {
  return {
    sources: `<ol class="sources">${input.claims.map((c) => sourceItem(input, c)).join('')}</ol>`,
    table: `<table>${TABLE_HEAD}<tbody>${input.claims.map((c) => tableRow(input, c)).join('')}</tbody></table>`,
  };
}
