-- New audit entries are numbered after every existing one (ADR 0013).
alter sequence audit_entry_seq restart with (select coalesce(max(seq), 0) + 1 from audit_entry);
