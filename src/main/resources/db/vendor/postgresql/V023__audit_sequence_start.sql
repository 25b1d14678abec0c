-- New audit entries are numbered after every existing one (ADR 0013).
select setval('audit_entry_seq', (select coalesce(max(seq), 0) + 1 from audit_entry), false);
