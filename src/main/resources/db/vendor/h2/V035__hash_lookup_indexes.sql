-- PostgreSQL turns the contact-value and national-id lookup indexes into hash indexes (ADR 0020); H2's B-tree
-- indexes stay: its databases are small (demo, tests).
select 1;
