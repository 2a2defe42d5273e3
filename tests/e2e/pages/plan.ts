/** Her plan: actions and routines she keeps, and the people she trusts. */
import type { Page } from 'playwright-core';
import { heading } from './app.ts';

/** From her results or anywhere the button shows: "My plan". */
export async function openMyPlan(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'My plan', exact: true }).click();
  await heading(page).filter({ hasText: 'My plan' }).waitFor();
}

/** The card of a plan item, by its title. */
export const planCard = (page: Page, title: string) =>
  page.getByRole('listitem', { name: title, exact: true });

/** From My plan: "People I trust", then adds one and waits until she is listed. */
export async function addTrustedPerson(page: Page, person: { name: string; reach?: string }): Promise<void> {
  await page.getByRole('button', { name: 'People I trust' }).click();
  await page.getByRole('button', { name: 'Add a person or a number' }).click();
  await page.getByLabel('Name', { exact: true }).fill(person.name);
  if (person.reach !== undefined) await page.getByLabel('How to reach them').fill(person.reach);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name: person.name }).waitFor();
}
