/** Her trusted contacts: listed by name, saved (new or changed), deleted. */
export type { Contact, ContactInput } from '../storage/contacts.ts';
export { deleteContact, listContacts, saveContact } from '../storage/contacts.ts';
