/**
 * The newsroom desk in the browser: sign in, add a claim and see it on an open dashboard in another browser within
 * 5 s; correct it and see the correction mark and /changes; two editors on one claim (409, both texts kept);
 * a session lost mid-edit; sign out; the API's 401 and 403; the sign-in limit.
 */
import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { E2E_ACCOUNTS } from '../../playwright.config';

test.describe.configure({ mode: 'serial' });

// The published data goes back to the files' for the other tests: the test claim is retracted (a revision too).
test.afterAll(async ({ playwright, baseURL }) => {
  const editor = await playwright.request.newContext({ baseURL });
  await editor.post('/api/auth/sign-in/email', { data: E2E_ACCOUNTS.second, headers: { Origin: baseURL! } });
  const answer = await editor.delete('/api/claims/desk-test-outlet', { data: { reason: 'End of the desk test' }, headers: { Origin: baseURL! } });
  // 404: never added (a run of some tests only); 409 "retracted already": the last test retracts it itself.
  if (answer.status() === 409) expect((await answer.json()).error).toMatch(/^Claim "desk-test-outlet" cannot be retracted: it is retracted already \(revision \d+\)\.$/);
  else expect([200, 404]).toContain(answer.status());
});

/** A claim of the test's own: an outlet's estimate (no series, so no scene's figure moves). */
const CLAIM = {
  id: 'desk-test-outlet',
  kind: 'estimate',
  value: '160,000',
  unit: 'troops',
  qualifier: 'about',
  claimant: 'A test outlet',
  saidOn: '2022-02-20',
  'where.description': 'Near the border',
  'source.outlet': 'Test Outlet',
  'source.published': '2022-02-20',
  'source.title': 'A page made for the desk test',
  'source.url': 'https://example.org/desk-test',
  quote: 'About 160,000 troops are massed near the border.',
};

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto('/desk');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password').fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible();
  // The desk takes the focus from the sign-in form that went (it was left on the page's body).
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeFocused();
}

const field = (page: Page, name: string) => page.locator(`[name="${name}"]`);

async function fill(page: Page, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const input = field(page, name);
    if ((await input.evaluate((el) => el.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
}

/**
 * Opens a claim from the list. One with an unpublished draft on top of what readers see asks which to edit first:
 * `from` answers it (and says the choice must be there).
 */
async function openClaim(page: Page, id: string, from?: 'the draft' | 'what readers see') {
  await page.getByRole('link', { name: id, exact: true }).click();
  if (!from) return;
  await expect(page.getByRole('heading', { name: `Claim ${id} has a draft that is not published` })).toBeVisible();
  await page.getByRole('button', { name: from === 'the draft' ? 'Edit the draft' : 'Edit what readers see' }).click();
}

async function newEditor(browser: Browser, account: { email: string; password: string }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, account);
  return { context, page };
}

test('an editor adds a claim; an open dashboard in another browser shows it within 5 s', async ({ browser }) => {
  const reader = await (await browser.newContext()).newPage();
  await reader.goto('/');
  await expect(reader.locator('.sources')).not.toContainText(CLAIM.quote);

  const { page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await page.getByRole('button', { name: 'New claim' }).click();
  await fill(page, CLAIM);
  // Checked live as it is typed: a number not in the quote is named with its field.
  await field(page, 'value').fill('170,000');
  await expect(page.locator('#field-quote-errors')).toContainText("Exact words: does not contain the claim's own number (170,000)");
  // And on the number, which may be the typo.
  await expect(page.locator('#field-value-errors')).toHaveText('Number: 170,000 is not in the exact words: check the number, or the quote');
  await expect(field(page, 'value')).toHaveAttribute('aria-invalid', 'true');
  await field(page, 'value').fill(CLAIM.value);
  await expect(page.locator('#field-quote-errors')).toHaveCount(0);
  await expect(page.locator('#field-value-errors')).toHaveCount(0);
  // Words no stored source text holds (a paraphrase, an invented page) are refused, with what was not found.
  await field(page, 'quote').fill('About 160,000 troops are now massed near the border.');
  await expect(page.locator('#field-quote-errors')).toContainText('Exact words: is not in the stored text of the page cited (sources/): "About 160,000 troops are now massed near the border." was not found');
  await field(page, 'quote').fill(CLAIM.quote);
  await expect(page.locator('#field-quote-errors')).toHaveCount(0);
  // A day that does not exist leaves the date box empty to scripts: said so, not "is missing".
  const saidOn = field(page, 'saidOn');
  await saidOn.fill('');
  await saidOn.focus();
  await saidOn.pressSequentially('02302022');
  await saidOn.evaluate((box) => (box as HTMLInputElement).blur());
  await expect(page.locator('#field-saidOn-errors')).toHaveText('Said on: is not a date that exists (such as 30 February) or is not finished: pick it from the calendar, or type day, month and year in the order the box shows them');
  await saidOn.fill(CLAIM.saidOn);
  await expect(page.locator('#field-saidOn-errors')).toHaveCount(0);
  // A reversed range is said on its upper end at once.
  await field(page, 'valueHigh').fill('150,000');
  await expect(page.locator('#field-valueHigh-errors')).toContainText("Upper end of a range: must be greater than the range's lower end: 160,000–150,000 is reversed or empty");
  await field(page, 'valueHigh').fill('');
  await expect(page.locator('#field-valueHigh-errors')).toHaveCount(0);
  await expect(page.locator('.desk-preview svg').first()).toBeVisible();
  await expect(page.locator('.desk-ok')).toHaveText("No problems in the claim: write the editor's note, then save or publish.");
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.desk-form')).toContainText("Editor's note: is required: say what changed and why");
  // Under the editor's note only: the claim's own "Note for readers" shares the name "note".
  await expect(page.locator('#field-note-errors')).toHaveCount(0);
  // An id another claim has is named at once, on the id.
  await field(page, 'id').fill('deployed-90k');
  await expect(page.locator('#field-id-errors')).toContainText('Id: is taken: claim "deployed-90k" exists');
  await field(page, 'id').fill(CLAIM.id);
  await expect(page.locator('#field-id-errors')).toHaveCount(0);
  await field(page, 'revision-note').fill('Added from the desk test');
  await page.getByRole('button', { name: 'Publish' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText(/Published desk-test-outlet: data version \d+/);

  const started = Date.now();
  await expect(reader.locator('.sources')).toContainText(CLAIM.quote, { timeout: 5_000 });
  expect(Date.now() - started).toBeLessThan(5_000);
});

test('a date typed day first in a box that reads month first is shown in words, and a day before the timeline is flagged', async ({ browser }) => {
  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, 'kyiv-estimate-94k');
  // From the form's top, one Tab and Enter reach the editor's note over some 45 fields (7,600 px at 200% zoom).
  await page.locator('#form-heading').click();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Skip to the editor’s note and the buttons under it' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'revision-note')).toBeFocused();
  // A saved claim's id cannot change: not a box to type in.
  await expect(field(page, 'id')).toHaveAttribute('readonly', '');
  const saidOn = field(page, 'saidOn');
  await expect(page.locator('#field-saidOn-words')).toHaveText(/^\d{1,2} [A-Z][a-z]+ 20\d\d$/);
  // The review's slip: 3 December 2021 typed 03122021 into this browser's month-first box.
  await saidOn.focus();
  await saidOn.press('Control+a');
  await saidOn.pressSequentially('03122021');
  await expect(saidOn).toHaveValue('2021-03-12');
  await expect(page.locator('#field-saidOn-words')).toHaveText('12 March 2021');
  await expect(saidOn).toHaveAttribute('aria-describedby', /field-saidOn-words/);
  const timelineNote = page.locator('.desk-note-ahead', { hasText: 'Said on ' });
  await expect(timelineNote).toHaveText("Said on 12 March 2021, before 30 October 2021, where readers' timeline starts now: publishing it makes every page's timeline start on 12 March 2021. Check that the day and the month are the ones meant.");
  await page.getByRole('button', { name: 'Discard my changes…' }).click();
  await page.getByRole('group', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(timelineNote).toHaveCount(0);
  // Nothing changed from what readers see: not "write the editor's note, then publish", which the server refuses.
  await expect(page.locator('.desk-ok')).toHaveText(/^No problems in the claim\. Nothing is changed from revision \d+, which readers see: edit a field to correct or update it\.$/);
  await context.close();
});

test('a number slipped to another figure of the same words is flagged: the check passes, the note asks whose it is', async ({ browser }) => {
  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, 'kyiv-estimate-94k');
  await expect(field(page, 'value')).toHaveValue('94,000');
  // The review's slip: Kyiv's "approximately 94,000" made the U.S.'s 70,000 of the same words, its qualifier cleared.
  await fill(page, { value: '70,000', qualifier: '' });
  await expect(page.locator('.desk-ok')).toContainText('No problems');
  await expect(page.locator('.desk-note-ahead')).toContainText("The exact words hold other figures too (94,000): check that 70,000 is this claim's, and that the words give it to");
  await page.getByRole('button', { name: 'Discard my changes…' }).click();
  await page.getByRole('group', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(field(page, 'value')).toHaveValue('94,000');
  await context.close();
});

test('a long paste is refused on its field with its rule, and a check the server cannot make never reads "No problems"', async ({ browser }) => {
  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, 'kyiv-estimate-94k');
  await expect(page.locator('.desk-ok')).toContainText('No problems');
  // The review pasted 2 MB into the note: the check's requests were refused for their size, and the summary said
  // "No problems: the claim can be published"; a publish then named three limits in turn, the field's last.
  await fill(page, { note: 'x'.repeat(5000) });
  await expect(page.locator('.desk-summary')).toContainText('Note for readers: must be at most 4,000 characters (this has 5,000)');
  await expect(page.locator('.desk-ok')).toHaveCount(0);
  await fill(page, { note: '', readings: JSON.stringify([{ source: { outlet: 'A' }, quote: 'y'.repeat(300_000) }]) });
  await expect(page.locator('.desk-summary')).toContainText('The live check could not run: The request body is over 262,144 bytes');
  await expect(page.locator('.desk-ok')).toHaveCount(0);
  await page.getByRole('button', { name: 'Discard my changes…' }).click();
  await page.getByRole('group', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(page.locator('.desk-ok')).toContainText('No problems');
  await context.close();
});

test('a field the form cannot read is never saved without it: the save says which, and the typing stays', async ({ browser }) => {
  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, 'kyiv-estimate-94k');
  const revision = async () => ((await (await page.request.get('/api/claims/kyiv-estimate-94k')).json()) as { latest: { revision: number } }).latest.revision;
  const before = await revision();
  // A review's "13O,000" (a letter O) was dropped from the draft, which said "Saved" and kept no number, for good.
  await fill(page, { value: '13O,000', 'revision-note': 'A figure typed with a letter' });
  await expect(page.locator('.desk-summary')).toContainText('Number: must be a number, like 90000 or 90,000 (got "13O,000")');
  for (const button of ['Save draft', 'Publish the change']) {
    await page.getByRole('button', { name: button }).click();
    await expect(page.locator('.desk-outcome .desk-notice')).toHaveText('Not saved: “Number” cannot be read as typed, and saving would leave it out. Fix it, or empty it, then save. What you typed is kept.');
    await expect(page.locator('.desk-outcome')).toBeFocused();
    await expect(field(page, 'value')).toHaveValue('13O,000');
    await expect(page.locator('.desk-summary')).not.toContainText('Number: is missing');
  }
  expect(await revision()).toBe(before);
  // A reversed range reads (both its ends are numbers): a draft keeps it, the problem listed. It was refused as
  // "“Upper end of a range” cannot be read as typed".
  await fill(page, { value: '140,000', valueHigh: '120,000' });
  await expect(page.locator('#field-valueHigh-errors')).toContainText("must be greater than the range's lower end: 140,000–120,000 is reversed or empty");
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText('Saved kyiv-estimate-94k as a draft');
  expect(await revision()).toBe(before + 1);
  await context.close();
});

test('a correction is marked for readers, listed on /changes and in the feed', async ({ browser, request }) => {
  const { page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
  await fill(page, { value: '165,000', quote: 'About 165,000 troops are massed near the border.' });
  await field(page, 'revision-note').fill('The outlet corrected its figure');
  await page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(page.locator('.desk-form')).toContainText('Kind of change: is required for a published claim');
  // A fix may not change what the claim says: said as soon as it is chosen.
  await page.getByRole('radio', { name: /^Fix/ }).check();
  await expect(page.locator('#field-change-errors')).toContainText(/a fix may change only the wording around the claim, not Number, .*Exact words/);
  await page.getByRole('radio', { name: /^Correction/ }).check();
  await expect(page.locator('#field-change-errors')).toHaveCount(0);
  await page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText('Published desk-test-outlet');

  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/?source=${CLAIM.id}`);
  await expect(reader.locator('dialog.source-card')).toContainText(/Corrected \d+ \w+ \d{4}: The outlet corrected its figure; previously about 160,000 troops/);

  // The list of sources marks it too, under its words (it read as never corrected there).
  await reader.goto('/sources');
  await expect(reader.locator(`#source-${CLAIM.id} .claim-change--correction`)).toContainText(/^Corrected \d+ \w+ \d{4}: The outlet corrected its figure; previously about 160,000 troops$/);

  await reader.goto('/changes');
  await expect(reader.locator('.change-list li').first()).toContainText('Corrected');
  await expect(reader.locator('.change-list li').first()).toContainText('about 165,000 troops (previously about 160,000 troops)');
  const feed = await (await request.get('/changes.atom')).text();
  expect(feed).toContain('<title>CORRECTED · claim desk-test-outlet: about 165,000 troops (previously about 160,000 troops)</title>');
  // The next export carries it: "Corrected …" in its sources, and the data version in its footer and metadata.
  const svg = await (await request.get('/api/export?format=svg&layout=chart&width=1920&height=1080')).text();
  expect(svg).toMatch(/dataVersion="\d+"/);
  // The form has moved on to the revision it saved: a second change from it goes through, not refused as stale.
  await expect(page.locator('#form-heading')).toHaveText(`Claim ${CLAIM.id} (revision 2)`);
  await fill(page, { 'where.description': 'Near the border, in the outlet\'s words', 'revision-note': 'Second change from the same form' });
  await page.getByRole('radio', { name: /^Update/ }).check();
  await page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(page.locator('#form-heading')).toHaveText(`Claim ${CLAIM.id} (revision 3)`);
  await expect(page.locator('.desk-notice').first()).toContainText('Published desk-test-outlet');
  await expect(page.locator('.desk-conflict')).toHaveCount(0);
  // A change of the words alone says what they were (it said "Updated" and nothing of what had changed).
  await reader.goto('/changes');
  await expect(reader.locator('.change-list li').first()).toContainText('about 165,000 troops (previously where “Near the border”)');
  await reader.goto(`/?source=${CLAIM.id}`);
  await expect(reader.locator('dialog.source-card')).toContainText(/Updated \d+ \w+ \d{4}: Second change from the same form; previously where “Near the border”/);
});

test('two editors on one claim: the second save gets a 409, sees both versions and merges; nothing typed is lost', async ({ browser }) => {
  const first = await newEditor(browser, E2E_ACCOUNTS.editor);
  const second = await newEditor(browser, E2E_ACCOUNTS.second);
  for (const { page } of [first, second]) await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
  await fill(first.page, { claimant: 'A test outlet (first editor)', 'revision-note': 'First' });
  await fill(second.page, { 'where.description': 'Along the border (second editor)', 'revision-note': 'Second' });
  await first.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
  // The second editor is told while typing, not only on saving (the form asks every 5 s).
  await expect(second.page.locator('.desk-newer')).toHaveText(/^editor\S* has saved revision \d+ of this claim since you opened it \(.+ UTC\): saving yours shows both versions, to merge\.$/, { timeout: 10_000 });
  await second.page.getByRole('button', { name: 'Save draft' }).click();
  const merge = second.page.locator('.desk-conflict');
  await expect(second.page.locator('.desk-newer')).toHaveCount(0);
  await expect(merge).toContainText('Two versions of this claim');
  await expect(merge.locator('[data-field="claimant"]')).toContainText('A test outlet (first editor)');
  await expect(merge.locator('[data-field="where.description"]')).toContainText('Along the border (second editor)');
  // Theirs is a draft readers have not seen, and this edit started from what they see: its change is shown, said to
  // be unpublished, and left out unless picked (a reviewer published a colleague's unvetted note with one click).
  await expect(merge).toContainText('is a draft, not published');
  await expect(merge.getByRole('columnheader', { name: /^Their draft \(revision \d+, not published\)$/ })).toBeVisible();
  await expect(merge.locator('[data-field="claimant"]')).toContainText('their draft changed it');
  await expect(merge.locator('[data-field="claimant"] input[type=radio]').nth(0)).toBeChecked();
  await expect(merge.locator('[data-field="where.description"] input[type=radio]').nth(0)).toBeChecked();
  // Picked, it is kept: nothing either editor typed is lost.
  await merge.locator('[data-field="claimant"] input[type=radio]').nth(1).check();
  await merge.getByRole('button', { name: 'Use this merge' }).click();
  // The focus goes to what the merge did (it was left on the page's body, the button gone): the next Tab is in the form.
  await expect(second.page.locator('.desk-outcome')).toBeFocused();
  await expect(second.page.locator('.desk-outcome .desk-notice')).toContainText(/^Merged with revision \d+: check the fields, then save\.$/);
  await expect(field(second.page, 'claimant')).toHaveValue('A test outlet (first editor)');
  await expect(field(second.page, 'where.description')).toHaveValue('Along the border (second editor)');
  await second.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(second.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
});

test('work kept in the browser survives another editor saving the claim: it comes back as a merge', async ({ browser }) => {
  const first = await newEditor(browser, E2E_ACCOUNTS.editor);
  const second = await newEditor(browser, E2E_ACCOUNTS.second);
  await openClaim(first.page, CLAIM.id, 'the draft');
  await fill(first.page, { qualifier: 'some', 'revision-note': 'Kept while the other editor saved' });
  // Kept for this editor alone: another account signed in on this browser never gets it.
  const kept = `buildup-desk:${E2E_ACCOUNTS.editor.email}:${CLAIM.id}`;
  await expect.poll(() => first.page.evaluate((key) => localStorage.getItem(key) ?? '', kept)).toContain('Kept while the other editor saved');
  // The list says so, for this editor only (their colleague's list does not).
  const listed = await first.page.context().newPage();
  await listed.goto('/desk');
  await expect(listed.locator(`tr[data-claim="${CLAIM.id}"] .desk-kept`)).toHaveText(', unsaved work in this browser');
  await expect(listed.locator('tr[data-claim="deployed-90k"] .desk-kept')).toHaveCount(0);
  await listed.close();
  await openClaim(second.page, CLAIM.id, 'the draft');
  await fill(second.page, { 'source.title': 'A page made for the desk test (retitled)', 'revision-note': 'Retitled' });
  await second.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(second.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');

  // The reload keeps the claim open (its address). The other editor has saved a draft since the work was kept: the
  // desk asks which to edit, and the work then comes back as a merge with that draft.
  await first.page.reload();
  await expect(first.page).toHaveURL(new RegExp(`/desk#claim/${CLAIM.id}$`));
  await expect(first.page.locator('.desk-choice')).toContainText(`is a draft by ${E2E_ACCOUNTS.second.email}`);
  await first.page.getByRole('button', { name: 'Edit the draft' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText(/Restored what you typed at \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC on revision \d+; .* has saved revision \d+ since: compare and merge/);
  await expect(field(first.page, 'qualifier')).toHaveValue('some');
  const merge = first.page.locator('.desk-conflict');
  await expect(merge.locator('[data-field="source.title"] input[type=radio]').nth(1)).toBeChecked();
  await merge.getByRole('button', { name: 'Use this merge' }).click();
  await expect(field(first.page, 'source.title')).toHaveValue('A page made for the desk test (retitled)');
  await expect(field(first.page, 'qualifier')).toHaveValue('some');
  await first.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
});

test('a session lost mid-edit: the sign-in comes over the form, which keeps what was typed', async ({ browser }) => {
  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, CLAIM.id, 'the draft');
  await fill(page, { qualifier: 'roughly', 'revision-note': 'Typed before the session ended' });
  await context.clearCookies();
  await page.getByRole('button', { name: 'Save draft' }).click();
  const again = page.getByRole('dialog', { name: 'Sign in again' });
  await expect(again).toContainText('Your session has ended');
  await expect(field(page, 'qualifier')).toHaveValue('roughly');
  // The dialog takes the focus (the form behind it is inert), and Escape does not dismiss it, twice over.
  await expect(again.getByLabel('Email')).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await expect(again).toBeVisible();
  await again.getByLabel('Email').focus();
  await again.getByLabel('Email').fill(E2E_ACCOUNTS.editor.email);
  await again.getByLabel('Password').fill(E2E_ACCOUNTS.editor.password);
  await again.getByRole('button', { name: 'Sign in' }).click();
  await expect(again).toHaveCount(0);
  await expect(page.locator('.desk-notice').first()).toHaveText('Signed in again: save when ready. What you typed is kept.');
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
  // The form goes on with the draft, its editor's note too: a Publish next is not refused for a note emptied by the save.
  await expect(field(page, 'revision-note')).toHaveValue('Typed before the session ended');
  // Signing out ends it for good (nothing unsaved to ask about: the note is the draft's).
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in to the desk' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Sign in to the desk' })).toBeVisible();
});

test('on a phone the desk keeps to the screen: each claim is a card, nothing scrolls sideways', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, E2E_ACCOUNTS.second);
  // A page wider than the screen makes a phone zoom out (the layout viewport grew to 421 px when the table widened it).
  expect(await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])).toEqual([390, 390]);
  // The table's five columns scrolled sideways in their frame, the state and last change out of sight.
  const frame = page.locator('.desk-table-frame').first();
  expect(await frame.evaluate((el) => el.scrollWidth - el.clientWidth)).toBe(0);
  const card = page.locator('.desk-claims tr[data-claim="invasion"]');
  await card.scrollIntoViewIfNeeded();
  for (const [label, text] of [['Figure', 'No figure'], ['State', 'Published'], ['Last change', 'Added']]) {
    const cell = card.locator(`td[data-label="${label}"]`);
    await expect(cell).toContainText(text);
    await expect(cell).toBeInViewport();
    expect(await cell.evaluate((el) => getComputedStyle(el, '::before').content)).toBe(`"${label}"`);
  }
  await context.close();
});

test('an editor sent to the accounts is told they are the admins\' and sees the claims', async ({ browser }) => {
  const { page, context } = await newEditor(browser, E2E_ACCOUNTS.second);
  await page.goto('/desk#accounts');
  await expect(page.getByRole('status').filter({ hasText: 'Accounts are managed' })).toHaveText('Accounts are managed by the desk’s admins: ask one to add or change an account. Shown instead: the claims.');
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Add an account' })).toHaveCount(0);
  await context.close();
});

test('an admin adds an account, and disables it only after a second click; a disabled account cannot sign in', async ({ browser }) => {
  const { page } = await newEditor(browser, E2E_ACCOUNTS.admin);
  await page.getByRole('button', { name: 'Accounts' }).click();
  await expect(page).toHaveURL(/\/desk#accounts$/);
  const email = `temp-${Date.now()}@e2e.example`;
  const form = page.getByRole('form', { name: 'Add an account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel(/^Password/).fill('a temporary password');
  await form.getByRole('button', { name: 'Add' }).click();
  await expect(page.locator('.desk-notice')).toHaveText(`Added ${email} (editor).`);
  const row = page.locator(`tr[data-account="${email}"]`);
  await expect(row).toContainText('Active');
  // Disabling signs them out everywhere: it asks first, and Cancel changes nothing.
  await row.getByRole('button', { name: 'Disable…' }).click();
  await expect(row.getByRole('group', { name: `Disable ${email}?` })).toContainText('They are signed out everywhere.');
  await row.getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toContainText('Active');
  await row.getByRole('button', { name: 'Disable…' }).click();
  await row.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.locator('.desk-notice')).toHaveText(`${email} disabled: signed out everywhere.`);
  await expect(row).toContainText('Disabled');

  const other = await (await browser.newContext()).newPage();
  await other.goto('/desk');
  await other.getByLabel('Email').fill(email);
  await other.getByLabel('Password').fill('a temporary password');
  await other.getByRole('button', { name: 'Sign in' }).click();
  await expect(other.locator('.desk-problem')).toHaveText('This account is disabled: ask an admin.');
  await row.getByRole('button', { name: 'Enable' }).click();
  await expect(row).toContainText('Active');
});

test('an admin changes an account\'s role and sets a new password, which signs its sessions out; a short one is refused by name', async ({ browser }) => {
  const { page } = await newEditor(browser, E2E_ACCOUNTS.admin);
  await page.getByRole('button', { name: 'Accounts' }).click();
  const email = `reset-${Date.now()}@e2e.example`;
  const form = page.getByRole('form', { name: 'Add an account' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel(/^Password/).fill('the first password');
  await form.getByRole('button', { name: 'Add' }).click();
  const row = page.locator(`tr[data-account="${email}"]`);
  await expect(row).toContainText('Active');
  // Their session, open elsewhere.
  const theirs = await (await browser.newContext()).newPage();
  await theirs.goto('/desk');
  await theirs.getByLabel('Email').fill(email);
  await theirs.getByLabel('Password').fill('the first password');
  await theirs.getByRole('button', { name: 'Sign in' }).click();
  await expect(theirs.getByRole('button', { name: 'Sign out' })).toBeVisible();

  await row.getByLabel(`Role of ${email}`).selectOption('admin');
  await expect(page.locator('.desk-notice')).toHaveText(`${email} is now an admin.`);
  await expect(row.getByLabel(`Role of ${email}`)).toHaveValue('admin');
  // One's own role cannot be changed from the desk.
  await expect(page.locator(`tr[data-account="${E2E_ACCOUNTS.admin.email}"] select`)).toHaveCount(0);

  await row.getByRole('button', { name: 'New password…' }).click();
  const reset = row.getByRole('form', { name: `New password for ${email}` });
  await expect(reset.getByLabel(/^New password/)).toBeFocused();
  // The browser's own minLength is lifted to see the server's words.
  await reset.getByLabel(/^New password/).evaluate((el) => el.removeAttribute('minlength'));
  await reset.getByLabel(/^New password/).fill('too short');
  await reset.getByRole('button', { name: 'Set password' }).click();
  await expect(page.locator('.desk-notice')).toHaveText('Password not set: The password must be at least 12 characters long.');
  await reset.getByLabel(/^New password/).fill('the second password');
  await reset.getByRole('button', { name: 'Set password' }).click();
  await expect(page.locator('.desk-notice')).toHaveText(`New password set for ${email}: signed out everywhere; give it to them in person or by phone.`);

  await theirs.reload();
  await expect(theirs.getByLabel('Password')).toBeVisible();
  // The page is its form: the first key typed goes to Email (the focus sat on the page, a Tab away).
  await expect(theirs.getByLabel('Email')).toBeFocused();
  await theirs.getByLabel('Email').fill(email);
  await theirs.getByLabel('Password').fill('the first password');
  await theirs.getByRole('button', { name: 'Sign in' }).focus();
  await theirs.keyboard.press('Enter');
  await expect(theirs.locator('.desk-problem')).toContainText('Wrong email or password');
  // The keyboard's focus stays in the form (a disabled button dropped it to the page).
  await expect(theirs.locator('form.desk-signin :focus')).toHaveCount(1);
  await theirs.getByLabel('Password').fill('the second password');
  await theirs.getByRole('button', { name: 'Sign in' }).click();
  await expect(theirs.getByRole('button', { name: 'Sign out' })).toBeVisible();
});

test('a password set through the API ends the account\'s sessions too, not only the desk\'s button', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await sessionCookie(admin, baseURL!, E2E_ACCOUNTS.admin);
  const account = { email: `api-reset-${Date.now()}@e2e.example`, password: 'the first password' };
  const created = await admin.post('/api/auth/admin/create-user', { data: { ...account, name: account.email, role: 'editor' } });
  expect(created.status()).toBe(200);
  const userId = (await created.json()).user.id as string;
  const theirs = await playwright.request.newContext({ baseURL });
  await sessionCookie(theirs, baseURL!, account);
  expect((await theirs.get('/api/claims')).status()).toBe(200);
  const set = await admin.post('/api/auth/admin/set-user-password', { data: { userId, newPassword: 'the second password' } });
  expect(set.status()).toBe(200);
  const after = await theirs.get('/api/claims');
  expect(after.status()).toBe(401);
  expect((await after.json()).error).toContain('Sign in to the desk');
});

test('an admin cannot change their own role through the API, which the desk does not offer: it could not be undone', async ({ playwright, baseURL }) => {
  const admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL! } });
  await sessionCookie(admin, baseURL!, E2E_ACCOUNTS.admin);
  const userId = ((await (await admin.get('/api/auth/get-session')).json()) as { user: { id: string } }).user.id;
  for (const [path, data] of [['/api/auth/admin/set-role', { userId, role: 'editor' }], ['/api/auth/admin/update-user', { userId, data: { role: 'editor' } }]] as const) {
    const refused = await admin.post(path, { data });
    expect(refused.status(), path).toBe(400);
    expect((await refused.json()).message).toBe('An admin cannot change their own role: another admin can.');
  }
  // update-user's data takes no role the desk does not know ("user", better-auth's own default).
  const other = await admin.post('/api/auth/admin/create-user', { data: { email: `role-${Date.now()}@e2e.example`, password: 'a long enough password', name: 'r', role: 'editor' } });
  const otherId = (await other.json()).user.id as string;
  const unknown = await admin.post('/api/auth/admin/update-user', { data: { userId: otherId, data: { role: 'user' } } });
  expect(unknown.status()).toBe(400);
  expect((await unknown.json()).message).toBe('The role must be one of editor, admin.');
  expect((await admin.post('/api/auth/admin/set-role', { data: { userId: otherId, role: 'admin' } })).status()).toBe(200);
  expect(((await (await admin.get('/api/auth/get-session')).json()) as { user: { role: string } }).user.role).toBe('admin');
});

async function sessionCookie(request: APIRequestContext, baseURL: string, account: { email: string; password: string }) {
  const response = await request.post('/api/auth/sign-in/email', { data: account, headers: { Origin: baseURL } });
  expect(response.status()).toBe(200);
}

test('the API: 401 without a session, 403 from another origin, 400 naming each field, and the desk never cached', async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  const post = (ctx: APIRequestContext, origin?: string) => ctx.post('/api/claims', { data: { claim: { id: 'x' }, note: 'n', publish: true }, headers: origin ? { Origin: origin } : {} });
  const noSession = await post(anonymous, baseURL);
  expect(noSession.status()).toBe(401);
  expect((await noSession.json()).error).toContain('Sign in to the desk');

  const signedIn = await playwright.request.newContext({ baseURL });
  await sessionCookie(signedIn, baseURL!, E2E_ACCOUNTS.editor);
  const foreign = await post(signedIn, 'https://attacker.example');
  expect(foreign.status()).toBe(403);
  expect((await foreign.json()).error).toContain('"https://attacker.example" is not');
  const invalid = await post(signedIn, baseURL);
  expect(invalid.status()).toBe(400);
  expect((await invalid.json()).errors).toEqual(expect.arrayContaining([{ field: 'claimant', message: 'is missing' }, { field: 'saidOn', message: 'is missing' }]));
  // An id that is taken is one problem among the others, all said at once (it was said alone), a draft's too.
  const taken = await signedIn.post('/api/claims', { data: { claim: { id: 'deployed-90k' }, note: '', publish: false }, headers: { Origin: baseURL! } });
  expect(taken.status()).toBe(400);
  const takenBody = await taken.json();
  expect(takenBody.errors).toEqual(expect.arrayContaining([
    { field: 'id', message: expect.stringMatching(/^is taken: claim "deployed-90k" exists \(revision \d+, published\)/) },
    // The editor's note's problem is marked as the revision's own: the claim has a note for readers too.
    { field: 'note', message: 'is required: say what changed and why', part: 'revision' },
    { field: 'claimant', message: 'is missing' },
  ]));
  expect(takenBody.error).toMatch(/^The claim is not valid: id: is taken: .*; note: is required: say what changed and why; .*claimant: is missing/);
  // The desk's API reads at most 256 KB of a body (server.mjs and the edge stop a declared 1 MB before the app).
  const oversize = await signedIn.post('/api/claims', { data: { claim: { id: 'x', quote: 'x'.repeat(300_000) }, note: 'n' }, headers: { Origin: baseURL! } });
  expect(oversize.status()).toBe(413);
  expect((await oversize.json()).error).toBe('The request body is over 262,144 bytes; at most 262,144 (256 KB) are accepted by the desk’s API.');
  // Nested 5,000 lists deep: writing it back as JSON overflowed the stack, and the answer was a 503 "try again".
  const deep = `{"claim": {"id": "test-deep"}, "note": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
  const nested = await signedIn.post('/api/claims', { data: deep, headers: { Origin: baseURL!, 'Content-Type': 'application/json' } });
  expect(nested.status()).toBe(400);
  expect((await nested.json()).error).toBe('The request body’s lists and objects nest more than 32 levels deep; a claim needs 5.');
  const nowhere = await signedIn.put('/api/claims/no-such-claim', { data: { claim: { id: CLAIM.id }, note: 'n' }, headers: { Origin: baseURL!, 'If-Match': '"1"' } });
  expect(nowhere.status()).toBe(404);
  expect((await nowhere.json()).error).toBe('There is no claim "no-such-claim".');
  const stale = await signedIn.put(`/api/claims/${CLAIM.id}`, { data: { claim: { id: CLAIM.id }, note: 'n' }, headers: { Origin: baseURL!, 'If-Match': '"1"' } });
  expect(stale.status()).toBe(409);
  expect((await stale.json()).current.key).toBe(CLAIM.id);
  // A body of the wrong shape is refused whole, naming each part: it was saved as a draft of junk fields on top of a
  // published claim while its sender, who wrote "publish": "yes", thought it published.
  const junk = await signedIn.put(`/api/claims/${CLAIM.id}`, { data: { claim: { id: CLAIM.id, state: 'published', latest: {} }, note: 'n', publish: 'yes', change: 'sideways' }, headers: { Origin: baseURL!, 'If-Match': '"1"' } });
  expect(junk.status()).toBe(400);
  expect((await junk.json()).errors).toEqual([
    { field: 'publish', message: 'must be true or false, not "yes"' },
    { field: 'change', message: 'must be "correction", "update" or "fix", not "sideways"' },
    { field: 'claim', message: expect.stringMatching(/^has fields no claim has: state, latest \(a claim's fields are id, value, /) },
  ]);
  const notAnObject = await signedIn.post('/api/claims', { data: { claim: null, note: 'n' }, headers: { Origin: baseURL! } });
  expect(notAnObject.status()).toBe(400);
  expect((await notAnObject.json()).errors).toEqual([{ field: 'claim', message: expect.stringMatching(/^must be a JSON object of the claim's fields \(id, value, quote, claimant, source, …\), not null$/) }]);
  // An If-Match that names no revision was sent: "is required" sent the client looking for a header it had.
  const banana = await signedIn.put(`/api/claims/${CLAIM.id}`, { data: { claim: { id: CLAIM.id }, note: 'n' }, headers: { Origin: baseURL!, 'If-Match': 'banana' } });
  expect(banana.status()).toBe(400);
  expect((await banana.json()).error).toBe('If-Match must be a revision number in quotes, e.g. If-Match: "3", not "banana".');
  // Said first, before the body's problems: with an empty body it was answered as a body without a claim.
  const bananaEmpty = await signedIn.put(`/api/claims/${CLAIM.id}`, { data: {}, headers: { Origin: baseURL!, 'If-Match': 'banana' } });
  expect(bananaEmpty.status()).toBe(400);
  expect((await bananaEmpty.json()).error).toBe('If-Match must be a revision number in quotes, e.g. If-Match: "3", not "banana".');
  // A retraction may leave If-Match out, but one that names no revision is refused, not ignored: it went ahead
  // unchecked. Twenty digits name no revision either: they were read rounded.
  const revisionsBefore = (await (await signedIn.get(`/api/claims/${CLAIM.id}`)).json()).history.length;
  for (const sent of ['banana', '"12345678901234567890"']) {
    const retract = await signedIn.delete(`/api/claims/${CLAIM.id}`, { data: { reason: 'Retracted with a bad If-Match' }, headers: { Origin: baseURL!, 'If-Match': sent } });
    expect(retract.status()).toBe(400);
    expect((await retract.json()).error).toBe(`If-Match must be a revision number in quotes, e.g. If-Match: "3", not ${JSON.stringify(sent)}.`);
  }
  expect((await (await signedIn.get(`/api/claims/${CLAIM.id}`)).json()).history.length, 'nothing was retracted').toBe(revisionsBefore);
  // A form's body is not read as JSON (a review's stray form post made a draft with id "x").
  const form = await signedIn.post('/api/claims', { form: { claim: 'x', note: 'n' }, headers: { Origin: baseURL! } });
  expect(form.status()).toBe(415);
  expect((await form.json()).error).toBe('The request body must be JSON, sent with Content-Type: application/json (got "application/x-www-form-urlencoded").');
  const desk = await anonymous.get('/desk');
  expect(desk.headers()['cache-control']).toContain('no-store');
  expect(desk.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
});

test('sign-in failures are limited: a 429 with Retry-After, the same answer for an unknown email', async ({ playwright, baseURL }) => {
  const client = await playwright.request.newContext({ baseURL });
  const attempt = (email: string) => client.post('/api/auth/sign-in/email', { data: { email, password: 'not the password at all' } });
  const unknown = await attempt('nobody@e2e.example');
  const wrong = await attempt(E2E_ACCOUNTS.admin.email);
  expect([unknown.status(), wrong.status()]).toEqual([401, 401]);
  expect(await unknown.text()).toBe(await wrong.text());
  // Five failures for this address and email (the wrong password above, and four more), then the limit.
  for (let i = 0; i < 4; i++) expect((await attempt(E2E_ACCOUNTS.admin.email)).status()).toBe(401);
  const limited = await attempt(E2E_ACCOUNTS.admin.email);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()['retry-after'])).toBeGreaterThan(0);
  expect((await limited.json()).error).toMatch(/^Too many failed sign-ins: try again in \d+ minutes?\.$/);
});

test('a stale edit of a claim retracted meanwhile says so, and brings it back only when asked', async ({ browser, baseURL }) => {
  const { page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(page, CLAIM.id, 'what readers see');
  await fill(page, { claimant: 'A test outlet (typed before the retraction)', 'revision-note': 'Typed before the retraction' });
  const other = await browser.newContext({ baseURL });
  await other.request.post('/api/auth/sign-in/email', { data: E2E_ACCOUNTS.second, headers: { Origin: baseURL! } });
  expect((await other.request.delete(`/api/claims/${CLAIM.id}`, { data: { reason: 'Retracted during the stale-edit test' }, headers: { Origin: baseURL! } })).status()).toBe(200);

  await page.getByRole('button', { name: 'Save draft' }).click();
  const merge = page.locator('.desk-conflict');
  await expect(merge.getByRole('alert')).toHaveText('This claim was retracted: readers no longer see it. Saving a draft keeps it off the map; publishing brings it back.');
  await merge.getByRole('button', { name: 'Use this merge' }).click();
  await expect(field(page, 'claimant')).toHaveValue('A test outlet (typed before the retraction)');
  await expect(page.getByRole('button', { name: 'Publish again (undo the retraction)' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Retract', exact: true })).toHaveCount(0);
  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
  await other.close();

  // A reader's old link to the claim says it was retracted, and why.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/?source=${CLAIM.id}`);
  const card = reader.locator('dialog.source-card');
  await expect(card.getByRole('heading')).toHaveText('This claim was retracted');
  await expect(card).toContainText(/Retracted \d+ \w+ \d{4}: Retracted during the stale-edit test/);

  // Published again, it is a restoration: so says the change log, and the claim's card says both.
  // The form, started again from the draft, says the claim is retracted, and what publishing does.
  await expect(page.locator('.desk-standing')).toContainText('Retracted: readers no longer see this claim');
  await fill(page, { 'revision-note': 'Retracted in error' });
  await page.getByRole('button', { name: 'Publish again (undo the retraction)' }).click();
  await expect(page.locator('.desk-notice').first()).toContainText(`Published ${CLAIM.id}`);
  await reader.goto('/changes');
  const latest = reader.locator('.change-list li').first();
  await expect(latest).toHaveAttribute('data-change', 'restoration');
  await expect(latest.locator('.change-label')).toHaveText('Restored');
  await expect(latest).toContainText('Retracted in error');
  await reader.goto(`/?source=${CLAIM.id}`);
  await expect(card.getByRole('heading')).not.toHaveText('This claim was retracted');
  await expect(card).toContainText(/Retracted \d+ \w+ \d{4}: Retracted during the stale-edit test/);
  await expect(card).toContainText(/Restored \d+ \w+ \d{4}: Retracted in error/);
});

test('a draft on top of what readers see is never opened as if published; what the server refuses is shown on its field, and the page goes there', async ({ browser }) => {
  const first = await newEditor(browser, E2E_ACCOUNTS.editor);
  await openClaim(first.page, CLAIM.id);
  await expect(field(first.page, 'qualifier')).toHaveValue('about');
  await fill(first.page, { qualifier: 'nearly', 'revision-note': 'A draft for the choice test.' });
  await first.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');
  // The save's outcome takes the focus, at the top of the page.
  await expect(first.page.locator('.desk-notice').first()).toBeFocused();

  // Another editor is asked which to edit, and told whose draft it is; readers' version has no "nearly".
  const { page } = await newEditor(browser, E2E_ACCOUNTS.second);
  await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
  await expect(page.locator('.desk-choice')).toContainText(`is a draft by ${E2E_ACCOUNTS.editor.email}`);
  // The note's own full stop ends the sentence: it read "…choice test.”. Readers see".
  await expect(page.locator('.desk-choice')).toContainText('“A draft for the choice test.” Readers see revision');
  // What publishing the draft would change, field by field.
  await expect(page.locator('.desk-choice .desk-changes li')).toHaveText(['Qualifier: from “about” to “nearly”']);
  // The claim has an address: a reload keeps it open (and asks again), and Back returns to the list.
  await expect(page).toHaveURL(new RegExp(`/desk#claim/${CLAIM.id}$`));
  await page.reload();
  await expect(page.locator('.desk-choice')).toContainText('A draft for the choice test');
  await page.goBack();
  await expect(page.getByRole('heading', { name: /^Claims/ })).toBeVisible();
  await page.goForward();
  await page.getByRole('button', { name: 'Edit what readers see' }).click();
  await expect(field(page, 'qualifier')).toHaveValue('about');
  await expect(page.locator('.desk-standing')).toContainText('Editing what readers see');

  // A correction that changes nothing is refused, and said where the page now is.
  await page.getByRole('radio', { name: /^Correction/ }).check();
  await field(page, 'revision-note').fill('Nothing changed');
  await page.getByRole('button', { name: 'Publish the change' }).click();
  const outcome = page.locator('.desk-outcome');
  await expect(outcome).toContainText('The claim: is the same as the published revision');
  await expect(outcome).toBeFocused();
  await expect(outcome).toBeInViewport();

  // An id, which only a save could refuse to change (and said so only then), cannot be typed over.
  await expect(field(page, 'id')).toHaveAttribute('readonly', '');

  // The note for readers is checked as the note for readers, not as the editor's note.
  await fill(page, { note: 'x'.repeat(4100) });
  await expect(page.locator('#field-note-errors')).toContainText('Note for readers: ');
  await expect(page.locator('#field-revision-note-errors')).toHaveCount(0);
  // And a control character pasted into the editor's note (invisible: U+202E) is said there, where it was marked on
  // the empty note for readers.
  await fill(page, { note: '', 'revision-note': 'Checked \u202E again' });
  await page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(page.locator('#field-revision-note-errors')).toContainText('contains a control character (U+202E)');
  await expect(page.locator('#field-note-errors')).toHaveCount(0);
  // Both notes refused by one save: each problem under its own note (both landed under the editor's note).
  await fill(page, { note: 'Checked <b>twice</b>', 'revision-note': '' });
  await page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(page.locator('#field-revision-note-errors')).toHaveText("Editor's note: is required: say what changed and why");
  await expect(page.locator('#field-note-errors')).toContainText('is plain text: readers would see "<b>" as typed');
  await expect(page.locator('#field-revision-note-errors')).not.toContainText('plain text');

  // An older revision can be the start of the next: what the claim said at its first publish comes back in the form.
  await page.getByRole('button', { name: 'Claims' }).click();
  const row = page.locator(`tr[data-claim="${CLAIM.id}"]`);
  await row.locator('summary').click();
  await row.getByRole('button', { name: `Start from revision 1 of ${CLAIM.id}` }).click();
  await expect(page).toHaveURL(new RegExp(`/desk#claim/${CLAIM.id}/1$`));
  await expect(page.locator('.desk-standing')).toContainText('Starting from revision 1 (Added');
  await expect(field(page, 'value')).toHaveValue('160,000');
  // A revision the claim does not have is said as such (#claim/…/999 opened the latest without a word).
  await page.goto(`/desk#claim/${CLAIM.id}/999`);
  await expect(page.getByRole('status').filter({ hasText: 'has no revision 999' })).toHaveText(new RegExp(`^Claim ${CLAIM.id} has no revision 999 to start from \\(its revisions are 1 to \\d+\\): this is the claim as it stands\\.$`));

  // The draft can be set aside, with a reason (by an editor with no work kept on the claim, which would skip the
  // choice): the claim then opens on what readers see, and the draft is kept in the history.
  const own = first.page;
  await own.reload();
  const setAside = own.getByRole('button', { name: 'Set the draft aside' });
  await expect(setAside).toBeDisabled();
  await own.getByLabel(/^Why \(kept in the claim/).fill('Nearly is not what the outlet said');
  await setAside.click();
  await expect(own.locator('.desk-notice').first()).toContainText(`Set aside the draft of ${CLAIM.id}`);
  await expect(own.locator('.desk-choice')).toHaveCount(0);
  await expect(field(own, 'qualifier')).toHaveValue('about');
  await own.getByRole('button', { name: 'Claims' }).click();
  const ownRow = own.locator(`tr[data-claim="${CLAIM.id}"]`);
  // The figure readers see (the draft's "nearly" set aside), to find a claim by what it says.
  await expect(ownRow.locator('td').nth(1)).toHaveText(/^about \d{3},000 troopssaid 20 February 2022$/);
  await expect(ownRow.locator('td').nth(2)).toHaveText('Published');
  await expect(ownRow.locator('td').nth(3)).toContainText('Draft set aside');
  await ownRow.locator('summary').click();
  await expect(ownRow.locator('.desk-history')).toContainText('Nearly is not what the outlet said');
  // Each revision says which fields it changed: the draft the qualifier, setting it aside the same back.
  await expect(ownRow.locator('.desk-history li').last()).toContainText('Nearly is not what the outlet said (changed Qualifier)');
  const draftRevision = await ownRow.locator('.desk-history li').count() - 1;
  await ownRow.getByRole('button', { name: `Start from revision ${draftRevision} of ${CLAIM.id}` }).click();
  await expect(field(own, 'qualifier')).toHaveValue('nearly');
});

test('publishing over a colleague’s newer draft keeps the draft out unless picked: readers never get unvetted words', async ({ browser, request }) => {
  const [first, second] = [await newEditor(browser, E2E_ACCOUNTS.editor), await newEditor(browser, E2E_ACCOUNTS.second)];
  for (const { page } of [first, second]) {
    // What readers see: the form at once, or after the choice if a draft is waiting on top of it.
    await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
    const choice = page.getByRole('button', { name: 'Edit what readers see' });
    await expect(choice.or(page.locator('#form-heading'))).toBeVisible();
    if (await choice.isVisible()) await choice.click();
  }
  const unvetted = 'UNVETTED DRAFT NOTE by the first editor: not for readers yet';
  await fill(first.page, { note: unvetted, 'revision-note': 'A note to check before it goes out' });
  await first.page.getByRole('button', { name: 'Save draft' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText('Saved desk-test-outlet as a draft');

  await fill(second.page, { 'where.description': 'Along the border, as published by the second editor', 'revision-note': 'Where, in the outlet’s words' });
  await second.page.getByRole('radio', { name: /^Update/ }).check();
  await second.page.getByRole('button', { name: 'Publish the change' }).click();
  const merge = second.page.locator('.desk-conflict');
  await expect(merge).toContainText('is a draft, not published');
  await expect(merge.locator('[data-field="note"]')).toContainText('their draft changed it');
  await expect(merge.locator('[data-field="note"] input[type=radio]').nth(0)).toBeChecked();
  await merge.getByRole('button', { name: 'Use this merge' }).click();
  await expect(field(second.page, 'note')).not.toHaveValue(unvetted);
  await second.page.getByRole('radio', { name: /^Update/ }).check();
  await second.page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(second.page.locator('.desk-notice').first()).toContainText(`Published ${CLAIM.id}`);
  const published = ((await (await request.get('/api/buildup')).json()) as { claims: { id: string; note?: string; where: { description?: string } }[] }).claims.find((c) => c.id === CLAIM.id);
  expect(published?.where.description).toBe('Along the border, as published by the second editor');
  expect(published?.note ?? '').not.toContain('UNVETTED');

  // The first editor now publishes the draft. The second's publish started from what readers saw, not from the draft:
  // the draft's note is the first editor's change, "where" the second's (the note read "they changed it", and the
  // defaults emptied it).
  await first.page.getByRole('radio', { name: /^Update/ }).check();
  await first.page.getByRole('button', { name: 'Publish the change' }).click();
  const over = first.page.locator('.desk-conflict');
  await expect(over.locator('[data-field="note"]')).toContainText('you changed it');
  await expect(over.locator('[data-field="note"] input[type=radio]').nth(0)).toBeChecked();
  await expect(over.locator('[data-field="where.description"]')).toContainText('they changed it');
  await expect(over.locator('[data-field="where.description"] input[type=radio]').nth(1)).toBeChecked();
  await over.getByRole('button', { name: 'Use this merge' }).click();
  await first.page.getByRole('radio', { name: /^Update/ }).check();
  await first.page.getByRole('button', { name: 'Publish the change' }).click();
  await expect(first.page.locator('.desk-notice').first()).toContainText(`Published ${CLAIM.id}`);
  const both = ((await (await request.get('/api/buildup')).json()) as { claims: { id: string; note?: string; where: { description?: string } }[] }).claims.find((c) => c.id === CLAIM.id);
  expect(both?.where.description).toBe('Along the border, as published by the second editor');
  expect(both?.note).toBe(unvetted);
});

test('what cannot be undone asks first: discarding typed work, signing out with work kept in the browser, retracting', async ({ browser, request }) => {
  const { page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  const kept = `buildup-desk:${E2E_ACCOUNTS.editor.email}:${CLAIM.id}`;
  const keptText = () => page.evaluate((key) => localStorage.getItem(key) ?? '', kept);
  const open = async () => {
    await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
    const choice = page.getByRole('button', { name: 'Edit what readers see' });
    await expect(choice.or(page.locator('#form-heading'))).toBeVisible();
    if (await choice.isVisible()) await choice.click();
  };
  await open();
  const before = await field(page, 'qualifier').inputValue();
  // A field typed and put back is no unsaved work.
  await fill(page, { qualifier: 'some' });
  await expect(page.getByRole('button', { name: 'Discard my changes…' })).toBeVisible();
  await fill(page, { qualifier: before });
  await expect(page.getByRole('button', { name: 'Discard my changes…' })).toHaveCount(0);
  await fill(page, { qualifier: 'some', 'revision-note': 'Typed by mistake' });
  await expect.poll(keptText).toContain('Typed by mistake');
  await page.getByRole('button', { name: 'Discard my changes…' }).click();
  await expect(page.getByRole('group', { name: 'Discard your changes?' }).getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.getByRole('group', { name: 'Discard your changes?' }).getByRole('button', { name: 'Discard' }).click();
  await expect(field(page, 'qualifier')).toHaveValue(before);
  await expect(page.locator('.desk-notice').first()).toContainText('Discarded what you typed: the form holds revision');
  expect(await keptText()).toBe('');

  // Signing out with work kept in the browser says so; on a shared computer it can go with the editor.
  // At once after typing (the browser's copy is written 0.4 s after the last key: signing out sooner lost it).
  await fill(page, { note: 'Kept when signing out', 'revision-note': 'Before signing out' });
  await page.getByRole('button', { name: 'Sign out' }).click();
  const leaving = page.getByRole('group', { name: 'Unsaved work' });
  await expect(leaving).toContainText(`Unsaved work on one claim (${CLAIM.id}) is kept in this browser`);
  await leaving.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeFocused();
  await expect(field(page, 'note')).toHaveValue('Kept when signing out');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await leaving.getByRole('button', { name: 'Discard it and sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // Said, and the focus on the form's first field (it was on the page's body, with nothing said).
  await expect(page.locator('.desk-signin .desk-notice')).toHaveText('Signed out. Sign in again to edit.');
  await expect(page.getByLabel('Email')).toBeFocused();
  expect(await keptText()).toBe('');

  // A claim the presenter's scenes show cannot be retracted: said as that, where the focus goes (the message was
  // 'The claim is not valid: scenes: scene "region": …', 1,700 px above the page's focus).
  await signIn(page, E2E_ACCOUNTS.editor);
  await page.getByRole('link', { name: 'deployed-90k', exact: true }).click();
  await page.getByLabel('Reason (readers see it in the change log)').fill('A scene shows it');
  await page.getByRole('button', { name: 'Retract…' }).click();
  await page.getByRole('group', { name: 'Retract deployed-90k?' }).getByRole('button', { name: 'Retract', exact: true }).click();
  await expect(page.locator('.desk-outcome .desk-notice')).toHaveText(/^Not retracted: the presenter's scenes show or name this claim \(scene "border-december" \(claims, caption\); scene "projection-175k" \(claims\)\): change them in geo\/data\/scenes\.json first$/);
  await expect(page.locator('.desk-outcome')).toBeFocused();
  await page.getByRole('button', { name: 'Claims' }).click();

  // A retraction takes a second click (it sat under Publish and took the claim off the map at once).
  await open();
  await page.getByLabel('Reason (readers see it in the change log)').fill('Retracted to test the second click');
  await page.getByRole('button', { name: 'Retract…' }).click();
  const confirm = page.getByRole('group', { name: `Retract ${CLAIM.id}?` });
  // The focus is on the answer that loses nothing: Enter, Enter once retracted a published claim.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused();
  // Esc answers no, and the focus goes back to the button that asked.
  await page.keyboard.press('Escape');
  await expect(confirm).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Retract…' })).toBeFocused();
  await page.getByRole('button', { name: 'Retract…' }).click();
  const shown = async () => ((await (await request.get('/api/buildup')).json()) as { claims: { id: string }[] }).claims.some((c) => c.id === CLAIM.id);
  expect(await shown()).toBe(true);
  await confirm.getByRole('button', { name: 'Retract', exact: true }).click();
  await expect(page.locator('.desk-notice').first()).toContainText(`Retracted ${CLAIM.id}`);
  await expect.poll(shown).toBe(false);
});

test('a retracted claim is edited from what readers last saw, never from a draft saved before the retraction', async ({ browser, baseURL }) => {
  // Published again (it was retracted by the test before), given a colleague's draft, then retracted: "Publish again"
  // once brought that unvetted draft to every reader, as the form held the newest revision with a body.
  const api = await browser.newContext({ baseURL });
  await api.request.post('/api/auth/sign-in/email', { data: E2E_ACCOUNTS.second, headers: { Origin: baseURL! } });
  type Claim = { latest: { revision: number }; history: { state: string; dataVersion: number | null; body: Record<string, unknown> | null }[] };
  const read = async () => (await (await api.request.get(`/api/claims/${CLAIM.id}`)).json()) as Claim;
  const write = async (body: Record<string, unknown>) => {
    const { latest } = await read();
    const answer = await api.request.put(`/api/claims/${CLAIM.id}`, { data: body, headers: { Origin: baseURL!, 'If-Match': `"${latest.revision}"` } });
    expect(answer.status(), await answer.text()).toBe(200);
  };
  const shown = (await read()).history.findLast((r) => r.state === 'published' && r.body)!.body!;
  await write({ claim: shown, note: 'Published again for the test', publish: true });
  await write({ claim: { ...shown, claimant: 'UNVETTED DRAFT CLAIMANT' }, note: 'A colleague’s draft', publish: false });
  const { latest } = await read();
  const retracted = await api.request.delete(`/api/claims/${CLAIM.id}`, { data: { reason: 'Retracted over a draft' }, headers: { Origin: baseURL!, 'If-Match': `"${latest.revision}"` } });
  expect(retracted.status()).toBe(200);
  // Its ETag names the retraction, as every write's names the revision it wrote (a retraction's had none).
  expect(retracted.headers().etag).toBe(`"${latest.revision + 1}"`);
  await api.close();

  const { context, page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  await page.getByRole('link', { name: CLAIM.id, exact: true }).click();
  await expect(field(page, 'claimant')).toHaveValue(String(shown.claimant));
  await expect(page.locator('.desk-standing')).toContainText(`The form holds what readers last saw (revision ${latest.revision - 1}); revision ${latest.revision}, a draft by ${E2E_ACCOUNTS.second.email}`);
  await expect(page.locator('.desk-standing')).toContainText('is not in it: start from it in the history to publish it');
  await context.close();
});

test('a claim never published is discarded from the list after a question in the page, safe against a stale list, and restored; readers never see a thing', async ({ browser, baseURL }) => {
  const id = 'desk-test-discard';
  const { page } = await newEditor(browser, E2E_ACCOUNTS.editor);
  const origin = { Origin: baseURL! };
  const dataVersion = async () => ((await (await page.request.get('/api/changes')).json()) as { dataVersion: number }).dataVersion;
  const before = await dataVersion();
  const draft = { ...Object.fromEntries(Object.entries(CLAIM).filter(([name]) => !name.includes('.'))), id, value: 160000, claimant: 'A draft started by mistake' };
  expect((await page.request.post('/api/claims', { data: { claim: draft, note: 'A test draft', publish: false }, headers: origin })).status()).toBe(201);
  await page.reload();
  const row = page.locator(`tr[data-claim="${id}"]`);
  await expect(row.locator('td').nth(2)).toContainText('Draft');
  const heading = page.getByRole('heading', { name: /^Claims/ });
  const count = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
  // Only a claim readers have never seen offers it: one they have is retracted instead.
  await expect(page.locator('tr[data-claim="deployed-90k"]').getByRole('button', { name: /^Discard/ })).toHaveCount(0);

  // The question is asked in the page; Esc answers no and gives the focus back to the button that asked.
  const discardButton = row.getByRole('button', { name: `Discard ${id}…` });
  await discardButton.click();
  const question = page.getByRole('group', { name: `Discard the draft ${id}?` });
  await expect(question).toContainText('Readers have never seen it');
  const reason = question.getByLabel(/^Why \(kept in the claim/);
  await expect(reason).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(question).toHaveCount(0);
  await expect(discardButton).toBeFocused();
  await discardButton.click();
  await question.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(question.getByRole('alert')).toHaveText('Not discarded: write why first; it is kept in the claim’s history.');
  await expect(reason).toBeFocused();

  // A colleague saves the draft meanwhile: the list's revision is stale, and the draft is not discarded unseen.
  const other = await browser.newContext({ baseURL });
  await other.request.post('/api/auth/sign-in/email', { data: E2E_ACCOUNTS.second, headers: origin });
  expect((await other.request.put(`/api/claims/${id}`, { data: { claim: { ...draft, claimant: 'A colleague’s draft' }, note: 'Still needed?', publish: false }, headers: { ...origin, 'If-Match': '"1"' } })).status()).toBe(200);
  await reason.fill('A test, not a claim');
  await question.getByRole('button', { name: 'Discard', exact: true }).click();
  await expect(question.getByRole('alert')).toHaveText(`Not discarded: ${E2E_ACCOUNTS.second.email} saved this claim meanwhile (revision 2). The list shows it now: look at it again first.`);
  await expect(row.locator('.desk-sub').first()).toHaveText('A colleague’s draft');
  // Asked again on what the list now shows, it goes: hidden from the list, said where the focus goes.
  await question.getByRole('button', { name: 'Discard', exact: true }).click();
  const notice = page.locator('.desk-notice').first();
  await expect(notice).toHaveText(`Discarded the draft ${id} (revision 3): it is hidden from the list, and its revisions are kept. “Show discarded drafts” lists it, to restore it.`);
  await expect(notice).toBeFocused();
  await expect(row).toHaveCount(0);
  await expect(heading).toHaveText(`Claims (${count - 1})`);

  // Nothing is published or deleted; a discarded claim takes no save until restored, and one readers saw is refused.
  expect(await dataVersion()).toBe(before);
  const buildup = (await (await page.request.get('/api/buildup')).json()) as { claims: { id: string }[] };
  expect(buildup.claims.map((c) => c.id)).not.toContain(id);
  const publish = await page.request.put(`/api/claims/${id}`, { data: { claim: draft, note: 'Published anyway', publish: true }, headers: { ...origin, 'If-Match': '"3"' } });
  expect(publish.status()).toBe(409);
  expect((await publish.json()).error).toMatch(new RegExp(`^Claim "${id}" was discarded \\(revision 3, ${E2E_ACCOUNTS.editor.email.replace(/\./g, '\\.')}, .* UTC\\): restore it from the desk's discarded drafts before saving or publishing it\\.$`));
  const seen = await page.request.get('/api/claims/deployed-90k');
  const refused = await page.request.post('/api/claims/deployed-90k/discard', { data: { note: 'No' }, headers: { ...origin, 'If-Match': seen.headers().etag } });
  expect(refused.status()).toBe(409);
  expect((await refused.json()).error).toMatch(/^Claim "deployed-90k" cannot be discarded: it was published \(revision \d+\), so readers have seen it: retract it instead\.$/);
  expect((await page.request.post(`/api/claims/${id}/discard`, { data: { note: 'No' }, headers: origin })).status()).toBe(428);
  await other.close();

  // Its address says what it is, and offers to restore it.
  await page.goto(`/desk#claim/${id}`);
  await expect(page.getByRole('heading', { name: `Claim ${id} is a discarded draft` })).toBeVisible();
  await expect(page.locator('.desk-standing')).toContainText('A test, not a claim');
  await expect(page.locator('.desk-form')).toHaveCount(0);

  // Shown on asking, with its history kept whole, and restored as the draft it was.
  await page.getByRole('button', { name: 'Claims' }).click();
  await page.getByLabel('Show discarded drafts (1)').check();
  await expect(row.locator('td').nth(2)).toContainText('Discarded draft');
  // Find looks in the state as the list says it too ("retracted" found nothing).
  await page.getByRole('searchbox', { name: 'Find' }).fill('discarded');
  await expect(page.locator('.desk-claims tbody tr[data-claim]')).toHaveCount(1);
  await page.getByRole('searchbox', { name: 'Find' }).fill('');
  await row.locator('summary').click();
  await expect(row.locator('.desk-history li')).toHaveText([/^r1 Draft saved.*A test draft/, /^r2 Draft saved.*Still needed\?/, /^r3 Draft discarded.*A test, not a claim/]);
  await row.getByRole('button', { name: `Restore ${id}` }).click();
  await expect(notice).toHaveText(`Restored the draft ${id} (revision 4): it is back in the list, never published.`);
  await expect(row.locator('td').nth(2)).toContainText('Draft');
  await expect(row.locator('td').nth(2)).not.toContainText('Discarded');
  await expect(page.getByLabel(/^Show discarded drafts/)).toHaveCount(0);
  await expect(heading).toHaveText(`Claims (${count})`);
  await page.getByRole('link', { name: id, exact: true }).click();
  await expect(page.locator('.desk-standing')).toContainText('Never published: readers do not see this claim. Revision 4 restored it from the discarded drafts');
  await expect(field(page, 'claimant')).toHaveValue('A colleague’s draft');
  expect(await dataVersion()).toBe(before);
});
