-- What the account showed as its last payment before a posting, so that reversing the posting can put back what it
-- replaced (the creditor's figure from the placement, or an earlier posting). Postings made before this migration do
-- not know it (prior_known = false).
alter table payment add column prior_known boolean default false not null;
alter table payment add column prior_last_payment_date date;
alter table payment add column prior_last_payment_amount numeric(19, 2);
