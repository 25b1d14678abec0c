-- Two lookups that only ever ask "equal to": a contact point by its value (is this phone number known?) and a debtor
-- by the hash of their national id. Their B-tree indexes on (tenant, value) were a fifth of a large placement's
-- import (every new row a random-order key); hash indexes hold a 4-byte hash per row and take a fraction of the time
-- to maintain (ADR 0020). The tenant is checked on the rows found, as for any other condition.
drop index ix_contact_value;
create index ix_contact_value on contact_point using hash (contact_value);
drop index ix_debtor_nid;
create index ix_debtor_nid on debtor using hash (national_id_hash);
