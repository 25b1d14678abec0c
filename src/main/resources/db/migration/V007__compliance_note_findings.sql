-- Categories the content scanner found in a contact's notes (the note is kept and flagged for QA).
alter table contact_ledger add column note_findings varchar(200);
